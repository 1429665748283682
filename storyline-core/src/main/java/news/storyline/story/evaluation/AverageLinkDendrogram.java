package news.storyline.story.evaluation;

import java.util.Arrays;
import java.util.Comparator;
import news.storyline.text.DisjointSets;

/**
 * Average-link agglomerative clustering of n items, computed once and cut at any similarity threshold. The merges
 * are found with the nearest-neighbour chain, in O(n^2) time and one similarity per pair (n(n-1)/2 floats); average
 * link never merges above an earlier merge (no inversions), so every cut is a prefix of the merges sorted by
 * similarity, and tuning a threshold costs one clustering, not one per threshold tried.
 */
public final class AverageLinkDendrogram {
    /** How alike items i and j are; symmetric, higher is more alike. */
    @FunctionalInterface
    public interface Similarity {
        double between(int i, int j);
    }

    /** One merge: a member of each of the two groups joined, and their average similarity. */
    private record Merge(int a, int b, double similarity) {
    }

    private final int size;
    private final Merge[] merges;

    private AverageLinkDendrogram(int size, Merge[] merges) {
        this.size = size;
        this.merges = merges;
    }

    /**
     * Clusters n items.
     *
     * @throws IllegalArgumentException when n(n-1)/2 similarities exceed what one array holds
     */
    public static AverageLinkDendrogram of(int n, Similarity similarity) {
        long pairs = (long) n * (n - 1) / 2;
        if (pairs > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(n + " items are too many for average link (one similarity a pair)");
        }
        float[] sim = new float[(int) pairs];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                sim[index(n, i, j)] = (float) similarity.between(i, j);
            }
        }
        return new AverageLinkDendrogram(n, chainMerges(n, sim));
    }

    private static Merge[] chainMerges(int n, float[] sim) {
        int[] groupSize = new int[n];
        Arrays.fill(groupSize, 1);
        boolean[] active = new boolean[n];
        Arrays.fill(active, true);
        int[] chain = new int[n];
        int chainLength = 0;
        var merges = new Merge[Math.max(0, n - 1)];
        int merged = 0;
        int nextStart = 0;
        while (merged < n - 1) {
            if (chainLength == 0) {
                while (!active[nextStart]) {
                    nextStart++;
                }
                chain[chainLength++] = nextStart;
            }
            int a = chain[chainLength - 1];
            // The previous link of the chain wins ties, so the chain cannot cycle.
            int best = chainLength > 1 ? chain[chainLength - 2] : -1;
            double bestSim = best >= 0 ? sim[index(n, a, best)] : Double.NEGATIVE_INFINITY;
            for (int k = 0; k < n; k++) {
                if (k != a && active[k]) {
                    double s = sim[index(n, a, k)];
                    if (s > bestSim) {
                        bestSim = s;
                        best = k;
                    }
                }
            }
            if (chainLength > 1 && best == chain[chainLength - 2]) {
                chainLength -= 2;
                merges[merged++] = new Merge(a, best, bestSim);
                join(n, sim, groupSize, active, a, best);
            } else {
                chain[chainLength++] = best;
            }
        }
        // Ties broken by merge order keep the cut deterministic.
        var order = new Integer[merges.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -merges[i].similarity()).thenComparing(i -> i));
        return Arrays.stream(order).map(i -> merges[i]).toArray(Merge[]::new);
    }

    /** Joins group a into group b; b's similarities become the size-weighted average (Lance-Williams). */
    private static void join(int n, float[] sim, int[] groupSize, boolean[] active, int a, int b) {
        double wa = groupSize[a];
        double wb = groupSize[b];
        for (int k = 0; k < n; k++) {
            if (active[k] && k != a && k != b) {
                sim[index(n, b, k)] = (float) ((wa * sim[index(n, a, k)] + wb * sim[index(n, b, k)]) / (wa + wb));
            }
        }
        groupSize[b] += groupSize[a];
        active[a] = false;
    }

    private static int index(int n, int i, int j) {
        int lo = Math.min(i, j);
        int hi = Math.max(i, j);
        return (int) ((long) lo * (2L * n - lo - 1) / 2 + (hi - lo - 1));
    }

    /**
     * The groups when merging stops below the threshold: each item's group, named by its smallest member.
     */
    public int[] cut(double threshold) {
        var groups = new DisjointSets(size);
        for (Merge merge : merges) {
            if (merge.similarity() < threshold) {
                break;
            }
            groups.union(merge.a(), merge.b());
        }
        int[] labels = new int[size];
        Arrays.setAll(labels, groups::find);
        return labels;
    }
}
