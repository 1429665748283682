package news.storyline.story.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import news.storyline.similarity.BootstrapInterval;

/**
 * How far a B-cubed F1 measured on one gold set can be trusted: 95% intervals from a bootstrap over the set's gold
 * stories, for each system and for each system's difference from another.
 *
 * <p>A test split of 20 stories is a small sample of the stories a system will meet: one article dated differently
 * moved an ECB+ test figure by 0.007. The gold stories are the units drawn (with replacement, as many as the set
 * has), since articles of one story are not independent. Each article's B-cubed precision and recall are taken from
 * the clustering of the whole set and averaged over the articles of the drawn stories, so the interval is the
 * spread due to which stories were drawn, the clustering held fixed; re-running the systems on each draw would also
 * count their order effects, at a thousand times the cost. Every system is scored on the same draws, so the
 * interval of a difference is narrower than the two intervals suggest: a difference whose interval excludes zero
 * holds on this kind of story, not only on these.
 */
public final class StoryBootstrap {
    private final List<String> systems;
    /** Per draw, per system: B-cubed F1 of the drawn stories. */
    private final double[][] f1;
    private final double[] whole;

    private StoryBootstrap(List<String> systems, double[][] f1, double[] whole) {
        this.systems = systems;
        this.f1 = f1;
        this.whole = whole;
    }

    /**
     * Draws the set's stories {@value BootstrapInterval#DRAWS} times and scores every system on each draw.
     *
     * @param gold      each article's gold story
     * @param predicted per system (in its order), each article's predicted story, aligned with {@code gold}
     */
    public static StoryBootstrap of(List<?> gold, Map<String, List<?>> predicted) {
        var storyOf = new LinkedHashMap<Object, List<Integer>>();
        for (int i = 0; i < gold.size(); i++) {
            storyOf.computeIfAbsent(gold.get(i), k -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> stories = new ArrayList<>(storyOf.values());
        var names = new ArrayList<>(predicted.keySet());
        int k = names.size();
        // Per system and story: the sums of its articles' B-cubed precision and recall.
        double[][] precision = new double[k][stories.size()];
        double[][] recall = new double[k][stories.size()];
        for (int s = 0; s < k; s++) {
            double[][] contributions = ClusterScores.b3PerItem(gold, predicted.get(names.get(s)));
            for (int g = 0; g < stories.size(); g++) {
                for (int i : stories.get(g)) {
                    precision[s][g] += contributions[0][i];
                    recall[s][g] += contributions[1][i];
                }
            }
        }
        double[] whole = new double[k];
        for (int s = 0; s < k; s++) {
            whole[s] = f1(Arrays.stream(precision[s]).sum(), Arrays.stream(recall[s]).sum(), gold.size());
        }
        var random = new Random(BootstrapInterval.SEED);
        double[][] f1 = new double[BootstrapInterval.DRAWS][k];
        int[] drawn = new int[stories.size()];
        for (int d = 0; d < BootstrapInterval.DRAWS; d++) {
            for (int j = 0; j < drawn.length; j++) {
                drawn[j] = random.nextInt(stories.size());
            }
            int articles = 0;
            for (int g : drawn) {
                articles += stories.get(g).size();
            }
            for (int s = 0; s < k; s++) {
                double p = 0;
                double r = 0;
                for (int g : drawn) {
                    p += precision[s][g];
                    r += recall[s][g];
                }
                f1[d][s] = f1(p, r, articles);
            }
        }
        return new StoryBootstrap(names, f1, whole);
    }

    /** The system's B-cubed F1 with its interval. */
    public BootstrapInterval f1(String system) {
        int s = index(system);
        double[] values = new double[f1.length];
        for (int d = 0; d < f1.length; d++) {
            values[d] = f1[d][s];
        }
        return BootstrapInterval.of(whole[s], values);
    }

    /** The first system's B-cubed F1 less the second's, with the interval of that difference over the same draws. */
    public BootstrapInterval difference(String system, String other) {
        int s = index(system);
        int o = index(other);
        double[] values = new double[f1.length];
        for (int d = 0; d < f1.length; d++) {
            values[d] = f1[d][s] - f1[d][o];
        }
        return BootstrapInterval.of(whole[s] - whole[o], values);
    }

    /** Whether the system was scored (one that failed on the set was not). */
    public boolean has(String system) {
        return systems.contains(system);
    }

    private int index(String system) {
        int s = systems.indexOf(system);
        if (s < 0) {
            throw new IllegalArgumentException("no system " + system + " among " + systems);
        }
        return s;
    }

    /** F1 of the mean precision and recall, from their sums over {@code n} articles. */
    private static double f1(double p, double r, int n) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r) / n;
    }
}
