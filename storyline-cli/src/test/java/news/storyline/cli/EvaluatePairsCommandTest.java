package news.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import news.storyline.similarity.PairFeatures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluatePairsCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path dir;

    /**
     * Annotated pairs made from the sample corpus: two articles of one topic rated 1.5 on every dimension, of two
     * topics 3.5. The command must tell them apart under cross-validation and write what it says it writes.
     */
    @Test
    void crossValidatesAnnotatedPairsAndWritesPredictionsAndAModel() throws Exception {
        var lines = ratedPairs(i -> "en");
        lines.add("{\"pair_id\": \"unrated\", \"text1\": \"Mosul fell.\", \"text2\": \"Mosul fell.\"}");
        Path file = Files.write(dir.resolve("rated.jsonl"), lines, StandardCharsets.UTF_8);
        Path predictions = dir.resolve("cv.jsonl");
        Path model = dir.resolve("model.json");

        CommandRun run = CommandRun.of("evaluate-pairs", "--fast", file.toString(),
                "--predictions", predictions.toString(),
                "--write-model", model.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("pair unrated: no gold score overall, skipped");
        String enRow = run.out().lines().filter(l -> l.startsWith("en-en")).findFirst().orElseThrow();
        double pearson = Double.parseDouble(enRow.split("\\s+")[2]);
        assertThat(pearson).isGreaterThan(0.5);
        assertThat(run.out()).contains("  tfidf")
                .containsPattern("\nen-en +" + String.format(java.util.Locale.ROOT, "%.3f", pearson)
                        + " \\(\\d\\.\\d{3}-\\d\\.\\d{3}\\)  gain [-+]\\d\\.\\d{3} \\([-+]\\d\\.\\d{3} to ");
        assertThat(Files.readAllLines(predictions)).hasSize(60)
                .allSatisfy(line -> assertThat(JSON.readTree(line).has("overall")).isTrue());
        assertThat(JSON.readTree(model.toFile()).at("/groups/any/overall/weights").size()).isEqualTo(PairFeatures.NAMES.size());
    }

    @Test
    void drawsTheHeldOutScoresAgainstTheRatings() throws Exception {
        var lines = ratedPairs(i -> i < 30 ? "en" : "fr");
        Path file = Files.write(dir.resolve("rated.jsonl"), lines, StandardCharsets.UTF_8);
        Path plot = dir.resolve("pairs.svg");

        CommandRun run = CommandRun.of("evaluate-pairs", "--fast", file.toString(), "--plot", plot.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).contains("plot: " + plot);
        String svg = Files.readString(plot);
        // A well-formed picture: one dot a pair, a legend row per language combination with its Pearson.
        var document = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(plot.toFile());
        assertThat(document.getElementsByTagName("circle").getLength()).isEqualTo(60 + 2);
        assertThat(svg).contains("rated.jsonl, fast configuration, 5-fold cross-validation")
                .containsPattern("en-en  30 pairs, r 0\\.\\d{3}").containsPattern("fr-fr  30 pairs, r 0\\.\\d{3}")
                .contains("Overall, held out: the model's score against the raters' (60 pairs, Pearson ");
    }

    @Test
    void byLanguageLeavesEachLanguageCombinationOutInTurn() throws Exception {
        // Two groups of pairs under two language labels, so that each can be left out while the other fits.
        var lines = ratedPairs(i -> i < 30 ? "en" : "fr");
        Path file = Files.write(dir.resolve("two-languages.jsonl"), lines, StandardCharsets.UTF_8);

        CommandRun run = CommandRun.of("evaluate-pairs", "--fast", "--by-language", file.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("each language combination left out in turn (fitted on the others) on 60 "
                + "pairs");
        for (String group : List.of("en-en", "fr-fr")) {
            String row = run.out().lines().filter(l -> l.startsWith(group)).findFirst().orElseThrow();
            // Fitted on the other thirty pairs alone: still telling one topic from two.
            assertThat(Double.parseDouble(row.split("\\s+")[2])).as(group).isGreaterThan(0.3);
        }
    }

    /**
     * Sixty annotated pairs made from the sample corpus: two articles of one topic rated 1.5 on every dimension, of
     * two topics 3.5, each pair in the language the function gives its number.
     */
    private static List<String> ratedPairs(java.util.function.IntFunction<String> languageOf) throws Exception {
        var articles = new ArrayList<JsonNode>();
        try (var in = EvaluatePairsCommandTest.class.getResourceAsStream("/samples/wikinews-semeval2015.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                articles.add(JSON.readTree(line));
            }
        }
        var lines = new ArrayList<String>();
        for (int i = 0; i < 60; i++) {
            JsonNode a = articles.get(i * 2 % articles.size());
            JsonNode b = articles.get((i * 2 + (i % 2 == 0 ? 1 : 45)) % articles.size());
            double gold = a.get("cluster").equals(b.get("cluster")) ? 1.5 : 3.5;
            String language = languageOf.apply(i);
            ObjectNode pair = JSON.createObjectNode().put("pair_id", "p" + i).put("lang1", language)
                    .put("lang2", language).put("text1", a.get("title").asText() + "  " + a.get("text").asText())
                    .put("text2", b.get("title").asText() + "  " + b.get("text").asText());
            for (String d : List.of("Geography", "Entities", "Time", "Narrative", "Overall", "Style", "Tone")) {
                pair.put(d, gold);
            }
            lines.add(JSON.writeValueAsString(pair));
        }
        return lines;
    }

    @Test
    void aBinaryFileIsRefusedInOneLine() throws Exception {
        Path binary = Files.write(dir.resolve("scan.jsonl"), new byte[] {'%', 'P', 'D', 'F', 0, 1, 2, '\n', 0, 9});
        CommandRun run = CommandRun.of("evaluate-pairs", "--fast", binary.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("error: " + binary + ": binary content, not JSON Lines of pairs");
        // Random bytes with no NUL among them, told by their control bytes as ingest tells them.
        byte[] noise = new byte[300];
        new java.util.Random(7).nextBytes(noise);
        for (int i = 0; i < noise.length; i++) {
            noise[i] = noise[i] == 0 ? 1 : noise[i];
        }
        Path random = Files.write(dir.resolve("noise.jsonl"), noise);
        CommandRun noisy = CommandRun.of("evaluate-pairs", "--fast", random.toString());
        assertThat(noisy.status()).isEqualTo(1);
        assertThat(noisy.err().strip()).isEqualTo("error: " + random + ": binary content, not JSON Lines of pairs");
    }

    @Test
    void bytesThatAreNotUtf8AreReadNotAStackTrace() throws Exception {
        // "café" in Windows-1252: the é byte is no UTF-8, as in a file saved by a legacy tool.
        Path pairs = Files.write(dir.resolve("legacy.jsonl"),
                "{\"pair_id\": \"a\", \"text1\": \"caf\u00e9\", \"text2\": \"x\"}\n".getBytes("windows-1252"));
        CommandRun run = CommandRun.of("evaluate-pairs", "--fast", pairs.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).doesNotContain("Exception").contains("legacy.jsonl: only 0 usable pairs");
    }

    @Test
    void aMissingFileIsOneLineNotAStackTrace() {
        CommandRun run = CommandRun.of("evaluate-pairs", dir.resolve("missing.jsonl").toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err().strip()).endsWith("missing.jsonl: not a readable file").doesNotContain("Exception");
    }
}
