package news.storyline.story.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterScoresTest {
    // Expected figures from ../shared/tools/score.py clusters on the same labels (4 decimals).
    @Test
    void matchesTheReferenceScorerOnAMixedClustering() {
        List<String> gold = List.of("a", "a", "a", "b", "b", "c", "c", "c", "c", "d");
        List<String> pred = List.of("x", "x", "y", "y", "y", "z", "z", "z", "w", "w");
        ClusterScores s = ClusterScores.of(gold, pred);
        assertThat(s.n()).isEqualTo(10);
        assertThat(s.kGold()).isEqualTo(4);
        assertThat(s.kPred()).isEqualTo(4);
        assertThat(s.b3Precision()).isCloseTo(0.7667, within(1e-4));
        assertThat(s.b3Recall()).isCloseTo(0.7167, within(1e-4));
        assertThat(s.b3F1()).isCloseTo(0.7408, within(1e-4));
        assertThat(s.pairPrecision()).isCloseTo(0.625, within(1e-4));
        assertThat(s.pairRecall()).isCloseTo(0.5, within(1e-4));
        assertThat(s.pairF1()).isCloseTo(0.5556, within(1e-4));
        assertThat(s.ari()).isCloseTo(0.4462, within(1e-4));
        assertThat(s.vMeasure()).isCloseTo(0.7183, within(1e-4));
    }

    @Test
    void perfectAndAllSingletons() {
        List<Integer> gold = List.of(1, 1, 2, 2);
        ClusterScores perfect = ClusterScores.of(gold, List.of("p", "p", "q", "q"));
        assertThat(perfect.b3F1()).isEqualTo(1.0);
        assertThat(perfect.ari()).isEqualTo(1.0);
        assertThat(perfect.vMeasure()).isCloseTo(1.0, within(1e-12));
        ClusterScores singletons = ClusterScores.of(gold, List.of(1, 2, 3, 4));
        assertThat(singletons.b3Precision()).isEqualTo(1.0);
        assertThat(singletons.b3Recall()).isEqualTo(0.5);
        assertThat(singletons.pairF1()).isEqualTo(0.0);
    }
}
