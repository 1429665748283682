package news.storyline.story;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import news.storyline.article.Article;
import news.storyline.story.evaluation.ClusterScores;
import news.storyline.story.evaluation.GoldSet;
import news.storyline.text.DocumentFrequencies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Diagnosis for a cascade in clustering, on the tuning splits only: how many of the default configuration's decisions
 * need the embedding. Each article is decided by the fast model's probabilities, unless the best of them lies within
 * a band around the fast join threshold; then by the default model's. For each band it prints the share of articles
 * decided by the default model (those whose embedding the decision needed) and the B-cubed F1 of the stories made.
 * Every article is embedded here (vectors from the cache of {@link GoldSplits}), so candidate stories always carry
 * their members' vectors: an upper bound for a cascade that embeds only the articles in the band. Merges are left out.
 *
 * <pre>./mvnw -B -q -o test -pl storyline-cli -Dtest=CascadeReach -Dstoryline.cascade=true -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
@EnabledIfSystemProperty(named = "storyline.cascade", matches = "true")
class CascadeReach {
    private static final double[] BANDS = {0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.5, 1.01};

    @Test
    void print() throws Exception {
        assumeTrue(GoldSplits.available(), "no shared data");
        Map<String, GoldSet> sets = new java.util.LinkedHashMap<>();
        sets.put("ECB+ train", GoldSplits.ecbPlus("train"));
        sets.put("ECB+ dev", GoldSplits.ecbPlus("dev"));
        sets.put("AllSides train", GoldSplits.allSides("train"));
        for (var set : sets.entrySet()) {
            Map<String, float[]> embeddings = GoldSplits.embeddings(set.getValue());
            for (double band : BANDS) {
                run(set.getKey(), set.getValue(), embeddings, band);
            }
        }
    }

    private static void run(String name, GoldSet set, Map<String, float[]> embeddings, double band) {
        StoryModel fast = StoryModel.fast();
        StoryModel model = StoryModel.embedded();
        var clusterer = new StoryClusterer(new InMemoryStoryState(DocumentFrequencies.withBackground()), model,
                StoryClusterer.DEFAULT_WINDOW, story -> { });
        var gold = new ArrayList<String>();
        var predicted = new ArrayList<String>();
        int decided = 0;
        int byDefault = 0;
        Map<String, String> storyOf = new HashMap<>();
        for (Article article : set.articles()) {
            if (StoryClusterer.embeddingText(article) == null) {
                continue;
            }
            StoryArticle incoming = clusterer.arrive(article, embeddings.get(article.id()));
            List<StoryClusterer.Scored> scored = clusterer.score(incoming);
            Story chosen = null;
            if (!scored.isEmpty()) {
                decided++;
                StoryClusterer.Scored bestFast = scored.get(0);
                double best = -1;
                for (StoryClusterer.Scored s : scored) {
                    double p = fast.probability(s.features());
                    if (p > best) {
                        best = p;
                        bestFast = s;
                    }
                }
                if (Math.abs(best - fast.joinThreshold()) < band) {
                    byDefault++;
                    chosen = scored.get(0).probability() >= model.joinThreshold() ? scored.get(0).story() : null;
                } else {
                    chosen = best >= fast.joinThreshold() ? bestFast.story() : null;
                }
            }
            if (chosen == null) {
                chosen = clusterer.start(incoming);
            } else {
                chosen.add(incoming, null);
                clusterer.state().save(chosen);
            }
            storyOf.put(article.id(), chosen.id());
            gold.add(set.gold().get(article.id()));
            predicted.add(article.id());
        }
        var stories = predicted.stream().map(storyOf::get).toList();
        ClusterScores scores = ClusterScores.of(gold, stories);
        System.out.printf(Locale.ROOT, "%s band %.2f: default decides %d of %d articles (%.1f%%; %d had candidates),"
                        + " B-cubed F1 %.4f%n", name, band, byDefault, gold.size(), 100.0 * byDefault / gold.size(),
                decided, scores.b3F1());
    }
}
