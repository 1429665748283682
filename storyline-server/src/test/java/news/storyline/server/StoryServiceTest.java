package news.storyline.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import news.storyline.embed.BgeSmallEmbedder;
import news.storyline.facts.Agreement;
import news.storyline.facts.FactType;
import news.storyline.similarity.Dimension;
import news.storyline.similarity.PairScores;
import news.storyline.store.StoredStory;
import news.storyline.store.StoryQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live pipeline over a real store in a temporary folder. */
class StoryServiceTest {
    @TempDir
    Path dir;

    @Test
    void theSeedsMakeOneStoryWithTheDistanceContradictedAndSurviveARestart() throws Exception {
        List<StoredStory> events = new ArrayList<>();
        String story;
        try (StoryService service = StoryService.open(dir)) {
            service.onStoryChanged(events::add);
            List<IngestOutcome> outcomes = service.ingest(Seeds.read());
            assertThat(outcomes).extracting(IngestOutcome::status).containsOnly(IngestOutcome.Status.STORED);
            story = outcomes.get(0).storyId();
            assertThat(outcomes.get(1).storyId()).isEqualTo(story);
            assertThat(events).hasSize(2);
            assertThat(events.get(1).outlets()).containsExactly("Gulf News", "Al Jazeera");
            var detail = service.story(story).orElseThrow();
            assertThat(detail.report().comparisons()).anySatisfy(c -> {
                assertThat(c.type()).isEqualTo(FactType.DISTANCE);
                assertThat(c.agreement()).isEqualTo(Agreement.CONTRADICTED);
            });
            assertThat(service.story(story).orElseThrow().report()).isSameAs(detail.report()); // cached
            assertThat(service.store().facts(Seeds.A).orElseThrow().ofType(FactType.DISTANCE)).isNotEmpty();
            // the same article again, by id and by address: nothing changes
            var again = service.ingest(Seeds.read());
            assertThat(again).extracting(IngestOutcome::status).containsOnly(IngestOutcome.Status.DUPLICATE);
            var byUrl = service.ingest(List.of(Seeds.read().get(0).withAttribute("x", "y")
                    .withSource("Gulf News")));
            assertThat(byUrl.get(0).duplicateOf()).isEqualTo(Seeds.A);
            assertThat(service.articleCount()).isEqualTo(2);
        }
        try (StoryService service = StoryService.open(dir)) {
            assertThat(service.replayedArticles()).isEqualTo(2);
            assertThat(service.stories(StoryQuery.all(10))).singleElement().satisfies(s -> {
                assertThat(s.id()).isEqualTo(story);
                assertThat(s.outlets()).containsExactly("Gulf News", "Al Jazeera");
            });
            assertThat(service.assignment(Seeds.B).orElseThrow().storyId()).isEqualTo(story);
            // the story map draws the stored story, its two reports at their times, its row a link to it
            var map = service.storyMap(10, id -> "/stories/" + id);
            assertThat(map.stories()).isEqualTo(1);
            assertThat(map.svg()).contains("href=\"/stories/" + story + "\"", "Gulf News (" + Seeds.A + ")",
                    "Al Jazeera (" + Seeds.B + ")", "2 reports").doesNotContain("<style");
            // A new article on an unrelated subject starts a new story with a fresh id, not a reused one.
            var apple = news.storyline.article.Article.read("apple-1", "Reuters", null, "Apple results",
                    java.time.Instant.parse("2014-06-11T10:00:00Z"), "Apple reported record quarterly revenue of "
                            + "$37 billion on strong iPhone sales in China, the company said on Tuesday.", List.of(),
                    java.util.Map.of(), "test");
            var outcome = service.ingest(List.of(apple)).get(0);
            assertThat(outcome.status()).isEqualTo(IngestOutcome.Status.STORED);
            assertThat(outcome.storyId()).isNotEqualTo(story);
            assertThat(service.storyCount()).isEqualTo(2);
        }
    }

    @Test
    void aComparisonWeighsTermsByEveryStoredArticleOnceHoweverOftenArticlesAreCompared() throws Exception {
        try (StoryService service = StoryService.open(dir)) {
            var apple = news.storyline.article.Article.read("apple-1", "Reuters", null, "Apple results",
                    java.time.Instant.parse("2014-06-11T10:00:00Z"), "Apple reported record quarterly revenue of "
                            + "$37 billion on strong iPhone sales in China, the company said on Tuesday.", List.of(),
                    java.util.Map.of(), "test");
            List<news.storyline.article.Article> articles = new ArrayList<>(Seeds.read());
            articles.add(apple);
            service.ingest(articles);
            double first = service.compare(Seeds.A, Seeds.B).score(Dimension.OVERALL);
            service.compare(Seeds.A, "apple-1");
            service.compare(Seeds.A, "apple-1");
            // Counting the compared articles again at each comparison made their words look common, and the pair
            // less alike the more often it was compared.
            // (The runs of letters are counted as comparisons first read each article: a change at the fifth decimal.)
            assertThat(service.compare(Seeds.A, Seeds.B).score(Dimension.OVERALL)).isCloseTo(first,
                    org.assertj.core.api.Assertions.within(0.001));
            assertThat(service.compare(Seeds.B, Seeds.A).score(Dimension.OVERALL)).isCloseTo(first,
                    org.assertj.core.api.Assertions.within(0.05));
        }
    }

