package news.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PairsCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] KEYS = {"overall", "geography", "entities", "time", "narrative", "style", "tone"};
    @TempDir
    Path dir;

    private List<JsonNode> sampleArticles(int n) throws Exception {
        var articles = new ArrayList<JsonNode>();
        try (var in = PairsCommandTest.class.getResourceAsStream("/samples/wikinews-semeval2015.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (articles.size() < n && !line.isBlank()) {
                    articles.add(JSON.readTree(line));
                }
            }
        }
        return articles;
    }

    private static ObjectNode pair(String id, JsonNode a, JsonNode b) {
        ObjectNode node = JSON.createObjectNode().put("pair_id", id);
        node.put("text1", a.get("text").asText()).put("title1", a.get("title").asText())
                .put("date1", a.get("date").asText()).put("lang1", "en");
        node.put("text2", b.get("text").asText()).put("title2", b.get("title").asText())
                .put("date2", b.get("date").asText());
        return node;
    }

    @Test
    void scoresEveryGoodPairAndReportsEachBadLineInOneLine() throws Exception {
        List<JsonNode> articles = sampleArticles(40);
        var lines = new ArrayList<String>();
        lines.add(JSON.writeValueAsString(pair("same-topic", articles.get(0), articles.get(1))));
        lines.add(JSON.writeValueAsString(pair("other-topic", articles.get(0), articles.get(39))));
        ObjectNode noText2 = pair("no-text2", articles.get(2), articles.get(3));
        noText2.remove("text2");
        lines.add(JSON.writeValueAsString(noText2));
        lines.add(JSON.writeValueAsString(pair("empty", articles.get(2), articles.get(3)).put("text1", " ")));
        lines.add(JSON.writeValueAsString(pair("binary", articles.get(2), articles.get(3))
                .put("text2", "\u0000\u0001\u0002\u0003PK\u0003\u0004\u0000\u0000\ufffd\ufffd")));
        lines.add("{\"pair_id\": \"broken\", \"text1\": ");
        lines.add(JSON.writeValueAsString(pair("swahili", articles.get(4), articles.get(5)).put("lang1", "sw")
                .put("lang2", "sw")));
        Path in = Files.write(dir.resolve("pairs.jsonl"), lines, StandardCharsets.UTF_8);
        Path out = dir.resolve("scores.jsonl");

        CommandRun run = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> CommandRun.of("pairs", in.toString(), "-o", out.toString()));

        assertThat(run.status()).isEqualTo(1);
        List<JsonNode> scored = new ArrayList<>();
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            scored.add(JSON.readTree(line));
        }
        assertThat(scored).extracting(node -> node.get("pair_id").asText())
                .containsExactly("same-topic", "other-topic", "swahili");
        for (JsonNode node : scored) {
            for (String key : KEYS) {
                assertThat(node.get(key).asDouble()).as(key).isBetween(1.0, 4.0);
            }
            assertThat(node.get("evidence").isObject()).isTrue();
        }
        assertThat(scored.get(0).get("overall").asDouble()).isLessThan(scored.get(1).get("overall").asDouble());
        assertThat(scored.get(0).at("/evidence/time/daysApart").isNumber()).isTrue();
        assertThat(run.err()).contains("pair no-text2: no text2, skipped")
                .contains("pair empty: text1 is empty, skipped")
                .contains("pair binary: text2 is binary content, not text, skipped")
                .contains("pairs.jsonl:6: malformed JSON, line skipped")
                .contains("pair swahili: language \"sw\" has no analyzer")
                .satisfies(err -> assertThat(err.lines().filter(l -> l.contains("pair swahili")).count())
                        .as("one warning for the pair, both its texts in Swahili").isEqualTo(1))
                .contains("pairs: 3 scored, 4 skipped");
    }

    @Test
    void theCascadeEmbedsOnlyPairsInDoubtEachTextOnceAndTheCacheKeepsThem() throws Exception {
        List<JsonNode> articles = sampleArticles(40);
        var lines = new ArrayList<String>();
        lines.add(JSON.writeValueAsString(pair("same-topic", articles.get(0), articles.get(1))));
        lines.add(JSON.writeValueAsString(pair("same-again", articles.get(0), articles.get(1))));
        lines.add(JSON.writeValueAsString(pair("other-topic", articles.get(0), articles.get(39))));
        Path in = Files.write(dir.resolve("pairs.jsonl"), lines, StandardCharsets.UTF_8);
        Path cache = dir.resolve("vectors.bin");

        CommandRun run = CommandRun.of("pairs", in.toString(), "-o", dir.resolve("scores.jsonl").toString(),
                "--embedding-cache", cache.toString());

        assertThat(run.status()).as(run.err()).isZero();
        List<JsonNode> scored = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("scores.jsonl"))) {
            scored.add(JSON.readTree(line));
        }
        assertThat(scored.get(0).at("/evidence/overall/features/embeddingCosine").asDouble()).isGreaterThan(0.5);
        assertThat(scored.get(1).get("overall").asDouble()).isEqualTo(scored.get(0).get("overall").asDouble());
        // Two articles of different topics: clearly two stories to the lexical scores, so not embedded.
        assertThat(scored.get(2).at("/evidence/overall/features").has("embeddingCosine")).isFalse();
        assertThat(scored.get(2).get("overall").asDouble()).isGreaterThanOrEqualTo(3.4);
        // Two distinct texts embedded, each once: the cache holds its header and two vectors.
        long size = Files.size(cache);
        assertThat(new news.storyline.text.CachedEmbedder(new news.storyline.embed.BgeSmallEmbedder(), cache).size())
                .isEqualTo(2);
        CommandRun again = CommandRun.of("pairs", in.toString(), "--embedding-cache", cache.toString());
        assertThat(again.status()).isZero();
        assertThat(Files.size(cache)).isEqualTo(size);
    }

    @Test
    void anUnreadableInputLeavesAnEarlierOutputAsItWas() throws Exception {
        Path out = Files.writeString(dir.resolve("scores.jsonl"), "earlier\n");
        CommandRun run = CommandRun.of("pairs", dir.resolve("missing.jsonl").toString(), "-o", out.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("missing.jsonl: not a readable file");
        assertThat(Files.readString(out)).isEqualTo("earlier\n");
    }

    @Test
    void aFileWithNoPairIsAnErrorAndLeavesAnEarlierOutputAsItWas() throws Exception {
        Path out = Files.writeString(dir.resolve("scores.jsonl"), "earlier\n");
        for (String content : new String[] {"", "\n  \n"}) {
            Path empty = Files.writeString(dir.resolve("empty.jsonl"), content);
            CommandRun run = CommandRun.of("pairs", empty.toString(), "-o", out.toString());
            assertThat(run.status()).isEqualTo(1);
            assertThat(run.err().strip()).isEqualTo("error: " + empty + ": no pairs (the file is empty or only blank lines)");
            assertThat(Files.readString(out)).isEqualTo("earlier\n");
        }
    }

    @Test
    void theScoresFileKeepsNormalPermissions() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.FileSystems.getDefault()
                .supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path in = Files.writeString(dir.resolve("pairs.jsonl"), "{\"pair_id\": \"p\", \"text1\": \"Militants took "
                + "Mosul on Tuesday.\", \"text2\": \"Mosul fell to militants on Tuesday.\"}\n");
        Path out = dir.resolve("scores.jsonl");
        assertThat(CommandRun.of("pairs", "--fast", in.toString(), "-o", out.toString()).status()).isZero();
        // Owner-only, as Files.createTempFile makes a file, would hide the scores from everyone else.
        assertThat(Files.getPosixFilePermissions(out)).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ);
        try (var left = Files.list(dir)) {
            assertThat(left).noneMatch(p -> p.getFileName().toString().endsWith(".partial"));
        }
    }

    @Test
    void aBinaryFileIsRefusedInOneLineAndStrayBytesInALineDoNotStopTheRun() throws Exception {
        Path binary = Files.write(dir.resolve("scan.jsonl"), new byte[] {'%', 'P', 'D', 'F', 0, 1, 2, 3, 0, 0});
        CommandRun run = CommandRun.of("pairs", binary.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("scan.jsonl: binary content, not JSON Lines of pairs");

        List<JsonNode> articles = sampleArticles(3);
        byte[] good = JSON.writeValueAsBytes(pair("good", articles.get(0), articles.get(1)));
        String stray = JSON.writeValueAsString(pair("stray", articles.get(0), articles.get(2)));
        var bytes = new java.io.ByteArrayOutputStream();
        bytes.write(good);
        bytes.write('\n');
        // A Windows-1252 byte (0xE9) inside the second line's text: not UTF-8, but not a reason to stop.
        String second = stray.replace("January", "Janu\u00e9ary");
        bytes.write(second.getBytes(StandardCharsets.ISO_8859_1));
        bytes.write('\n');
        Path mixed = Files.write(dir.resolve("mixed.jsonl"), bytes.toByteArray());
        CommandRun mixedRun = CommandRun.of("pairs", mixed.toString());
        assertThat(mixedRun.err()).contains("pairs: 2 scored, 0 skipped");
        assertThat(mixedRun.out().lines()).hasSize(2);
    }

    @Test
    void helpSaysWhatEachConfigurationScoresWith() {
        CommandRun run = CommandRun.of("pairs", "--help");
        assertThat(run.out().replaceAll("\\s+", " ")).contains("embedded once with a sentence-embedding model")
                .contains("--fast scores on lexical features alone");
    }
}
