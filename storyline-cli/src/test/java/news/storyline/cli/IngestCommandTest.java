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
    void aRunThatReadsNoArticleLeavesAnExistingOutputAsItWas() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("empty.txt"), "");
        Files.write(in.resolve("scan.pdf"), "%PDF-1.4 binary".getBytes());
        Path output = dir.resolve("articles.jsonl");
        Files.writeString(output, "{\"id\": \"earlier\", \"text\": \"Earlier results.\"}\n");

        CommandRun run = CommandRun.of("ingest", in.toString(), in.resolve("missing.html").toString(),
                "-o", output.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("0 articles from 0 files; 3 inputs failed")
                .contains("no article read, so " + output + " was left as it was");
        assertThat(output).hasContent("{\"id\": \"earlier\", \"text\": \"Earlier results.\"}");
        try (var left = Files.list(dir)) {
            assertThat(left).noneMatch(p -> p.getFileName().toString().endsWith(".partial"));
        }
    }

    @Test
    void aRunThatReadsNoArticleWritesAnEmptyOutputWhereThereWasNone() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("empty.txt"), "");
        Path output = dir.resolve("articles.jsonl");

        CommandRun run = CommandRun.of("ingest", in.toString(), "-o", output.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(output).exists().isEmptyFile();
    }

    @Test
    void aWriteFailureSaysWhy() throws Exception {
        Path seeds = Seeds.copyTo(dir.resolve("in"));
        Path readOnly = Files.createDirectories(dir.resolve("locked"));
        Path output = readOnly.resolve("articles.jsonl");
        assertThat(readOnly.toFile().setWritable(false, false)).isTrue();
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(readOnly), "root can write anywhere");
            CommandRun run = CommandRun.of("ingest", seeds.toString(), "-o", output.toString());
            assertThat(run.status()).isEqualTo(StorylineCommand.CANNOT_WRITE);
            assertThat(run.err()).contains("error: cannot write " + output + ": permission denied");
        } finally {
            readOnly.toFile().setWritable(true, false);
        }
    }

    @Test
    void aFolderThatTakesNoNewFilesIsNamedWithTheReason() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(Path.of("/proc/version")), "a Linux /proc");
        Path seeds = Seeds.copyTo(dir.resolve("in"));

        CommandRun run = CommandRun.of("ingest", seeds.toString(), "-o", "/proc/version");

        assertThat(run.status()).isEqualTo(StorylineCommand.CANNOT_WRITE);
        assertThat(run.err().strip()).matches("error: cannot write /proc/version: [a-z ,]+.*\\(/proc/\\.version\\..*\\.partial\\)")
                .doesNotEndWith(": /proc/.version");
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void aClosedStandardOutputStopsTheRunAndFails() throws Exception {
        Path seeds = Seeds.copyTo(dir.resolve("in"));
        // A reader that went away: every write to the pipe fails, as `storyline ingest ... | head -c 200` sees it.
        var closedPipe = new java.io.OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
                throw new java.io.IOException("Broken pipe");
            }
        };
        var err = new java.io.StringWriter();
        int status = StorylineCommand.commandLine().setOut(new java.io.PrintWriter(closedPipe))
                .setErr(new java.io.PrintWriter(err)).execute("ingest", seeds.toString());

        assertThat(status).isEqualTo(StorylineCommand.CANNOT_WRITE);
        assertThat(err.toString()).contains("error: cannot write standard output: the output was closed by its reader")
                .doesNotContain("ingest: 2 articles");
    }

    @Test
    void sizeBoundsBelowOneAreUsageErrors() throws Exception {
        Path seeds = Seeds.copyTo(dir.resolve("in"));
        for (String option : List.of("--max-file-mb=0", "--max-file-mb=-5", "--window-mb=0")) {
            CommandRun run = CommandRun.of("ingest", option, seeds.toString(), "-o", dir.resolve("o.jsonl").toString());
            assertThat(run.status()).as(option).isEqualTo(2);
            assertThat(run.err()).as(option).contains("must be at least 1");
        }
        assertThat(dir.resolve("o.jsonl")).doesNotExist();
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
