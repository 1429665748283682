package news.storyline.server;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import news.storyline.article.Article;
import news.storyline.clean.ArticleCleaner;
import news.storyline.facts.ArticleFacts;
import news.storyline.facts.FactExtractor;
import news.storyline.facts.ReferenceDays;
import news.storyline.facts.StoryReport;
import news.storyline.facts.StoryReporter;
import news.storyline.facts.render.StoryMap;
import news.storyline.ingest.BlockedPage;
import news.storyline.ingest.JsonArticles;
import news.storyline.mention.ArticleMentions;
import news.storyline.mention.MentionExtractor;
import news.storyline.similarity.ArticleProfile;
import news.storyline.similarity.PairModel;
import news.storyline.similarity.PairScorer;
import news.storyline.similarity.PairScores;
import news.storyline.store.ArticleWrite;
import news.storyline.store.SearchHit;
import news.storyline.store.SqliteStore;
import news.storyline.store.StoredAssignment;
import news.storyline.store.StoredEmbedder;
import news.storyline.store.StoredStory;
import news.storyline.store.StoryQuery;
import news.storyline.story.InMemoryStoryState;
import news.storyline.story.Story;
import news.storyline.story.StoryClusterer;
import news.storyline.story.StoryMerge;
import news.storyline.story.StoryModel;
import news.storyline.story.StreamOrder;
import news.storyline.text.DocumentFrequencies;
import news.storyline.text.TextEmbedder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live pipeline over the store. Each article is cleaned, clustered (a 7-day window), its facts extracted, and then
 * everything it changed is committed in one transaction; only then are listeners told (one call per changed story).
 * One writer: ingests are serialised; reads run beside them.
 *
 * <p>Given a sentence-embedding model, the engine and the comparisons run the default, accurate configuration, as
 * {@code storyline cluster} and {@code storyline compare} do (each headline embedded; a compared pair's texts where
 * the lexical scores leave it in doubt), and every vector is kept in the store, so that a reopened store replays
 * without embedding again. Without one, the fast, lexical configuration.
 *
 * <p>On open the engine's state is rebuilt by replaying the stored articles in the order they were stored (nothing is
 * stored again), so the engine makes the same decisions it made the first time and goes on from there.
 */
