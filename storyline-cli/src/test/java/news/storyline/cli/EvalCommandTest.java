package news.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path dir;

    /**
     * A gold file made from the bundled Wikinews sample (four topics of 30): even lines train, odd lines test. Dates
     * are left out, so every record is usable and the stream is the input order.
     */
    private Path wikinewsGold(String... extraLines) throws IOException {
        var lines = new ArrayList<String>();
        try (var in = EvalCommandTest.class.getResourceAsStream("/samples/wikinews-semeval2015.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                ObjectNode record = (ObjectNode) JSON.readTree(line);
                record.remove("date");
                record.put("split", lines.size() % 2 == 0 ? "train" : "test");
                lines.add(JSON.writeValueAsString(record));
            }
        }
        lines.addAll(List.of(extraLines));
        return Files.write(dir.resolve("gold.jsonl"), lines, StandardCharsets.UTF_8);
    }

    @Test
    void scoresTheBaselineTunedOnTrainAndWritesItsAssignments() throws Exception {
        Path gold = wikinewsGold("{\"id\": \"stray\", \"split\": \"test\", \"text\": \"A record without a story.\"}");
        Path assignments = dir.resolve("assignments");

        Path cache = dir.resolve("vectors.bin");
        CommandRun run = CommandRun.of("eval", "--gold", gold.toString(), "--split", "test", "--json",
                "--assignments", assignments.toString(), "--embedding-cache", cache.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err().strip()).endsWith("gold.jsonl:121: no gold \"cluster\"; record skipped")
                .doesNotContain("\n");
        List<String> rows = run.out().lines().toList();
        assertThat(rows).hasSize(EvaluatedSystems.forSet(null, null).size());
        // The default configuration embedded the 60 test articles (the cache was empty) and says so.
        JsonNode ours = row(rows, "storyline");
        assertThat(ours.get("n").asInt()).isEqualTo(60);
        assertThat(ours.get("settings").asText()).contains("bge-small", "60 texts embedded");
        assertThat(Files.size(cache)).isGreaterThan(60L * 384 * 4);
        JsonNode row = row(rows, "tfidf-avglink");
        assertThat(row.get("set").asText()).isEqualTo("gold-test");
        assertThat(row.get("system").asText()).isEqualTo("tfidf-avglink");
        assertThat(row.get("n").asInt()).isEqualTo(60);
        assertThat(row.get("k_gold").asInt()).isEqualTo(4);
        assertThat(row.get("b3F1").asDouble()).isBetween(0.0, 1.0);
        assertThat(row.get("settings").asText()).contains("tuned on gold train (4 stories, 60 articles;");
        // A 95% interval around each figure, and each storyline system's difference from the baseline with its own.
        assertThat(row.get("b3F1_95").get(0).asDouble()).isLessThanOrEqualTo(row.get("b3F1").asDouble());
        assertThat(row.get("b3F1_95").get(1).asDouble()).isGreaterThanOrEqualTo(row.get("b3F1").asDouble());
        assertThat(row.has("b3F1_minus_baseline")).isFalse();
        assertThat(ours.get("b3F1_minus_baseline").asDouble())
                .isCloseTo(ours.get("b3F1").asDouble() - row.get("b3F1").asDouble(), within(1e-9));
        assertThat(ours.get("b3F1_minus_baseline_95").get(0).asDouble())
                .isLessThanOrEqualTo(ours.get("b3F1_minus_baseline").asDouble());
        List<String> written = Files.readAllLines(assignments.resolve("gold-test-tfidf-avglink.jsonl"));
        assertThat(written).hasSize(60).allSatisfy(line -> {
            JsonNode a = JSON.readTree(line);
            assertThat(a.get("id").isTextual()).isTrue();
            assertThat(a.get("story").isTextual()).isTrue();
        });
        assertThat(written.stream().map(l -> l.replaceAll(".*\"story\":", "")).distinct().count())
                .isEqualTo(row.get("k_pred").asLong());

        CommandRun table = CommandRun.of("eval", "--gold", gold.toString(), "--split", "test");
        assertThat(table.out()).containsPattern("set +system +n +k_gold +k_pred +b3P +b3R +b3F1 +b3F1 95% +pairP "
                + "+pairR +pairF1 +ARI +V +articles/s")
                .containsPattern("gold-test +storyline +[-+]\\d\\.\\d{4} \\(95%: [-+]\\d\\.\\d{3} to [-+]\\d\\.\\d{3}\\)")
                .containsPattern("gold-test +tfidf-avglink +60 +4 +" + row.get("k_pred").asInt() + " ")
                .contains(String.format(java.util.Locale.ROOT, " %.4f ", row.get("b3F1").asDouble()))
                .contains("gold-test, tfidf-avglink: threshold ");
    }

    @Test
    void theReferenceScorerAgreesWithTheCommandToFourDecimals() throws Exception {
        Path scorer = sharedFolder().map(s -> s.resolve("tools/score.py")).filter(Files::isRegularFile).orElse(null);
        assumeTrue(scorer != null, "../shared/tools/score.py is not here");
        assumeTrue(python3Runs(), "python3 is not here");
        Path gold = wikinewsGold();
        Path assignments = dir.resolve("assignments");
        CommandRun run = CommandRun.of("eval", "--gold", gold.toString(), "--split", "test", "--json",
                "--assignments", assignments.toString());
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode ours = row(run.out().lines().toList(), "tfidf-avglink");

        Process python = new ProcessBuilder("python3", scorer.toString(), "clusters", gold.toString(),
                assignments.resolve("gold-test-tfidf-avglink.jsonl").toString(), "--split", "test")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(python.waitFor(60, TimeUnit.SECONDS)).isTrue();
        JsonNode reference = JSON.readTree(output);

        assertThat(reference.get("missing").asInt()).isZero();
        for (String count : List.of("n", "k_gold", "k_pred")) {
            assertThat(ours.get(count).asInt()).as(count).isEqualTo(reference.get(count).asInt());
        }
        for (String figure : List.of("b3P", "b3R", "b3F1", "pairP", "pairR", "pairF1", "ARI", "V")) {
            assertThat(ours.get(figure).asDouble()).as(figure)
                    .isCloseTo(reference.get(figure).asDouble(), org.assertj.core.data.Offset.offset(0.00005001));
        }
        // Not a trivial clustering: the figures compared are not all 1.
        assertThat(ours.get("b3F1").asDouble()).isLessThan(1.0);
    }

    @Test
    void theStandardSetsAreFoundInTheDataFolder() throws Exception {
        Path data = sharedFolder().map(s -> s.resolve("data")).filter(Files::isDirectory).orElse(null);
        assumeTrue(data != null && Files.isRegularFile(data.resolve("ecbplus_event_clusters.jsonl")),
                "../shared/data is not here");

        CommandRun run = CommandRun.of("eval", "--data", data.toString(), "--limit", "2", "--json");

        Map<String, JsonNode> rows = new java.util.LinkedHashMap<>();
        for (String line : run.out().lines().toList()) {
            JsonNode row = JSON.readTree(line);
            rows.put(row.get("set").asText(), row);
        }
        assertThat(rows.keySet()).contains("ecbplus-test", "wikinews");
        assertThat(rows.get("ecbplus-test").get("k_gold").asInt()).isEqualTo(2);
        assertThat(rows.get("ecbplus-test").get("settings").asText()).contains("tuned on ECB+ train (2 stories");
        assertThat(rows.get("wikinews").get("settings").asText()).contains("tuned on ECB+ train");
        if (Files.isRegularFile(data.resolve("allsides_dev_story_clusters.jsonl"))) {
            assertThat(rows.get("allsides-dev").get("settings").asText()).contains("tuned on AllSides train");
        }
    }

    @Test
    void wrongUsageAndMissingInputsAreOneLine() throws Exception {
        assertThat(CommandRun.of("eval", "--split", "test").status()).isEqualTo(2);
        assertThat(CommandRun.of("eval", "--limit", "-1", "--gold", "x.jsonl").status()).isEqualTo(2);

        CommandRun missing = CommandRun.of("eval", "--gold", dir.resolve("missing.jsonl").toString());
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.err().strip()).endsWith("missing.jsonl: not a readable file").doesNotContain("\n");
        // No figures, so no note on their intervals.
        assertThat(missing.out()).doesNotContain("bootstrap");

        CommandRun empty = CommandRun.of("eval", "--data", Files.createDirectory(dir.resolve("data")).toString());
        assertThat(empty.status()).isEqualTo(1);
        assertThat(empty.err().strip()).contains("none of ecbplus_event_clusters.jsonl").doesNotContain("\n");

        CommandRun noSplit = CommandRun.of("eval", "--gold", wikinewsGold().toString(), "--split", "dev");
        assertThat(noSplit.status()).isEqualTo(1);
        assertThat(noSplit.err().strip()).endsWith("gold.jsonl: no usable records in split \"dev\"");
    }

    /** The shared data and tools folder: {@code ../shared} of the repository, found from wherever tests run. */
    private static java.util.Optional<Path> sharedFolder() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("shared/data")) || Files.isDirectory(p.resolve("shared/tools"))) {
                return java.util.Optional.of(p.resolve("shared"));
            }
        }
        return java.util.Optional.empty();
    }

    private static boolean python3Runs() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static JsonNode row(List<String> lines, String system) throws Exception {
        for (String line : lines) {
            JsonNode row = JSON.readTree(line);
            if (row.get("system").asText().equals(system)) {
                return row;
            }
        }
        throw new AssertionError("no row of " + system + " in " + lines);
    }
}
