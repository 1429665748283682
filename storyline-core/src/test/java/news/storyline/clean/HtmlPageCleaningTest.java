package news.storyline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import news.storyline.article.Article;
import news.storyline.article.RemovalReason;
import news.storyline.article.RemovedSpan;
import news.storyline.ingest.Ingestor;
import news.storyline.ingest.InputProblem;
import org.junit.jupiter.api.Test;

/** A saved news page through the whole pipeline: what the page reader and the cleaner each take out. */
class HtmlPageCleaningTest {
    @Test
    void aNewsPageKeepsOnlyItsStory() throws Exception {
        Path page = Path.of(getClass().getResource("/html/mosul-news-page.html").toURI());
        var problems = new ArrayList<InputProblem>();
        Article article = new ArticleCleaner().clean(new Ingestor().readAll(List.of(page), problems).getFirst());

        assertThat(problems).isEmpty();
        assertThat(article.paragraphs()).hasSize(6).first().asString().startsWith("Baghdad: Militants seized control");
        assertThat(article.removed()).extracting(RemovedSpan::reason).containsExactly(RemovalReason.IMAGE_CAPTION,
                RemovalReason.PAGE_FURNITURE, RemovalReason.PAGE_FURNITURE, RemovalReason.HEADLINE,
                RemovalReason.BYLINE);
        assertThat(article.language()).isEqualTo("en");
    }
}
