package news.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import news.storyline.article.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestorTest {
    @TempDir
    Path dir;

    @Test
    void readsADirectoryTreeOfMixedFormatsInNameOrder() throws Exception {
        Path outlet = Files.createDirectories(dir.resolve("gulf"));
        Files.writeString(outlet.resolve("b-story.txt"), "Mosul fell to militants on Tuesday, officials said.");
        Files.writeString(dir.resolve("a.jsonl"), "{\"id\": \"j1\", \"text\": \"One.\"}\n{\"id\": \"j2\", \"text\": \"Two.\"}\n");
        Files.writeString(dir.resolve("c.html"), """
                <!doctype html><html lang="en"><head><title>Mosul falls | Example</title></head>
                <body><article><h1>Mosul falls</h1><p>Militants seized Iraq's second-largest city on Tuesday,
                officials said, in another blow to the authorities who appear unable to stop them.</p>
                <p>Hundreds of gunmen launched an assault on the city overnight, engaging troops and police in
                fighting that lasted until dawn, according to residents who fled.</p></article></body></html>
                """);
        Files.writeString(dir.resolve("d.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Wire</title><link>https://wire.example/</link>
                <item><title>Mosul</title><link>https://wire.example/1</link><description>Mosul fell.</description></item>
                </channel></rss>
                """);
        Files.writeString(Files.createDirectories(dir.resolve(".git")).resolve("config"), "[core]");
        Files.writeString(dir.resolve(".DS_Store"), "junk");
        Files.writeString(dir.resolve("README.md"), "Two reports of one event, kept as test fixtures.");
        Files.writeString(Files.createDirectories(dir.resolve("sub")).resolve("LICENSE"), "CC BY 3.0");

        var sink = new CollectingSink();
        IngestReport report = new Ingestor().ingest(List.of(dir), sink, Ingestor.Progress.NONE);

        assertThat(report.problems()).isEmpty();
        assertThat(report.filesRead()).isEqualTo(4);
        assertThat(sink.articles).extracting(Article::id)
                .containsExactly("j1", "j2", "c", "https://wire.example/1", "b-story");
        assertThat(sink.articles.get(2).title()).isEqualTo("Mosul falls");
    }

    @Test
    void badInputsAreReportedOneLineEachAndTheRunGoesOn() throws Exception {
        Files.writeString(dir.resolve("01-good.txt"), "Mosul fell to militants on Tuesday, officials said.");
        Files.write(dir.resolve("02-scan.pdf"), "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(dir.resolve("03-photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        Files.write(dir.resolve("04-empty.txt"), new byte[0]);
        Files.writeString(dir.resolve("05-big.html"), "<html><body><p>" + "word ".repeat(400) + "</p></body></html>");
        Files.writeString(dir.resolve("06-broken.rss"), "<?xml version=\"1.0\"?><rss><channel><item><title>cut");
        Files.writeString(dir.resolve("07-mixed.jsonl"), "{\"id\": \"ok\", \"text\": \"Fine.\"}\nnot json\n");
        Files.write(dir.resolve("08-nul.txt"), new byte[] {'a', 0, 'b', 0, 'c'});
        // Random bytes with no NUL among them: the control bytes give them away.
        byte[] noise = new byte[300];
        new java.util.Random(7).nextBytes(noise);
        for (int i = 0; i < noise.length; i++) {
            noise[i] = noise[i] == 0 ? 1 : noise[i];
        }
        Files.write(dir.resolve("09-noise.txt"), noise);
        Path missing = dir.resolve("nowhere.txt");

        var sink = new CollectingSink();
        IngestReport report = new Ingestor(1_000, 10_000).ingest(List.of(dir, missing), sink, Ingestor.Progress.NONE);

        assertThat(sink.articles).extracting(Article::id).containsExactly("01-good", "ok");
        assertThat(report.filesRead()).isEqualTo(2);
        assertThat(report.filesFailed()).isEqualTo(8);
        assertThat(report.recordsSkipped()).isEqualTo(1);
        assertThat(report.problems()).extracting(InputProblem::oneLine).containsExactly(
                dir.resolve("02-scan.pdf") + ": binary content (PDF), not text",
                dir.resolve("03-photo.txt") + ": binary content (PNG image), not text",
                dir.resolve("04-empty.txt") + ": empty file",
                dir.resolve("05-big.html") + ": too large (0.0 MB, limit 0.0 MB)",
                report.problems().get(4).oneLine(),
                dir.resolve("07-mixed.jsonl") + ":2: " + report.problems().get(5).reason(),
                dir.resolve("08-nul.txt") + ": binary content (NUL bytes), not text",
                dir.resolve("09-noise.txt") + ": binary content (control bytes), not text",
                missing + ": no such file");
        assertThat(report.problems().get(4).oneLine()).startsWith(dir.resolve("06-broken.rss") + ": malformed feed");
        assertThat(report.problems().get(5).reason()).startsWith("malformed JSON");
        assertThat(report.problems()).allSatisfy(p -> assertThat(p.oneLine()).doesNotContain("\n"));
        assertThat(report.summary()).isEqualTo("2 articles from 2 files; 8 inputs failed, 1 record skipped");
    }

    @Test
    void aBotCheckServedInPlaceOfAnArticleIsReportedAndSkipped() throws Exception {
        Files.writeString(dir.resolve("scraped.jsonl"), "{\"id\": \"a\", \"text\": \"Mosul fell to militants.\"}\n"
                + "{\"id\": \"b\", \"text\": \"Checking your browser before accessing example.com.\"}\n");

        var sink = new CollectingSink();
        IngestReport report = new Ingestor().ingest(List.of(dir), sink, Ingestor.Progress.NONE);

        assertThat(sink.articles).extracting(Article::id).containsExactly("a");
        assertThat(report.recordsSkipped()).isEqualTo(1);
        assertThat(report.problems()).extracting(InputProblem::oneLine).singleElement().asString()
                .contains("scraped.jsonl").contains("not an article: the site served a bot check or refusal "
                        + "(\"Checking your browser before accessing\")");
    }

    @Test
    void readsGzippedInputsAsWhatTheyHoldAndNamesTheCompressedFile() throws Exception {
        Path corpus = dir.resolve("news.jsonl.gz");
        gzip(corpus, "{\"id\": \"a\", \"text\": \"Mosul fell to militants on Tuesday.\"}\nnot json\n"
                + "{\"id\": \"b\", \"text\": \"Baghdad braced for an attack.\"}\n");
        Path page = dir.resolve("page.html.gz");
        gzip(page, "<html><head><title>Mosul falls</title></head><body><article><p>Militants seized Mosul on"
                + " Tuesday, officials said, after the army withdrew from the city overnight.</p></article></body></html>");
        Path truncated = dir.resolve("cut.jsonl.gz");
        byte[] whole = gzipped("{\"id\": \"c\", \"text\": \"" + "word ".repeat(200) + "\"}\n");
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));
        Path bomb = dir.resolve("bomb.txt.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(bomb))) {
            byte[] block = "a".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (long written = 0; written <= InputCopy.MIN_BOUND_BYTES; written += block.length) {
                out.write(block);
            }
        }

        var sink = new CollectingSink();
        IngestReport report = new Ingestor().ingest(List.of(corpus, page, truncated, bomb), sink,
                Ingestor.Progress.NONE);

        assertThat(sink.articles).extracting(Article::id).containsExactly("a", "b", "page");
        assertThat(sink.articles).extracting(Article::origin).containsExactly(corpus + ":1", corpus + ":3",
                page.toString());
        assertThat(sink.articles.get(2).title()).isEqualTo("Mosul falls");
        assertThat(report.problems()).extracting(InputProblem::oneLine).containsExactly(
                corpus + ":2: " + report.problems().get(0).reason(),
                truncated + ": truncated gzip archive (it ends before its data does)",
                bomb + ": " + report.problems().get(2).reason());
        assertThat(report.problems().get(2).reason()).contains("compression bomb");
        try (var left = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertThat(left.filter(p -> p.getFileName().toString().startsWith("storyline-gzip")).toList())
                    .as("decompressed copies deleted").isEmpty();
        }
    }

    @Test
    void readsWhatIsPipedInAsMinusGzippedOrNot() throws Exception {
        InputStream saved = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream(gzipped("{\"id\": \"a\", \"text\": \"Mosul fell.\"}\n"
                    + "oops\n")));
            var sink = new CollectingSink();
            IngestReport report = new Ingestor().ingest(List.of(Path.of("-")), sink, Ingestor.Progress.NONE);
            assertThat(sink.articles).extracting(Article::id, Article::origin).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("a", "stdin:1"));
            assertThat(FolderOutlet.assign(sink.articles.getFirst()).source()).isNull();
            assertThat(report.problems()).extracting(InputProblem::location).containsExactly("stdin:2");

            System.setIn(new java.io.ByteArrayInputStream(new byte[0]));
            report = new Ingestor().ingest(List.of(Path.of("-")), new CollectingSink(), Ingestor.Progress.NONE);
            assertThat(report.problems()).extracting(InputProblem::oneLine).containsExactly("stdin: empty file");
        } finally {
            System.setIn(saved);
        }
    }

    private static void gzip(Path file, String text) throws Exception {
        Files.write(file, gzipped(text));
    }

    private static byte[] gzipped(String text) throws Exception {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var out = new java.util.zip.GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    @Test
    void progressIsToldPerFile() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "One story about the floods.");
        Files.writeString(dir.resolve("b.txt"), "Another story about the floods.");
        var events = new ArrayList<String>();
        new Ingestor().ingest(List.of(dir), new CollectingSink(), new Ingestor.Progress() {
            @Override
            public void started(int files, long bytes) {
                events.add("started " + files);
            }

            @Override
            public void fileDone(Path file, int articlesSoFar) {
                events.add(file.getFileName() + " " + articlesSoFar);
            }
        });
        assertThat(events).containsExactly("started 2", "a.txt 1", "b.txt 2");
    }

    @Test
    void anErrorInOneInputIsReportedAgainstItAndTheRunGoesOn() throws Exception {
        Files.writeString(dir.resolve("a.html"), "<html><body><p>deep</p></body></html>");
        Files.writeString(dir.resolve("b.txt"), "Another story about the floods.");
        ArticleReader recursing = new ArticleReader() {
            @Override
            public void read(Path file, ArticleSink sink) {
                descend(0);
            }

            private int descend(int depth) {
                return descend(depth + 1) + 1;
            }
        };
        ArticleReader outOfMemory = (file, sink) -> {
            throw new OutOfMemoryError("Java heap space");
        };
        var sink = new CollectingSink();
        var ingestor = new Ingestor(new InputGuard(Ingestor.DEFAULT_MAX_FILE_BYTES), java.util.Map.of(
                InputFormat.HTML, recursing, InputFormat.TEXT, new PlainTextReader()));
        IngestReport report = ingestor.ingest(List.of(dir), sink, Ingestor.Progress.NONE);

        assertThat(report.problems()).extracting(InputProblem::oneLine)
                .containsExactly(dir.resolve("a.html") + ": unreadable: nested too deeply to read");
        assertThat(sink.articles).hasSize(1);

        var second = new Ingestor(new InputGuard(Ingestor.DEFAULT_MAX_FILE_BYTES), java.util.Map.of(
                InputFormat.HTML, outOfMemory, InputFormat.TEXT, new PlainTextReader()));
        assertThat(second.ingest(List.of(dir), new CollectingSink(), Ingestor.Progress.NONE).problems())
                .extracting(InputProblem::reason).containsExactly("unreadable: too large to read in the memory given");
    }

    @Test
    void progressIsToldInBytesOverAllFiles() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "One story about the floods.");
        Files.writeString(dir.resolve("b.txt"), "Another story about the floods.");
        var bytes = new ArrayList<Long>();
        long[] total = new long[1];
        new Ingestor().ingest(List.of(dir), new CollectingSink(), new Ingestor.Progress() {
            @Override
            public void started(int files, long allBytes) {
                total[0] = allBytes;
            }

            @Override
            public void bytesRead(long bytesSoFar) {
                bytes.add(bytesSoFar);
            }
        });
        assertThat(total[0]).isEqualTo(27 + 31);
        assertThat(bytes).containsExactly(27L, 58L);
    }

    @Test
    void aStreamedFileTellsProgressAsItIsRead() throws Exception {
        var lines = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            lines.append("{\"id\": \"r").append(i).append("\", \"text\": \"Story number ").append(i).append(".\"}\n");
        }
        Path file = Files.writeString(dir.resolve("stream.jsonl"), lines);
        var bytes = new ArrayList<Long>();
        new Ingestor().ingest(List.of(file), new CollectingSink(), new Ingestor.Progress() {
            @Override
            public void bytesRead(long bytesSoFar) {
                bytes.add(bytesSoFar);
            }
        });
        long line = Files.size(file) / 3;
        assertThat(bytes).containsExactly(line, 2 * line, 3 * line, 3 * line);
    }

    @Test
    void aFoldersDocumentationIsPassedOverUnlessNamed() throws Exception {
        Path readme = dir.resolve("README.md");
        Files.writeString(readme, "Two reports of one event, kept as test fixtures.");
        Files.writeString(dir.resolve("readme-notes.txt"), "Mosul fell to militants on Tuesday, officials said.");
        var sink = new CollectingSink();
        new Ingestor().ingest(List.of(dir), sink, Ingestor.Progress.NONE);
        assertThat(sink.articles).hasSize(1);
        sink = new CollectingSink();
        new Ingestor().ingest(List.of(readme), sink, Ingestor.Progress.NONE);
        assertThat(sink.articles).hasSize(1);
        assertThat(InputFiles.isFolderDocumentation(Path.of("x", "NOTICE.txt"))).isTrue();
        assertThat(InputFiles.isFolderDocumentation(Path.of("x", "licenses-report.html"))).isFalse();
    }
}
