package news.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import news.storyline.article.Article;
import news.storyline.article.RemovalReason;
import news.storyline.article.RemovedSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which block of a page is read as the article: the markup's hints are weighed against the prose it holds. */
class MainContentChoiceTest {
    private static final List<String> STORY = List.of(
            "The river that feeds the valley's rice fields has fallen to its lowest level since records began, and"
                    + " farmers along its lower course have started sharing water by the hour.",
            "Gauges at the old stone bridge showed the river a little under two metres below its summer average, and"
                    + " sandbanks that are normally hidden now stretch across half the channel.",
            "Under the agreement, each of the eleven irrigation districts may open its gates for a set number of"
                    + " hours a day, in a rota drawn up by the regional water board.",
            "Forecasters expect little rain before the end of the month, and the regional government said it would"
                    + " ask for emergency funds to compensate farmers who lose their crops.");
    private static final String COMMENT = "I have farmed here for forty years and I have never seen the river this"
            + " low in June. The board should have started the rota in May, when everyone could see it coming.";

    @TempDir
    Path dir;

    @Test
    void passesOverAFirstMainThatHoldsOnlyAnAdvertisement() throws Exception {
        Article article = read("""
                <main class="leaderboard"><div id="div-gpt-ad-1"><script>googletag.display('ad')</script></div></main>
                <div class="container"><h1>River falls to record low</h1><div class="post-text">%s</div></div>
                """.formatted(paragraphs(STORY)));

        assertThat(article.rawText()).isEqualTo(String.join("\n\n", STORY));
    }

    @Test
    void passesOverReadersCommentsMarkedAsArticles() throws Exception {
        String comment = "<article class=\"comment-body\"><p>" + COMMENT + "</p></article>";
        Article article = read("<div class=\"story\">" + paragraphs(STORY) + "</div>"
                + "<ol class=\"thread\"><li>" + comment + "</li><li>" + comment + "</li></ol>");

        assertThat(article.rawText()).isEqualTo(String.join("\n\n", STORY));
    }

    @Test
    void readsABodyWrittenWithLineBreaksRatherThanTheCommentaryUnderIt() throws Exception {
        Article article = read("""
                <div id="content"><h2>River falls to record low</h2>
                <div class="storybody">%s</div>
                <div class="readerviews"><p>%s</p><p>%s</p></div></div>
                """.formatted(String.join("<br><br>", STORY), COMMENT, COMMENT));

        assertThat(article.rawText()).isEqualTo(String.join("\n\n", STORY));
    }

    @Test
    void keepsABodySplitOverSiblingBlocksWhole() throws Exception {
        Article article = read("""
                <div class="wrapper"><div class="part">%s</div>
                <div class="ad-container"><span>Advertisement</span></div>
                <div class="part">%s</div></div>
                <div class="sidebar-teasers"><p>%s</p></div>
                """.formatted(paragraphs(STORY.subList(0, 2)), paragraphs(STORY.subList(2, 4)), COMMENT));

        assertThat(article.rawText()).isEqualTo(String.join("\n\n", STORY));
    }

    @Test
    void recordsCommentsAndBiosInsideTheArticleAsPageFurniture() throws Exception {
        Article article = read("""
                <article><h1>River falls to record low</h1>%s
                <div class="author-bio"><p>Paolo Rossi has covered farming in the valley for the paper since 2009.</p></div>
                <section class="comments"><p>%s</p></section></article>
                """.formatted(paragraphs(STORY), COMMENT));

        assertThat(article.rawText()).isEqualTo("River falls to record low\n\n" + String.join("\n\n", STORY));
        assertThat(article.removed()).extracting(RemovedSpan::reason, RemovedSpan::detail).containsExactly(
                org.assertj.core.groups.Tuple.tuple(RemovalReason.PAGE_FURNITURE, "div.author-bio"),
                org.assertj.core.groups.Tuple.tuple(RemovalReason.PAGE_FURNITURE, "section.comments"));
    }

    @Test
    void readsAWordPressPostWhoseClassesNameItsTags() throws Exception {
        // WordPress writes each of the post's tags and categories as a class of its container: "tag-" names what
        // the post is about there, not a tag list.
        Article article = read("""
                <div id="post-91292" class="post-91292 post type-post status-publish hentry category-farming \
                tag-drought tag-river tag-rice"><h1>River falls to record low</h1><div class="entry">%s</div></div>
                <div id="sidebar"><p>%s</p></div>
                """.formatted(paragraphs(STORY), COMMENT));

        assertThat(article.rawText()).isEqualTo(String.join("\n\n", STORY));
    }

    @Test
    void readsAStoryInsideAWrapperNamedAsAnAdvertisement() throws Exception {
        // A page-wide "ad-wallpaper" div holds the story and everything else: its name says what it paints behind
        // the page, and a name read as furniture must not throw the story away with it.
        Article article = read("""
                <div class="ad-wallpaper"><div class="masthead"><a href="/a">Markets</a> <a href="/b">Tech</a></div>
                <div class="post-content">%s</div><div class="sidebar"><p>%s</p></div></div>
                <div class="footer"><a href="/about">About us</a> <a href="/jobs">Jobs</a></div>
                """.formatted(paragraphs(STORY), COMMENT));

        assertThat(article.rawText()).isEqualTo(String.join("\n\n", STORY));
    }

