package news.storyline.facts.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import news.storyline.article.Article;
import news.storyline.clean.CorpusCleaner;
import news.storyline.ingest.Ingestor;
import news.storyline.story.Story;
import news.storyline.story.StoryClusterer;
import news.storyline.story.StoryMerge;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class StoryMapTest {
    private static final Instant JUNE_10 = Instant.parse("2014-06-10T08:00:00Z");
    private static Article clean;
    private static Article messy;
    private static Article apple;

    @BeforeAll
    static void read() throws Exception {
        Path seeds = Path.of(StoryMapTest.class.getResource("/seeds").toURI());
        List<Article> articles = CorpusCleaner.clean(new Ingestor().readAll(List.of(
                seeds.resolve("000_44105980e39676fe.txt"), seeds.resolve("001_f2e9581c621b58c2.txt"),
                Path.of(StoryMapTest.class.getResource("/wikinews-first.jsonl").toURI())), new ArrayList<>()));
        clean = as(articles.get(0), "Daily Clean", articles.get(0).title(), JUNE_10);
        messy = as(articles.get(1), "Messy Wire", articles.get(1).title(), JUNE_10.plus(Duration.ofHours(5)));
        apple = as(articles.get(2), "Tech Daily", articles.get(2).title(), JUNE_10.plus(Duration.ofHours(7)));
    }

    private static Article as(Article a, String outlet, String title, Instant published) {
        return new Article(a.id(), outlet, a.url(), title, published, a.language(), a.rawText(), a.paragraphs(),
                a.removed(), a.attributes(), a.origin());
    }

    private static List<Story> cluster(Article... articles) {
        var stories = new ArrayList<Story>();
        StoryClusterer clusterer = StoryClusterer.fast(StoryClusterer.DEFAULT_WINDOW, stories::add);
        for (Article article : articles) {
            clusterer.add(article);
        }
        clusterer.finish();
        return stories;
    }

    private static Document parse(String svg) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    @Test
    void theSeedsAreOneRowWithADotForEachReportColouredByItsOutletAndTheSingleArticleIsNotDrawn() throws Exception {
        List<Story> stories = cluster(clean, messy, apple);
        assertThat(stories).hasSize(2);

        StoryMap.Picture picture = StoryMap.draw(stories, List.of(), List.of(), StoryMap.DEFAULT_STORIES);

        assertThat(picture.stories()).isEqualTo(1);
        assertThat(picture.candidates()).isEqualTo(1);
        Document svg = parse(picture.svg());
        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(svg.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("Story map: 1 story, 10 Jun 2014");
        // the two reports, each named on hover with its outlet and time; both outlets in the legend
        assertThat(picture.svg()).contains("Daily Clean (" + clean.id() + "), 10 Jun 2014 08:00 UTC",
                "Messy Wire (" + messy.id() + "), 10 Jun 2014 13:00 UTC", "2 reports");
        assertThat(picture.svg()).containsOnlyOnce("fill=\"#4e79a7\" stroke=\"#ffffff\"")
                .containsOnlyOnce("fill=\"#f28e2b\" stroke=\"#ffffff\"");
        assertThat(picture.svg()).doesNotContain(apple.id(), "taken up again", ">merge<", ">copy<");
    }

    @Test
    void aResumptionIsRingedWithItsQuietTimeDashedAndAMergeIsADiamond() throws Exception {
        Instant september = JUNE_10.plus(Duration.ofDays(90));
        Story mosul = cluster(clean, messy).getFirst();

        var resumed = new StoryMerge(mosul.id(), mosul.id(), september, "later");
        var merged = new StoryMerge("s-absorbed", mosul.id(), JUNE_10.plus(Duration.ofHours(6)), messy.id());
        String svg = StoryMap.draw(List.of(mosul), List.of(merged), List.of(resumed), 5).svg();

        parse(svg);
        assertThat(svg).contains("taken up again on 8 Sep 2014 08:00 UTC by article later",
                "merged with story s-absorbed on 10 Jun 2014 14:00 UTC (by article " + messy.id() + ")",
                "stroke-dasharray=\"3 3\"", ">taken up again<", ">merge<");
    }

    @Test
    void onlyTheLargestStoriesAreDrawnAndThePictureSaysWhatItLeftOut() {
        Article copy = new Article("copy", clean.source(), null, clean.title(), clean.published(), clean.language(),
                clean.rawText(), clean.paragraphs(), List.of(), Map.of(), "copy");
        List<Story> stories = cluster(clean, messy, as(copy, "Daily Clean", "Copy", JUNE_10.plus(Duration.ofDays(1))));
        Story undated = cluster(as(clean, "A", "Militants seize Mosul", null),
                as(messy, "B", "Mosul falls", null)).getFirst();
        var all = new ArrayList<>(stories);
        all.add(undated);

        StoryMap.Picture picture = StoryMap.draw(all, List.of(), List.of(), 1);

        assertThat(picture.stories()).isEqualTo(1);
        assertThat(picture.undatedStories()).isEqualTo(1);
        assertThat(picture.svg()).contains("Not drawn: 1 story with no dated article.", ">copy<");
    }

    @Test
    void withNothingDatedThePictureSaysSoAndALimitUnderOneIsRefused() throws Exception {
        Story undated = cluster(as(clean, "A", "Militants seize Mosul", null),
                as(messy, "B", "Mosul falls", null)).getFirst();

        StoryMap.Picture picture = StoryMap.draw(List.of(undated), List.of(), List.of(), 10);

        parse(picture.svg());
        assertThat(picture.stories()).isZero();
        assertThat(picture.svg()).contains("No story to place in time: 1 story of two articles or more, none with a "
                + "dated article.");
        assertThatThrownBy(() -> StoryMap.draw(List.of(undated), List.of(), List.of(), 0))
                .isInstanceOf(IllegalArgumentException.class);
        // no story at all (an empty store, a stream of single reports)
        StoryMap.Picture none = StoryMap.draw(List.of(), List.of(), List.of(), 10);
        parse(none.svg());
        assertThat(none.svg()).contains("No story of two articles or more to draw.");
        assertThat(StoryMap.embedded(List.of(), null, null, 10, id -> "/stories/" + id).svg())
                .doesNotContain("<style");
    }

    @Test
    void headlinesAndOutletsAreEscaped() throws Exception {
        String hostile = "Mosul <script>alert(1)</script> & \"more\"";
        Story story = cluster(as(clean, "<b>Outlet</b>", hostile, JUNE_10),
                as(messy, "Messy & Co", "Mosul falls", JUNE_10.plus(Duration.ofHours(2)))).getFirst();

        String svg = StoryMap.draw(List.of(story), List.of(), List.of(), 3).svg();

        parse(svg);
        assertThat(svg).doesNotContain("<script", "<b>").contains("&lt;b&gt;Outlet&lt;/b&gt;", "Messy &amp; Co");
    }
}
