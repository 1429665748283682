package news.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import news.storyline.article.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainTextReaderTest {
    private final PlainTextReader reader = new PlainTextReader();
    @TempDir
    Path dir;

    @Test
    void aLeadingIdLineIsTheIdNotTheTitle() throws Exception {
        Article article = readOne(Path.of(getClass().getResource("/seeds/000_44105980e39676fe.txt").toURI()));
        assertThat(article.id()).isEqualTo("1.1345264-3993115206");
        assertThat(article.title()).isNull();
        assertThat(article.rawText()).startsWith("1.1345264-3993115206\n");
        assertThat(article.origin()).endsWith("000_44105980e39676fe.txt");
    }

    @Test
    void withoutAnIdLineTheFileNameIsTheId() throws Exception {
        Article article = readOne(Path.of(getClass().getResource("/seeds/001_f2e9581c621b58c2.txt").toURI()));
        assertThat(article.id()).isEqualTo("001_f2e9581c621b58c2");
        assertThat(article.title()).as("a first line ending a sentence is text, not a headline").isNull();
    }

    @Test
    void aShortFirstLineWithoutClosingPunctuationIsTheHeadline() throws Exception {
        Path file = write("story.txt", "Militants seize Iraq's second city\n\nMilitants seized Mosul on Tuesday.\n"
                + "Officials said the army had fled.\n", StandardCharsets.UTF_8);
        assertThat(readOne(file).title()).isEqualTo("Militants seize Iraq's second city");
    }

    @Test
    void legacyEncodingsAreDetected() throws Exception {
        String text = "Le président a visité Zürich et Košice ; « c’est décidé », a-t-il déclaré à la presse étrangère.";
        Path file = write("latin.txt", text, Charset.forName("windows-1252").newEncoder().canEncode(text)
                ? Charset.forName("windows-1252") : StandardCharsets.ISO_8859_1);
        assertThat(readOne(file).rawText()).isEqualTo(text);
    }

    @Test
    void aUtf16FileWithByteOrderMarkIsRead() throws Exception {
        Path file = dir.resolve("utf16.txt");
        Files.write(file, "\uFEFFMosul fell on Tuesday, officials said.".getBytes(StandardCharsets.UTF_16LE));
        assertThat(readOne(file).rawText()).isEqualTo("Mosul fell on Tuesday, officials said.");
    }

    @Test
    void aFileOfOnlyWhitespaceIsRejected() throws Exception {
        Path file = write("blank.txt", " \n\t\n  \n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> readOne(file)).isInstanceOf(InputRejectedException.class)
                .hasMessage("no text (only whitespace)");
    }

    private Path write(String name, String text, Charset charset) throws Exception {
        return Files.write(dir.resolve(name), text.getBytes(charset));
    }

    private Article readOne(Path file) throws Exception {
        var sink = new CollectingSink();
        reader.read(file, sink);
        assertThat(sink.problems).isEmpty();
        assertThat(sink.articles).hasSize(1);
        return sink.articles.getFirst();
    }
}
