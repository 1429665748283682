package news.storyline.similarity;

/**
 * Logistic regression with an L2 penalty on standardised features, fitted by Newton's method: the probability that
 * a pair (an article and a story, say) belongs together, from a few features. The targets may also be fractions in
 * [0, 1] (a rating rescaled), fitted by the same likelihood: a bounded score whose ends flatten, as ratings on a
 * closed scale do.
 */
public final class LogisticRegression {
    private static final int MAX_ITERATIONS = 50;
    private static final double CONVERGED = 1e-9;

    private LogisticRegression() {
    }

    /** The probability a fitted linear score stands for. */
    public static double probability(RidgeRegression.Fit fit, double[] x) {
        return sigmoid(fit.predict(x));
    }

    /** The probability a score in logits stands for. */
    public static double sigmoid(double logit) {
        return 1 / (1 + Math.exp(-logit));
    }

    /**
     * Fits rows {@code x} to labels {@code y}, each row weighing {@code rowWeights[r]} (so that two corpora of
     * different sizes can count alike).
     *
     * @param lambda the penalty, in units of the total row weight, on every weight but the intercept
     */
    public static RidgeRegression.Fit fit(double[][] x, boolean[] y, double[] rowWeights, double lambda) {
        double[] targets = new double[y.length];
        for (int r = 0; r < y.length; r++) {
            targets[r] = y[r] ? 1 : 0;
        }
        return fit(x, targets, rowWeights, lambda);
    }

    /**
     * Fits rows {@code x} to targets in [0, 1] (0 or 1 for labels, a fraction for a rescaled rating), each row
     * weighing {@code rowWeights[r]}.
     *
     * @param lambda the penalty, in units of the total row weight, on every weight but the intercept
     */
    public static RidgeRegression.Fit fit(double[][] x, double[] y, double[] rowWeights, double lambda) {
        int n = x.length;
        int k = x[0].length;
        double[] means = new double[k];
        double[] scales = new double[k];
        RidgeRegression.standardisation(x, means, scales);
        double[][] z = new double[n][k + 1];
        for (int r = 0; r < n; r++) {
            for (int i = 0; i < k; i++) {
                z[r][i] = Double.isInfinite(scales[i]) ? 0 : (x[r][i] - means[i]) / scales[i];
            }
            z[r][k] = 1;
        }
        double total = 0;
        for (double weight : rowWeights) {
            total += weight;
        }
        double[] w = new double[k + 1];
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[][] a = new double[k + 1][k + 2];
            for (int r = 0; r < n; r++) {
                double s = 0;
                for (int i = 0; i <= k; i++) {
                    s += w[i] * z[r][i];
                }
                double p = sigmoid(s);
                double curvature = Math.max(p * (1 - p), 1e-10) * rowWeights[r];
                for (int i = 0; i <= k; i++) {
                    for (int j = 0; j <= k; j++) {
                        a[i][j] += curvature * z[r][i] * z[r][j];
                    }
                    a[i][k + 1] += (y[r] - p) * z[r][i] * rowWeights[r];
                }
            }
            for (int i = 0; i < k; i++) {
                a[i][i] += lambda * total;
                a[i][k + 1] -= lambda * total * w[i];
            }
            double[] step = RidgeRegression.solve(a, k + 1);
            double change = 0;
            for (int i = 0; i <= k; i++) {
                w[i] += step[i];
                change = Math.max(change, Math.abs(step[i]));
            }
            if (change < CONVERGED) {
                break;
            }
        }
        return new RidgeRegression.Fit(w[k], java.util.Arrays.copyOf(w, k), means, scales);
    }
}