public final class StoryService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StoryService.class);
    public static final Duration WINDOW = Duration.ofDays(7);
    /** Longest accepted article id, title and body. */
    public static final int MAX_ID_CHARS = 512;
    public static final int MAX_TITLE_CHARS = 2_000;
    public static final int MAX_TEXT_CHARS = 2_000_000;
    static final int TOP_WORDS = 10;

    private final SqliteStore store;
    private final boolean ownsStore;
    private final ArticleCleaner cleaner = new ArticleCleaner();
    private final MentionExtractor mentions = new MentionExtractor();
    private final FactExtractor facts = new FactExtractor(mentions);
    private final StoryReporter reporter = new StoryReporter(mentions);
    private final InMemoryStoryState state = new InMemoryStoryState(DocumentFrequencies.withBackground());
    /** The model's vectors kept in the store; null in the fast configuration. */
    private final StoredEmbedder embedder;
    private final StoryClusterer clusterer;
    private final Object writer = new Object();
    /** Reports by story, each valid for the story as it stood (its update time and article count). */
    private final Map<String, CachedReport> reports = new ConcurrentHashMap<>();

    private record CachedReport(Instant updatedAt, int articleCount, StoryReport report) {
        boolean fits(StoredStory s) {
            return articleCount == s.articleCount() && java.util.Objects.equals(updatedAt, s.updatedAt());
        }
    }
    private final List<Consumer<StoredStory>> listeners = new CopyOnWriteArrayList<>();
    private final PairScorer scorer;
    /** The articles whose runs of letters the scorer has counted (under its lock). */
    private final java.util.Set<String> lettersCounted = new java.util.HashSet<>();
    private final StoryNames names = new StoryNames();
    private final AtomicLong replayed = new AtomicLong();
    private final AtomicLong replayMismatches = new AtomicLong();

    /** Over an open store (the caller closes it), the fast configuration. */
    public StoryService(SqliteStore store) {
        this(store, null, false);
    }

    /**
     * Over an open store (the caller closes it).
     *
     * @param model the sentence-embedding model of the default configuration, or null for the fast one
     */
    public StoryService(SqliteStore store, TextEmbedder model) {
        this(store, model, false);
    }

    private StoryService(SqliteStore store, TextEmbedder model, boolean ownsStore) {
        this.store = store;
        this.ownsStore = ownsStore;
        this.embedder = model == null ? null : new StoredEmbedder(model, store);
        this.clusterer = new StoryClusterer(state, model == null ? StoryModel.fast() : StoryModel.embedded(), WINDOW,
                story -> {
                });
        // Terms weighed by the clusterer's frequencies, which count every stored article once as it arrives: a
        // comparison then weighs them as `pairs` does over a file, not by the few articles compared so far.
        this.scorer = model == null ? new PairScorer(state.frequencies(), PairModel.fast(), null)
                : new PairScorer(state.frequencies(), PairModel.fast(), PairModel.accurate()).withMentions(mentions);
        replay();
    }

    /** Opens (or creates) the store in {@code folder} and the fast pipeline over it; closing the service closes it. */
    public static StoryService open(Path folder) {
        return open(folder, null);
    }

    /**
     * Opens (or creates) the store in {@code folder} and the pipeline over it; closing the service closes it.
     *
     * @param model the sentence-embedding model of the default configuration, or null for the fast one
     */
    public static StoryService open(Path folder, TextEmbedder model) {
        SqliteStore store = SqliteStore.open(folder);
        try {
            return new StoryService(store, model, true);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** Which configuration runs: "default (MODEL)" or "fast". */
    public String configuration() {
        return embedder == null ? "fast" : "default (" + embedder.model() + ")";
    }

    /** Texts embedded by the model since this service opened (the rest were found in the store); 0 when fast. */
    public long textsEmbedded() {
        return embedder == null ? 0 : embedder.computed();
    }

    /**
     * The next article, embedded in the default configuration.
     *
     * @throws IllegalArgumentException when it has nothing to read (as {@link StoryClusterer#add(Article)} does)
     */
    private StoryClusterer.Assignment cluster(Article article) {
        if (embedder == null) {
            return clusterer.add(article);
        }
        StoryClusterer.Assignment assignment = clusterer.addAll(List.of(article), embedder).get(0);
        if (assignment == null) {
            throw new IllegalArgumentException("nothing to read");
        }
        return assignment;
    }

    public SqliteStore store() {
        return store;
    }

    private void replay() {
        synchronized (writer) {
            store.forEachArticle(article -> {
                try {
                    int mergesBefore = clusterer.merges().size();
                    StoryClusterer.Assignment a = cluster(article);
                    names.note(a.storyId(), mentions.extract(article), clusterer.merges().subList(mergesBefore,
                            clusterer.merges().size()));
                    replayed.incrementAndGet();
                    String stored = store.assignment(article.id()).map(StoredAssignment::storyId).orElse(null);
                    String now = a.storyId();
                    if (stored != null && !stored.equals(now) && !store.mergedInto(stored).map(now::equals)
                            .orElse(false)) {
                        replayMismatches.incrementAndGet();
                    }
                } catch (RuntimeException e) {
                    LOG.warn("replay: article {} passed over: {}", article.id(), e.toString());
                }
            });
            if (replayMismatches.get() > 0) {
                LOG.warn("replay: {} of {} articles now cluster differently from when they were stored (the stored "
                        + "stories are kept)", replayMismatches.get(), replayed.get());
            }
        }
    }

    /** Articles replayed into the engine on open. */
    public long replayedArticles() {
        return replayed.get();
    }

    /**
     * Registers a listener told of each story an ingest changed, after its commit; returns what removes it. A
     * listener that throws is logged, not propagated.
     */
    public Runnable onStoryChanged(Consumer<StoredStory> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /**
     * Posted JSON records (not yet read): each becomes an article, or a rejection naming why. Then as
     * {@link #ingest(List)}.
     */
    public List<IngestOutcome> ingestJson(List<com.fasterxml.jackson.databind.JsonNode> records, String origin) {
        List<IngestOutcome> out = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            try {
                articles.add(JsonArticles.toArticle(records.get(i), null, origin + "#" + (i + 1)));
                numbers.add(i + 1);
            } catch (IllegalArgumentException e) {
                out.add(IngestOutcome.rejected(i + 1, null, e.getMessage()));
            }
        }
        out.addAll(inStreamOrder(numbers, articles));
        out.sort(java.util.Comparator.comparingInt(IngestOutcome::record));
        return out;
    }

    /**
     * Articles as read (raw): each cleaned, clustered, its facts extracted, committed; an outcome per article, in
     * the batch's order. A batch is clustered in publication order, as a clustering run takes one ({@link
     * StreamOrder}): a backfill posted as it was filed (by outlet, by topic) would otherwise arrive years out of
     * order, each report past the window of the stories of its own week.
     */
    public List<IngestOutcome> ingest(List<Article> articles) {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            numbers.add(i + 1);
        }
        List<IngestOutcome> out = new ArrayList<>(inStreamOrder(numbers, articles));
        out.sort(java.util.Comparator.comparingInt(IngestOutcome::record));
        return out;
    }

    /**
     * The batch ingested in stream order, each article at its publication time: the input's, or for an article that
     * gives none the one its cleaning finds (a date line, its address), which scraped records carry. Such an article
     * is cleaned here once, and ingested as cleaned.
     */
    private List<IngestOutcome> inStreamOrder(List<Integer> records, List<Article> articles) {
        List<Article> timed = new ArrayList<>(articles.size());
        Article[] cleaned = new Article[articles.size()];
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            if (a != null && a.published() == null && problem(a) == null) {
                cleaned[i] = cleanedOrNull(a);
            }
            Instant found = cleaned[i] == null ? null : cleaned[i].published();
            timed.add(a == null ? Article.read("#" + i, null, null, null, null, "", List.of(), Map.of(), "")
                    : found != null ? a.withPublished(found) : a);
        }
        List<IngestOutcome> out = new ArrayList<>(articles.size());
        for (int k : StreamOrder.positions(timed)) {
            out.add(timed(records.get(k), articles.get(k), cleaned[k]));
        }
        return out;
    }

    /** The article cleaned, or null where cleaning fails (ingesting it then says why). */
    private Article cleanedOrNull(Article raw) {
        try {
            return cleaner.clean(raw);
        } catch (RuntimeException | StackOverflowError e) {
            return null;
        }
    }

    private volatile java.util.function.ObjLongConsumer<IngestOutcome> ingestObserver;

    /** Tells {@code observer} of each article ingested, with the nanoseconds it took (metrics). */
    public void onIngested(java.util.function.ObjLongConsumer<IngestOutcome> observer) {
        this.ingestObserver = observer;
    }

    private IngestOutcome timed(int record, Article article, Article cleanedAlready) {
        long start = System.nanoTime();
        IngestOutcome outcome = ingestOne(record, article, cleanedAlready);
        var observer = ingestObserver;
        if (observer != null) {
            observer.accept(outcome, System.nanoTime() - start);
        }
        return outcome;
    }

    /** One article: {@code cleanedAlready} is its cleaning where the batch's ordering did it, else null. */
    private IngestOutcome ingestOne(int record, Article raw, Article cleanedAlready) {
        String problem = problem(raw);
        if (problem != null) {
            return IngestOutcome.rejected(record, raw == null ? null : raw.id(), problem);
        }
        List<StoredStory> changed;
        IngestOutcome outcome;
        synchronized (writer) {
            Optional<IngestOutcome> duplicate = duplicate(record, raw.id(), raw.url());
            if (duplicate.isPresent()) {
                return duplicate.get();
            }
            Article article;
            ArticleFacts articleFacts;
            ArticleMentions named;
            try {
                article = cleanedAlready != null ? cleanedAlready : cleaner.clean(raw);
                // A date field that cannot be read ("03-02-2009": the 3rd of February or the 2nd of March) is no
                // loss where the text's own date line dates the article; without one it cannot take its place in
                // time.
                String unread = JsonArticles.unreadDate(article);
                if (unread != null) {
                    return IngestOutcome.rejected(record, raw.id(), "bad date '" + shorten(unread)
                            + "': not a date (use ISO 8601, e.g. 2014-06-10T09:30:00Z)");
                }
                if (article.url() != null && !article.url().equals(raw.url())) {
                    duplicate = duplicate(record, article.id(), article.url());
                    if (duplicate.isPresent()) {
                        return duplicate.get();
                    }
                }
                // The names are found once, for the facts (main country and city) and the story list.
                named = mentions.extract(article);
                articleFacts = facts.extract(article.id(), article.cleanText(), ReferenceDays.of(article), named);
            } catch (RuntimeException | StackOverflowError e) {
                return IngestOutcome.rejected(record, raw.id(), "could not be cleaned: " + e);
            }
            int mergesBefore = clusterer.merges().size();
            StoryClusterer.Assignment assignment;
            try {
                assignment = cluster(article);
            } catch (IllegalArgumentException e) {
                return IngestOutcome.rejected(record, raw.id(), "nothing to read: no text left after cleaning and "
                        + "no title");
            }
            List<StoryMerge> merges = clusterer.merges().subList(mergesBefore, clusterer.merges().size());
            names.note(assignment.storyId(), named, merges);
            Story story = state.story(assignment.storyId());
            StoredStory row = story == null ? null : row(story);
            if (row == null) {
                // Cannot happen with the in-memory state (the story just took the article); refuse rather than guess.
                return IngestOutcome.rejected(record, raw.id(), "internal: story " + assignment.storyId()
                        + " not found after clustering");
            }
            try {
                store.write(new ArticleWrite(article, articleFacts, new StoredAssignment(article.id(),
                        assignment.storyId(), assignment.copyOf(), assignment.probability()), row, merges));
            } catch (RuntimeException e) {
                // The engine took the article but the store did not: the engine is ahead of the store until the
                // next open replays the store. Said in the outcome and the log.
                LOG.error("store failed for article {}: {}", article.id(), e.getMessage());
                return IngestOutcome.rejected(record, article.id(), "not stored: " + e.getMessage());
            }
            reports.remove(row.id());
            merges.forEach(m -> reports.remove(m.absorbed()));
            changed = List.of(row);
            outcome = new IngestOutcome(record, IngestOutcome.Status.STORED, article.id(), row.id(),
                    null, null);
        }
        for (StoredStory s : changed) {
            for (Consumer<StoredStory> listener : listeners) {
                try {
                    listener.accept(s);
                } catch (RuntimeException e) {
                    LOG.warn("a story listener failed: {}", e.toString());
                }
            }
        }
        return outcome;
    }

    private Optional<IngestOutcome> duplicate(int record, String id, String url) {
        Optional<Article> same = store.article(id);
        if (same.isEmpty() && url != null && !url.isBlank()) {
            same = store.articleByUrl(url);
        }
        return same.map(original -> new IngestOutcome(record, IngestOutcome.Status.DUPLICATE, id,
                store.assignment(original.id()).map(StoredAssignment::storyId).orElse(null), original.id(), null));
    }

    /** Why an article cannot be taken, in one line; null when it can. */
    static String problem(Article a) {
        if (a == null) {
            return "no article";
        }
        if (a.id() == null || a.id().isBlank()) {
            return "no id";
        }
        if (a.id().length() > MAX_ID_CHARS) {
            return "id too long (" + a.id().length() + " characters, at most " + MAX_ID_CHARS + ")";
        }
        if (a.rawText().isBlank() && (a.title() == null || a.title().isBlank())) {
            return "no text and no title";
        }
        if (a.title() != null && a.title().length() > MAX_TITLE_CHARS) {
            return "title too long (" + a.title().length() + " characters, at most " + MAX_TITLE_CHARS + ")";
        }
        if (a.rawText().length() > MAX_TEXT_CHARS) {
            return "text too large (" + a.rawText().length() + " characters, at most " + MAX_TEXT_CHARS + ")";
        }
        Optional<String> refused = BlockedPage.problem(a.rawText());
        if (refused.isPresent()) {
            return refused.get();
        }
        if (a.published() != null && a.published().isAfter(Instant.now().plus(Duration.ofDays(2)))) {
            return "bad date " + a.published() + ": in the future";
        }
        return null;
    }

    private static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 80 ? one.substring(0, 80) + "…" : one;
    }

    private StoredStory row(Story s) {
        return new StoredStory(s.id(), s.headline(), s.firstSeen(), s.lastSeen(), s.independentReports(), s.size(),
                s.outlets(), names.top(s.id(), false, TOP_WORDS), names.top(s.id(), true, TOP_WORDS), Instant.now());
    }

    // Reads.

    /** How many of the latest changed stories the story map draws its largest from. */
    public static final int MAP_LOOKS_AT = StoryQuery.MAX_LIMIT;

    /**
     * The story map of the {@value #MAP_LOOKS_AT} latest changed stories: the {@code stories} with the most
     * independent reports, each with its stored articles, the merges into it, and the times it was taken up again
     * (the engine's record, rebuilt by the replay on open); rows link to {@code storyHref} of their id.
     */
    public StoryMap.Picture storyMap(int stories, java.util.function.Function<String, String> storyHref) {
        List<StoryMap.Row> rows = new ArrayList<>();
        for (StoredStory s : store.stories(StoryQuery.all(MAP_LOOKS_AT))) {
            if (s.articleCount() < 2) {
                continue;
            }
            rows.add(new StoryMap.Row(s.id(), s.headline(), s.reports(), store.storyMembers(s.id())));
        }
        List<StoryMerge> resumed;
        synchronized (writer) {
            resumed = List.copyOf(clusterer.resumptions());
        }
        return StoryMap.embedded(rows, store.merges(), resumed, stories, storyHref);
    }

    public List<StoredStory> stories(StoryQuery query) {
        return store.stories(query);
    }

    /**
     * One story in full, its report built from its stored articles and kept until the story changes. A story merged
     * into another is found under the one it was merged into.
     */
    public Optional<StoryDetail> story(String id) {
        Optional<StoredStory> story = store.story(id);
        if (story.isEmpty()) {
            story = store.mergedInto(id).flatMap(store::story);
        }
        if (story.isEmpty()) {
            return Optional.empty();
        }
        StoredStory s = story.get();
        List<StoredAssignment> assignments = store.storyAssignments(s.id());
        CachedReport cached = reports.get(s.id());
        if (cached == null || !cached.fits(s)) {
            // Built from the articles read with the story above: a write in between makes a newer story row, so a
            // stale report is never kept past the next read.
            List<Article> articles = new ArrayList<>();
            for (StoredAssignment a : assignments) {
                store.article(a.articleId()).ifPresent(articles::add);
            }
            cached = new CachedReport(s.updatedAt(), s.articleCount(), reporter.report(s.id(), s.headline(), articles));
            reports.put(s.id(), cached);
        }
        List<StoryMerge> resumed;
        synchronized (writer) {
            resumed = clusterer.resumptions().stream().filter(r -> r.into().equals(s.id())).toList();
        }
        return Optional.of(new StoryDetail(s, assignments, cached.report(), store.mergesInto(s.id()), resumed));
    }

    /** A story's headline, without building its report (the story it was merged into, if merged). */
    public Optional<String> storyHeadline(String id) {
        Optional<StoredStory> story = store.story(id);
        if (story.isEmpty()) {
            story = store.mergedInto(id).flatMap(store::story);
        }
        return story.map(StoredStory::headline);
    }

    public Optional<Article> article(String id) {
        return store.article(id);
    }

    public Optional<StoredAssignment> assignment(String articleId) {
        return store.assignment(articleId);
    }

    public List<SearchHit> search(String query, int offset, int limit) {
        return store.search(query, offset, limit);
    }

    /**
     * Two stored articles scored on the seven dimensions, in the service's configuration (the default one embeds the
     * two texts where the lexical scores leave the pair in doubt, and keeps their vectors).
     *
     * @throws java.util.NoSuchElementException naming the id that is not stored
     */
    public PairScores compare(String a, String b) {
        Article first = store.article(a).orElseThrow(() -> new java.util.NoSuchElementException("no article " + a));
        Article second = store.article(b).orElseThrow(() -> new java.util.NoSuchElementException("no article " + b));
        ArticleProfile pa = ArticleProfile.of(first.id(), first.title(), first.cleanText(), first.language(),
                first.published());
        ArticleProfile pb = ArticleProfile.of(second.id(), second.title(), second.cleanText(), second.language(),
                second.published());
        // One comparison at a time: the runs of letters are counted as comparisons read them, each article once.
        synchronized (scorer) {
            for (ArticleProfile profile : List.of(pa, pb)) {
                if (lettersCounted.add(profile.id())) {
                    scorer.countLetterRuns(profile);
                }
            }
            if (embedder != null) {
                var pair = new ArrayList<ArticleProfile[]>();
                pair.add(new ArticleProfile[] {pa, pb});
                scorer.embedWhereWorthIt(pair, embedder);
                pa = pair.get(0)[0];
                pb = pair.get(0)[1];
            }
            return scorer.score(pa, pb);
        }
    }

    public long articleCount() {
        return store.articleCount();
    }

    public long storyCount() {
        return store.storyCount();
    }

    @Override
    public void close() {
        if (ownsStore) {
            store.close();
        }
    }
}
