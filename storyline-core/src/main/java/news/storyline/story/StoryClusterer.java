package news.storyline.story;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import news.storyline.article.Article;
import news.storyline.mention.DateMention;
import news.storyline.similarity.ArticleProfile;
import news.storyline.similarity.DuplicateFinder;
import news.storyline.text.DocumentFrequencies;
import news.storyline.text.LatinScript;
import news.storyline.text.TermVector;
import news.storyline.text.TextEmbedder;

/**
 * Groups a stream of articles into stories online: each article is assigned as it arrives, from what came before
 * it only, so the same input in the same order always gives the same stories.
 *
 * <p>A copy of an earlier article (exact, near, containing or wire copy, found by {@link DuplicateFinder}) joins its
 * original's story, marked as a copy. Any other article looks up the active stories filed under its key terms, name
 * and place words (never a scan of all stories), and the learned {@link StoryModel} gives the probability that it
 * belongs to each. It joins the likeliest when that passes the join threshold, else starts a story; any other
 * candidate past the merge threshold is the same story reached from two sides, and is merged into the older one.
 * Stories not seen for their active window ({@link #activeWindow}: the window, longer for a story of many reports)
 * stop taking articles, and once past the longest such window leave the active state and are handed to the
 * consumer, which keeps memory bounded by the window (the duplicate finder's fingerprints too).
 */
public final class StoryClusterer {
    public static final Duration DEFAULT_WINDOW = Duration.ofDays(7);
    /** The characters of an untitled article's body embedded in place of a headline. */
    static final int UNTITLED_OPENING = 150;
    /** Headlines of fewer words are embedded with the opening of the body too. */
    static final int HEADLINE_WORDS = 4;
    /**
     * Candidates scored per article, those sharing the most keys first. On the tuning splits 8 to 40 give the same
     * ECB+ stories (to four decimals of B-cubed F1) and AllSides stories within 0.004 (fewer a little better). 12,
     * not 20 since 2026-12-05 (tenth stop): the same tuning figures within 0.001 but AllSides train whole 0.740
     * against 0.736, and on the scale benchmark's dense feed (100,000 articles a day) a fifth less time end to end
     * and more precise stories (B-cubed F1 0.963 against 0.957): the extra candidates were stories sharing common
     * keys only, each scored on the centroid for nothing. 12 keeps a margin over 8, where the dated feeds began to
     * lose.
     */
    static final int MAX_CANDIDATES = 12;
    /**
     * Candidates whose member features (the mean and the closest of the cosines with each recent member) are
     * computed, the likeliest by their centroid features: the join and merge decisions fall among the first few (on
     * the tuning splits, computing them for the first 5, 10 or all 40 gave the same stories to four decimals of
     * B-cubed F1, in both configurations, with the closest member alone; with the mean too, 5 against all 40 differ
     * only on AllSides train in the default configuration, 0.7365 against 0.7367).
     */
    static final int MEMBER_SCORED = 5;
    /** Candidates enough to score on several cores; fewer are not worth handing out. */
    private static final int PARALLEL_CANDIDATES = 8;
    /** The longest a story stays active, in windows, however many reports it has. */
    static final int MAX_WINDOWS = 4;
    /**
     * Independent reports a story needs to be kept once quiet, to be taken up again: an item reported once rarely
     * has a sequel, and most stories of a busy stream are such.
     */
    static final int RESUMABLE_REPORTS = 2;
    /**
     * The time scale of a quiet story's time evidence, in windows: a year at the week, so that months apart weigh a
     * little (a logit at about three months) where the active window's scale would weigh them out altogether.
     */
    static final int QUIET_WINDOWS = 52;
    /**
     * The most quiet stories kept, the latest to go quiet: what bounds their memory. No age limit besides: the
     * reports of one ECB+ event run over up to two years (a trial, an anniversary), and a limit of one year cost
     * 0.009 of B-cubed F1 there; in a busy stream the count is the limit that binds.
     */
    static final int QUIET_STORIES = 5_000;
    /**
     * The most stories of one report kept past their window, the latest to leave it, for a backfill's reports of their
     * days ({@link StoryState#passedSingles}); in a stream in time order no article asks for them.
     */
    static final int PASSED_SINGLES = 5_000;
    /** Quiet stories scored for an article that would start a story: those sharing the most of its keys. */
    static final int RESUME_CANDIDATES = 5;
    /**
     * Where between the join and the merge threshold a quiet story is taken up again by an article that names a day
     * of its reports ({@link LookBack}): halfway. On the tuning splits (2026-12-06, sixth stop) ECB+ train rose from
     * 0.8968 to 0.9047 (default) and 0.8791 to 0.8902 (fast), its trials and sentencings rejoining their crimes, dev
     * did not move, and AllSides train dated as a busy feed (where any resumption is wrong) lost 0.0009 and 0.0005;
     * at the join threshold itself ECB+ train gained 0.003 more and the feed lost 0.003.
     */
    static final double LOOKBACK_BAR = 0.5;
    /** Why a quiet story was taken up again: an article as alike to it as a merge asks. */
    static final String AS_ALIKE_AS_A_MERGE = "is as alike to it as two stories must be to be merged (%.2f)";
    /** ... an article that names a day of its reports: what it wrote, the days read, the probability. */
    static final String NAMES_ITS_DAYS = "names \"%s\" (%s%s), when it was reported, and is alike to it (%.2f)";
    /** How far past the wall clock a publication time may lie: a time zone ahead, a clock a little fast. */
    static final Duration AHEAD = Duration.ofDays(1);
    /** Characters of the lede shown as the headline of an article that has none. */
    static final int LEDE_CHARS = 100;

