package news.storyline.story.evaluation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Collections;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import news.storyline.article.Article;
import news.storyline.clean.CorpusCleaner;
import news.storyline.ingest.Ingestor;
import news.storyline.ingest.JsonArticles;
import news.storyline.ingest.InputProblem;

/**
 * A gold file of story clusters (JSON Lines: {@code id}, {@code cluster}, optionally {@code split}, {@code title},
 * {@code text}, {@code date}), read by the ordinary readers. Read once, it gives the evaluation set of any split,
 * or a sample of one: a tuning split and a reported split come from one reading. Each set is cleaned as a corpus of
 * its own when it is taken, as a stream of just those articles would be, so only what is evaluated is cleaned.
 *
 * <p>A record that cannot take part is reported, one problem each, and left out: one without a cluster label or
 * text, with a date that cannot be read (its place in the stream would be a guess), or with an id seen before. A
 * record with a headline and an empty text stays, as the reader keeps it (attribute {@code headlineOnly}): a
 * headline names a story, and the reference scorer counts every gold id, so leaving it out would change the set.
 */
public final class GoldCorpus {
    /** The attribute (an input field the reader kept) holding the gold story. */
    public static final String CLUSTER = "cluster";
    /** The attribute naming the record's split (train, dev, test), where the file has splits. */
    public static final String SPLIT = "split";

    private final List<Article> articles;
    private final Consumer<InputProblem> problems;

    private GoldCorpus(List<Article> articles, Consumer<InputProblem> problems) {
        this.articles = articles;
        this.problems = problems;
    }

    /**
     * Reads a gold file.
     *
     * @param problems receives each record left out, each line that could not be read, and (when a set is taken)
     *                 each article cleaning failed on
     */
    public static GoldCorpus read(Path file, Consumer<InputProblem> problems) throws IOException {
        var readProblems = new ArrayList<InputProblem>();
        List<Article> read = new Ingestor().readAll(List.of(file), readProblems);
        readProblems.forEach(problems);
        var usable = new ArrayList<Article>(read.size());
        var ids = new HashSet<String>();
        for (Article article : read) {
            String unusable = unusable(article, ids);
            if (unusable == null) {
                usable.add(article);
            } else {
                problems.accept(new InputProblem(Objects.requireNonNullElse(article.origin(), article.id()),
                        unusable + "; record skipped"));
            }
        }
        return new GoldCorpus(usable, problems);
    }

    private static String unusable(Article article, Set<String> ids) {
        String cluster = article.attributes().get(CLUSTER);
        if (cluster == null || cluster.isBlank()) {
            return "no gold \"cluster\"";
        }
        if (article.rawText().isBlank() && (article.title() == null || article.title().isBlank())) {
            return "no text";
        }
        if (!ids.add(article.id())) {
            return "id " + article.id() + " seen before";
        }
        return null;
    }

    /** Whether any record is of this split. */
    public boolean hasSplit(String split) {
        return articles.stream().anyMatch(a -> split.equals(a.attributes().get(SPLIT)));
    }

    /**
     * The evaluation set of one split, cleaned.
     *
     * @param split      the split to keep, or null for every record
     * @param maxStories keep only the first this many gold stories (by first appearance in the file), each whole;
     *                   0 for all of them. A slice for quick runs.
     */
    public GoldSet select(String split, int maxStories) {
        List<Article> chosen = firstStories(split, maxStories);
        return GoldSet.inStreamOrder(clean(chosen), "");
    }

    /**
     * As {@link #select}, then a seeded random choice of whole stories (never a story cut in part, which would
     * change what is to be found) holding about {@code maxArticles} articles: for work that grows with the square
     * of the set. The whole selection when it is no bigger.
     */
    public GoldSet sample(String split, int maxStories, int maxArticles, long seed) {
        List<Article> chosen = firstStories(split, maxStories);
        if (chosen.size() <= maxArticles) {
            return GoldSet.inStreamOrder(clean(chosen), "");
        }
        var sizes = new LinkedHashMap<String, Integer>();
        chosen.forEach(a -> sizes.merge(story(a), 1, Integer::sum));
        var stories = new ArrayList<>(sizes.keySet());
        Collections.shuffle(stories, new Random(seed));
        var kept = new HashSet<String>();
        int taken = 0;
        for (int i = 0; i < stories.size() && taken < maxArticles; i++) {
            kept.add(stories.get(i));
            taken += sizes.get(stories.get(i));
        }
        List<Article> sampled = chosen.stream().filter(a -> kept.contains(story(a))).toList();
        return GoldSet.inStreamOrder(clean(sampled), String.format(Locale.ROOT,
                "a seeded sample of %d of %d stories, %d of %d articles", kept.size(), sizes.size(), sampled.size(),
                chosen.size()));
    }

    private List<Article> firstStories(String split, int maxStories) {
        var stories = new HashSet<String>();
        var chosen = new ArrayList<Article>();
        for (Article article : articles) {
            if (split != null && !split.equals(article.attributes().get(SPLIT))) {
                continue;
            }
            if (!stories.contains(story(article)) && maxStories > 0 && stories.size() == maxStories) {
                continue;
            }
            stories.add(story(article));
            chosen.add(article);
        }
        return chosen;
    }

    private static String story(Article article) {
        return article.attributes().get(CLUSTER);
    }

    /** The chosen records cleaned, but for any whose date was not understood and is not in its text either. */
    private List<Article> clean(List<Article> chosen) {
        var cleaned = new ArrayList<Article>(chosen.size());
        var cleaner = new CorpusCleaner(Long.MAX_VALUE, article -> {
            String badDate = JsonArticles.unreadDate(article);
            if (badDate == null) {
                cleaned.add(article);
            } else {
                problems.accept(new InputProblem(Objects.requireNonNullElse(article.origin(), article.id()),
                        "date not understood: \"" + badDate + "\"; record skipped"));
            }
        }, problems);
        chosen.forEach(cleaner::accept);
        cleaner.finish();
        return cleaned;
    }
}
