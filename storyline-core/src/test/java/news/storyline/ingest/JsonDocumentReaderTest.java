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
                  {"id": "b", "title": "No text"},
                  {"id": "c", "date": "10/06/2014", "text": "The army withdrew."}
                ]
                """);
        var sink = new CollectingSink();
        reader.read(file, sink);

        assertThat(sink.articles).extracting(Article::id).containsExactly("a", "c");
        assertThat(sink.articles.get(1).attributes()).containsEntry("unparsedDate", "10/06/2014");
        assertThat(sink.articles.get(1).origin()).isEqualTo(file + "[2]");
        assertThat(sink.problems).singleElement()
                .isEqualTo(new InputProblem(file + "[1]", "record has no text (fields [text, body, content])"));
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
        Path empty = Files.writeString(dir.resolve("empty.json"), "[]");
        assertThatThrownBy(() -> reader.read(empty, new CollectingSink())).hasMessage("empty JSON array");
        Path textless = Files.writeString(dir.resolve("textless.json"), "{\"id\": 1}");
        assertThatThrownBy(() -> reader.read(textless, new CollectingSink())).hasMessageStartingWith("record has no text");
    }
}
