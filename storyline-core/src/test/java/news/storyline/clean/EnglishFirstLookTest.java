package news.storyline.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The first look for English ({@link LanguageIdentifier#plainlyEnglish}) answers only where the model would answer
 * the same: over every text of a corpus (the bundled Wikinews sample; the shared ECB+, AllSides and SemEval texts,
 * in eight languages, where the shared data folder is there), no text it calls English is anything else to the
 * model, and it answers for most English news texts (else it would save nothing).
 */
class EnglishFirstLookTest {
    private static final Path SHARED = Path.of("..", "..", "shared", "data");

    @ParameterizedTest
    @ValueSource(strings = {"../storyline-cli/src/main/resources/samples/wikinews-semeval2015.jsonl",
            "ecbplus_event_clusters.jsonl", "allsides_dev_story_clusters.jsonl", "semeval2022t8_dev_pairs.jsonl"})
    void agreesWithTheModelWhereverItAnswers(String corpus) throws IOException {
        Path file = corpus.startsWith("..") ? Path.of(corpus) : SHARED.resolve(corpus);
        assumeThat(Files.isRegularFile(file)).as("%s is there", file.toAbsolutePath()).isTrue();
        var identifier = new LanguageIdentifier();
        var disagreements = new ArrayList<String>();
        int english = 0;
        int answered = 0;
        for (String text : texts(file)) {
            if (text.isBlank()) {
                continue;
            }
            String model = identifier.modelAnswer(text);
            english += model.equals("en") ? 1 : 0;
            if (LanguageIdentifier.plainlyEnglish(text)) {
                answered++;
                if (!model.equals("en")) {
                    disagreements.add(model + ": " + text.substring(0, Math.min(120, text.length())));
                }
            }
        }
        System.out.printf("%s: the model says English of %d texts; the first look answered %d%n", corpus, english,
                answered);
        assertThat(disagreements).isEmpty();
        if (english > 100) {
            assertThat(answered).isGreaterThan(english / 2);
        }
    }

    private static List<String> texts(Path file) throws IOException {
        var mapper = new ObjectMapper();
        var texts = new ArrayList<String>();
        try (BufferedReader in = Files.newBufferedReader(file)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                JsonNode record = mapper.readTree(line);
                for (String field : List.of("text", "text1", "text2")) {
                    if (record.hasNonNull(field)) {
                        texts.add(record.get(field).asText());
                    }
                }
            }
        }
        return texts;
    }
}
