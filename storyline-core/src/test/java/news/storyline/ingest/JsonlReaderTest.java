package news.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void aBadLineIsReportedWithItsNumberAndTheRestIsRead() throws Exception {
        Path file = write("""
                {"id": "a", "text": "First story."}
                {"id": "b", "text": "Broken
                [1, 2, 3]
                {"id": "c", "title": "No text here"}

                {"id": "d", "text": "Last story."}
                """);
        CollectingSink sink = read(file);
        assertThat(sink.articles).extracting(Article::id).containsExactly("a", "d");
        assertThat(sink.problems).extracting(InputProblem::location)
                .containsExactly(file + ":2", file + ":3", file + ":4");
        assertThat(sink.problems.get(0).reason()).startsWith("malformed JSON");
        assertThat(sink.problems.get(1).reason()).isEqualTo("expected a JSON object, found ARRAY");
        assertThat(sink.problems.get(2).reason()).startsWith("record has no text");
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
    void aLineThatIsNotUtf8IsSkippedAndTheRestIsRead() throws Exception {
        Path file = dir.resolve("latin.jsonl");
        Files.write(file, List.of("{\"id\": \"a\", \"text\": \"ok\"}", "{\"text\": \"caf\u00e9\"}",
                "{\"id\": \"c\", \"text\": \"fine\"}"), StandardCharsets.ISO_8859_1);
        CollectingSink sink = read(file);
        assertThat(sink.articles).extracting(Article::id).containsExactly("a", "c");
        assertThat(sink.problems).singleElement().isEqualTo(
                new InputProblem(file + ":2", "not valid UTF-8 (JSON Lines must be UTF-8)"));
    }

    @Test
    void aFileOfBlankLinesIsRejected() throws Exception {
        Path file = write("\n\n  \n");
        assertThatThrownBy(() -> read(file)).isInstanceOf(InputRejectedException.class).hasMessageContaining("no records");
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
