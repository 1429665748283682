package news.storyline.story.evaluation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import news.storyline.article.Article;
import news.storyline.text.AnalyzedText;
import news.storyline.text.DocumentFrequencies;
import news.storyline.text.TermVector;

/**
 * The baseline story clusterer: TF-IDF cosine of whole articles (headline and clean text), grouped by average-link
 * agglomerative clustering cut at a similarity threshold. It sees the whole set at once, which an online clusterer
 * does not: a reference point, not a competitor. Document frequencies are the bundled background table with the
 * set's own articles counted in, as a stream would have them at its end.
 */
public final class AverageLinkBaseline implements Clusterer {
    public static final String NAME = "tfidf-avglink";
    /**
     * The threshold where no train split is at hand to tune it: what tuning on the ECB+ train split chooses
     * ({@code storyline eval} prints the value it tunes there).
     */
    public static final double DEFAULT_THRESHOLD = 0.20;
    /**
     * Tune on a seeded sample of whole train stories of about this many articles ({@link GoldCorpus#sample}), not on
     * all of them: average link keeps one similarity per pair, and AllSides' 6,393 train articles would be 20
     * million pairs (80 MB and minutes of cosines and cleaning) where 2,000 articles are 2 million, as many articles
     * as a dev or test set has or more, so the threshold is tuned at about the scale it is used at.
     */
    public static final int TUNING_SAMPLE_ARTICLES = 2_000;
    public static final long TUNING_SEED = 1;
    /**
     * The most articles one call clusters: average link holds a similarity per pair, 450 MB at this size, and a
     * larger set is better refused in one line than failed on for memory part way.
     */
    public static final int MAX_ARTICLES = 15_000;
    /** Thresholds tried: 0.01 to 0.90 in steps of 0.01. */
    private static final int GRID_STEPS = 90;

    private final double threshold;
    private final String settings;

    private AverageLinkBaseline(double threshold, String settings) {
        this.threshold = threshold;
        this.settings = settings;
    }

    /** The baseline at a given threshold; {@code why} says where the threshold comes from, for the report. */
    public static AverageLinkBaseline at(double threshold, String why) {
        return new AverageLinkBaseline(threshold, String.format(Locale.ROOT, "threshold %.2f, %s", threshold, why));
    }

    /**
     * The baseline with the threshold that gives the best B-cubed F1 on a training set (of a few thousand articles
     * at most: see {@link #TUNING_SAMPLE_ARTICLES}); ties go to the lowest threshold.
     *
     * @param trainName what the training set is, for the report ("ECB+ train")
     */
    public static AverageLinkBaseline tunedOn(GoldSet train, String trainName) {
        if (train.size() < 2) {
            return at(DEFAULT_THRESHOLD, "the default: " + trainName + " has too few articles to tune on");
        }
        AverageLinkDendrogram dendrogram = dendrogram(train.articles());
        List<String> gold = train.articles().stream().map(a -> train.gold().get(a.id())).toList();
        double best = DEFAULT_THRESHOLD;
        double bestF1 = -1;
        for (int step = 1; step <= GRID_STEPS; step++) {
            double t = step / 100.0;
            int[] labels = dendrogram.cut(t);
            double f1 = ClusterScores.of(gold, java.util.Arrays.stream(labels).boxed().toList()).b3F1();
            if (f1 > bestF1) {
                bestF1 = f1;
                best = t;
            }
        }
        String what = !train.sampling().isEmpty() ? train.sampling()
                : String.format(Locale.ROOT, "%d stories, %d articles", train.stories().size(), train.size());
        return at(best, String.format(Locale.ROOT, "tuned on %s (%s; B-cubed F1 %.4f there)", trainName, what,
                bestF1));
    }

    public double threshold() {
        return threshold;
    }

    @Override
    public String settings() {
        return settings;
    }

    /** Each article's story is named by the id of its story's first article. */
    @Override
    public Map<String, String> cluster(List<Article> articles) {
        int[] groups = dendrogram(articles).cut(threshold);
        var stories = new LinkedHashMap<String, String>();
        for (int i = 0; i < groups.length; i++) {
            stories.put(articles.get(i).id(), articles.get(groups[i]).id());
        }
        return stories;
    }

    private static AverageLinkDendrogram dendrogram(List<Article> articles) {
        if (articles.size() > MAX_ARTICLES) {
            throw new IllegalArgumentException(articles.size() + " articles are more than the baseline's "
                    + MAX_ARTICLES + " (it keeps a similarity per pair): evaluate a split, or --limit the stories");
        }
        var frequencies = DocumentFrequencies.withBackground();
        var counts = new ArrayList<Map<String, Integer>>(articles.size());
        for (Article article : articles) {
            String text = article.title() == null ? article.cleanText() : article.title() + "\n\n" + article.cleanText();
            AnalyzedText analysed = AnalyzedText.of(text, article.language());
            Map<String, Integer> termCounts = TermVector.counts(analysed, 0, analysed.size());
            frequencies.add(new HashSet<>(termCounts.keySet()));
            counts.add(termCounts);
        }
        List<TermVector> vectors = counts.stream().map(c -> TermVector.of(c, frequencies)).toList();
        return AverageLinkDendrogram.of(vectors.size(), (i, j) -> vectors.get(i).cosine(vectors.get(j)));
    }
}
