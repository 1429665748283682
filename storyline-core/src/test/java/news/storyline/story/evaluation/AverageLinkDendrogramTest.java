package news.storyline.story.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AverageLinkDendrogramTest {

    @Test
    void aGroupJoinsOnItsAverageSimilarityNotItsBestPair() {
        // 0 and 1 are alike; 2 is alike 0 (0.8) but not 1 (0.1): average link puts it at 0.45 from {0, 1}.
        double[][] sim = {{1, 0.9, 0.8}, {0.9, 1, 0.1}, {0.8, 0.1, 1}};
        AverageLinkDendrogram dendrogram = AverageLinkDendrogram.of(3, (i, j) -> sim[i][j]);

        assertThat(dendrogram.cut(0.95)).containsExactly(0, 1, 2);
        assertThat(dendrogram.cut(0.5)).containsExactly(0, 0, 2);
        assertThat(dendrogram.cut(0.45)).containsExactly(0, 0, 0);
    }

    /** The nearest-neighbour chain must give the groups that merging the closest pair, again and again, gives. */
    @Test
    void cutsAgreeWithGreedyAverageLinkOnRandomSimilarities() {
        var random = new Random(3);
        for (int round = 0; round < 20; round++) {
            int n = 2 + random.nextInt(25);
            double[][] sim = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    sim[i][j] = sim[j][i] = random.nextDouble();
                }
            }
            AverageLinkDendrogram dendrogram = AverageLinkDendrogram.of(n, (i, j) -> sim[i][j]);
            for (double t : new double[] {0.2, 0.4, 0.5, 0.6, 0.8}) {
                assertThat(dendrogram.cut(t)).as("n %d, threshold %.1f", n, t).containsExactly(greedy(sim, t));
            }
        }
    }

    /** Average link the plain way: join the two groups of highest mean pair similarity while it reaches t. */
    private static int[] greedy(double[][] sim, double t) {
        var groups = new ArrayList<List<Integer>>();
        for (int i = 0; i < sim.length; i++) {
            groups.add(new ArrayList<>(List.of(i)));
        }
        while (true) {
            int bestA = -1;
            int bestB = -1;
            double best = Double.NEGATIVE_INFINITY;
            for (int a = 0; a < groups.size(); a++) {
                for (int b = a + 1; b < groups.size(); b++) {
                    double total = 0;
                    for (int i : groups.get(a)) {
                        for (int j : groups.get(b)) {
                            total += sim[i][j];
                        }
                    }
                    double mean = total / (groups.get(a).size() * groups.get(b).size());
                    if (mean > best) {
                        best = mean;
                        bestA = a;
                        bestB = b;
                    }
                }
            }
            if (bestA < 0 || best < t) {
                break;
            }
            groups.get(bestA).addAll(groups.remove(bestB));
        }
        int[] labels = new int[sim.length];
        for (List<Integer> group : groups) {
            int first = group.stream().mapToInt(Integer::intValue).min().orElseThrow();
            group.forEach(i -> labels[i] = first);
        }
        return labels;
    }

    @Test
    void noItemsAndOneItem() {
        assertThat(AverageLinkDendrogram.of(0, (i, j) -> 0).cut(0.5)).isEmpty();
        assertThat(Arrays.stream(AverageLinkDendrogram.of(1, (i, j) -> 0).cut(0.5)).boxed()).containsExactly(0);
    }
}
