package news.storyline.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class RidgeRegressionTest {

    @Test
    void recoversALinearRelationAndShrinksItUnderAHeavyPenalty() {
        var random = new Random(7);
        double[][] x = new double[200][];
        double[] y = new double[200];
        for (int i = 0; i < x.length; i++) {
            x[i] = new double[] {random.nextDouble(), random.nextDouble(), 0.5};
            y[i] = 3 - 2 * x[i][0] + 0.5 * x[i][1];
        }
        var fit = RidgeRegression.fit(x, y, 1e-9);
        assertThat(fit.predict(new double[] {0.2, 0.6, 0.5})).isCloseTo(3 - 0.4 + 0.3, within(1e-6));
        // The constant third column gets no weight instead of breaking the fit.
        assertThat(fit.weights()[2]).isZero();
        var shrunk = RidgeRegression.fit(x, y, 100);
        assertThat(Math.abs(shrunk.weights()[0])).isLessThan(Math.abs(fit.weights()[0]) / 10);
    }
}
