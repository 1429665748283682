package news.storyline.similarity;

import java.util.Arrays;
import java.util.Comparator;

/** Pearson and Spearman correlation, as the SemEval-2022 Task 8 scorer computes them. */
public final class Correlation {
    private Correlation() {
    }

    /**
     * Pearson's r of {@code x} with {@code y}, and its gain over a baseline's ({@code base} with {@code y}), each with
     * its 95% interval from a bootstrap over the items ({@value BootstrapInterval#DRAWS} draws, both figures on the
     * same draws, so the gain's interval is that of a paired comparison). A draw where a side is constant counts
     * for neither.
     *
     * @return the interval of r, then that of the gain
     */
    public static BootstrapInterval[] pearsonWithGain(double[] x, double[] base, double[] y) {
        int n = x.length;
        var random = new java.util.Random(BootstrapInterval.SEED);
        double[] r = new double[BootstrapInterval.DRAWS];
        double[] gain = new double[BootstrapInterval.DRAWS];
        double[] dx = new double[n];
        double[] db = new double[n];
        double[] dy = new double[n];
        int kept = 0;
        for (int d = 0; d < BootstrapInterval.DRAWS; d++) {
            for (int i = 0; i < n; i++) {
                int pick = random.nextInt(n);
                dx[i] = x[pick];
                db[i] = base[pick];
                dy[i] = y[pick];
            }
            double rx = pearson(dx, dy);
            double rb = pearson(db, dy);
            if (!Double.isNaN(rx) && !Double.isNaN(rb)) {
                r[kept] = rx;
                gain[kept++] = rx - rb;
            }
        }
        double whole = pearson(x, y);
        double wholeGain = whole - pearson(base, y);
        if (kept == 0) {
            return new BootstrapInterval[] {new BootstrapInterval(whole, Double.NaN, Double.NaN),
                    new BootstrapInterval(wholeGain, Double.NaN, Double.NaN)};
        }
        return new BootstrapInterval[] {BootstrapInterval.of(whole, Arrays.copyOf(r, kept)),
                BootstrapInterval.of(wholeGain, Arrays.copyOf(gain, kept))};
    }

    /** Pearson's r; NaN when fewer than two values or either side is constant. */
    public static double pearson(double[] x, double[] y) {
        int n = x.length;
        if (n < 2 || y.length != n) {
            return Double.NaN;
        }
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
    }

    /** Spearman's rho: Pearson's r of the ranks, ties given their average rank. */
    public static double spearman(double[] x, double[] y) {
        return pearson(ranks(x), ranks(y));
    }

    static double[] ranks(double[] values) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        double[] ranks = new double[values.length];
        for (int i = 0; i < order.length; ) {
            int j = i;
            while (j + 1 < order.length && values[order[j + 1]] == values[order[i]]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int t = i; t <= j; t++) {
                ranks[order[t]] = rank;
            }
            i = j + 1;
        }
        return ranks;
    }
}