    /**
     * The language of the default configuration's sentence embeddings (bge-small-en-v1.5 reads English). Across other
     * languages its cosines say little: on the SemEval-2022 pairs, two unrelated German reports sit at 0.72 on
     * average and two Arabic ones at 0.92, against 0.53 for English, so the English-fitted model would join unrelated
     * reports. An article known to be in another language is not embedded and is weighed by the lexical model.
     */
    static final String EMBEDDED_LANGUAGE = "en";

    private final StoryState state;
    private final StoryModel model;
    /** Weighs the candidates where the article or the story has no vector: {@link #model} itself when it has none. */
    private final StoryModel lexical;
    private final Duration window;
    private final Consumer<Story> retired;
    private final DuplicateFinder duplicates;
    private final List<StoryMerge> merges = new ArrayList<>();
    private final List<StoryMerge> resumptions = new ArrayList<>();
    private Instant streamTime;
    /** The last dated article's time, in the order articles came: the clock but in a backfill. */
    private Instant lastDated;
    private long started;

    /**
     * @param retired receives each story as it leaves the active window, and at {@link #finish()} the rest
     */
    public StoryClusterer(StoryState state, StoryModel model, Duration window, Consumer<Story> retired) {
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("the window must be positive, not " + window);
        }
        this.state = state;
        this.model = model;
        this.lexical = model.usesEmbeddings() ? StoryModel.fast().withWindowGrowth(model.windowGrowth()) : model;
        this.window = window;
        this.retired = retired;
        // A copy joins its original's story, which is active only within the window: older fingerprints serve no
        // one, and forgetting them bounds the finder's memory by the window.
        this.duplicates = new DuplicateFinder(window);
    }

    /** The fast, lexical configuration: the lexical model and background frequencies, in memory. */
    public static StoryClusterer fast(Duration window, Consumer<Story> retired) {
        return new StoryClusterer(new InMemoryStoryState(DocumentFrequencies.withBackground()), StoryModel.fast(),
                window, retired);
    }

    /**
     * The default configuration: the model that weighs sentence embeddings beside the lexical evidence; feed it
     * with {@link #addAll} and an embedder (or {@link #add(Article, float[])} with each article's vector).
     */
    public static StoryClusterer embedded(Duration window, Consumer<Story> retired) {
        return new StoryClusterer(new InMemoryStoryState(DocumentFrequencies.withBackground()), StoryModel.embedded(),
                window, retired);
    }

    /**
     * Where an article went.
     *
     * @param copyOf      the earlier article it copies, or null for an independent report
     * @param probability the model's probability for the story it joined; 0 for a new story or a copy
     */
    public record Assignment(String articleId, String storyId, String copyOf, double probability) {
    }

    /** What the engine weighs an article by, with no dense vector (the fast configuration). */
    public Assignment add(Article article) {
        return add(article, null);
    }

    /**
     * Assigns the next article.
     *
     * @param embedding a dense vector of the article ({@link #embeddingText}), or null; stories keep their members'
     *                  vectors and the model weighs the cosines where both sides have them
     * @throws IllegalArgumentException when the article has no text (nothing taken in: the caller reports and skips)
     */
    public Assignment add(Article article, float[] embedding) {
        article = plausible(article, Instant.now());
        String body = body(article);
        duplicates.add(article);
        float[] vector = isEmbedded(article) ? embedding : null;
        return assign(article, profile(article, body), duplicates.lastCopy(), () -> vector);
    }

    /**
     * Assigns the next articles in order: {@link #prepare} and {@link #addAll(Prepared, TextEmbedder)} in one.
     *
     * @param embedder the embedder, or null for the lexical configuration
     * @return each article's assignment, in order; null for an article with no text (nothing taken in)
     */
    public List<Assignment> addAll(List<Article> batch, TextEmbedder embedder) {
        return addAll(prepare(batch), embedder);
    }

    /**
     * What the engine reads of each article of a batch that depends on the article alone: its body, profile and
     * duplicate finder's print, worked out on all cores. It touches no state, so a pipeline can prepare the next
     * batch on other threads while the engine assigns this one ({@link BackgroundClusterer}).
     */
    public static Prepared prepare(List<Article> given) {
        Instant now = Instant.now();
        List<Article> batch = given.stream().map(article -> plausible(article, now)).toList();
        List<String> bodies = batch.stream().map(StoryClusterer::bodyOrNull).toList();
        var profiles = new ArticleProfile[batch.size()];
        var prints = new DuplicateFinder.Print[batch.size()];
        IntStream.range(0, batch.size()).parallel().forEach(i -> {
            if (bodies.get(i) != null) {
                profiles[i] = profile(batch.get(i), bodies.get(i));
                prints[i] = DuplicateFinder.print(batch.get(i));
            }
        });
        return new Prepared(batch, bodies, Arrays.asList(profiles), Arrays.asList(prints));
    }

    /**
     * The article as the engine takes it: a publication time more than {@link #AHEAD} past the wall clock is a
     * mistake (a mistyped year, a feed's clock set wrong) and is taken as unknown. Believed, it would move the
     * stream's clock years on and close every story at once, for the rest of a live stream.
     */
    public static Article plausible(Article article, Instant now) {
        Instant published = article.published();
        return published != null && published.isAfter(now.plus(AHEAD)) ? article.withPublished(null) : article;
    }

    /** A batch of articles with what {@link #prepare} read of each (null for an article with no text). */
    public static final class Prepared {
        private final List<Article> articles;
        private final List<String> bodies;
        private final List<ArticleProfile> profiles;
        private final List<DuplicateFinder.Print> prints;

        private Prepared(List<Article> articles, List<String> bodies, List<ArticleProfile> profiles,
                         List<DuplicateFinder.Print> prints) {
            this.articles = articles;
            this.bodies = bodies;
            this.profiles = profiles;
            this.prints = prints;
        }

        public List<Article> articles() {
            return articles;
        }
    }

    /**
     * Assigns a prepared batch in order, embedding its articles in one call of the embedder: all but the copies,
     * which join their original's story and need no vector of their own (a cascade: the cheap copy check first, the
     * costly embedding only where the model will weigh it).
     *
     * @param embedder the embedder, or null for the lexical configuration
     * @return each article's assignment, in order; null for an article with no text (nothing taken in)
     */
    public List<Assignment> addAll(Prepared batch, TextEmbedder embedder) {
        int n = batch.articles.size();
        var copies = new ArrayList<Optional<DuplicateFinder.CopyOf>>(n);
        // Asked once an article: for one of undetermined language it reads the text's script.
        boolean[] embedded = new boolean[n];
        var toEmbed = new ArrayList<String>();
        for (int i = 0; i < n; i++) {
            Article article = batch.articles.get(i);
            String body = batch.bodies.get(i);
            Optional<DuplicateFinder.CopyOf> copy = Optional.empty();
            if (body != null) {
                // Copy detection looks back only, so the whole batch can be checked before any of it is assigned.
                duplicates.add(batch.prints.get(i));
                copy = duplicates.lastCopy();
                embedded[i] = embedder != null && isEmbedded(article);
                if (copy.isEmpty() && embedded[i]) {
                    toEmbed.add(embeddingText(article, body));
                }
            }
            copies.add(copy);
        }
        List<float[]> vectors = toEmbed.isEmpty() ? List.of() : embedder.embedAll(toEmbed);
        var assignments = new ArrayList<Assignment>(n);
        int next = 0;
        for (int i = 0; i < n; i++) {
            Article article = batch.articles.get(i);
            String body = batch.bodies.get(i);
            if (body == null) {
                assignments.add(null);
                continue;
            }
            boolean embeds = embedded[i];
            float[] vector = copies.get(i).isEmpty() && embeds ? vectors.get(next++) : null;
            // A copy whose original's story has left the window is scored as a report; it is embedded then.
            assignments.add(assign(article, batch.profiles.get(i), copies.get(i), () -> vector != null
                    || !embeds ? vector : embedder.embed(embeddingText(article, body))));
        }
        return assignments;
    }

    private Assignment assign(Article article, ArticleProfile profile, Optional<DuplicateFinder.CopyOf> copy,
                              Supplier<float[]> embedding) {
        if (copy.isPresent()) {
            StoryArticle incoming = arrive(article, profile, null);
            Story original = Optional.ofNullable(state.storyOf(copy.get().originalId())).map(state::story).orElse(null);
            if (original != null) {
                original.add(incoming, copy.get().originalId());
                state.save(original);
                return new Assignment(article.id(), original.id(), copy.get().originalId(), 0);
            }
            return join(withEmbedding(incoming, embedding.get()), lookBack(article));
        }
        return join(arrive(article, profile, embedding.get()), lookBack(article));
    }

    /** What the article names of the past before its window, read only when a quiet story asks (rarely). */
    private Supplier<LookBack> lookBack(Article article) {
        var read = new LookBack[1];
        return () -> {
            if (read[0] == null) {
                read[0] = LookBack.of(bodyOrNull(article), article.published(), window);
            }
            return read[0];
        };
    }

    private static StoryArticle withEmbedding(StoryArticle a, float[] embedding) {
        return new StoryArticle(a.id(), a.outlet(), a.title(), a.time(), a.vector(), a.headline(), a.nameWords(),
                a.placeWords(), a.numbers(), a.keys(), embedding, a.terms());
    }

    /**
     * Whether the article is embedded in the default configuration: unless its language is known and not the
     * embeddings' ({@value #EMBEDDED_LANGUAGE}). An undetermined one is, as most of a stream is English, when it is
     * written mostly in the Latin alphabet: a short text in Cyrillic or Arabic is often undetermined, and the English
     * model reads those scripts letter by letter (unrelated texts at cosines near 0.9; see {@link LatinScript}), as
     * the pair scorer finds too ({@link news.storyline.similarity.PairScorer#embeddingReads}).
     */
    public static boolean isEmbedded(Article article) {
        String language = article.language();
        if (language != null && !language.equals("und")) {
            return language.equals(EMBEDDED_LANGUAGE);
        }
        String text = embeddingText(article);
        return text == null || LatinScript.mostly(text);
    }

    /**
     * Joins the likeliest candidate past the join threshold, merging in any other past the merge threshold; an article
     * that joins none resumes the quiet story it belongs to past the merge threshold, if any, else starts a story.
     */
    private Assignment join(StoryArticle incoming, Supplier<LookBack> lookBack) {
        List<Scored> scored = score(incoming);
        Resumable quiet = resumable(incoming, lookBack);
        if (scored.isEmpty() || scored.get(0).probability() < scored.get(0).by().joinThreshold()) {
            if (quiet == null) {
                return new Assignment(incoming.id(), start(incoming).id(), null, 0);
            }
            Story story = wake(quiet.scored().story(), incoming.id(), quiet.why());
            story.add(incoming, null);
            state.save(story);
            return new Assignment(incoming.id(), story.id(), null, quiet.scored().probability());
        }
        Story best = awake(scored.get(0).story());
        best.add(incoming, null);
        for (Scored other : scored.subList(1, scored.size())) {
            if (other.probability() >= other.by().mergeThreshold()) {
                best = merge(best, awake(other.story()), incoming.id());
            }
        }
        if (quiet != null) {
            // The story the article joined began after this one went quiet: it is this one, taken up again.
            best = merge(best, wake(quiet.scored().story(), incoming.id(), quiet.why()), incoming.id());
        }
        state.save(best);
        return new Assignment(incoming.id(), best.id(), null, scored.get(0).probability());
    }

    /**
     * The story, brought back among the active ones if it had left the window (quiet, or a single report kept a while):
     * a backfill's report of its days, which a reader would not call taking it up again (it is not recorded among the
     * {@link #resumptions}).
     */
    private Story awake(Story story) {
        for (QuietStories passed : pastTheWindow()) {
            if (passed.story(story.id()) == story) {
                return activate(passed, story);
            }
        }
        return story;
    }

    /** The stories kept past their window: the quiet ones, then the single reports kept a while. */
    private List<QuietStories> pastTheWindow() {
        return List.of(state.quiet(), state.passedSingles());
    }

    /** Brings a quiet story back among the active ones, and records that this article took it up again, and why. */
    private Story wake(Story story, String byArticle, String why) {
        resumptions.add(new StoryMerge(story.id(), story.id(), streamTime, byArticle, why));
        return activate(state.quiet(), story);
    }

    private Story activate(QuietStories from, Story story) {
        from.remove(story.id());
        story.fileAll();
        state.save(story);
        return story;
    }

    /** A quiet story an article belongs to, and what says so. */
    private record Resumable(Scored scored, String why) {
    }

    /**
     * The quiet story this article belongs to as surely as two stories must to be merged: the same story taken up
     * again (the trial of a crime, an anniversary, a follow-up months on), or null. Its time counts at the scale of
     * the quiet horizon, not the active window, so months apart weigh a little: that a report resumes a story is
     * told by what it says. Where it names a day of the story's reports ({@link LookBack}) it needs only to be
     * halfway from the join threshold to that surety ({@link #LOOKBACK_BAR}).
     *
     * <p>On the tuning splits (ECB+ train and dev, whose reports of one event run over weeks to years, the time
     * known for a quarter of them) this lifted B-cubed F1 from 0.858 to 0.888 in the default configuration and from
     * 0.850 to 0.880 in the fast one; on AllSides train dated as a busy feed (each story's reports within two days,
     * so any resumption there is wrong) it cost 0.001 to 0.008, and the models refitted with it (no window growth)
     * gained 0.006 to 0.018 there over the models before it.
     */
    private Resumable resumable(StoryArticle incoming, Supplier<LookBack> lookBack) {
        QuietStories quiet = state.quiet();
        if (quiet.isEmpty()) {
            return null;
        }
        KeyTally shared = tally(incoming, quiet::under);
        Duration timeScale = window.multipliedBy(QUIET_WINDOWS);
        TermVector.Probe vector = incoming.vector().probe();
        TermVector.Probe headline = incoming.headline().probe();
        Resumable best = null;
        for (String id : shared.best(RESUME_CANDIDATES)) {
            Story story = quiet.story(id);
            if (near(story, when(incoming))) {
                continue; // a backfill's report of the story's days: scored among the candidates, as if active
            }
            StoryModel by = modelFor(incoming, story);
            double[] features = StoryFeatures.ofCentroid(incoming, vector, headline, story, timeScale);
            if (by.probability(features) < by.joinThreshold()) {
                // Far below the bar by the centroid: the members' cosines, most of the cost, would not lift it there.
                continue;
            }
            features = StoryFeatures.withMembers(features, incoming, vector, story);
            double probability = by.probability(features);
            double lookedBackTo = LOOKBACK_BAR * by.mergeThreshold() + (1 - LOOKBACK_BAR) * by.joinThreshold();
            String why = null;
            if (probability >= by.mergeThreshold()) {
                why = String.format(Locale.ROOT, AS_ALIKE_AS_A_MERGE, probability);
            } else if (probability >= lookedBackTo) {
                DateMention day = lookBack.get().named(story.firstSeen(), story.lastSeen());
                if (day != null) {
                    why = String.format(Locale.ROOT, NAMES_ITS_DAYS, day.text(), day.from(),
                            day.singleDay() ? "" : " to " + day.to(), probability);
                }
            }
            if (why != null && (best == null || probability > best.scored().probability())) {
                best = new Resumable(new Scored(story, features, probability, by), why);
            }
        }
        return best;
    }

    /**
     * A story leaving the active window: kept quiet when reported often enough to be taken up again; of one report,
     * kept a while among the passed singles, for a backfill; undated (it cannot leave but at the end), retired.
     */
    private void settle(Story story) {
        if (story.lastSeen() == null) {
            retired.accept(story);
        } else if (story.independentReports() >= RESUMABLE_REPORTS) {
            state.quiet().add(story);
            state.quiet().forget(QUIET_STORIES).forEach(retired);
        } else {
            state.passedSingles().add(story);
            state.passedSingles().forget(PASSED_SINGLES).forEach(retired);
        }
    }

    /** The text the engine reads of an article: its cleaned body, or for a headline-only item its headline. */
    static String body(Article article) {
        String body = bodyOrNull(article);
        if (body == null) {
            throw new IllegalArgumentException("no text");
        }
        return body;
    }

    private static String bodyOrNull(Article article) {
        String body = article.cleanTextOrRaw();
        if (body.isBlank() && article.title() != null) {
            // A headline-only item is reported by its headline.
            body = article.title();
        }
        return body.isBlank() ? null : body;
    }

    /**
     * The text an article is embedded by: its headline (see {@link #embeddingText(String, String)}); null when it has
     * no text. Embedding this for every article once (and caching it) gives the vectors that
     * {@link #add(Article, float[])} expects.
     */
    public static String embeddingText(Article article) {
        String body = bodyOrNull(article);
        return body == null ? null : embeddingText(article, body);
    }

    /**
     * An article whose headline the cleaner took from the first line of its text ({@link Article#HEADLINE_FROM_TEXT})
     * is embedded as an untitled one, by the opening of its text as written, headline and all: a headline the input
     * did not name is no surer than the opening, which on ECB+ (where a sixth of the reports come so) tells two
     * events of one kind apart better than a headline alone (see {@code docs/measurements.md}).
     */
    private static String embeddingText(Article article, String body) {
        if (Boolean.parseBoolean(article.attributes().get(Article.HEADLINE_FROM_TEXT)) && article.title() != null) {
            return opening(article.title() + "\n\n" + body);
        }
        return embeddingText(article.title(), body);
    }

    /**
     * The headline, or for an article without one the opening of its body, cut at a word within
     * {@value #UNTITLED_OPENING} characters (and a headline of fewer than {@value #HEADLINE_WORDS} words with that
     * opening). bge-small reads a headline in a few milliseconds, where a whole article (up to eight pieces of 400
     * tokens) takes some 200 of processor time: on 2 cores the default configuration runs end to end at about 300
     * articles a second with headlines, 10 with whole articles. On the tuning splits the two cluster alike (B-cubed
     * mean of ECB+ train and dev and AllSides train 0.793 against 0.794; ECB+ gains, AllSides loses), and a headline
     * with its first 120 characters is no better and half the speed. The TF-IDF, name, place and number features
     * read the whole body; the embedding adds what they miss: the same event in other words, which a headline
     * states.
     */
    private static String embeddingText(String title, String body) {
        if (title == null || title.isBlank()) {
            return opening(body);
        }
        // A scraped headline of a word or three is often no headline ("APR 28", "THE WHITE HOUSE", "Deputy
        // Sheriff"): the opening says what the article is about.
        String headline = title.strip();
        return headline.split("\\s+").length < HEADLINE_WORDS ? headline + "\n" + opening(body) : headline;
    }

    /** The body's first {@value #UNTITLED_OPENING} characters, cut at a word where one ends past half of them. */
    private static String opening(String body) {
        if (body.length() <= UNTITLED_OPENING) {
            return body;
        }
        int space = body.lastIndexOf(' ', UNTITLED_OPENING);
        return body.substring(0, space > UNTITLED_OPENING / 2 ? space : UNTITLED_OPENING);
    }

    /**
     * Takes in an article: profiles it, moves the stream's clock, counts its terms in the document frequencies.
     */
    StoryArticle arrive(Article article, float[] embedding) {
        return arrive(article, profile(article, body(article)), embedding);
    }

    /** What the engine reads of an article's text; it depends on the article alone, never on the state. */
    private static ArticleProfile profile(Article article, String body) {
        return ArticleProfile.withoutPassages(article.id(), article.title(), body, article.language(),
                article.published());
    }

    private StoryArticle arrive(Article article, ArticleProfile profile, float[] embedding) {
        advance(article.published());
        if (article.published() != null) {
            lastDated = article.published();
        }
        // An undated article's time is unknown, not "now": it weighs no time evidence, does not keep its story
        // active, and a story of undated articles alone leaves only at the end (see the README on memory).
        Instant time = article.published();
        return StoryArticle.counted(profile, article.source(), headline(article), time, state.frequencies(),
                embedding);
    }

    private static String headline(Article article) {
        boolean titled = article.title() != null && !article.title().isBlank();
        return titled ? article.title().strip() : headline(null, body(article));
    }

    /** The article's headline, or for one without (a plain text, a scrape) the start of its first line. */
    static String headline(String title, String body) {
        if (title != null && !title.isBlank()) {
            return title.strip();
        }
        String first = body.strip().lines().findFirst().orElse("").strip();
        if (first.length() <= LEDE_CHARS) {
            return first;
        }
        int cut = first.lastIndexOf(' ', LEDE_CHARS);
        return first.substring(0, cut > 0 ? cut : LEDE_CHARS) + " ...";
    }

    /** Starts a story with this article. */
    Story start(StoryArticle article) {
        Story story = new Story(state.newStoryId(), started++);
        story.add(article, null);
        state.save(story);
        return story;
    }

    /**
     * A candidate story, its features for the arriving article, and the probability that it belongs by the model
     * that weighed it (whose thresholds then apply).
     */
    record Scored(Story story, double[] features, double probability, StoryModel by) {
    }

    /** The model for this pair: the one with embeddings only where both sides have a vector. */
    private StoryModel modelFor(StoryArticle incoming, Story story) {
        return incoming.embedding() != null && story.hasEmbeddings() ? model : lexical;
    }

    /**
     * The candidates, likeliest first (ties in story id order, so that runs agree). Those scored are the active
     * stories sharing the most of the article's keys, each key weighed by how few stories it is filed under: a
     * name or term few stories give points at its story, where a common one (a country, "said") is filed under
     * hundreds and would crowd the few candidates out when all stay active (a stream without dates).
     */
    List<Scored> score(StoryArticle incoming) {
        KeyTally shared = tally(incoming, state::storiesUnder);
        var quiet = new ArrayList<String>();
        // The stories met, kept as they are looked up: the state's map is large, and a second lookup of each was
        // another few hundredths of the engine's time.
        var met = new HashMap<String, Story>();
        Instant at = when(incoming);
        List<String> candidates = mostSharedActive(shared, id -> {
            Story story = state.story(id);
            if (story != null && near(story, at)) {
                met.put(id, story);
                return true;
            }
            if (!active(story)) {
                quiet.add(id);
            }
            return false;
        });
        quiet.forEach(this::retireQuiet);
        TermVector.Probe vector = incoming.vector().probe();
        TermVector.Probe headline = incoming.headline().probe();
        var stories = new ArrayList<Story>(candidates.size());
        candidates.forEach(id -> stories.add(met.get(id)));
        if (late(at)) {
            // A backfill's report of days the clock has passed: the stories of those days that have left the window
            // are as active for it as the clock's own are for the stream.
            for (QuietStories passed : pastTheWindow()) {
                KeyTally passedShared = tally(incoming, passed::under);
                for (String id : passedShared.best(MAX_CANDIDATES, id -> near(passed.story(id), at))) {
                    stories.add(passed.story(id));
                }
            }
        }
        // Each candidate is scored on its own (the stories are only read), so the candidates are shared out over
        // the cores: the rest of an article's arrival runs on one, and this is most of it.
        Scored[] scored = new Scored[stories.size()];
        inParallel(scored.length, i -> {
            double[] features = StoryFeatures.ofCentroid(incoming, vector, headline, stories.get(i),
                    activeWindow(stories.get(i)));
            StoryModel by = modelFor(incoming, stories.get(i));
            scored[i] = new Scored(stories.get(i), features, by.probability(features), by);
        });
        Arrays.sort(scored, LIKELIEST_FIRST);
        // A cascade: the member features (mean and closest), most of the cost, only for the likeliest few by the rest.
        inParallel(Math.min(MEMBER_SCORED, scored.length), i -> {
            double[] features = StoryFeatures.withMembers(scored[i].features(), incoming, vector, scored[i].story());
            StoryModel by = scored[i].by();
            scored[i] = new Scored(scored[i].story(), features, by.probability(features), by);
        });
        Arrays.sort(scored, LIKELIEST_FIRST);
        return Arrays.asList(scored);
    }

    /** The stories filed under the article's keys, each key counting the more the fewer stories it is filed under. */
    private static KeyTally tally(StoryArticle incoming,
                                  java.util.function.Function<String, Collection<String>> filed) {
        var shared = new KeyTally();
        for (String key : incoming.keys()) {
            Collection<String> stories = filed.apply(key);
            double weight = 1 / Math.log(2 + stories.size());
            for (String id : stories) {
                shared.add(id, weight);
            }
        }
        return shared;
    }

    /** Runs the task for 0 to n - 1, on all cores when there are enough to share out. */
    private static void inParallel(int n, IntConsumer task) {
        var range = IntStream.range(0, n);
        (n >= PARALLEL_CANDIDATES ? range.parallel() : range).forEach(task);
    }

    private static final Comparator<Scored> LIKELIEST_FIRST = Comparator.comparingDouble(Scored::probability)
            .reversed().thenComparing(s -> s.story().id());

    /**
     * The {@value #MAX_CANDIDATES} active stories sharing the most keys. A lookup meets thousands of stories, and
     * looking each up to see whether it is still active would cost more than the ranking, so the best twice as many
     * are ranked first and only those looked up; the full pass runs only when too many of those have gone quiet.
     */
    static List<String> mostSharedActive(KeyTally shared, Predicate<String> active) {
        List<String> ranked = shared.best(2 * MAX_CANDIDATES);
        List<String> kept = ranked.stream().filter(active).toList();
        if (kept.size() >= MAX_CANDIDATES || ranked.size() < 2 * MAX_CANDIDATES) {
            // The active ones among the best ranked, in rank order, are the best active ones.
            return kept.subList(0, Math.min(MAX_CANDIDATES, kept.size()));
        }
        return shared.best(MAX_CANDIDATES, active);
    }

    /**
     * Retires a story met past its active window. It can take no article again (the clock only moves on, and a copy
     * comes within the window of its original, while the story is active), yet it would stay filed under its keys
     * until the longest window a story can have has passed, and the lookups of every article sharing a key would meet
     * it and look it up again; most stories of a busy stream are such, reported once.
     */
    private void retireQuiet(String storyId) {
        Story story = state.story(storyId);
        if (story != null && !active(story)) {
            state.remove(storyId);
            settle(story);
        }
    }

    /** The older of the two takes in the younger (the older id keeps the story's identity for readers). */
    private Story merge(Story a, Story b, String byArticle) {
        Story older = a.started() <= b.started() ? a : b;
        Story younger = older == a ? b : a;
        state.remove(younger.id());
        older.absorb(younger);
        state.save(older);
        merges.add(new StoryMerge(younger.id(), older.id(), streamTime, byArticle));
        return older;
    }

    /**
     * How long a story stays open after its last dated report: the window, and with the model's window growth
     * longer for a story reported independently by many. How often a story is reported is the evidence at hand of
     * how big it is, and a big story (a disaster, a trial, an election) draws follow-ups for weeks, where an item of
     * one report rarely has any: each doubling of its reports adds {@code windowGrowth} windows, up to
     * {@value #MAX_WINDOWS}.
     */
    Duration activeWindow(Story story) {
        double reports = Math.max(1, story.independentReports());
        double windows = Math.min(MAX_WINDOWS, 1 + model.windowGrowth() * Math.log(reports) / Math.log(2));
        return Duration.ofSeconds(Math.round(window.toSeconds() * windows));
    }

    /**
     * Whether the story takes an article of this time: one within its active window of the days it was reported
     * (after them, as a stream brings articles, or before them, as a backfill may); any article, for an undated
     * article or story. For an article of the clock's time this is {@link #active}.
     */
    private boolean near(Story story, Instant time) {
        if (story.lastSeen() == null || time == null) {
            return active(story);
        }
        Duration open = activeWindow(story);
        return !story.lastSeen().plus(open).isBefore(time) && !story.firstSeen().minus(open).isAfter(time);
    }

    /**
     * The time an article is placed at among the stories: its own, or for an undated one the last dated article's
     * (the stream's clock in a stream in time order; in a backfill's batch, the days the batch is at).
     */
    private Instant when(StoryArticle incoming) {
        return incoming.time() != null ? incoming.time() : lastDated;
    }

    /** Whether an article of this time comes after the clock has passed its days by more than the window. */
    private boolean late(Instant time) {
        return time != null && streamTime != null && time.plus(window).isBefore(streamTime);
    }

    /** Whether the story still takes articles: its last dated report is within its active window of the clock. */
    private boolean active(Story story) {
        return story != null && (story.lastSeen() == null || streamTime == null
                || !story.lastSeen().plus(activeWindow(story)).isBefore(streamTime));
    }

    /**
     * Moves the stream's clock to a dated article's time and retires the stories that no number of reports could
     * keep active any more (a story past its own shorter window stays in memory until then, but takes no article).
     */
    private void advance(Instant published) {
        if (published == null || streamTime != null && !published.isAfter(streamTime)) {
            return;
        }
        streamTime = published;
        int windows = model.windowGrowth() > 0 ? MAX_WINDOWS : 1;
        state.expire(streamTime.minus(window.multipliedBy(windows))).forEach(this::settle);
    }

    StoryState state() {
        return state;
    }

    /** Retires every story still active or quiet, in order of creation. */
    public void finish() {
        var left = new ArrayList<>(state.active());
        state.active().forEach(story -> state.remove(story.id()));
        for (QuietStories passed : pastTheWindow()) {
            for (Story story : passed.all()) {
                left.add(passed.remove(story.id()));
            }
        }
        left.sort(Comparator.comparingLong(Story::started));
        left.forEach(retired);
    }

    /**
     * The quiet stories taken up again so far, in order: each as a merge of the story into itself, with when and by
     * which article.
     */
    public List<StoryMerge> resumptions() {
        return List.copyOf(resumptions);
    }

    /** The merges so far, in order. */
    public List<StoryMerge> merges() {
        return List.copyOf(merges);
    }

    /** Articles embedded in one call of the embedder: enough to keep its threads busy, few enough to show progress. */
    public static final int EMBEDDING_BATCH = 64;

    /**
     * Clusters a whole list in its order with the fast configuration and one window: article id to story id.
     */
    public static Map<String, String> cluster(List<Article> articles, Duration window) {
        return cluster(articles, window, StoryModel.fast(), null);
    }

    /**
     * Clusters a whole list in its order with this model, embedding the articles in batches with the embedder (null
     * for none): article id to story id. An article with no text is left out of the map.
     */
    public static Map<String, String> cluster(List<Article> articles, Duration window, StoryModel model,
                                              TextEmbedder embedder) {
        var stories = new LinkedHashMap<String, String>();
        var clusterer = new StoryClusterer(new InMemoryStoryState(DocumentFrequencies.withBackground()), model, window,
                story -> story.members().forEach(m -> stories.put(m.id(), story.id())));
        for (int from = 0; from < articles.size(); from += EMBEDDING_BATCH) {
            clusterer.addAll(articles.subList(from, Math.min(articles.size(), from + EMBEDDING_BATCH)), embedder);
        }
        clusterer.finish();
        return stories;
    }
}
