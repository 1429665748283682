package news.storyline.story;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import news.storyline.article.Article;
import news.storyline.story.evaluation.ClusterScores;
import news.storyline.story.evaluation.GoldSet;
import news.storyline.story.evaluation.StoryEvaluation;
import news.storyline.text.DocumentFrequencies;
import news.storyline.text.TextEmbedder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Refits the two bundled story models, the fast (lexical) one and the default one (with sentence embeddings):
 * replays the ECB+ and AllSides train splits with their gold stories, takes every (article, candidate story) pair
 * the candidate index offers as a training row (joined its gold story or not), fits each logistic regression, then
 * picks the join and merge thresholds that give the best B-cubed F1 of the real clusterer, half ECB+ (train and dev)
 * and half AllSides train (a third each: whole, in parts of AllSides dev's size, dated as a feed). Only the train and dev splits are looked at; ECB+ test and AllSides dev never.
 *
 * <p>Embeddings come through the cached embedder of {@link GoldSplits} (run {@link EmbedGoldSplits} first to fill
 * it in one go).
 *
 * <pre>./mvnw -B -q -o test -pl storyline-cli -am -Dtest=StoryModelRefit -Dstoryline.refit=true -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * <p>{@code -Dstoryline.drop=names,places} fits with those features held at zero, to see what each brings (the
 * models it writes are then for that comparison only).
 */
@EnabledIfSystemProperty(named = "storyline.refit", matches = "true")
class StoryModelRefit {
    private static final double LAMBDA = 0.001;
    private static final Path RESOURCES = Path.of("..", "storyline-core", "src", "main", "resources", "news",
            "storyline", "story");
    private static final double[] JOINS = {0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5};
    private static final double[] MERGES = {0.6, 0.7, 0.8, 0.9, 2};
    private static final double[] GROWTHS = {0, 0.5, 1, 2};
    /**
     * A setting replaces the one before only when it gains more than this much F1: smaller gains are noise on
     * splits of a few hundred articles, and the settings are tried from the tighter to the looser.
     */
    private static final double MIN_GAIN = 0.001;
    private static final int PARTS = 8;
    private static final int FEED_STORIES_A_DAY = 30;
    private final Map<String, Double> allSidesF1 = new HashMap<>();

    private interface Objective {
        double f1(StoryModel model);
    }

    @Test
    void refit() throws Exception {
        assumeTrue(GoldSplits.available(), "no shared data");
        GoldSet ecbTrain = GoldSplits.ecbPlus("train");
        GoldSet ecbDev = GoldSplits.ecbPlus("dev");
        GoldSet allSidesTrain = GoldSplits.allSides("train");
        // AllSides three ways, each a third: whole (every one of its 2,131 stories a candidate for every article), in
        // sets of AllSides dev's size, and dated as a busy feed of 30 stories a day (DatedStreamTest#dated), where
        // the window and the time prior work as in a real stream.
        List<GoldSet> allSidesParts = GoldSplits.allSidesTrainParts(PARTS);
        GoldSet allSidesFeed = DatedStreamTest.dated(allSidesTrain, new java.util.Random(42), FEED_STORIES_A_DAY);
        var embeddings = new HashMap<String, float[]>();
        embeddings.putAll(GoldSplits.embeddings(ecbTrain));
        embeddings.putAll(GoldSplits.embeddings(ecbDev));
        embeddings.putAll(GoldSplits.embeddings(allSidesTrain));

        var rows = new ArrayList<double[]>();
        var labels = new ArrayList<Boolean>();
        var groups = new ArrayList<Integer>();
        replay(ecbTrain, embeddings, rows, labels, groups);
        int ecbRows = rows.size();
        replay(allSidesTrain, embeddings, rows, labels, groups);
        boolean[] y = new boolean[labels.size()];
        double[] weights = new double[labels.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = labels.get(i);
            // Each corpus weighs half: AllSides' many short stories would otherwise drown ECB+'s long ones.
            weights[i] = 0.5 * y.length / (i < ecbRows ? ecbRows : y.length - ecbRows);
        }
        System.out.printf("%d rows, %d joined%n", y.length, labels.stream().filter(b -> b).count());
        double[][] x = rows.toArray(double[][]::new);
        for (String dropped : System.getProperty("storyline.drop", "").split(",")) {
            int column = StoryFeatures.NAMES.indexOf(dropped);
            if (column >= 0) {
                for (double[] row : x) {
                    row[column] = 0;
                }
            }
        }
        String fittedOn = "ECB+ train (" + ecbTrain.size() + " articles) and AllSides train (" + allSidesTrain.size()
                + " articles) replayed with their gold stories; thresholds chosen on ECB+ train and dev and AllSides "
                + "train (whole, in parts, dated as a feed); coefficients only";
        for (boolean withEmbeddings : new boolean[] {false, true}) {
            StoryModel model = StoryModel.fit(x, y, weights, LAMBDA, withEmbeddings, 0.5, 2);
            int topK = Integer.getInteger("storyline.topK", 0);
            if (topK > 0) {
                // Refit on each article's likeliest candidates by the first fit: the decision's rows, not the easy ones.
                var byArticle = new java.util.LinkedHashMap<Integer, List<Integer>>();
                for (int i = 0; i < x.length; i++) {
                    byArticle.computeIfAbsent(groups.get(i), k -> new ArrayList<>()).add(i);
                }
                double[] first = new double[x.length];
                for (int i = 0; i < x.length; i++) {
                    first[i] = model.probability(x[i]);
                }
                var kept = new ArrayList<Integer>();
                for (List<Integer> members : byArticle.values()) {
                    members.sort(java.util.Comparator.comparingDouble(i -> -first[i]));
                    kept.addAll(members.subList(0, Math.min(topK, members.size())));
                }
                double[][] x2 = kept.stream().map(i -> x[i]).toArray(double[][]::new);
                boolean[] y2 = new boolean[kept.size()];
                double[] w2 = new double[kept.size()];
                long ecbKept = kept.stream().filter(i -> i < ecbRows).count();
                for (int r = 0; r < kept.size(); r++) {
                    y2[r] = y[kept.get(r)];
                    w2[r] = 0.5 * kept.size() / (kept.get(r) < ecbRows ? ecbKept : kept.size() - ecbKept);
                }
                System.out.printf("top %d: %d rows kept%n", topK, kept.size());
                model = StoryModel.fit(x2, y2, w2, LAMBDA, withEmbeddings, 0.5, 2);
            }
            TextEmbedder embedder = withEmbeddings ? GoldSplits.embedder() : null;
            String name = withEmbeddings ? "embedded" : "fast";
            System.out.println(name + ": " + model.toJson(""));
            // Coordinate search, each setting in turn with the others fixed: a full grid of the three costs hours.
            var tried = new HashMap<String, Double>();
            Objective measured = candidate -> {
                double ecb = (f1(candidate, ecbTrain, embedder) + f1(candidate, ecbDev, embedder)) / 2;
                // AllSides has no dates, so the window's growth changes nothing there: it is run once per thresholds.
                double undated = allSidesF1.computeIfAbsent(candidate.joinThreshold() + "/"
                        + candidate.mergeThreshold(), k -> {
                            double parts = 0;
                            for (GoldSet part : allSidesParts) {
                                parts += f1(candidate, part, embedder) / allSidesParts.size();
                            }
                            return (f1(candidate, allSidesTrain, embedder) + parts) / 2;
                        });
                double feed = f1(candidate, allSidesFeed, embedder);
                double allSides = (2 * undated + feed) / 3;
                System.out.printf(Locale.ROOT, "%s join %.2f merge %.2f growth %.2f: ECB+ train/dev %.4f AllSides "
                        + "train whole and in parts %.4f, dated %.4f mean %.4f%n", name, candidate.joinThreshold(),
                        candidate.mergeThreshold(), candidate.windowGrowth(), ecb, undated, feed,
                        (ecb + allSides) / 2);
                return (ecb + allSides) / 2;
            };
            Objective objective = candidate -> tried.computeIfAbsent(candidate.joinThreshold() + "/"
                    + candidate.mergeThreshold() + "/" + candidate.windowGrowth(), k -> measured.f1(candidate));
            allSidesF1.clear();
            StoryModel best = model.withThresholds(0.2, 2);
            double bestF1 = objective.f1(best);
            for (int round = 0; round < 2; round++) {
                for (double join : JOINS) {
                    StoryModel candidate = best.withThresholds(join, Math.max(join + 0.05, best.mergeThreshold()));
                    double f1 = objective.f1(candidate);
                    if (f1 > bestF1 + MIN_GAIN) {
                        bestF1 = f1;
                        best = candidate;
                    }
                }
                for (double merge : MERGES) {
                    StoryModel candidate = best.withThresholds(best.joinThreshold(), merge);
                    if (merge <= best.joinThreshold()) {
                        continue;
                    }
                    double f1 = objective.f1(candidate);
                    if (f1 > bestF1 + MIN_GAIN) {
                        bestF1 = f1;
                        best = candidate;
                    }
                }
                for (double growth : GROWTHS) {
                    StoryModel candidate = best.withWindowGrowth(growth);
                    double f1 = objective.f1(candidate);
                    if (f1 > bestF1 + MIN_GAIN) {
                        bestF1 = f1;
                        best = candidate;
                    }
                }
            }
            // A last pass over the join thresholds at the settings found: the search can keep a join threshold
            // chosen before the merge threshold moved. The best there wins; within MIN_GAIN of it, the highest (fewer
            // joins, so less work a story, the fast configuration's point).
            StoryModel last = best;
            double lastF1 = bestF1;
            for (double join : JOINS) {
                if (join >= best.mergeThreshold()) {
                    continue;
                }
                StoryModel candidate = best.withThresholds(join, best.mergeThreshold());
                double f1 = objective.f1(candidate);
                if (f1 > lastF1 + MIN_GAIN || f1 > lastF1 - MIN_GAIN && join > last.joinThreshold()) {
                    lastF1 = Math.max(f1, lastF1);
                    last = candidate;
                }
            }
            best = last;
            bestF1 = lastF1;
            System.out.println(name + " ECB+ dev: " + run(best, ecbDev, embedder));
            var json = best.toJson(fittedOn);
            Path file = RESOURCES.resolve(withEmbeddings ? "story-model-embedded.json" : "story-model-fast.json");
            Files.writeString(file, new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(json)
                    + "\n");
            System.out.println("wrote " + file + ": " + json);
        }
    }

    private static double f1(StoryModel model, GoldSet set, TextEmbedder embedder) {
        return run(model, set, embedder).b3F1();
    }

    /** The real clusterer with this model, as {@code storyline eval} runs it. */
    static ClusterScores run(StoryModel model, GoldSet set, TextEmbedder embedder) {
        return StoryEvaluation.run("", set, "", articles -> StoryClusterer.cluster(articles,
                StoryClusterer.DEFAULT_WINDOW, model, embedder)).scores();
    }

    /** One row per candidate the index offers each article (all features), the article then joining its gold story. */
    static void replay(GoldSet set, Map<String, float[]> embeddings, List<double[]> rows, List<Boolean> labels) {
        replay(set, embeddings, rows, labels, new ArrayList<>());
    }

    /** As above, with each row's article (a number, counting on from those already in {@code groups}). */
    static void replay(GoldSet set, Map<String, float[]> embeddings, List<double[]> rows, List<Boolean> labels,
                       List<Integer> groups) {
        int group = groups.isEmpty() ? 0 : groups.get(groups.size() - 1) + 1;
        var clusterer = new StoryClusterer(new InMemoryStoryState(DocumentFrequencies.withBackground()),
                StoryModel.fast().withWindowGrowth(0), StoryClusterer.DEFAULT_WINDOW, story -> { });
        Map<String, Story> byGold = new HashMap<>();
        int joining = 0;
        int found = 0;
        for (Article article : set.articles()) {
            if (StoryClusterer.embeddingText(article) == null) {
                continue;
            }
            StoryArticle incoming = clusterer.arrive(article, embeddings.get(article.id()));
            String goldStory = set.gold().get(article.id());
            Story gold = byGold.get(goldStory);
            if (gold != null && clusterer.state().story(gold.id()) == null) {
                // Its gold story left the window: the engine would have to start it again.
                gold = null;
            }
            for (StoryClusterer.Scored candidate : clusterer.score(incoming)) {
                rows.add(candidate.features());
                labels.add(candidate.story() == gold);
                groups.add(group);
                found += candidate.story() == gold ? 1 : 0;
            }
            group++;
            joining += gold == null ? 0 : 1;
            if (gold == null) {
                byGold.put(goldStory, clusterer.start(incoming));
            } else {
                gold.add(incoming, null);
                clusterer.state().save(gold);
            }
        }
        // The candidate index's recall: how often an article's gold story was among the candidates scored.
        System.out.printf(Locale.ROOT, "candidates held the gold story for %d of %d articles joining one (%.3f)%n",
                found, joining, found / (double) Math.max(1, joining));
    }
}
