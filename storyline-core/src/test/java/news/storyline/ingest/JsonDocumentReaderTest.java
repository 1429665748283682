package news.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import news.storyline.article.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonDocumentReaderTest {
    private final JsonDocumentReader reader = new JsonDocumentReader();
    @TempDir
    Path dir;

    @Test
    void anArrayOfArticlesIsReadAndABadItemIsSkippedByPosition() throws Exception {
        Path file = Files.writeString(dir.resolve("export.json"), """
                [
                  {"id": "a", "title": "Mosul falls", "date": "2014-06-10", "text": "Militants seized Mosul."},
                  {"id": "b", "source": "Reuters"},
                  {"id": "c", "date": "10/06/2014", "text": "The army withdrew."}
                ]
                """);
        var sink = new CollectingSink();
        reader.read(file, sink);

        assertThat(sink.articles).extracting(Article::id).containsExactly("a", "c");
        assertThat(sink.articles.get(1).attributes()).containsEntry("unparsedDate", "10/06/2014");
        assertThat(sink.articles.get(1).origin()).isEqualTo(file + "[2]");
        assertThat(sink.problems).singleElement()
                .isEqualTo(new InputProblem(file + "[1]", "record has no text and no title (fields [text, body, content], title)"));
    }

    @Test
    void aSingleObjectIsOneArticle() throws Exception {
        Path file = Files.writeString(dir.resolve("one.json"), "{\n  \"text\": \"Militants seized Mosul.\"\n}\n");
        var sink = new CollectingSink();
        reader.read(file, sink);
        assertThat(sink.articles).singleElement().extracting(Article::id).isEqualTo("one:1");
    }

    @Test
    void malformedOrEmptyDocumentsAreRejected() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.json"), "[{\"text\": \"cut");
        assertThatThrownBy(() -> reader.read(broken, new CollectingSink())).isInstanceOf(InputRejectedException.class)
                .hasMessageStartingWith("malformed JSON");
        Path empty = Files.writeString(dir.resolve("empty.json"), "[]\n[ ]");
        assertThatThrownBy(() -> reader.read(empty, new CollectingSink())).hasMessage("empty JSON array");
        Path textless = Files.writeString(dir.resolve("textless.json"), "{\"id\": 1}");
        assertThatThrownBy(() -> reader.read(textless, new CollectingSink())).hasMessageStartingWith("record has no text");
    }

    @Test
    void everyTopLevelValueIsRead() throws Exception {
        // An export appended to by a second run: two arrays, then a lone object.
        Path file = Files.writeString(dir.resolve("export.json"), """
                [
                  {"id": "a", "text": "Militants seized Mosul."},
                  {"id": "b", "text": "The army withdrew."}
                ]
                [
                  {"id": "c", "text": "Refugees fled to Erbil."}
                ]
                {"id": "d", "text": "Baghdad braced for an attack."}
                """);
        var sink = new CollectingSink();
        reader.read(file, sink);
        assertThat(sink.problems).isEmpty();
        assertThat(sink.articles).extracting(Article::id).containsExactly("a", "b", "c", "d");
        assertThat(sink.articles).extracting(Article::origin)
                .containsExactly(file + "[0]", file + "[1]", file + "#2[0]", file + "#3");
    }

    @Test
    void garbageAfterTheArticlesIsReportedWithItsPosition() throws Exception {
        Path file = Files.writeString(dir.resolve("export.json"), """
                [{"id": "a", "text": "Militants seized Mosul."}]
                <!-- exported 2014-06-10 -->
                """);
        var sink = new CollectingSink();
        reader.read(file, sink);
        assertThat(sink.articles).extracting(Article::id).containsExactly("a");
        assertThat(sink.problems).singleElement().satisfies(problem -> {
            assertThat(problem.location()).isEqualTo(file.toString());
            assertThat(problem.reason()).startsWith("malformed JSON at line 2, column 1 after 1 item, the rest not read");
        });
    }

    @Test
    void aDocumentCutShortKeepsTheItemsBeforeTheCut() throws Exception {
        Path file = Files.writeString(dir.resolve("cut.json"),
                "[{\"id\": \"a\", \"text\": \"Militants seized Mosul.\"}, {\"id\": \"b\", \"text\": \"The ar");
        var sink = new CollectingSink();
        reader.read(file, sink);
        assertThat(sink.articles).extracting(Article::id).containsExactly("a");
        assertThat(sink.problems).singleElement().extracting(InputProblem::reason).asString()
                .startsWith("malformed JSON at line 1");
    }

    @Test
    void aHeadlineWithoutTextIsKeptAsHeadlineOnly() throws Exception {
        Path file = Files.writeString(dir.resolve("heads.json"), """
                [{"id": "h1", "title": "Mosul falls to militants", "url": "https://news.example/mosul"}]
                """);
        var sink = new CollectingSink();
        reader.read(file, sink);
        assertThat(sink.articles).singleElement().satisfies(article -> {
            assertThat(article.rawText()).isEmpty();
            assertThat(article.attributes()).containsEntry("headlineOnly", "true");
        });
    }
}
