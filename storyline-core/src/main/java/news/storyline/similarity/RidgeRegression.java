package news.storyline.similarity;

/**
 * Least squares with an L2 penalty on standardised features: few features, shrunk towards zero, so a fit on a
 * thousand pairs does not chase the quirks of its sample.
 */
public final class RidgeRegression {
    private RidgeRegression() {
    }

    /** A fitted linear model on standardised inputs: y = intercept + sum w_i (x_i - mean_i) / scale_i. */
    public record Fit(double intercept, double[] weights, double[] means, double[] scales) {
        public double predict(double[] x) {
            double y = intercept;
            for (int i = 0; i < weights.length; i++) {
                y += weights[i] * (x[i] - means[i]) / scales[i];
            }
            return y;
        }

        /**
         * Writes the coefficients into a model resource's node, rounded to six decimals; a constant feature's
         * infinite scale (it weighs nothing) is written as 0.
         */
        public void writeTo(com.fasterxml.jackson.databind.node.ObjectNode node) {
            node.put("intercept", round(intercept));
            var w = node.putArray("weights");
            var m = node.putArray("means");
            var s = node.putArray("scales");
            for (int i = 0; i < weights.length; i++) {
                w.add(round(weights[i]));
                m.add(round(means[i]));
                s.add(Double.isInfinite(scales[i]) ? 0 : round(scales[i]));
            }
        }

        /** Reads what {@link #writeTo} wrote, for {@code k} features. */
        public static Fit readFrom(com.fasterxml.jackson.databind.JsonNode node, int k) {
            double[] w = new double[k];
            double[] m = new double[k];
            double[] s = new double[k];
            for (int i = 0; i < k; i++) {
                w[i] = node.get("weights").get(i).asDouble();
                m[i] = node.get("means").get(i).asDouble();
                double scale = node.get("scales").get(i).asDouble();
                s[i] = scale == 0 ? Double.POSITIVE_INFINITY : scale;
            }
            return new Fit(node.get("intercept").asDouble(), w, m, s);
        }

        private static double round(double v) {
            return Math.round(v * 1e6) / 1e6;
        }
    }

    /**
     * Fits rows {@code x} to targets {@code y}.
     *
     * @param lambda the penalty, in units of rows (0.01 = 1% of the data's own weight on each coefficient)
     */
    public static Fit fit(double[][] x, double[] y, double lambda) {
        int n = x.length;
        int k = x[0].length;
        double[] means = new double[k];
        double[] scales = new double[k];
        standardisation(x, means, scales);
        double meanY = 0;
        for (double v : y) {
            meanY += v / n;
        }
        double[][] a = new double[k][k + 1];
        for (int r = 0; r < n; r++) {
            double[] z = new double[k];
            for (int i = 0; i < k; i++) {
                z[i] = Double.isInfinite(scales[i]) ? 0 : (x[r][i] - means[i]) / scales[i];
            }
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    a[i][j] += z[i] * z[j];
                }
                a[i][k] += z[i] * (y[r] - meanY);
            }
        }
        for (int i = 0; i < k; i++) {
            a[i][i] += lambda * n;
        }
        return new Fit(meanY, solve(a, k), means, scales);
    }

    /** The means and standard deviations of the columns of {@code x}; a constant column gets an infinite scale. */
    static void standardisation(double[][] x, double[] means, double[] scales) {
        int n = x.length;
        int k = means.length;
        for (double[] row : x) {
            for (int i = 0; i < k; i++) {
                means[i] += row[i] / n;
            }
        }
        for (double[] row : x) {
            for (int i = 0; i < k; i++) {
                scales[i] += (row[i] - means[i]) * (row[i] - means[i]) / n;
            }
        }
        for (int i = 0; i < k; i++) {
            // A constant feature (all pairs in one language, say) gets no weight rather than a division by zero.
            scales[i] = scales[i] > 1e-12 ? Math.sqrt(scales[i]) : Double.POSITIVE_INFINITY;
        }
    }

    /** Gauss-Jordan elimination with partial pivoting of the augmented k x (k+1) system, positive definite here. */
    static double[] solve(double[][] a, int k) {
        for (int col = 0; col < k; col++) {
            int pivot = col;
            for (int r = col + 1; r < k; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            for (int r = 0; r < k; r++) {
                if (r != col && a[col][col] != 0) {
                    double f = a[r][col] / a[col][col];
                    for (int c = col; c <= k; c++) {
                        a[r][c] -= f * a[col][c];
                    }
                }
            }
        }
        double[] w = new double[k];
        for (int i = 0; i < k; i++) {
            w[i] = a[i][i] == 0 ? 0 : a[i][k] / a[i][i];
        }
        return w;
    }
}
