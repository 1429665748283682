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
}
