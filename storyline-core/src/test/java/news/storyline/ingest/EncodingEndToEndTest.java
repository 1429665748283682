package news.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import news.storyline.article.Article;
import news.storyline.clean.CorpusCleaner;
import news.storyline.io.ArticleJsonlFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Odd characters and encodings through the whole path: file, reader, article, output file and back. */
class EncodingEndToEndTest {
    private static final String PAGE = """
            <!doctype html><html lang="en"><head><title>Mosul falls | Example News</title></head>
            <body><article><h1>Mosul falls</h1><p>Militants seized Iraq's second-largest city on Tuesday,
            officials said, in another blow to the authorities who appear unable to stop them%s.</p>
            <p>Hundreds of gunmen launched an assault on the city overnight, engaging troops and police in
            fighting that lasted until dawn, according to residents who fled.</p></article></body></html>
            """;
    @TempDir
    Path dir;

    @Test
    void loneSurrogatesFromJsonAndHtmlAreReplacedAndTheOutputIsWritten() throws Exception {
        Path jsonl = Files.writeString(dir.resolve("wire.jsonl"), """
                {"id": "w1", "title": "Mosul \\udc00falls", "text": "Militants seized the city \\ud800 on Tuesday.", "tag": "\\udfff"}
                {"id": "w2", "text": "Baghdad braced for an attack \\ud83d\\ude00, officials said."}
                """);
        Path page = Files.writeString(dir.resolve("page.html"), PAGE.formatted(" &#xD800;"));
        var problems = new ArrayList<InputProblem>();
        List<Article> articles = new Ingestor().readAll(List.of(jsonl, page), problems);
        assertThat(problems).isEmpty();
        assertThat(articles).hasSize(3);

        Path out = dir.resolve("out/articles.jsonl");
        ArticleJsonlFile.write(out, CorpusCleaner.clean(articles));

        var sink = new CollectingSink();
        new JsonlReader(Ingestor.DEFAULT_MAX_RECORD_BYTES).read(out, sink);
        assertThat(sink.problems).isEmpty();
        assertThat(sink.articles).extracting(Article::id).containsExactly("w1", "w2", "page");
        Article first = sink.articles.get(0);
        assertThat(first.title()).isEqualTo("Mosul \uFFFDfalls");
        assertThat(first.rawText()).isEqualTo("Militants seized the city \uFFFD on Tuesday.");
        assertThat(first.attributes()).containsEntry("tag", "\uFFFD");
        // A pair that is a real character stays one.
        assertThat(sink.articles.get(1).rawText()).contains("attack \uD83D\uDE00,");
        assertThat(sink.articles.get(2).rawText()).contains("unable to stop them \uFFFD.");
    }

    @Test
    void htmlAndTextWithAUtf32ByteOrderMarkAreDecodedAsUtf32() throws Exception {
        // UTF-32LE only: InputGuard refuses UTF-32BE files for their NUL bytes (its mark is not UTF-16's); the
        // decoder itself reads both (TextDecoderTest).
        Charset utf32 = Charset.forName("UTF-32LE");
        Path page = Files.write(dir.resolve("page.html"), ("\uFEFF" + PAGE.formatted(" — déjà")).getBytes(utf32));
        Path text = Files.write(dir.resolve("story.txt"), ("\uFEFFMosul falls\n\nMilitants seized Iraq's "
                + "second-largest city on Tuesday — déjà vu.").getBytes(utf32));
        Path noExtension = Files.write(dir.resolve("saved-page"), ("\uFEFF" + PAGE.formatted("")).getBytes(utf32));
        var problems = new ArrayList<InputProblem>();
        List<Article> articles = new Ingestor().readAll(List.of(page, text, noExtension), problems);
        assertThat(problems).isEmpty();
        assertThat(articles).hasSize(3);
        assertThat(articles.get(0).title()).isEqualTo("Mosul falls");
        assertThat(articles.get(0).rawText()).contains("Militants seized", "stop them — déjà.")
                .doesNotContain("\0").doesNotContain("<p>");
        assertThat(articles.get(1).title()).isEqualTo("Mosul falls");
        assertThat(articles.get(1).rawText()).endsWith("Tuesday — déjà vu.").doesNotContain("\0");
        assertThat(articles.get(2).title()).isEqualTo("Mosul falls");
        assertThat(articles.get(2).rawText()).doesNotContain("<p>");
    }

    @Test
    void aUtf32PageWhoseMetaTagSaysUtf8IsDecodedByItsByteOrderMark() throws Exception {
        String declared = PAGE.formatted(" — déjà").replace("<head>", "<head><meta charset=\"utf-8\">");
        Path page = Files.write(dir.resolve("declared.html"), ("\uFEFF" + declared).getBytes(Charset.forName("UTF-32LE")));
        var problems = new ArrayList<InputProblem>();
        List<Article> articles = new Ingestor().readAll(List.of(page), problems);
        assertThat(problems).isEmpty();
        assertThat(articles).singleElement().satisfies(article -> {
            assertThat(article.title()).isEqualTo("Mosul falls");
            assertThat(article.rawText()).contains("stop them — déjà.").doesNotContain("\0");
        });
    }
}
