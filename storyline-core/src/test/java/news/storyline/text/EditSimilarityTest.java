package news.storyline.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EditSimilarityTest {
    @Test
    void identicalAndEmptyStringsAreAlike() {
        assertThat(EditSimilarity.atLeast("mosul", "mosul", 1.0)).isTrue();
        assertThat(EditSimilarity.atLeast("", "", 0.9)).isTrue();
    }

    @Test
    void similarityIsOneMinusDistanceOverTheLongerLength() {
        // "kitten" -> "sitting": distance 3 over 7 characters, similarity 0.571...
        assertThat(EditSimilarity.atLeast("kitten", "sitting", 0.57)).isTrue();
        assertThat(EditSimilarity.atLeast("kitten", "sitting", 0.58)).isFalse();
    }

    @Test
    void veryDifferentLengthsFailAtOnce() {
        assertThat(EditSimilarity.atLeast("a", "a much longer text", 0.5)).isFalse();
    }
}
