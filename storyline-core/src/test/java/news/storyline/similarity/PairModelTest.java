package news.storyline.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PairModelTest {
    @Test
    void bundledModelsReadTheirFeaturesAndRouteLanguagesToTheirGroups() {
        PairModel fast = PairModel.fast();
        PairModel accurate = PairModel.accurate();
        assertThat(fast.features()).isEqualTo(PairFeatures.NAMES);
        assertThat(accurate.features()).isEqualTo(PairFeatures.EMBEDDED_NAMES);

        assertThat(accurate.groupOf("en", "en")).isEqualTo(PairModel.Group.ENGLISH);
        assertThat(accurate.groupOf("de", "en")).isEqualTo(PairModel.Group.CROSS_LANGUAGE);
        assertThat(accurate.groupOf("de", "de")).isEqualTo(PairModel.Group.ANY);
        assertThat(accurate.groupOf("en", null)).isEqualTo(PairModel.Group.ANY);
        // The lexical model reads English no better than other languages: it has no English group.
        assertThat(fast.groupOf("en", "en")).isEqualTo(PairModel.Group.ANY);
        assertThat(fast.groupOf("tr", "en")).isEqualTo(PairModel.Group.CROSS_LANGUAGE);
    }

    @Test
    void aGroupWithTooFewPairsIsLeftToTheGeneralFit() {
        List<String> names = List.of("bodyCosine", "embeddingCosine");
        var random = new Random(3);
        var rows = new ArrayList<double[]>();
        var languages = new ArrayList<String[]>();
        int n = 200;
        double[] overall = new double[n];
        for (int i = 0; i < n; i++) {
            double similar = random.nextDouble();
            rows.add(new double[] {similar * similar, 0.5 + similar / 2});
            // Few English pairs: fewer than a group needs.
            languages.add(i < PairModel.MIN_GROUP_PAIRS - 1 ? new String[] {"en", "en"} : new String[] {"de", "de"});
            overall[i] = 4 - 3 * similar;
        }
        var gold = new EnumMap<Dimension, double[]>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            gold.put(d, overall);
        }
        PairModel model = PairModel.fit(names, rows.toArray(double[][]::new), languages, gold,
                PairModel.groupsFor(names), PairModel.LAMBDA);
        assertThat(model.groupOf("en", "en")).isEqualTo(PairModel.Group.ANY);
        // A near-perfect linear relation is learnt: very similar near 1, unrelated near 4.
        assertThat(model.score(Dimension.OVERALL, new double[] {1, 1}, "en", "en")).isLessThan(1.3);
        assertThat(model.score(Dimension.OVERALL, new double[] {0, 0.5}, "de", "de")).isGreaterThan(3.7);

        PairModel reread = PairModel.read(model.toJson("test"));
        assertThat(reread.score(Dimension.TONE, new double[] {0.3, 0.7}, "de", "de"))
                .isEqualTo(model.score(Dimension.TONE, new double[] {0.3, 0.7}, "de", "de"),
                        org.assertj.core.data.Offset.offset(1e-4));
        assertThatThrownBy(() -> model.score(Dimension.OVERALL, new double[] {0.3}, "de", "de"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 feature values");
    }

    @Test
    void aModelWithoutItsGeneralGroupIsRefused() {
        assertThatThrownBy(() -> new PairModel(List.of("x"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("any");
    }
}
