package news.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import news.storyline.article.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages and feed items nested far deeper than any real page: each must be read, or refused with a reason, without a
 * StackOverflowError and without a run that stalls. The guard is a hang guard, not a speed requirement.
 */
class DeepNestingTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(30);
    private static final String PROSE = "Residents said the river rose two metres overnight and reached the market.";

    @TempDir
    Path dir;

    @Test
    void readsAPageOfAHundredThousandNestedDivs() throws Exception {
        Article article = readPage(nested("<div>", "</div>", 100_000, "<p>" + PROSE + "</p>"));

        assertThat(article.rawText()).isEqualTo(PROSE);
    }

    @Test
    void readsAPageOfArticlesNestedFiveThousandDeep() throws Exception {
        Article article = readPage(nested("<article>", "</article>", 5_000, "<p>" + PROSE + "</p>"));

        assertThat(article.rawText()).isEqualTo(PROSE);
    }

    @Test
    void readsTenThousandNestedArticlesEachWithAParagraph() throws Exception {
        Article article = readPage(nested("<article><p>" + PROSE + "</p>", "</article>", 10_000, ""));

        assertThat(article.rawText()).startsWith(PROSE);
    }

    @Test
    void readsAFeedItemWhoseDescriptionNestsAHundredThousandSpans() throws Exception {
        String description = nested("<span>", "</span>", 100_000, PROSE);

        assertThat(readFeedItem("Flood", description).rawText()).isEqualTo(PROSE);
    }

    @Test
    void readsAFeedItemWhoseDescriptionNestsAHundredThousandLists() throws Exception {
        String description = nested("<ul><li>", "</li></ul>", 100_000, PROSE);

        assertThat(readFeedItem("Flood", description).rawText()).isEqualTo(PROSE);
    }

    @Test
    void readsAFeedItemWhoseTitleNestsAHundredThousandElements() throws Exception {
        String title = nested("<b>", "</b>", 100_000, "River floods market");

        assertThat(readFeedItem(title, "<p>" + PROSE + "</p>").title()).isEqualTo("River floods market");
    }

    private Article readPage(String body) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> {
            Path page = dir.resolve("deep.html");
            Files.writeString(page, "<html><head><title>Deep</title></head><body>" + body + "</body></html>");
            var sink = new CollectingSink();
            new HtmlReader().read(page, sink);
            assertThat(sink.articles).hasSize(1);
            return sink.articles.get(0);
        });
    }

    /** The feed escapes the markup, as feeds carry HTML in titles and descriptions. */
    private Article readFeedItem(String titleHtml, String descriptionHtml) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> {
            Path feed = dir.resolve("deep.rss");
            Files.writeString(feed, """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <rss version="2.0"><channel><title>Valley Courier</title><link>https://valley.example/</link>
                    <item><title type="html">%s</title><link>https://valley.example/flood</link>
                    <description>%s</description></item></channel></rss>
                    """.formatted(escape(titleHtml), escape(descriptionHtml)));
            var sink = new CollectingSink();
            new FeedReader().read(feed, sink);
            List<Article> articles = sink.articles;
            assertThat(articles).hasSize(1);
            return articles.get(0);
        });
    }

    private static String nested(String open, String close, int depth, String inner) {
        return open.repeat(depth) + inner + close.repeat(depth);
    }

    private static String escape(String html) {
        return html.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
