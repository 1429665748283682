package news.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import news.storyline.article.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlReaderTest {
    private final JsonlReader reader = new JsonlReader(10_000);
    @TempDir
    Path dir;

    @Test
    void readsTheSharedCorpusFormatKeepingLabelsAsAttributes() throws Exception {
        // Two records in the exact shape of shared/data/ecbplus_event_clusters.jsonl and the Wikinews file.
        Path file = write("""
                {"id": "1_10ecb", "cluster": "1_ecb", "topic": "1", "lang": "en", "title": null, "date_raw": null, "text": "Perennial party girl Tara Reid checked herself into Promises Treatment Center, her rep told People.\\nReid launched a new fashion line called Mantra in December.", "split": "train"}
                {"id": "10718", "cluster": "apple", "lang": "en", "title": "Apple to lower UK iTunes prices", "date": "2008-01-09", "text": "January 09, 2008\\nThe European Commission has forced Apple Inc. to lower its prices.", "license": "CC BY 2.5"}
                """);
        CollectingSink sink = read(file);

        assertThat(sink.problems).isEmpty();
        assertThat(sink.articles).hasSize(2);
        Article ecb = sink.articles.get(0);
        assertThat(ecb.id()).isEqualTo("1_10ecb");
        assertThat(ecb.title()).isNull();
        assertThat(ecb.published()).isNull();
        assertThat(ecb.rawText()).contains("\nReid launched");
        assertThat(ecb.attributes()).containsEntry("cluster", "1_ecb").containsEntry("split", "train")
                .containsEntry("topic", "1").containsEntry("lang", "en").doesNotContainKey("date_raw");
        assertThat(ecb.origin()).endsWith("corpus.jsonl:1");
        Article wikinews = sink.articles.get(1);
        assertThat(wikinews.title()).isEqualTo("Apple to lower UK iTunes prices");
        assertThat(wikinews.published()).isEqualTo(Instant.parse("2008-01-09T00:00:00Z"));
        assertThat(wikinews.attributes()).containsEntry("license", "CC BY 2.5");
    }

    @Test
    void readsUrlSourceAndAnIsoTimestamp() throws Exception {
        Path file = write("""
                {"id": 42, "url": "https://news.example/mosul", "source": "Example News", "date": "2014-06-10T08:15:00+03:00", "text": "Mosul fell."}
                """);
        Article article = read(file).articles.getFirst();
        assertThat(article.id()).isEqualTo("42");
        assertThat(article.url()).isEqualTo("https://news.example/mosul");
        assertThat(article.source()).isEqualTo("Example News");
        assertThat(article.published()).isEqualTo(Instant.parse("2014-06-10T05:15:00Z"));
    }

    @Test
    void withoutAnOutletNamedTheSiteOfTheAddressIsTheOutlet() throws Exception {
        Path file = write("""
                {"id": "a", "url": "https://www.bbc.co.uk/news/world-27789770", "text": "Mosul fell."}
                {"id": "b", "text": "Mosul fell."}
                """);
        CollectingSink sink = read(file);
        assertThat(sink.articles.get(0).source()).isEqualTo("bbc.co.uk");
        assertThat(sink.articles.get(1).source()).isNull();
    }

    @Test
    void aBadLineIsReportedWithItsNumberAndTheRestIsRead() throws Exception {
        Path file = write("""
                {"id": "a", "text": "First story."}
                {"id": "b", "text": "Broken
                [1, 2, 3]
                {"id": "c", "source": "Reuters"}

                {"id": "d", "text": "Last story."}
                """);
        CollectingSink sink = read(file);
        assertThat(sink.articles).extracting(Article::id).containsExactly("a", "d");
        assertThat(sink.problems).extracting(InputProblem::location)
                .containsExactly(file + ":2", file + ":3", file + ":4");
        assertThat(sink.problems.get(0).reason()).startsWith("malformed JSON");
        assertThat(sink.problems.get(1).reason()).isEqualTo("expected a JSON object, found ARRAY");
        assertThat(sink.problems.get(2).reason()).startsWith("record has no text and no title");
    }

    @Test
    void aRecordWithoutIdIsNamedByFileAndLine() throws Exception {
        Path file = write("{\"text\": \"One.\"}\n{\"text\": \"Two.\"}\n");
        assertThat(read(file).articles).extracting(Article::id).containsExactly("corpus:1", "corpus:2");
    }

    @Test
    void anOversizedRecordIsSkipped() throws Exception {
        Path file = write("{\"id\": \"big\", \"text\": \"" + "x".repeat(20_000) + "\"}\n{\"id\": \"ok\", \"text\": \"Fine.\"}\n");
        CollectingSink sink = read(file);
        assertThat(sink.articles).extracting(Article::id).containsExactly("ok");
        assertThat(sink.problems).singleElement().extracting(InputProblem::reason).asString()
                .startsWith("record too large");
    }

    @Test
    void aLineThatIsNotUtf8IsReadWithItsStrayBytesAsWindows1252AndMarked() throws Exception {
        Path file = dir.resolve("latin.jsonl");
        Files.write(file, List.of("{\"id\": \"a\", \"text\": \"ok\"}", "{\"id\": \"b\", \"text\": \"caf\u00e9 cr\u00e8me\"}",
                "{\"id\": \"c\", \"text\": \"fine\"}"), StandardCharsets.ISO_8859_1);
        CollectingSink sink = read(file);
        assertThat(sink.problems).isEmpty();
        assertThat(sink.articles).extracting(Article::id).containsExactly("a", "b", "c");
        assertThat(sink.articles.get(1).rawText()).isEqualTo("caf\u00e9 cr\u00e8me");
        assertThat(sink.articles.get(1).attributes()).containsEntry("encodingRepaired", "true");
        assertThat(sink.articles.get(0).attributes()).doesNotContainKey("encodingRepaired");
    }

    @Test
    void aFileOfBlankLinesIsRejected() throws Exception {
        Path file = write("\n\n  \n");
        assertThatThrownBy(() -> read(file)).isInstanceOf(InputRejectedException.class).hasMessageContaining("no records");
    }

    @Test
    void recordsEndingInABareCrAreEachReadWithTheirLineNumbers() throws Exception {
        // Old Mac line endings, and a file whose ends were mixed by editing on different systems.
        Path file = write("{\"id\": \"10718\", \"text\": \"The European Commission has forced Apple to lower its prices.\"}\r"
                + "{\"id\": \"10719\", \"text\": \"Apple announced this morning.\"}\r"
                + "{\"id\": \"bad\", \"text\": \r"
                + "{\"id\": \"10720\", \"text\": \"The store was renamed.\"}\r\n"
                + "{\"id\": \"10721\", \"text\": \"Last one.\"}\n\r"
                + "{\"id\": \"10722\", \"text\": \"After an empty line.\"}");
        CollectingSink sink = read(file);
        assertThat(sink.articles).extracting(Article::id).containsExactly("10718", "10719", "10720", "10721", "10722");
        assertThat(sink.articles).extracting(Article::origin).containsExactly(file + ":1", file + ":2", file + ":4",
                file + ":5", file + ":7");
        assertThat(sink.problems).extracting(InputProblem::location).containsExactly(file + ":3");
    }

    @Test
    void recordsRunTogetherOnOneLineAreEachRead() throws Exception {
        Path file = write("""
                {"id": "a", "text": "Militants seized Mosul."}{"id": "b", "text": "The army withdrew."} {"text": "Refugees fled."}
                {"id": "d", "text": "Baghdad braced."}
                """);
        CollectingSink sink = read(file);
        assertThat(sink.problems).isEmpty();
        assertThat(sink.articles).extracting(Article::id).containsExactly("a", "b", "corpus:1#3", "d");
        assertThat(sink.articles).extracting(Article::origin)
                .containsExactly(file + ":1", file + ":1#2", file + ":1#3", file + ":2");
    }

    @Test
    void garbageAfterARecordOnItsLineIsReportedNotDropped() throws Exception {
        Path file = write("""
                {"id": "a", "text": "Militants seized Mosul."} trailing words
                {"id": "b", "text": "The army withdrew."}}
                {"id": "c", "text": "Refugees fled."}
                """);
        CollectingSink sink = read(file);
        assertThat(sink.articles).extracting(Article::id).containsExactly("a", "b", "c");
        assertThat(sink.problems).extracting(InputProblem::location).containsExactly(file + ":1", file + ":2");
        assertThat(sink.problems).extracting(InputProblem::reason)
                .allSatisfy(reason -> assertThat(reason).startsWith("malformed JSON after record 1 of the line at column"));
    }

    @Test
    void aRecordWithATitleAndNoTextIsAHeadlineOnlyArticle() throws Exception {
        Path file = write("""
                {"id": "as-1", "title": "Twitter bans Trump.", "text": "", "lang": "en", "cluster": "as-9"}
                {"id": "as-2", "title": "Cancel Cancel Culture.", "lang": "en", "cluster": "as-9"}
                """);
        CollectingSink sink = read(file);
        assertThat(sink.problems).isEmpty();
        assertThat(sink.articles).extracting(Article::title).containsExactly("Twitter bans Trump.", "Cancel Cancel Culture.");
        assertThat(sink.articles).allSatisfy(article -> {
            assertThat(article.rawText()).isEmpty();
            assertThat(article.attributes()).containsEntry("headlineOnly", "true");
        });
    }

    @Test
    void aTitleFieldHoldingOnlyADateIsTheDateNotTheTitle() throws Exception {
        // ECB+ records carry the page's date line in their title field.
        Path file = write("""
                {"id": "36_2ecbplus", "cluster": "36_e", "title": "May 03, 2013", "date_raw": null, "text": "Police said the gunman was arrested."}
                {"id": "36_3ecbplus", "title": "2013-05-03", "date": "2013-05-04", "text": "The shooting happened at a mall."}
                {"id": "36_4ecbplus", "title": "12 January 2010 @ 09: 29 pm", "text": "An earthquake struck Haiti."}
                {"id": "36_5ecbplus", "title": "Friday, June 7, 2013", "text": "A fire broke out."}
                {"id": "36_6ecbplus", "title": "May Day march draws 2,000", "text": "Workers marched."}
                {"id": "14_1ecbplus", "title": "21 July 2013 Last updated at 11: 11 GMT", "text": "Crews tackled a blaze."}
                """);
        CollectingSink sink = read(file);
        assertThat(sink.problems).isEmpty();
        Article dated = sink.articles.get(0);
        assertThat(dated.title()).isNull();
        assertThat(dated.published()).isEqualTo(Instant.parse("2013-05-03T00:00:00Z"));
        assertThat(dated.attributes()).doesNotContainKey("titleField");
        Article hadDate = sink.articles.get(1);
        assertThat(hadDate.title()).isNull();
        assertThat(hadDate.published()).isEqualTo(Instant.parse("2013-05-04T00:00:00Z"));
        assertThat(hadDate.attributes()).containsEntry("titleField", "2013-05-03");
        assertThat(sink.articles.get(2).title()).isNull();
        assertThat(sink.articles.get(2).published()).isEqualTo(Instant.parse("2010-01-12T21:29:00Z"));
        assertThat(sink.articles.get(3).title()).isNull();
        assertThat(sink.articles.get(3).published()).isEqualTo(Instant.parse("2013-06-07T00:00:00Z"));
        assertThat(sink.articles.get(4).title()).isEqualTo("May Day march draws 2,000");
        // A line of posting and update times (the BBC's) is the posting day, not a headline.
        assertThat(sink.articles.get(5).title()).isNull();
        assertThat(sink.articles.get(5).published()).isEqualTo(Instant.parse("2013-07-21T00:00:00Z"));
    }

    @Test
    void aRecordWhoseOnlyTitleIsADateAndHasNoTextIsStillAProblem() throws Exception {
        Path file = write("{\"id\": \"x\", \"title\": \"June 06, 2013\", \"text\": \" \"}\n{\"id\": \"y\", \"text\": \"Fine.\"}\n");
        CollectingSink sink = read(file);
        assertThat(sink.articles).extracting(Article::id).containsExactly("y");
        assertThat(sink.problems).singleElement().extracting(InputProblem::reason).asString()
                .startsWith("record has no text and no title");
    }

    @Test
    void aFileManyBuffersLongIsReadWhole() throws Exception {
        // The reader holds one line at a time: a file far larger than its read buffer and its line bound of 10 kB.
        Path file = dir.resolve("big.jsonl");
        try (var out = Files.newBufferedWriter(file)) {
            for (int i = 0; i < 50_000; i++) {
                out.write("{\"id\": \"n" + i + "\", \"text\": \"Story number " + i + " of the day.\"}\n");
            }
        }
        var counting = new ArticleSink() {
            int articles;
            int problems;

            @Override
            public void accept(Article article) {
                articles++;
            }

            @Override
            public void skipped(InputProblem problem) {
                problems++;
            }
        };
        reader.read(file, counting);
        assertThat(counting.articles).isEqualTo(50_000);
        assertThat(counting.problems).isZero();
    }

    @Test
    void theSharedCorporaReadCompletely() throws Exception {
        Path data = Path.of("../shared/data");
        if (!Files.isDirectory(data)) {
            data = Path.of("../../shared/data");
        }
        assumeTrue(Files.isDirectory(data), "shared data folder missing");
        for (String name : List.of("ecbplus_event_clusters.jsonl", "wikinews_semeval2015_topic_clusters.jsonl",
                "allsides_dev_story_clusters.jsonl")) {
            Path file = data.resolve(name);
            assumeTrue(Files.exists(file), name + " missing");
            long lines;
            try (var stream = Files.lines(file)) {
                lines = stream.filter(line -> !line.isBlank()).count();
            }
            CollectingSink sink = new CollectingSink();
            new JsonlReader(Ingestor.DEFAULT_MAX_RECORD_BYTES).read(file, sink);
            assertThat(sink.problems).as(name).isEmpty();
            assertThat(sink.articles).as(name).hasSize((int) lines);
        }
    }

    @Test
    void utf16AndUtf32FilesWithAByteOrderMarkAreReadInTheirEncoding() throws Exception {
        // As PowerShell's Out-File saves them: UTF-16LE with a mark, CRLF line ends. Enough records, each with a
        // character outside the BMP, that the re-encoding crosses its buffer inside surrogate pairs.
        var content = new StringBuilder("\uFEFF");
        for (int i = 0; i < 2_000; i++) {
            content.append("{\"id\": \"r").append(i).append("\", \"text\": \"Crowds in Kyiv cheered \uD83C\uDDFA\uD83C\uDDE6 ")
                    .append("— déjà vu, said officials.\"}\r\n");
        }
        for (String charset : List.of("UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE")) {
            Path file = Files.write(dir.resolve(charset + ".jsonl"), content.toString().getBytes(Charset.forName(charset)));
            CollectingSink sink = read(file);
            assertThat(sink.problems).as(charset).isEmpty();
            assertThat(sink.articles).as(charset).hasSize(2_000);
            assertThat(sink.articles).as(charset).allSatisfy(article -> assertThat(article.rawText())
                    .isEqualTo("Crowds in Kyiv cheered \uD83C\uDDFA\uD83C\uDDE6 — déjà vu, said officials."));
            assertThat(sink.articles.get(1_999).origin()).isEqualTo(file + ":2000");
        }
    }

    @Test
    void aLineOfManyEmptyRecordsIsReportedInFewProblems() throws Exception {
        Path file = write("{}".repeat(100_000) + "{\"id\": \"kept\", \"text\": \"Militants seized Mosul.\"}\n");
        var sink = new CollectingSink();
        new JsonlReader(Ingestor.DEFAULT_MAX_RECORD_BYTES).read(file, sink);
        assertThat(sink.articles).extracting(Article::id).containsExactly("kept");
        assertThat(sink.problems).hasSize(11);
        assertThat(sink.problems.getLast()).isEqualTo(
                new InputProblem(file + ":1", "99990 more invalid records on this line, not listed one by one"));
    }

    private Path write(String content) throws Exception {
        return Files.writeString(dir.resolve("corpus.jsonl"), content);
    }

    private CollectingSink read(Path file) throws Exception {
        var sink = new CollectingSink();
        reader.read(file, sink);
        return sink;
    }
}
