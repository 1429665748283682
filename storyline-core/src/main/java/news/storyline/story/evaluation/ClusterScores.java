package news.storyline.story.evaluation;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How well a clustering matches gold clusters, by the measures the field reports: B-cubed and pairwise precision,
 * recall and F1, the adjusted Rand index and V-measure. They are computed as the shared reference scorer
 * ({@code score.py clusters}) computes them, so the two give the same numbers on the same assignments.
 *
 * @param n      items scored
 * @param kGold  gold clusters
 * @param kPred  predicted clusters
 */
public record ClusterScores(int n, int kGold, int kPred, double b3Precision, double b3Recall, double b3F1,
                            double pairPrecision, double pairRecall, double pairF1, double ari, double vMeasure) {

    /**
     * Scores predicted labels against gold labels, item by item ({@code gold.get(i)} and {@code predicted.get(i)}
     * belong to one item). Labels are compared with {@code equals}; an item with no prediction should be given a
     * label of its own (a singleton), as the reference scorer does.
     */
    public static ClusterScores of(List<?> gold, List<?> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException(gold.size() + " gold labels but " + predicted.size() + " predicted");
        }
        int n = gold.size();
        Map<Object, Integer> goldSize = counts(gold);
        Map<Object, Integer> predSize = counts(predicted);
        Map<List<Object>, Integer> joint = joint(gold, predicted);
        double[][] b3 = b3PerItem(gold, predicted, goldSize, predSize, joint);
        double b3p = n == 0 ? 0 : Arrays.stream(b3[0]).sum() / n;
        double b3r = n == 0 ? 0 : Arrays.stream(b3[1]).sum() / n;

        long tp = pairs(joint);
        long samePred = pairs(predSize);
        long sameGold = pairs(goldSize);
        long fp = samePred - tp;
        long fn = sameGold - tp;
        long tn = comb2(n) - tp - fp - fn;
        double pairP = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
        double pairR = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
        // Hubert and Arabie's ARI in pair counts, as scikit-learn computes it; doubles, since the products of
        // pair counts of a million items overflow a long.
        double ari = fn == 0 && fp == 0 ? 1.0
                : 2.0 * ((double) tp * tn - (double) fn * fp)
                  / ((double) (tp + fn) * (fn + tn) + (double) (tp + fp) * (fp + tn));
        return new ClusterScores(n, goldSize.size(), predSize.size(), b3p, b3r, f1(b3p, b3r), pairP, pairR,
                f1(pairP, pairR), ari, vMeasure(n, goldSize, predSize, joint));
    }

    /**
     * Each item's B-cubed precision and recall (rows 0 and 1), whose averages are B-cubed precision and recall: the
     * share of its predicted cluster in its gold cluster, and of its gold cluster in its predicted one.
     */
    static double[][] b3PerItem(List<?> gold, List<?> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException(gold.size() + " gold labels but " + predicted.size() + " predicted");
        }
        return b3PerItem(gold, predicted, counts(gold), counts(predicted), joint(gold, predicted));
    }

    private static double[][] b3PerItem(List<?> gold, List<?> predicted, Map<Object, Integer> goldSize,
                                        Map<Object, Integer> predSize, Map<List<Object>, Integer> joint) {
        double[][] b3 = new double[2][gold.size()];
        for (int i = 0; i < gold.size(); i++) {
            double shared = joint.get(List.of(gold.get(i), predicted.get(i)));
            b3[0][i] = shared / predSize.get(predicted.get(i));
            b3[1][i] = shared / goldSize.get(gold.get(i));
        }
        return b3;
    }

    private static Map<List<Object>, Integer> joint(List<?> gold, List<?> predicted) {
        Map<List<Object>, Integer> joint = new HashMap<>();
        for (int i = 0; i < gold.size(); i++) {
            joint.merge(List.of(gold.get(i), predicted.get(i)), 1, Integer::sum);
        }
        return joint;
    }

    /** Rosenberg and Hirschberg's V-measure (beta 1), with scikit-learn's conventions for zero entropies. */
    private static double vMeasure(int n, Map<Object, Integer> gold, Map<Object, Integer> pred,
                                   Map<List<Object>, Integer> joint) {
        if (n == 0) {
            return 1.0;
        }
        double hc = entropy(n, gold);
        double hk = entropy(n, pred);
        double mi = 0;
        for (var e : joint.entrySet()) {
            int c = e.getValue();
            mi += c / (double) n * (Math.log((double) c * n)
                    - Math.log((double) gold.get(e.getKey().get(0)) * pred.get(e.getKey().get(1))));
        }
        mi = Math.max(mi, 0);
        double h = hc == 0 ? 1.0 : mi / hc;
        double c = hk == 0 ? 1.0 : mi / hk;
        return h + c == 0 ? 0 : 2 * h * c / (h + c);
    }

    private static double entropy(int n, Map<Object, Integer> sizes) {
        double h = 0;
        for (int c : sizes.values()) {
            h -= c / (double) n * Math.log(c / (double) n);
        }
        return h;
    }

    private static Map<Object, Integer> counts(List<?> labels) {
        Map<Object, Integer> counts = new HashMap<>();
        for (Object label : labels) {
            counts.merge(Objects.requireNonNull(label, "label"), 1, Integer::sum);
        }
        return counts;
    }

    private static long pairs(Map<?, Integer> sizes) {
        long total = 0;
        for (int size : sizes.values()) {
            total += comb2(size);
        }
        return total;
    }

    private static long comb2(long k) {
        return k * (k - 1) / 2;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
