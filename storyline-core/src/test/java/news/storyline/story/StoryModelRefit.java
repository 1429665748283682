package news.storyline.story;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import news.storyline.article.Article;
import news.storyline.text.DocumentFrequencies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Refits the bundled story model: replays the ECB+ and AllSides train splits with their gold stories, takes every
 * (article, candidate story) pair the candidate index offers as a training row (joined its gold story or not), fits
 * the logistic regression, then picks the join and merge thresholds that give the best mean B-cubed F1 of the real
 * clusterer on the two train splits, and prints ECB+ dev as the check. Only the train splits are fitted on.
 *
 * <pre>./mvnw -B -q -o test -pl storyline-core -Dtest=StoryModelRefit -Dstoryline.refit=true</pre>
 */
@EnabledIfSystemProperty(named = "storyline.refit", matches = "true")
class StoryModelRefit {
    private static final double LAMBDA = 0.001;
    private static final Path RESOURCE = Path.of("src", "main", "resources", "news", "storyline", "story",
            "story-model.json");

    @Test
    void refit() throws Exception {
        assumeTrue(GoldCorpus.available(), "no shared data");
        GoldCorpus ecbTrain = GoldCorpus.read(GoldCorpus.ECB_PLUS, "train");
        GoldCorpus allsidesTrain = GoldCorpus.read(GoldCorpus.ALLSIDES, "train");
        GoldCorpus ecbDev = GoldCorpus.read(GoldCorpus.ECB_PLUS, "dev");
        var rows = new ArrayList<double[]>();
        var labels = new ArrayList<Boolean>();
        StoryModel current = StoryModel.bundled();
        replay(ecbTrain.articles(), current, rows, labels);
        int ecbRows = rows.size();
        replay(allsidesTrain.articles(), current, rows, labels);
        boolean[] y = new boolean[labels.size()];
        double[] weights = new double[labels.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = labels.get(i);
            // Each corpus weighs half: AllSides' many short stories would otherwise drown ECB+'s long ones.
            weights[i] = 0.5 * y.length / (i < ecbRows ? ecbRows : y.length - ecbRows);
        }
        System.out.printf("%d rows, %d joined%n", y.length, labels.stream().filter(b -> b).count());
        StoryModel model = StoryModel.fit(rows.toArray(double[][]::new), y, weights, LAMBDA, 0.5, 2);

        double bestJoin = 0.5;
        double bestF1 = -1;
        for (double join : new double[] {0.05, 0.1, 0.2, 0.3, 0.45}) {
            double f1 = trainF1(model.withThresholds(join, 2), ecbTrain, allsidesTrain);
            System.out.printf(Locale.ROOT, "join %.2f: mean train B3 F1 %.4f%n", join, f1);
            if (f1 > bestF1) {
                bestF1 = f1;
                bestJoin = join;
            }
        }
        double bestMerge = 2;
        for (double merge : new double[] {0.9}) {
            if (merge <= bestJoin) {
                continue;
            }
            double f1 = trainF1(model.withThresholds(bestJoin, merge), ecbTrain, allsidesTrain);
            System.out.printf(Locale.ROOT, "merge %.2f: mean train B3 F1 %.4f%n", merge, f1);
            if (f1 > bestF1) {
                bestF1 = f1;
                bestMerge = merge;
            }
        }
        StoryModel fitted = model.withThresholds(Math.round(bestJoin * 100) / 100.0, bestMerge);
        System.out.println("ECB+ dev: " + StoryClusteringEvaluation.run(fitted, ecbDev));
        var json = fitted.toJson("ECB+ train (" + ecbTrain.articles().size() + " articles) and AllSides train ("
                + allsidesTrain.articles().size() + " articles) replayed with their gold stories; coefficients only");
        Files.writeString(RESOURCE, new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n");
        System.out.println("wrote " + RESOURCE + ": " + json);
    }

    private static double trainF1(StoryModel model, GoldCorpus ecb, GoldCorpus allsides) {
        return (StoryClusteringEvaluation.run(model, ecb).b3F1() + StoryClusteringEvaluation.run(model, allsides).b3F1())
                / 2;
    }

    /** One row per candidate the index offers each article, the article then joining its gold story. */
    static void replay(List<Article> articles, StoryModel model, List<double[]> rows, List<Boolean> labels) {
        var clusterer = new StoryClusterer(new InMemoryStoryState(DocumentFrequencies.withBackground()), model,
                StoryClusterer.DEFAULT_WINDOW, story -> { });
        Map<String, Story> byGold = new HashMap<>();
        for (Article article : articles) {
            StoryArticle incoming = clusterer.arrive(article, null);
            Story gold = byGold.get(GoldCorpus.gold(article));
            for (StoryClusterer.Scored candidate : clusterer.score(incoming)) {
                rows.add(candidate.features());
                labels.add(candidate.story() == gold);
            }
            if (gold == null) {
                byGold.put(GoldCorpus.gold(article), clusterer.start(incoming));
            } else {
                gold.add(incoming, null);
                clusterer.state().save(gold);
            }
        }
    }
}
