package news.storyline.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the bundled background table of document frequencies from corpora whose licences let us ship what is
 * derived from them: the Wikinews sample (CC BY 2.5) and ECB+ (CC BY 3.0). Never from AllSides or SemEval texts.
 *
 * <p>Run from the repository root: {@code java -cp ... news.storyline.text.BackgroundTableGenerator}; the test
 * {@code BackgroundTableTest} checks the committed table is what this writes.
 */
public final class BackgroundTableGenerator {
    static final Path WIKINEWS = Path.of("storyline-cli/src/main/resources/samples/wikinews-semeval2015.jsonl");
    static final Path ECB_PLUS = Path.of("../shared/data/ecbplus_event_clusters.jsonl");
    static final Path TABLE = Path.of("storyline-core/src/main/resources" + DocumentFrequencies.BACKGROUND_RESOURCE);
    static final Path LETTER_TABLE = Path.of("storyline-core/src/main/resources" + LetterGrams.BACKGROUND_RESOURCE);
    /** Terms in one document only are left out: they would weigh as much as an unseen term anyway. */
    static final int MIN_FREQUENCY = 2;

    private BackgroundTableGenerator() {
    }

    /** The table's text, built from the corpora under the repository root. */
    static String table(Path root) throws IOException {
        return table(root, text -> List.of(AnalyzedText.of(text, "en").terms()));
    }

    /** The table of runs of letters ({@link LetterGrams}), from the same corpora. */
    static String letterTable(Path root) throws IOException {
        return table(root, text -> LetterGrams.counts(text).keySet());
    }

    private static String table(Path root, java.util.function.Function<String, java.util.Collection<String>> keys)
            throws IOException {
        var frequencies = new DocumentFrequencies();
        var json = new ObjectMapper();
        for (Path corpus : List.of(WIKINEWS, ECB_PLUS)) {
            for (String line : Files.readAllLines(root.resolve(corpus), StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode record = json.readTree(line);
                String text = record.path("title").asText("") + "\n" + record.path("text").asText("");
                frequencies.add(new java.util.HashSet<>(keys.apply(text)));
            }
        }
        var out = new StringWriter();
        frequencies.write(out, MIN_FREQUENCY);
        return out.toString();
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        Files.writeString(root.resolve(TABLE), table(root), StandardCharsets.UTF_8);
        Files.writeString(root.resolve(LETTER_TABLE), letterTable(root), StandardCharsets.UTF_8);
        System.out.println("wrote " + root.resolve(TABLE) + " and " + root.resolve(LETTER_TABLE));
    }
}
