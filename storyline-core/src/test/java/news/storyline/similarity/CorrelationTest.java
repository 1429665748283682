package news.storyline.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CorrelationTest {

    @Test
    void pearsonOfAKnownSample() {
        // r computed by hand: means 3 and 4; sxy = 6, sxx = 10, syy = 6 -> 6 / sqrt(60) = 0.774597
        double[] x = {1, 2, 3, 4, 5};
        double[] y = {2, 4, 5, 4, 5};
        assertThat(Correlation.pearson(x, y)).isCloseTo(0.774597, within(1e-6));
        assertThat(Correlation.pearson(x, new double[] {3, 3, 3, 3, 3})).isNaN();
    }

    @Test
    void spearmanGivesTiesTheirAverageRank() {
        assertThat(Correlation.ranks(new double[] {2, 4, 5, 4, 5})).containsExactly(1, 2.5, 4.5, 2.5, 4.5);
        // Pearson of ranks (1..5) and (1, 2.5, 4.5, 2.5, 4.5): sxy = 7, sxx = 10, syy = 9 -> 7 / sqrt(90) = 0.737865
        assertThat(Correlation.spearman(new double[] {1, 2, 3, 4, 5}, new double[] {2, 4, 5, 4, 5}))
                .isCloseTo(0.737865, within(1e-6));
    }

    @Test
    void aBootstrapGivesPearsonItsIntervalAndAPairedGainOverABaseline() {
        var random = new java.util.Random(7);
        int n = 200;
        double[] gold = new double[n];
        double[] model = new double[n];
        double[] baseline = new double[n];
        for (int i = 0; i < n; i++) {
            gold[i] = random.nextGaussian();
            model[i] = gold[i] + 0.6 * random.nextGaussian();
            baseline[i] = gold[i] + 1.2 * random.nextGaussian();
        }
        BootstrapInterval[] figures = Correlation.pearsonWithGain(model, baseline, gold);

        BootstrapInterval r = figures[0];
        assertThat(r.value()).isEqualTo(Correlation.pearson(model, gold));
        assertThat(r.low()).isLessThan(r.value());
        assertThat(r.high()).isGreaterThan(r.value()).isLessThan(1);
        // About 1.96 (1 - r^2) / sqrt(n) each side for r near 0.85: 0.04.
        assertThat(r.high() - r.low()).isBetween(0.03, 0.15);
        BootstrapInterval gain = figures[1];
        assertThat(gain.value()).isCloseTo(r.value() - Correlation.pearson(baseline, gold), within(1e-12));
        assertThat(gain.aboveZero()).isTrue();
        assertThat(Correlation.pearsonWithGain(baseline, model, gold)[1].belowZero()).isTrue();

        BootstrapInterval same = Correlation.pearsonWithGain(model, model, gold)[1];
        assertThat(same).isEqualTo(new BootstrapInterval(0, 0, 0));
    }
}