    @Test
    void theDefaultConfigurationKeepsItsVectorsInTheStoreAndReplaysWithoutEmbeddingAgain() throws Exception {
        var model = new BgeSmallEmbedder();
        String story;
        try (StoryService service = StoryService.open(dir, model)) {
            assertThat(service.configuration()).isEqualTo("default (" + BgeSmallEmbedder.MODEL + ")");
            List<IngestOutcome> outcomes = service.ingest(Seeds.read());
            story = outcomes.get(0).storyId();
            assertThat(outcomes.get(1).storyId()).isEqualTo(story);
            assertThat(service.textsEmbedded()).isEqualTo(2); // the two headlines
            assertThat(service.store().vectorCount(BgeSmallEmbedder.MODEL)).isEqualTo(2);
            // Two reports of one event are in doubt for the lexical scores alone: their whole texts are embedded.
            PairScores scores = service.compare(Seeds.A, Seeds.B);
            assertThat(service.textsEmbedded()).isEqualTo(4);
            assertThat(scores.score(Dimension.OVERALL)).isLessThanOrEqualTo(2.0);
            assertThat(scores.toJson(null).toString()).contains("Ninevah", "Nineveh");
        }
        try (StoryService service = StoryService.open(dir, model)) {
            assertThat(service.replayedArticles()).isEqualTo(2);
            assertThat(service.assignment(Seeds.B).orElseThrow().storyId()).isEqualTo(story);
            service.compare(Seeds.B, Seeds.A);
            assertThat(service.textsEmbedded()).isZero(); // every vector read from the store
        }
        try (StoryService fast = StoryService.open(dir)) {
            assertThat(fast.configuration()).isEqualTo("fast");
            assertThat(fast.textsEmbedded()).isZero();
            assertThat(fast.assignment(Seeds.B).orElseThrow().storyId()).isEqualTo(story);
        }
    }

    @Test
    void aReportMonthsLaterTakesUpTheQuietStoryAndTheStorySaysWhenAgainAfterARestart() throws Exception {
        List<news.storyline.article.Article> seeds = Seeds.read();
        var apple = news.storyline.article.Article.read("apple-1", "Tech Daily", null, "Apple to lower UK iTunes prices",
                java.time.Instant.parse("2014-06-30T10:00:00Z"), "The European Commission has forced Apple Inc. to "
                        + "lower its prices for media in its United Kingdom iTunes store, Apple announced this morning "
                        + "from its headquarters in Cupertino.", List.of(), java.util.Map.of(), "test");
        // Three months on, past any window: a retrospective told from both reports' openings.
        var cleaner = new news.storyline.clean.ArticleCleaner();
        String retrospective = String.join("\n\n", cleaner.clean(seeds.get(0)).paragraphs().subList(0, 3))
                + "\n\n" + String.join("\n\n", cleaner.clean(seeds.get(1)).paragraphs().subList(0, 3));
        var later = news.storyline.article.Article.read("later", "Outlet C", null, "How Mosul fell",
                java.time.Instant.parse("2014-09-10T08:00:00Z"), retrospective, List.of(), java.util.Map.of(), "test");
        String story;
        try (StoryService service = StoryService.open(dir)) {
            List<IngestOutcome> outcomes = service.ingest(List.of(seeds.get(0), seeds.get(1), apple, later));
            assertThat(outcomes).extracting(IngestOutcome::status).containsOnly(IngestOutcome.Status.STORED);
            story = outcomes.get(0).storyId();
            assertThat(outcomes.get(3).storyId()).isEqualTo(story);
            StoryDetail detail = service.story(story).orElseThrow();
            assertThat(detail.resumed()).singleElement().satisfies(r -> {
                assertThat(r.byArticle()).isEqualTo("later");
                assertThat(r.at()).isEqualTo(java.time.Instant.parse("2014-09-10T08:00:00Z"));
                assertThat(r.why()).startsWith("is as alike to it as two stories must be to be merged");
            });
            assertThat(detail.merged()).isEmpty();
            assertThat(service.story(outcomes.get(2).storyId()).orElseThrow().resumed()).isEmpty();
        }
        try (StoryService service = StoryService.open(dir)) {
            // the replay of the store finds it again
            assertThat(service.story(story).orElseThrow().resumed()).extracting(r -> r.byArticle())
                    .containsExactly("later");
        }
    }

