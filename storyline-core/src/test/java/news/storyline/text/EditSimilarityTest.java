package news.storyline.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Random;
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

    @Test
    void theBandedDistanceAgreesWithTheFullTableOnEveryBound() {
        var random = new Random(20261124);
        for (int trial = 0; trial < 3_000; trial++) {
            String a = randomText(random, random.nextInt(30));
            String b = random.nextBoolean() ? randomText(random, random.nextInt(30)) : mutate(random, a);
            int distance = fullDistance(a, b);
            for (int max = 0; max <= 12; max++) {
                assertThat(EditSimilarity.distanceWithin(a, b, max))
                        .as("distance(%s, %s) = %d within %d", a, b, distance, max).isEqualTo(distance <= max);
            }
        }
    }

    @Test
    void twoLongAlmostEqualTextsDoNotStall() {
        // A hang guard, not a timing: 50,000 characters each fill a band 1,000 wide (5e7 cells), where the full
        // table would be 2.5e9. That the band gives the full table's answer is the test above's concern.
        var random = new Random(7);
        String a = randomText(random, 50_000);
        String b = a.substring(0, 25_000) + "x" + a.substring(25_001);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertThat(EditSimilarity.atLeast(a, b, 0.99)).isTrue());
    }

    private static String randomText(Random random, int length) {
        var text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append("abcd ".charAt(random.nextInt(5)));
        }
        return text.toString();
    }

    private static String mutate(Random random, String text) {
        var mutated = new StringBuilder(text);
        for (int edits = random.nextInt(6); edits > 0; edits--) {
            int at = mutated.isEmpty() ? 0 : random.nextInt(mutated.length());
            switch (random.nextInt(3)) {
                case 0 -> mutated.insert(at, 'e');
                case 1 -> {
                    if (!mutated.isEmpty()) {
                        mutated.deleteCharAt(at);
                    }
                }
                default -> {
                    if (!mutated.isEmpty()) {
                        mutated.setCharAt(at, 'f');
                    }
                }
            }
        }
        return mutated.toString();
    }

    /** The textbook Levenshtein table, to check the banded one against. */
    private static int fullDistance(String a, String b) {
        int[][] table = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                if (i == 0 || j == 0) {
                    table[i][j] = i + j;
                } else {
                    table[i][j] = Math.min(table[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1),
                            Math.min(table[i - 1][j], table[i][j - 1]) + 1);
                }
            }
        }
        return table[a.length()][b.length()];
    }
}
