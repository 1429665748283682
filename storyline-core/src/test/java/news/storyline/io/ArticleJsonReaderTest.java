package news.storyline.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.storyline.article.Article;
import news.storyline.article.RemovalReason;
import news.storyline.article.RemovedSpan;
import news.storyline.clean.ArticleCleaner;
import news.storyline.ingest.InputProblem;
import news.storyline.ingest.Ingestor;
import org.junit.jupiter.api.Test;

class ArticleJsonReaderTest {

    @Test
    void readsBackEverythingArticleJsonWrites() {
        Article article = new Article("a1", "Outlet", "https://example.org/a", "Title <b>", java.time.Instant.parse(
                "2014-06-10T09:30:00.5Z"), "en", "raw\n\ntext", List.of("one", "two \u2028 three"),
                List.of(new RemovedSpan("AFP PHOTO", RemovalReason.IMAGE_CAPTION, "matched 'AFP'"),
                        new RemovedSpan("Share this", RemovalReason.SHARE_SUBSCRIBE, null)),
                Map.of("cluster", "7", "headlineOnly", "false"), "in.jsonl:3");
        assertThat(ArticleJsonReader.read(ArticleJson.line(article))).isEqualTo(article);
    }

    @Test
    void nullFieldsStayNull() {
        Article article = new Article("a2", null, null, null, null, null, "", List.of(), List.of(), Map.of(), null);
        assertThat(ArticleJsonReader.read(ArticleJson.line(article))).isEqualTo(article);
    }

    @Test
    void theCleanedSeedsRoundTrip() throws Exception {
        Path seeds = Path.of(getClass().getResource("/seeds").toURI());
        List<Article> read = new Ingestor().readAll(List.of(seeds.resolve("000_44105980e39676fe.txt"),
                seeds.resolve("001_f2e9581c621b58c2.txt")), new ArrayList<InputProblem>());
        assertThat(read).hasSize(2);
        ArticleCleaner cleaner = new ArticleCleaner();
        for (Article a : read) {
            Article clean = cleaner.clean(a);
            assertThat(clean.removed()).isNotEmpty();
            assertThat(ArticleJsonReader.read(ArticleJson.line(clean))).isEqualTo(clean);
        }
    }

    @Test
    void badInputIsNamed() {
        assertThatThrownBy(() -> ArticleJsonReader.read("{\"title\":\"x\"}")).hasMessageContaining("no id");
        assertThatThrownBy(() -> ArticleJsonReader.read("{\"id\":\"x\",\"date\":\"soon\"}"))
                .hasMessageContaining("bad date");
        assertThatThrownBy(() -> ArticleJsonReader.read("{\"id\":\"x\",\"removed\":[{\"reason\":\"NOPE\",\"text\":\"\"}]}"))
                .hasMessageContaining("NOPE");
        assertThatThrownBy(() -> ArticleJsonReader.read("[")).hasMessageContaining("malformed");
    }
}
