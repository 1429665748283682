package news.storyline.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.storyline.article.Article;
import news.storyline.clean.CorpusCleaner;
import news.storyline.ingest.Ingestor;
import news.storyline.text.DocumentFrequencies;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StoryClustererTest {
    private static final Instant JUNE_10 = Instant.parse("2014-06-10T12:00:00Z");
    private static Article seed000;
    private static Article seed001;
    private static Article apple;

    @BeforeAll
    static void read() throws Exception {
        Path seeds = Path.of(StoryClustererTest.class.getResource("/seeds").toURI());
        List<Article> articles = CorpusCleaner.clean(new Ingestor().readAll(List.of(
                seeds.resolve("000_44105980e39676fe.txt"), seeds.resolve("001_f2e9581c621b58c2.txt"),
                Path.of(StoryClustererTest.class.getResource("/wikinews-first.jsonl").toURI())), new ArrayList<>()));
        seed000 = dated(articles.get(0), JUNE_10);
        seed001 = dated(articles.get(1), JUNE_10.plus(Duration.ofHours(5)));
        apple = dated(articles.get(2), JUNE_10.plus(Duration.ofHours(7)));
    }

    private static Article dated(Article a, Instant published) {
        return new Article(a.id(), a.source(), a.url(), a.title(), published, a.language(), a.rawText(),
                a.paragraphs(), a.removed(), a.attributes(), a.origin());
    }

    /** An outlet running the wire text of another with a line of its own on top. */
    private static Article wireCopy(Article original, String id, Instant published) {
        var paragraphs = new ArrayList<String>();
        paragraphs.add("Updated with the latest from our correspondents.");
        paragraphs.addAll(original.paragraphs());
        return new Article(id, "Another Outlet", null, original.title(), published, original.language(),
                String.join("\n\n", paragraphs), paragraphs, List.of(), Map.of(), id);
    }

    private record Outcome(List<StoryClusterer.Assignment> assignments, List<Story> stories) {
        Story storyOf(String articleId) {
            return stories.stream().filter(s -> s.members().stream().anyMatch(m -> m.id().equals(articleId)))
                    .findFirst().orElseThrow();
        }
    }

    private static Outcome run(Duration window, Article... articles) {
        var stories = new ArrayList<Story>();
        var clusterer = StoryClusterer.fast(window, stories::add);
        var assignments = new ArrayList<StoryClusterer.Assignment>();
        for (Article article : articles) {
            assignments.add(clusterer.add(article));
        }
        clusterer.finish();
        return new Outcome(assignments, stories);
    }

    @Test
    void theTwoSeedReportsAreOneStoryOfTwoIndependentReports() {
        Outcome outcome = run(StoryClusterer.DEFAULT_WINDOW, seed000, seed001);
        assertThat(outcome.stories()).hasSize(1);
        Story story = outcome.stories().get(0);
        assertThat(story.independentReports()).isEqualTo(2);
        assertThat(story.firstSeen()).isEqualTo(JUNE_10);
        assertThat(story.lastSeen()).isEqualTo(seed001.published());
        assertThat(story.topPlaces(10)).contains("mosul");
        assertThat(story.topTerms(10)).contains("mosul");
        assertThat(outcome.assignments().get(1).copyOf()).isNull();
    }

    @Test
    void aWireCopyJoinsItsOriginalsStoryMarkedAsACopy() {
        Article copy = wireCopy(seed000, "copy-of-000", JUNE_10.plus(Duration.ofHours(6)));
        Outcome outcome = run(StoryClusterer.DEFAULT_WINDOW, seed000, seed001, copy);
        assertThat(outcome.assignments().get(2).copyOf()).isEqualTo(seed000.id());
        Story story = outcome.storyOf(copy.id());
        assertThat(story.members()).hasSize(3);
        assertThat(story.independentReports()).isEqualTo(2);
        assertThat(story.members().get(2).copyOf()).isEqualTo(seed000.id());
        assertThat(story.outlets()).contains("Another Outlet");
    }

    @Test
    void unrelatedArticlesStayApart() {
        Outcome outcome = run(StoryClusterer.DEFAULT_WINDOW, seed000, apple, seed001);
        assertThat(outcome.stories()).hasSize(2);
        assertThat(outcome.storyOf(apple.id()).members()).hasSize(1);
        assertThat(outcome.storyOf(seed001.id()).id()).isEqualTo(outcome.storyOf(seed000.id()).id());
    }

    @Test
    void aStoryNotSeenForTheWindowLeavesTheActiveStateAndANewReportStartsAnother() {
        var retired = new ArrayList<Story>();
        var clusterer = StoryClusterer.fast(Duration.ofDays(7), retired::add);
        String first = clusterer.add(seed000).storyId();
        assertThat(retired).isEmpty();
        String later = clusterer.add(dated(seed001, JUNE_10.plus(Duration.ofDays(30)))).storyId();
        assertThat(later).isNotEqualTo(first);
        // Of one report, it is kept a while among the passed singles (for a backfill's reports of its days), out of
        // the active stories, and retired when the latest few thousand no longer hold it, or at the end.
        assertThat(clusterer.state().active()).extracting(Story::id).containsExactly(later);
        assertThat(clusterer.state().passedSingles().story(first)).isNotNull();
        assertThat(retired).isEmpty();
        clusterer.finish();
        assertThat(retired).extracting(Story::id).containsExactly(first, later);
        // With a window long enough, the same report joins.
        Outcome wide = run(Duration.ofDays(60), seed000, dated(seed001, JUNE_10.plus(Duration.ofDays(30))));
        assertThat(wide.stories()).hasSize(1);
    }

    @Test
    void theSameInputGivesTheSameStoriesEveryTime() {
        Article[] input = {seed000, apple, seed001, wireCopy(seed001, "c", JUNE_10.plus(Duration.ofHours(8)))};
        Outcome once = run(StoryClusterer.DEFAULT_WINDOW, input);
        Outcome again = run(StoryClusterer.DEFAULT_WINDOW, input);
        assertThat(again.assignments()).isEqualTo(once.assignments());
        assertThat(again.stories()).extracting(Story::id, Story::size, s -> s.topTerms(5))
                .isEqualTo(once.stories().stream().map(s -> org.assertj.core.groups.Tuple.tuple(s.id(), s.size(),
                        s.topTerms(5))).toList());
    }

    @Test
    void anArticleWithNoTextIsRefusedAndLeavesNoTrace() {
        var clusterer = StoryClusterer.fast(StoryClusterer.DEFAULT_WINDOW, story -> { });
        Article empty = new Article("empty", null, null, null, JUNE_10, "en", " ", List.of(), List.of(), Map.of(),
                "empty");
        assertThatThrownBy(() -> clusterer.add(empty)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no text");
        assertThat(clusterer.add(seed000).storyId()).isEqualTo("s1");
    }

    @Test
    void aStoryIsSerialisable() throws Exception {
        Story story = run(StoryClusterer.DEFAULT_WINDOW, seed000, seed001).stories().get(0);
        var bytes = new ByteArrayOutputStream();
        try (var out = new ObjectOutputStream(bytes)) {
            out.writeObject(story);
        }
        Story back;
        try (var in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            back = (Story) in.readObject();
        }
        assertThat(back.members()).isEqualTo(story.members());
        assertThat(back.topTerms(10)).isEqualTo(story.topTerms(10));
    }

    @Test
    void aDenseVectorFeedsTheEmbeddingFeatureOnlyWhenBothSidesHaveOne() {
        assertThat(StoryFeatures.embeddingCosine(new float[] {1, 0}, new float[] {1, 0})).isEqualTo(1.0);
        assertThat(StoryFeatures.embeddingCosine(new float[] {1, 0}, null)).isZero();
        var clusterer = StoryClusterer.fast(StoryClusterer.DEFAULT_WINDOW, story -> { });
        clusterer.add(seed000, new float[] {0.6f, 0.8f});
        StoryArticle next = clusterer.arrive(seed001, new float[] {0.6f, 0.8f});
        StoryClusterer.Scored best = clusterer.score(next).get(0);
        assertThat(best.features()[StoryFeatures.NAMES.indexOf("embeddingMean")]).isCloseTo(1.0,
                org.assertj.core.data.Offset.offset(1e-6));
    }

    /** An embedder for tests that records what it was asked. */
    private abstract static class Recording implements news.storyline.text.TextEmbedder {
        final List<String> asked = new ArrayList<>();
        private final String model;
        private final int dimension;

        Recording(String model, int dimension) {
            this.model = model;
            this.dimension = dimension;
        }

        @Override
        public String model() {
            return model;
        }

        @Override
        public int dimension() {
            return dimension;
        }

        @Override
        public float[] embed(String text) {
            asked.add(text);
            return vector(text);
        }

        abstract float[] vector(String text);
    }

    /** A real, if crude, embedder: the text's letter counts as a unit vector. */
    private static final class LetterCounts extends Recording {
        LetterCounts() {
            super("letters", 26);
        }

        @Override
        float[] vector(String text) {
            float[] v = new float[26];
            text.toLowerCase(java.util.Locale.ROOT).chars().filter(c -> c >= 'a' && c <= 'z').forEach(c -> v[c - 'a']++);
            double norm = 0;
            for (float x : v) {
                norm += x * x;
            }
            for (int i = 0; i < v.length; i++) {
                v[i] /= (float) Math.sqrt(norm);
            }
            return v;
        }
    }

    @Test
    void aBatchEmbedsEveryReportOnceAndNoCopyAndSkipsAnArticleWithoutText() {
        var embedder = new LetterCounts();
        var stories = new ArrayList<Story>();
        var clusterer = StoryClusterer.embedded(StoryClusterer.DEFAULT_WINDOW, stories::add);
        Article copy = wireCopy(seed000, "copy", JUNE_10.plus(Duration.ofHours(1)));
        Article blank = new Article("blank", null, null, null, JUNE_10.plus(Duration.ofHours(2)), "en", "",
                List.of(), List.of(), Map.of(), "blank");

        List<StoryClusterer.Assignment> assigned = clusterer.addAll(List.of(seed000, copy, blank, seed001, apple),
                embedder);
        clusterer.finish();

        assertThat(assigned).hasSize(5);
        assertThat(assigned.get(1).copyOf()).isEqualTo(seed000.id());
        assertThat(assigned.get(1).storyId()).isEqualTo(assigned.get(0).storyId());
        assertThat(assigned.get(2)).isNull();
        assertThat(embedder.asked).containsExactly(StoryClusterer.embeddingText(seed000),
                StoryClusterer.embeddingText(seed001), StoryClusterer.embeddingText(apple));
        // A headline is what is embedded; an untitled article gives the opening of its body, cut at a word.
        assertThat(StoryClusterer.embeddingText(apple)).isEqualTo(apple.title().strip());
        Article untitled = new Article("u", "Outlet", null, null, JUNE_10, "en", String.join("\n\n",
                seed000.paragraphs()), seed000.paragraphs(), List.of(), Map.of(), "u");
        String opening = StoryClusterer.embeddingText(untitled);
        assertThat(opening).hasSizeLessThanOrEqualTo(StoryClusterer.UNTITLED_OPENING).isNotBlank()
                .doesNotEndWith(" ");
        assertThat(untitled.cleanText()).startsWith(opening);
        Article dateForHeadline = new Article("d", "Outlet", null, "APR 28", JUNE_10, "en", untitled.rawText(),
                untitled.paragraphs(), List.of(), Map.of(), "d");
        assertThat(StoryClusterer.embeddingText(dateForHeadline)).isEqualTo("APR 28\n" + opening);
        // A headline cleaning took from the text's first line: embedded as the untitled text it came from.
        List<String> rest = untitled.paragraphs().subList(1, untitled.paragraphs().size());
        Article headlineFromText = new Article("h", "Outlet", null, untitled.paragraphs().getFirst(), JUNE_10, "en",
                untitled.rawText(), rest, List.of(), Map.of(Article.HEADLINE_FROM_TEXT, "true"), "h");
        assertThat(StoryClusterer.embeddingText(headlineFromText)).isEqualTo(opening);
        // The stories keep the three reports' vectors, and none for the copy.
        assertThat(stories.stream().mapToInt(s -> s.recentEmbeddings().size()).sum()).isEqualTo(3);
    }

    /** An embedder that finds every text alike, as an English model does texts in a language it cannot read. */
    private static final class AllAlike extends Recording {
        AllAlike() {
            super("alike", 2);
        }

        @Override
        float[] vector(String text) {
            return new float[] {0.6f, 0.8f};
        }
    }

    private static Article german(String id, String language, String title, String text, int hoursOn) {
        return new Article(id, "Outlet " + id, null, title, JUNE_10.plus(Duration.ofHours(hoursOn)), language, text,
                List.of(text), List.of(), Map.of(), id);
    }

    @Test
    void chineseReportsWithNoLanguageGivenAreToldByTheirScriptAndClusteredByTheirCharacters() {
        String mosul = "伊斯兰国武装分子周二占领了伊拉克第二大城市摩苏尔，当地官员表示，这是对当局的又一次打击。一夜之间，"
                + "数百名枪手对位于巴格达以北350公里的摩苏尔发动袭击，与军队和警察交战。";
        List<Article> articles = CorpusCleaner.clean(List.of(
                chinese("mosul-1", "伊斯兰国占领摩苏尔", mosul, 0),
                chinese("stocks", "中国股市周二上涨", "上海证券交易所综合指数周二上涨百分之一点五，投资者对经济刺激措施的预期"
                        + "推动了银行和房地产股票的上涨。分析师表示，市场情绪有所改善，但成交量仍然较低。", 1),
                chinese("mosul-2", "武装分子攻陷摩苏尔", "伊拉克官员说，伊斯兰国武装分子控制了摩苏尔的省政府总部、监狱和电视台，"
                        + "数十万居民逃离摩苏尔。伊拉克军队撤离了这座城市。", 2),
                chinese("mosul-copy", "新华社电 伊斯兰国占领摩苏尔", mosul.replace("一夜之间", "昨夜"), 3)));
        assertThat(articles).allSatisfy(a -> assertThat(a.language()).isEqualTo("zh"));

        Outcome outcome = run(StoryClusterer.DEFAULT_WINDOW, articles.toArray(Article[]::new));

        assertThat(outcome.stories()).hasSize(2);
        Story story = outcome.storyOf("mosul-1");
        assertThat(story.members()).extracting(Story.Member::id)
                .containsExactlyInAnyOrder("mosul-1", "mosul-2", "mosul-copy");
        assertThat(story.independentReports()).isEqualTo(2);
        assertThat(outcome.storyOf("stocks").members()).hasSize(1);
    }

    private static Article chinese(String id, String title, String text, int hoursOn) {
        return Article.read(id, "Outlet " + id, null, title, JUNE_10.plus(Duration.ofHours(hoursOn)), text, List.of(),
                Map.of(), id);
    }

    @Test
    void anArticleInAnotherLanguageIsNotEmbeddedAndIsWeighedByTheLexicalModel() {
        String cabinet = "Die Bundesregierung hat am Dienstag in Berlin ein neues Klimaschutzgesetz beschlossen. Der "
                + "Bundestag soll im Herbst darueber abstimmen, sagte Regierungssprecher Steffen Seibert in Berlin.";
        String crash = "Bei einem schweren Zugunglueck in Bayern sind am Dienstag zwei Menschen ums Leben gekommen. Die "
                + "Bundesregierung sprach den Angehoerigen ihr Beileid aus, sagte Regierungssprecher Steffen Seibert.";
        var embedder = new AllAlike();
        var clusterer = StoryClusterer.embedded(StoryClusterer.DEFAULT_WINDOW, story -> { });
        List<StoryClusterer.Assignment> assigned = clusterer.addAll(List.of(
                german("a", "de", "Kabinett beschliesst Klimaschutzgesetz", cabinet, 0),
                german("b", "de", "Zwei Tote bei Zugunglueck in Bayern", crash, 2)), embedder);
        // Never embedded, so an English model's cosines cannot join two unrelated German reports.
        assertThat(embedder.asked).isEmpty();
        assertThat(assigned.get(1).storyId()).isNotEqualTo(assigned.get(0).storyId());

        // The same two given as English (or of an undetermined language) are embedded, and the all-alike vectors
        // then weigh for the join: the cosines are what moves the probability.
        var asEnglish = StoryClusterer.embedded(StoryClusterer.DEFAULT_WINDOW, story -> { });
        asEnglish.addAll(List.of(german("c", "en", "Kabinett beschliesst Klimaschutzgesetz", cabinet, 0)), embedder);
        StoryArticle next = asEnglish.arrive(german("d", "und", "Zwei Tote bei Zugunglueck in Bayern", crash, 2),
                embedder.embed("d"));
        StoryClusterer.Scored scored = asEnglish.score(next).get(0);
        assertThat(embedder.asked).hasSize(2);
        assertThat(scored.by().usesEmbeddings()).isTrue();
        var lexicalOnly = StoryClusterer.embedded(StoryClusterer.DEFAULT_WINDOW, story -> { });
        lexicalOnly.addAll(List.of(german("e", "de", "Kabinett beschliesst Klimaschutzgesetz", cabinet, 0)),
                embedder);
        StoryClusterer.Scored unembedded = lexicalOnly.score(lexicalOnly.arrive(
                german("f", "de", "Zwei Tote bei Zugunglueck in Bayern", crash, 2), null)).get(0);
        assertThat(unembedded.by().usesEmbeddings()).isFalse();
        assertThat(scored.probability()).isGreaterThan(unembedded.probability());
    }

    @Test
    void anUndeterminedArticleIsEmbeddedOnlyWhenWrittenInTheLatinAlphabet() {
        // Too short for the language to be told: undetermined, as a brief in Cyrillic or Arabic often is.
        Article russian = german("ru", "und", "Боевики захватили Мосул", "Боевики захватили Мосул во вторник.", 0);
        Article arabic = german("ar", null, "سقوط الموصل", "سيطر مسلحون على الموصل يوم الثلاثاء.", 1);
        Article english = german("en", "und", "Militants seize Mosul", "Militants seized Mosul on Tuesday.", 2);
        assertThat(StoryClusterer.isEmbedded(russian)).isFalse();
        assertThat(StoryClusterer.isEmbedded(arabic)).isFalse();
        assertThat(StoryClusterer.isEmbedded(english)).isTrue();

        var embedder = new AllAlike();
        var clusterer = StoryClusterer.embedded(StoryClusterer.DEFAULT_WINDOW, story -> { });
        clusterer.addAll(List.of(russian, arabic, english), embedder);
        assertThat(embedder.asked).containsExactly(StoryClusterer.embeddingText(english));
    }

    @Test
    void anArticlesLengthIsItsDistinctTermsUpToAFullReport() {
        var clusterer = StoryClusterer.fast(StoryClusterer.DEFAULT_WINDOW, story -> { });
        StoryArticle report = clusterer.arrive(seed000, null);
        Story story = clusterer.start(report);
        StoryArticle headlineOnly = clusterer.arrive(new Article("h", "Outlet", null, seed001.title(), seed001.published(),
                "en", "Militants seize Mosul as Iraqi troops flee", List.of(), List.of(), Map.of(), "h"), null);
        int length = StoryFeatures.NAMES.indexOf("length");
        double full = StoryFeatures.ofCentroid(report, report.vector().probe(), report.headline().probe(), story,
                StoryClusterer.DEFAULT_WINDOW)[length];
        double shortOne = StoryFeatures.ofCentroid(headlineOnly, headlineOnly.vector().probe(),
                headlineOnly.headline().probe(), story, StoryClusterer.DEFAULT_WINDOW)[length];
        assertThat(full).isEqualTo(Math.min(1, report.terms() / StoryFeatures.LENGTH_TERMS)).isGreaterThan(0.2);
        assertThat(shortOne).isGreaterThan(0).isLessThan(0.05);
    }

    @Test
    void numbersAndPlacesThatBothGiveButDoNotShareCountAgainstTheStory() {
        // The same shares of 0, once where the article gives no numbers or places (no evidence either way), once where
        // it gives some and the story gives others (evidence of another event): the second is less likely.
        double[] silent = {0.4, 0.5, 0.3, 0.5, 0, 0, 1, 0.3, 0, 0, 0.7, 0.75};
        double[] conflicting = silent.clone();
        conflicting[StoryFeatures.NAMES.indexOf("bothNumbers")] = 1;
        conflicting[StoryFeatures.NAMES.indexOf("bothPlaces")] = 1;
        for (StoryModel model : List.of(StoryModel.fast(), StoryModel.embedded())) {
            assertThat(model.probability(conflicting)).isLessThan(model.probability(silent));
        }
    }

    @Test
    void theTwoConfigurationsWeighTheirOwnFeatures() {
        assertThat(StoryModel.fast().usesEmbeddings()).isFalse();
        assertThat(StoryModel.fast().features()).isEqualTo(StoryFeatures.LEXICAL);
        assertThat(StoryModel.embedded().usesEmbeddings()).isTrue();
        assertThat(StoryModel.embedded().features()).isEqualTo(StoryFeatures.NAMES);
        // A fast model gives the same probability whatever the embedding features say: it does not read them.
        double[] features = {0.4, 0.5, 0.3, 0.5, 0.2, 0.1, 1, 0.3, 1, 1, 0, 0};
        assertThat(features).hasSameSizeAs(StoryFeatures.NAMES.toArray());
        double[] withVectors = features.clone();
        withVectors[StoryFeatures.NAMES.indexOf("embeddingMean")] = 0.9;
        withVectors[StoryFeatures.NAMES.indexOf("embeddingBest")] = 0.95;
        assertThat(StoryModel.fast().probability(withVectors)).isEqualTo(StoryModel.fast().probability(features));
        assertThat(StoryModel.embedded().probability(withVectors))
                .isNotEqualTo(StoryModel.embedded().probability(features));
    }

    /** A clusterer of 7-day windows growing half a window per doubling of a story's reports, seed 000 taken in. */
    private static StoryClusterer growingWithSeed000(List<Story> retired) {
        var growing = new StoryClusterer(new InMemoryStoryState(DocumentFrequencies.withBackground()),
                StoryModel.fast().withWindowGrowth(0.5), Duration.ofDays(7), retired::add);
        growing.add(seed000);
        return growing;
    }

    /** Both seeds, one story of two reports. */
    private static StoryClusterer withMosul(List<Story> retired) {
        var growing = growingWithSeed000(retired);
        growing.add(seed001);
        return growing;
    }

    /** A one-paragraph article of the given day after 10 June 2014. */
    private static Article note(String id, String text, int daysOn) {
        return new Article(id, "Outlet", null, text.substring(0, text.indexOf(' ')), JUNE_10.plus(Duration.ofDays(
                daysOn)), "en", text, List.of(text), List.of(), Map.of(), id);
    }

    @Test
    void aStoryOfMoreReportsStaysOpenLongerAndGoesQuietWhenPastItsWindow() {
        var retired = new ArrayList<Story>();
        var growing = withMosul(retired);
        Story story = growing.state().active().get(0);
        assertThat(story.independentReports()).isEqualTo(2);
        // One doubling of the reports: half a window more.
        assertThat(growing.activeWindow(story)).isEqualTo(Duration.ofHours(7 * 24 + 7 * 12));
        assertThat(new StoryClusterer(new InMemoryStoryState(DocumentFrequencies.withBackground()),
                StoryModel.fast().withWindowGrowth(0), Duration.ofDays(7), s -> { }).activeWindow(story))
                .isEqualTo(Duration.ofDays(7));

        // Twenty days on the story takes no article by the usual rule (past its 10.5 days): a lookup that meets it
        // takes it out of the active stories. Reported twice, it is kept quiet, to be taken up again, not retired.
        growing.add(dated(apple, JUNE_10.plus(Duration.ofDays(20))));
        assertThat(retired).isEmpty();
        assertThat(growing.state().active()).hasSize(1).doesNotContain(story);
        assertThat(growing.state().quiet().all()).containsExactly(story);
        growing.finish();
        assertThat(retired).hasSize(2).startsWith(story);
        assertThat(growing.state().quiet().isEmpty()).isTrue();
    }

    /** A report of the fall of Mosul told from both seeds' opening paragraphs, as a later retrospective might. */
    private static Article retrospective(String id, Instant published) {
        var paragraphs = new ArrayList<String>();
        paragraphs.addAll(seed000.paragraphs().subList(0, 3));
        paragraphs.addAll(seed001.paragraphs().subList(0, 3));
        return new Article(id, "A Third Outlet", null, "How Mosul fell", published, "en",
                String.join("\n\n", paragraphs), paragraphs, List.of(), Map.of(), id);
    }

    /** The seeds' story, then the apple article twenty days on, which finds the seeds' story past its window. */
    private static StoryClusterer withMosulQuiet(List<Story> retired) {
        var growing = withMosul(retired);
        Story mosul = growing.state().active().get(0);
        growing.add(dated(apple, JUNE_10.plus(Duration.ofDays(20))));
        assertThat(growing.state().quiet().all()).containsExactly(mosul);
        return growing;
    }

    @Test
    void aQuietStoryIsTakenUpAgainByAReportThatBelongsToItAsSurelyAsAMerge() {
        var retired = new ArrayList<Story>();
        var growing = withMosulQuiet(retired);
        Story story = growing.state().quiet().all().get(0);

        // Three months on, past any active window.
        Instant september = JUNE_10.plus(Duration.ofDays(90));
        var later = growing.add(retrospective("later", september));
        assertThat(later.storyId()).isEqualTo(story.id());
        assertThat(later.copyOf()).isNull();
        assertThat(story.independentReports()).isEqualTo(3);
        assertThat(growing.state().quiet().isEmpty()).isTrue();
        assertThat(growing.state().active()).contains(story);
        assertThat(growing.resumptions()).singleElement().satisfies(r -> {
            assertThat(r.into()).isEqualTo(story.id());
            assertThat(r.byArticle()).isEqualTo("later");
            assertThat(r.at()).isEqualTo(september);
            assertThat(r.why()).startsWith("is as alike to it as two stories must be to be merged (");
        });
        // Active again, from its new last report; the apple story, reported once, went with the clock.
        assertThat(story.lastSeen()).isEqualTo(september);
        assertThat(growing.state().passedSingles().all()).singleElement().extracting(Story::id)
                .isNotEqualTo(story.id());
        assertThat(retired).isEmpty();
    }

    /** A year-on report of the fall of Mosul: what the city has become, with the day it fell said or not. */
    private static Article yearOn(String id, String when) {
        String text = "Militants of the Islamic State in Iraq and the Levant seized Mosul, Iraq’s second-largest city,"
                + when
                + " and residents who fled the city describe life in camps near Erbil. Iraqi officials say an"
                + " offensive to retake the city will begin once troops are trained. The governor of Nineveh"
                + " province, who escaped as the city fell, says he hopes to return.";
        return new Article(id, "A Fourth Outlet", null, "Mosul, a year on", JUNE_10.plus(Duration.ofDays(365)),
                "en", text, List.of(text), List.of(), Map.of(), id);
    }

    @Test
    void aQuietStoryIsTakenUpAgainMoreReadilyByAReportThatNamesTheDayItHappened() {
        // The same follow-up, once naming the day the city fell and once not: naming it says which earlier story it
        // follows, so less likeness takes the quiet story up again; without it the report starts a story.
        var named = withMosulQuiet(new ArrayList<>());
        Story mosul = named.state().quiet().all().get(0);
        var withDay = named.add(yearOn("named", " a year ago"));
        var unnamed = withMosulQuiet(new ArrayList<>());
        var withoutDay = unnamed.add(yearOn("unnamed", ""));
        assertThat(withDay.storyId()).isEqualTo(mosul.id());
        assertThat(named.resumptions()).singleElement().satisfies(r -> {
            assertThat(r.byArticle()).isEqualTo("named");
            assertThat(r.why()).startsWith("names \"a year ago\" (2014-06-10), when it was reported");
        });
        assertThat(withoutDay.storyId()).isNotEqualTo(mosul.id());
        assertThat(unnamed.resumptions()).isEmpty();
    }

    @Test
    void aBackfillsReportsOfDaysTheClockHasPassedMakeTheirStoryAsAStreamInOrderWould() {
        // An archive posted after later news: the clock stands two months on when the reports of 10 June come.
        var clusterer = StoryClusterer.fast(StoryClusterer.DEFAULT_WINDOW, s -> { });
        clusterer.add(dated(apple, JUNE_10.plus(Duration.ofDays(60))));
        var first = clusterer.add(seed000);
        var second = clusterer.add(seed001);
        assertThat(second.storyId()).isEqualTo(first.storyId());
        // An undated report among them is placed at the days the batch is at, not at the clock's.
        var undated = clusterer.add(retrospective("undated", null));
        assertThat(undated.storyId()).isEqualTo(first.storyId());
        // The clock stays where the later news put it.
        assertThat(clusterer.state().active()).hasSize(2);
    }

    @Test
    void aBackfillsReportJoinsAStoryOfOneReportThatHadLeftTheWindow() {
        var retired = new ArrayList<Story>();
        var clusterer = StoryClusterer.fast(StoryClusterer.DEFAULT_WINDOW, retired::add);
        String mosul = clusterer.add(seed000).storyId();
        // Later news moves the clock two months on: the report of 10 June, alone in its story, leaves the window.
        clusterer.add(dated(apple, JUNE_10.plus(Duration.ofDays(60))));
        clusterer.add(note("x", "Rain is forecast for the weekend in the valley.", 61));
        assertThat(clusterer.state().passedSingles().story(mosul)).isNotNull();
        // The archive's other report of that day comes: it joins it, as it would have in time order.
        assertThat(clusterer.add(seed001).storyId()).isEqualTo(mosul);
        assertThat(clusterer.state().passedSingles().story(mosul)).isNull();
        assertThat(clusterer.resumptions()).isEmpty();
        clusterer.finish();
        assertThat(retired).filteredOn(s -> s.id().equals(mosul)).singleElement()
                .satisfies(s -> assertThat(s.independentReports()).isEqualTo(2));
    }

    @Test
    void aQuietStoryOfTheDaysABackfillsReportTellsOfTakesItAsAnActiveStoryWould() {
        var growing = withMosulQuiet(new ArrayList<>());
        Story mosul = growing.state().quiet().all().get(0);
        // A report of the next day, posted when the clock is twenty days on: as alike as it is, a quiet story would
        // need the merge threshold's surety; as a story of its own days it needs only the join threshold.
        var late = growing.add(yearOn("late", "").withPublished(JUNE_10.plus(Duration.ofDays(1))));
        assertThat(late.storyId()).isEqualTo(mosul.id());
        assertThat(late.probability()).isLessThan(StoryModel.fast().mergeThreshold());
        assertThat(growing.state().quiet().isEmpty()).isTrue();
        // A report of the story's own days is no taking up again to a reader.
        assertThat(growing.resumptions()).isEmpty();
        assertThat(mosul.lastSeen()).isEqualTo(JUNE_10.plus(Duration.ofDays(1)));
    }

    @Test
    void aPublicationTimeFarInTheFutureIsTakenAsUnknownAndClosesNoStory() {
        var retired = new ArrayList<Story>();
        var growing = withMosul(retired);
        Story mosul = growing.state().active().get(0);
        // A mistyped year: believed, it would move the clock 985 years on and send the Mosul story quiet.
        var typo = growing.add(note("typo", "Rain is forecast for the weekend in the valley.", 0)
                .withPublished(Instant.parse("2999-06-10T12:00:00Z")));
        Story rain = growing.state().active().stream().filter(s -> s.id().equals(typo.storyId())).findFirst()
                .orElseThrow();
        assertThat(rain.lastSeen()).isNull();
        assertThat(rain.members().get(0).published()).isNull();
        assertThat(growing.state().active()).contains(mosul);
        assertThat(growing.state().quiet().isEmpty()).isTrue();
        // The next day's report still joins the Mosul story by the usual rule.
        var next = growing.add(retrospective("next", JUNE_10.plus(Duration.ofDays(1))));
        assertThat(next.storyId()).isEqualTo(mosul.id());
        assertThat(growing.resumptions()).isEmpty();
        assertThat(StoryClusterer.plausible(seed000, JUNE_10.minus(Duration.ofHours(23))).published())
                .isEqualTo(JUNE_10);
        assertThat(StoryClusterer.plausible(seed000, JUNE_10.minus(Duration.ofHours(25))).published()).isNull();
    }

    @Test
    void aStoryOfOneReportIsNotKeptQuietAndAnUnrelatedArticleDoesNotWakeAQuietStory() {
        var retired = new ArrayList<Story>();
        var growing = withMosulQuiet(retired);
        Story mosul = growing.state().quiet().all().get(0);
        Story single = growing.state().active().get(0);
        assertThat(single.independentReports()).isEqualTo(1);
        // Sixty days on, the apple story (one report) leaves with the clock, kept among the passed singles and not
        // among the quiet stories; the Mosul story stays quiet, and a note of nothing it gives starts a story of its own.
        var note = growing.add(note("x", "Rain is forecast for the weekend in the valley.", 60));
        assertThat(growing.state().passedSingles().all()).containsExactly(single);
        assertThat(note.storyId()).isNotIn(mosul.id(), single.id());
        assertThat(growing.state().quiet().all()).containsExactly(mosul);
        assertThat(growing.resumptions()).isEmpty();
    }

    @Test
    void aStoryPastItsWindowThatNoLookupMeetsLeavesAfterFourWindows() {
        var retired = new ArrayList<Story>();
        var growing = growingWithSeed000(retired);
        Story story = growing.state().active().get(0);
        // An article of nothing the story gives, ten days on: the story is past its window, met by no lookup.
        growing.add(note("x", "Rain is forecast for the weekend in the valley.", 10));
        assertThat(retired).isEmpty();
        // Four windows on, the clock takes it out of the active stories: of one report, among the passed singles.
        growing.add(note("y", "Sunshine is forecast for the weekend on the coast.", 29));
        assertThat(growing.state().active()).doesNotContain(story);
        assertThat(growing.state().passedSingles().all()).contains(story);
    }
}