    @Test
    void readsAShortPostBesideALongerRightColumn() throws Exception {
        String guides = paragraphs(List.of(
                "Tony Awards: from exclusive interviews to the latest news, our coverage of the awards, airing June 10.",
                "WiFi Parks: WiFi is available in many of the city's public parks. Here are seven hot spots to try.",
                "Gluten Free Food: our latest picks for the best gluten-free menus, desserts and bake shops in town.",
                "Belmont Stakes: all you need to know, how to get your tickets, what to wear and what to eat there."));
        Article article = read("""
                <div class="page-columns"><div class="post"><h1>River falls to record low</h1><p>%s</p></div>
                <div class="right-bar"><div class="block">%s</div></div></div>
                """.formatted(STORY.getFirst(), guides));

        // The headline comes with the post; the cleaner takes it out as the title repeated.
        assertThat(article.rawText()).isEqualTo("River falls to record low\n\n" + STORY.getFirst());
    }

    @Test
    void readsAStoryInAColumnNamedLikeASidebarWhenNothingElseHoldsProse() throws Exception {
        // A right-to-left site may set its main column on the right and name it so.
        Article article = read("""
                <div class="left-col"><a href="/a">Politics</a> <a href="/b">Sport</a></div>
                <div class="right-col"><article>%s</article></div>
                """.formatted(paragraphs(STORY)));

        assertThat(article.rawText()).isEqualTo(String.join("\n\n", STORY));
    }

    @Test
    void neverReadsACommentThreadAsTheStoryWrapper() throws Exception {
        Article article = read("<div class=\"story\">" + paragraphs(STORY.subList(0, 1)) + "</div>"
                + "<section class=\"comments\">" + paragraphs(List.of(COMMENT, COMMENT + " Yes.", COMMENT + " No.",
                COMMENT + " Maybe.")) + "</section>");

        assertThat(article.rawText()).isEqualTo(STORY.getFirst());
    }

    @Test
    void keepsALedeWrittenInABlockOfItsOwnBeforeTheBody() throws Exception {
        Article article = read("""
                <div id="mainBodyArea"><div class="firstPar"><p>%s</p></div><div class="body">%s</div></div>
                """.formatted(STORY.getFirst(), paragraphs(STORY.subList(1, 4))));

        assertThat(article.rawText()).isEqualTo(String.join("\n\n", STORY));
    }

    @Test
    void leavesAOneParagraphBlockAfterTheBodyBehind() throws Exception {
        Article article = read("""
                <div class="columns"><div class="body">%s</div><div class="promo-x"><p>%s</p></div></div>
                """.formatted(paragraphs(STORY), COMMENT));

        assertThat(article.rawText()).isEqualTo(String.join("\n\n", STORY));
    }

    @Test
    void keepsTheLastOfABodysBlocksAlikeThatHoldsLessThanTheRest() throws Exception {
        // A template that cuts the story into sections of one class, a wide figure between them: the last section
        // holds a tenth of the prose, under what the first leaves to its siblings.
        Article article = read("""
                <div class="post"><div class="section-inner wide">%s</div>
                <div class="section-inner outset"><figure><img src="a.png"></figure></div>
                <div class="section-inner wide">%s</div></div>
                """.formatted(paragraphs(STORY.subList(0, 3)), paragraphs(STORY.subList(3, 4))));

        assertThat(article.rawText()).isEqualTo(String.join("\n\n", STORY));
    }

    @Test
    void leavesANextStoryOfTheSameClassWithItsOwnHeadlineBehind() throws Exception {
        Article article = read("""
                <div class="stream"><div class="story-block">%s</div>
                <div class="story-block"><h2>Council votes on new bridge</h2><p>%s</p></div></div>
                """.formatted(paragraphs(STORY), COMMENT));

        assertThat(article.rawText()).isEqualTo(String.join("\n\n", STORY));
    }

    @Test
    void keepsTheStorysContinuationBehindAReadMoreButton() throws Exception {
        Article article = read("""
                <h1>River falls to record low</h1><article>%s
                <div id="read-more"><div class="read-more-link"><a href="#">Read more</a></div>
                <div class="ad-slot"><span>Advertisement</span></div>
                <div class="read-more-content">%s</div></div></article>
                """.formatted(paragraphs(STORY.subList(0, 1)), paragraphs(STORY.subList(1, 4))));

        assertThat(article.rawText()).isEqualTo(String.join("\n\n", STORY));
        assertThat(article.removed()).extracting(RemovedSpan::text).contains("Read more", "Advertisement");
    }

    @Test
    void stillTakesOutAReadMoreBlockThatHoldsLessThanTheStory() throws Exception {
        Article article = read("""
                <h1>River falls to record low</h1><article>%s
                <div class="read-more"><p>%s</p></div></article>
                """.formatted(paragraphs(STORY), COMMENT));

        assertThat(article.rawText()).isEqualTo(String.join("\n\n", STORY));
        assertThat(article.removed()).extracting(RemovedSpan::reason).contains(RemovalReason.PAGE_FURNITURE);
    }

    private static String paragraphs(List<String> texts) {
        return texts.stream().map(text -> "<p>" + text + "</p>").reduce("", String::concat);
    }

    private Article read(String body) throws Exception {
        Path page = dir.resolve("page.html");
        Files.writeString(page, "<html><head><title>River falls to record low</title></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>" + body + "</body></html>");
        var sink = new CollectingSink();
        new HtmlReader().read(page, sink);
        assertThat(sink.articles).hasSize(1);
        return sink.articles.getFirst();
    }
}
