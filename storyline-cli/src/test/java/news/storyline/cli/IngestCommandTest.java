package news.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path dir;

    @Test
    void ingestsTheSeedsIntoCleanJsonLines() throws Exception {
        Path seeds = Seeds.copyTo(dir.resolve("in"));
        Path output = dir.resolve("articles.jsonl");

        CommandRun run = CommandRun.of("ingest", seeds.toString(), "-o", output.toString());

        assertThat(run.status()).isZero();
        assertThat(run.err()).contains("ingest: 2 articles from 2 files; 0 inputs failed, 0 records skipped");
        List<JsonNode> articles = readJsonl(output);
        assertThat(articles).extracting(a -> a.get("id").asText())
                .containsExactly("1.1345264-3993115206", "001_f2e9581c621b58c2");
        JsonNode second = articles.get(1);
        assertThat(second.get("paragraphs")).hasSize(12);
        assertThat(second.get("text").asText()).doesNotContain("Also Read");
        assertThat(second.get("removed").findValuesAsText("reason")).contains("READ_ALSO", "REPEATED_PARAGRAPH");
        assertThat(second.get("language").asText()).isEqualTo("en");
    }

    @Test
    void anOutputFileReadsBackInToTheSameArticles() throws Exception {
        Path seeds = Seeds.copyTo(dir.resolve("in"));
        Path first = dir.resolve("first.jsonl");
        Path second = dir.resolve("second.jsonl");
        assertThat(CommandRun.of("ingest", seeds.toString(), "-o", first.toString()).status()).isZero();
        assertThat(CommandRun.of("ingest", first.toString(), "-o", second.toString()).status()).isZero();

        List<JsonNode> before = readJsonl(first);
        List<JsonNode> after = readJsonl(second);
        assertThat(after).hasSameSizeAs(before);
        for (int i = 0; i < before.size(); i++) {
            for (String field : List.of("id", "paragraphs", "language", "title", "date")) {
                assertThat(after.get(i).get(field)).as(field).isEqualTo(before.get(i).get(field));
            }
            assertThat(after.get(i).get("removed")).as("nothing is left to remove").isEmpty();
        }
    }

    @Test
    void badInputIsNamedOnOneLineTheRestIsWrittenAndTheStatusSaysSo() throws Exception {
        Path in = Seeds.copyTo(dir.resolve("in"));
        Files.write(in.resolve("scan.pdf"), "%PDF-1.4 binary".getBytes());
        Files.writeString(in.resolve("feed.jsonl"), "{\"id\": \"x\", \"text\": \"Fine story.\"}\n{oops\n");
        Path output = dir.resolve("articles.jsonl");

        CommandRun run = CommandRun.of("ingest", in.toString(), "-o", output.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err().lines()).contains(
                "error: " + in.resolve("scan.pdf") + ": binary content (PDF), not text");
        assertThat(run.err().lines()).anyMatch(line -> line.startsWith("error: " + in.resolve("feed.jsonl") + ":2: malformed JSON"));
        assertThat(run.err()).contains("3 articles from 3 files; 1 input failed, 1 record skipped");
        assertThat(readJsonl(output)).hasSize(3);
    }

    @Test
    void anOutputThatCannotBeWrittenLeavesTheEarlierFileAlone() throws Exception {
        Path seeds = Seeds.copyTo(dir.resolve("in"));
        Path blocked = Files.createDirectories(dir.resolve("taken"));
        Files.writeString(blocked.resolve("keep.txt"), "earlier work");

        CommandRun run = CommandRun.of("ingest", seeds.toString(), "-o", blocked.toString());

        assertThat(run.status()).isEqualTo(StorylineCommand.CANNOT_WRITE);
        assertThat(run.err()).contains("error: cannot write " + blocked);
        assertThat(blocked.resolve("keep.txt")).hasContent("earlier work");
        try (var left = Files.list(blocked.getParent())) {
            assertThat(left).noneMatch(p -> p.getFileName().toString().endsWith(".partial"));
        }
    }

    @Test
    void withoutOutputTheArticlesGoToStandardOutput() throws Exception {
        Path seeds = Seeds.copyTo(dir.resolve("in"));
        CommandRun run = CommandRun.of("ingest", seeds.resolve("001_f2e9581c621b58c2.txt").toString());
        assertThat(run.status()).isZero();
        assertThat(run.out().lines()).hasSize(1);
        assertThat(JSON.readTree(run.out()).get("id").asText()).isEqualTo("001_f2e9581c621b58c2");
    }

    @Test
    void outletFromFolderLetsCleaningLearnEachOutletsFooter() throws Exception {
        String footer = "Gulf Daily is not responsible for the content of external sites.";
        Path outlet = Files.createDirectories(dir.resolve("scrapes/gulf-daily"));
        for (int i = 0; i < 6; i++) {
            Files.writeString(outlet.resolve("story-" + i + ".txt"),
                    "Story " + i + " on the floods that hit the north of the country this week.\n" + footer);
        }
        Path output = dir.resolve("articles.jsonl");

        CommandRun plain = CommandRun.of("ingest", dir.resolve("scrapes").toString(), "-o", output.toString());
        assertThat(plain.status()).isZero();
        assertThat(readJsonl(output)).allSatisfy(a -> {
            assertThat(a.get("source").isNull()).isTrue();
            assertThat(a.get("text").asText()).contains(footer);
        });

        CommandRun byFolder = CommandRun.of("ingest", "--outlet-from-folder", dir.resolve("scrapes").toString(),
                "-o", output.toString());
        assertThat(byFolder.status()).isZero();
        assertThat(readJsonl(output)).hasSize(6).allSatisfy(a -> {
            assertThat(a.get("source").asText()).isEqualTo("gulf-daily");
            assertThat(a.get("text").asText()).doesNotContain(footer);
            assertThat(a.get("removed").findValuesAsText("reason")).containsExactly("OUTLET_BOILERPLATE");
        });
    }

    @Test
    void noPathIsAUsageError() {
        CommandRun run = CommandRun.of("ingest");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required parameter");
    }

    private static List<JsonNode> readJsonl(Path file) throws Exception {
        return Files.readAllLines(file).stream().map(line -> {
            try {
                return JSON.readTree(line);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }).toList();
    }
}
