package news.storyline.story;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.function.Consumer;
import news.storyline.article.Article;
import news.storyline.similarity.ArticleProfile;
import news.storyline.similarity.DuplicateFinder;
import news.storyline.text.DocumentFrequencies;

/**
 * Groups a stream of articles into stories online: each article is assigned as it arrives, from what came before
 * it only, so the same input in the same order always gives the same stories.
 *
 * <p>A copy of an earlier article (exact, near, containing or wire copy, found by {@link DuplicateFinder}) joins its
 * original's story, marked as a copy. Any other article looks up the active stories filed under its key terms, name
 * and place words (never a scan of all stories), and the learned {@link StoryModel} gives the probability that it
 * belongs to each. It joins the likeliest when that passes the join threshold, else starts a story; any other
 * candidate past the merge threshold is the same story reached from two sides, and is merged into the older one.
 * Stories not seen for the window leave the active state and are handed to the consumer, which keeps memory bounded
 * by the window (the duplicate finder's fingerprints too).
 */
public final class StoryClusterer {
    public static final Duration DEFAULT_WINDOW = Duration.ofDays(7);
    /** Candidates scored per article, those sharing the most keys first. */
    static final int MAX_CANDIDATES = 40;
    /** Characters of the lede shown as the headline of an article that has none. */
    static final int LEDE_CHARS = 100;

    private final StoryState state;
    private final StoryModel model;
    private final Duration window;
    private final Consumer<Story> retired;
    private final DuplicateFinder duplicates;
    private final List<StoryMerge> merges = new ArrayList<>();
    private Instant streamTime;
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
        this.window = window;
        this.retired = retired;
        // A copy joins its original's story, which is active only within the window: older fingerprints serve no
        // one, and forgetting them bounds the finder's memory by the window.
        this.duplicates = new DuplicateFinder(window);
    }

    /** The fast, lexical configuration: bundled model and background frequencies, in memory. */
    public static StoryClusterer fast(Duration window, Consumer<Story> retired) {
        return new StoryClusterer(new InMemoryStoryState(DocumentFrequencies.withBackground()), StoryModel.bundled(),
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
     * @param embedding a dense vector of the article, or null; stories keep the mean of their members' vectors and
     *                  the model weighs the cosine where both sides have one
     * @throws IllegalArgumentException when the article has no text (nothing taken in: the caller reports and skips)
     */
    public Assignment add(Article article, float[] embedding) {
        StoryArticle incoming = arrive(article, embedding);
        duplicates.add(article);
        Optional<DuplicateFinder.CopyOf> copy = duplicates.lastCopy();
        if (copy.isPresent()) {
            Story original = Optional.ofNullable(state.storyOf(copy.get().originalId())).map(state::story).orElse(null);
            if (original != null) {
                original.add(incoming, copy.get().originalId());
                state.save(original);
                return new Assignment(article.id(), original.id(), copy.get().originalId(), 0);
            }
        }
        List<Scored> scored = score(incoming);
        if (scored.isEmpty() || scored.get(0).probability() < model.joinThreshold()) {
            return new Assignment(article.id(), start(incoming).id(), null, 0);
        }
        Story best = scored.get(0).story();
        best.add(incoming, null);
        for (Scored other : scored.subList(1, scored.size())) {
            if (other.probability() >= model.mergeThreshold()) {
                best = merge(best, other.story(), article.id());
            }
        }
        state.save(best);
        return new Assignment(article.id(), best.id(), null, scored.get(0).probability());
    }

    /**
     * Takes in an article: profiles it, moves the stream's clock, counts its terms in the document frequencies.
     *
     * @throws IllegalArgumentException when it has no text (nothing is taken in)
     */
    StoryArticle arrive(Article article, float[] embedding) {
        String body = article.paragraphs().isEmpty() ? article.rawText() : article.cleanText();
        if (body.isBlank() && article.title() != null) {
            // A headline-only item is reported by its headline.
            body = article.title();
        }
        if (body.isBlank()) {
            throw new IllegalArgumentException("no text");
        }
        ArticleProfile profile = ArticleProfile.of(article.id(), article.title(), body, article.language(),
                article.published());
        advance(article.published());
        // An undated article's time is unknown, not "now": it weighs no time evidence, does not keep its story
        // active, and a story of undated articles alone leaves only at the end (see the README on memory).
        Instant time = article.published();
        DocumentFrequencies frequencies = state.frequencies();
        profile.countIn(frequencies);
        return StoryArticle.of(profile, article.source(), headline(article.title(), body), time, frequencies,
                embedding);
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

    /** A candidate story, its features for the arriving article, and the model's probability that it belongs. */
    record Scored(Story story, double[] features, double probability) {
    }

    /** The candidates, likeliest first (ties in story id order, so that runs agree). */
    List<Scored> score(StoryArticle incoming) {
        List<String> candidates = mostShared(state.storiesUnder(incoming.keys()), MAX_CANDIDATES);
        var scored = new ArrayList<Scored>();
        for (String id : candidates) {
            Story story = state.story(id);
            double[] features = StoryFeatures.of(incoming, story);
            scored.add(new Scored(story, features, model.probability(features)));
        }
        scored.sort(Comparator.comparingDouble(Scored::probability).reversed()
                .thenComparing(s -> s.story().id()));
        return scored;
    }

    /**
     * The {@code limit} stories sharing the most keys, ties in id order, most first. A lookup can meet thousands of
     * stories (a hundred for each common key), so they are picked in one pass through a small heap, not sorted.
     */
    static List<String> mostShared(Map<String, Integer> under, int limit) {
        Comparator<Map.Entry<String, Integer>> first = Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey());
        var kept = new PriorityQueue<Map.Entry<String, Integer>>(limit + 1, first.reversed());
        for (Map.Entry<String, Integer> story : under.entrySet()) {
            if (kept.size() < limit) {
                kept.add(story);
            } else if (first.compare(story, kept.peek()) < 0) {
                kept.poll();
                kept.add(story);
            }
        }
        return kept.stream().sorted(first).map(Map.Entry::getKey).toList();
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

    /** Moves the stream's clock to a dated article's time and retires the stories the window left behind. */
    private void advance(Instant published) {
        if (published == null || streamTime != null && !published.isAfter(streamTime)) {
            return;
        }
        streamTime = published;
        state.expire(streamTime.minus(window)).forEach(retired);
    }

    StoryState state() {
        return state;
    }

    /** Retires every story still active, in order of creation. */
    public void finish() {
        for (Story story : state.active()) {
            state.remove(story.id());
            retired.accept(story);
        }
    }

    /** The merges so far, in order. */
    public List<StoryMerge> merges() {
        return List.copyOf(merges);
    }

    /**
     * Clusters a whole list in its order with the fast configuration and one window: article id to story id.
     */
    public static Map<String, String> cluster(List<Article> articles, Duration window) {
        var stories = new LinkedHashMap<String, String>();
        var clusterer = fast(window, story -> story.members().forEach(m -> stories.put(m.id(), story.id())));
        for (Article article : articles) {
            try {
                clusterer.add(article);
            } catch (IllegalArgumentException e) {
                // An article with no text belongs to no story; the caller sees it missing from the map.
            }
        }
        clusterer.finish();
        return stories;
    }
}
