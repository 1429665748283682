package news.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DedupCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PLANTED = 24;
    @TempDir
    Path dir;

    @Test
    void theTwoSeedReportsAreIndependentNotCopies() throws Exception {
        Path seeds = Seeds.copyTo(dir.resolve("in"));
        CommandRun run = CommandRun.of("dedup", seeds.toString());
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("dedup: 2 articles, 0 groups, 0 copies");
    }

    @Test
    void findsEveryPlantedWireCopyWithItsOriginal() throws Exception {
        Path corpus = plantCopies(dir.resolve("corpus.jsonl"));

        CommandRun run = CommandRun.of("dedup", "--json", corpus.toString());

        assertThat(run.status()).isZero();
        Map<String, List<String>> found = new TreeMap<>();
        Map<String, String> relations = new TreeMap<>();
        for (String line : run.out().lines().toList()) {
            JsonNode group = JSON.readTree(line);
            var copies = new ArrayList<String>();
            group.get("copies").forEach(c -> {
                copies.add(c.get("id").asText());
                relations.put(c.get("id").asText(), c.get("relation").asText()
                        + (c.has("agency") ? " " + c.get("agency").asText() : ""));
            });
            found.put(group.get("original").get("id").asText(), copies);
        }
        Map<String, List<String>> planted = new TreeMap<>();
        for (int i = 0; i < PLANTED; i++) {
            planted.put("w" + i, List.of("copy-" + i));
        }
        assertThat(found).isEqualTo(planted);
        for (int i = 0; i < PLANTED; i++) {
            String expected = switch (i % 4) {
                case 0 -> "exact";
                case 1, 2 -> "contains";
                default -> "syndicated AP";
            };
            assertThat(relations.get("copy-" + i)).as("copy-" + i).isEqualTo(expected);
        }
        assertThat(run.err()).contains("dedup: 144 articles, 24 groups, 24 copies (exact 6, contains 12, syndicated 6)");
    }

    @Test
    void printsGroupsAsText() throws Exception {
        Path corpus = plantCopies(dir.resolve("corpus.jsonl"));
        CommandRun run = CommandRun.of("dedup", corpus.toString());
        assertThat(run.out().lines().limit(3)).containsExactly(
                "group 1: 2 articles",
                "  original                     w0  Wikinews  2008-01-09  \"Apple to lower UK iTunes prices\"",
                "  exact 1.00                   copy-0  Copy Desk 0  2008-01-10  \"Apple to lower UK iTunes prices\"");
        assertThat(run.out()).contains("  syndicated (AP, near) 0.95   copy-3  Copy Desk 3");
    }

    /**
     * The 120 sample articles under the outlet "Wikinews", and a copy of each of the first {@value #PLANTED} a day
     * later under another outlet: exact, with the outlet's own intro, with the ending cut, or credited to a wire.
     */
    private static Path plantCopies(Path file) throws Exception {
        var lines = new ArrayList<String>();
        try (var in = new BufferedReader(new InputStreamReader(
                DedupCommandTest.class.getResourceAsStream(DemoCommand.SAMPLE_RESOURCE), StandardCharsets.UTF_8))) {
            int i = 0;
            for (String line = in.readLine(); line != null; line = in.readLine(), i++) {
                JsonNode sample = JSON.readTree(line);
                List<String> paragraphs = List.of(sample.get("text").asText().split("\n+"));
                String date = sample.get("date").asText();
                String text = String.join("\n\n", paragraphs);
                if (i < PLANTED && i % 4 == 3) {
                    text = text + "\n\n(AP)";
                }
                lines.add(record("w" + i, "Wikinews", sample.get("title").asText(), date, text));
                if (i >= PLANTED) {
                    continue;
                }
                String copy = switch (i % 4) {
                    case 0 -> text;
                    case 1 -> "Our own correspondent adds that the news reached the capital late in the evening, "
                            + "and that officials there would not comment.\n\n" + text;
                    case 2 -> String.join("\n\n", paragraphs.subList(0, Math.max(2, paragraphs.size() * 2 / 3)));
                    default -> "The following is a wire report.\n\n" + text;
                };
                String later = Instant.parse(date.length() == 10 ? date + "T00:00:00Z" : date)
                        .plus(1, ChronoUnit.DAYS).toString();
                lines.add(record("copy-" + i, "Copy Desk " + i, sample.get("title").asText(), later, copy));
            }
        }
        Files.write(file, lines);
        return file;
    }

    private static String record(String id, String source, String title, String date, String text) throws Exception {
        ObjectNode node = JSON.createObjectNode().put("id", id).put("source", source).put("title", title)
                .put("date", date).put("text", text);
        return JSON.writeValueAsString(node);
    }
}