    @Test
    void aBadRecordIsRejectedWithItsReasonAndNothingIsStored() throws Exception {
        try (StoryService service = StoryService.open(dir)) {
            var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
            var outcomes = service.ingestJson(List.of(mapper.readTree("{\"id\":\"x\"}"),
                    mapper.readTree("{\"id\":\"y\",\"text\":\"Some text here.\",\"date\":\"not a date\"}"),
                    mapper.readTree("[1]"),
                    mapper.readTree("{\"id\":\"z\",\"text\":\"Are you a robot? Please tick the box.\"}")), "test");
            assertThat(outcomes).extracting(IngestOutcome::status).containsOnly(IngestOutcome.Status.REJECTED);
            assertThat(outcomes.get(0).reason()).contains("no text and no title");
            assertThat(outcomes.get(1).reason()).contains("bad date 'not a date'");
            assertThat(outcomes.get(2).reason()).contains("expected a JSON object");
            assertThat(outcomes.get(3).reason()).contains("not an article: the site served a bot check");
            assertThat(outcomes).extracting(IngestOutcome::record).containsExactly(1, 2, 3, 4);
            assertThat(service.articleCount()).isZero();
        }
    }

    @Test
    void aDateFieldThatCannotBeReadIsNoLossWhereTheTextsDateLineDatesTheArticle() throws Exception {
        try (StoryService service = StoryService.open(dir)) {
            var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
            // Wikinews gives "03-02-2009" (day or month first?) for a page whose date line says February 3.
            var outcomes = service.ingestJson(List.of(mapper.readTree("{\"id\":\"w\",\"title\":\"Automobile "
                    + "sales in the United States down sharply\",\"date\":\"03-02-2009\",\"text\":\"Automobile "
                    + "sales in the United States down sharply\\nFebruary 03, 2009\\nSales of automobiles in the "
                    + "United States fell as much as 35% in January, compared to the same month a year ago.\"}")),
                    "test");
            assertThat(outcomes.get(0).status()).isNotEqualTo(IngestOutcome.Status.REJECTED);
            assertThat(service.articleCount()).isEqualTo(1);
        }
    }

    @Test
    void aBatchPostedOutOfTimeIsClusteredInPublicationOrderAndAnsweredInItsOwn() throws Exception {
        try (StoryService service = StoryService.open(dir)) {
            List<news.storyline.article.Article> seeds = Seeds.read();
            // A backfill filed by outlet: a report of six years later between the two reports of June 2014, and
            // the second report undated in its record, dated by its text's date line.
            var later = laterNews();
            var undated = news.storyline.article.Article.read(seeds.get(1).id(), "Al Jazeera", null,
                    seeds.get(1).title(), null, "10 June 2014\n" + seeds.get(1).rawText(), List.of(),
                    java.util.Map.of(), "test");
            List<IngestOutcome> outcomes = service.ingest(List.of(seeds.get(0), later, undated));
            assertThat(outcomes).extracting(IngestOutcome::record).containsExactly(1, 2, 3);
            assertThat(outcomes).extracting(IngestOutcome::articleId).containsExactly(Seeds.A, "later", Seeds.B);
            assertThat(outcomes.get(2).storyId()).isEqualTo(outcomes.get(0).storyId());
            assertThat(outcomes.get(1).storyId()).isNotEqualTo(outcomes.get(0).storyId());
            // One article given twice in a batch: stored once, each place answered.
            var again = news.storyline.article.Article.read("again", "Example", null, "Oil prices rise",
                    java.time.Instant.parse("2020-01-16T10:00:00Z"), "Oil prices rose on Thursday as traders weighed "
                            + "the trade deal.", List.of(), java.util.Map.of(), "test");
            var twice = service.ingest(List.of(again, again));
            assertThat(twice).extracting(IngestOutcome::record).containsExactly(1, 2);
            assertThat(twice).extracting(IngestOutcome::status).containsExactly(IngestOutcome.Status.STORED,
                    IngestOutcome.Status.DUPLICATE);
        }
    }

    @Test
    void batchesPostedOneAfterAnotherOutOfTimeStillMakeOneStoryOfOneEvent() throws Exception {
        try (StoryService service = StoryService.open(dir)) {
            List<news.storyline.article.Article> seeds = Seeds.read();
            // An archive posted outlet by outlet after the news of 2020: each of June 2014's reports in a batch of
            // its own, years behind the clock.
            var later = laterNews();
            String news = service.ingest(List.of(later)).get(0).storyId();
            String first = service.ingest(List.of(seeds.get(0))).get(0).storyId();
            String second = service.ingest(List.of(seeds.get(1))).get(0).storyId();
            assertThat(second).isEqualTo(first).isNotEqualTo(news);
            assertThat(service.assignment(Seeds.A).orElseThrow().storyId()).isEqualTo(first);
        }
    }

    /** A report of years after the seeds' event, on something else. */
    private static news.storyline.article.Article laterNews() {
        return news.storyline.article.Article.read("later", "Example", null, "Markets rally on trade hopes",
                java.time.Instant.parse("2020-01-15T10:00:00Z"), "Stock markets in Asia rallied on Wednesday as the "
                        + "United States and China signed a first trade deal.", List.of(), java.util.Map.of(), "test");
    }
}
