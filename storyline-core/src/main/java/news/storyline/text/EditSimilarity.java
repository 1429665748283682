package news.storyline.text;

import java.util.Arrays;

/**
 * How alike two strings are by edit distance: 1 - distance / longer length. Computed with a bound, so that
 * clearly different strings cost little: only the diagonal band of the distance table that a distance within the
 * bound can pass through is filled, which costs length times bound instead of length times length.
 */
public final class EditSimilarity {
    private EditSimilarity() {
    }

    /** Whether the similarity of a and b is at least {@code threshold} (0..1). */
    public static boolean atLeast(String a, String b, double threshold) {
        int longer = Math.max(a.length(), b.length());
        if (longer == 0) {
            return true;
        }
        int maxDistance = (int) Math.floor((1 - threshold) * longer);
        return Math.abs(a.length() - b.length()) <= maxDistance && distanceWithin(a, b, maxDistance);
    }

    /**
     * Levenshtein distance of at most {@code max}, computed in the band |i - j| <= max (a path leaving it already
     * costs more than max), giving up as soon as a whole row of the band exceeds max.
     */
    static boolean distanceWithin(String a, String b, int max) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > max) {
            return false;
        }
        // Cells outside the band hold a value above max, so they never win a minimum.
        int outside = max + 1;
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        Arrays.fill(previous, outside);
        for (int j = 0; j <= Math.min(m, max); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            int from = Math.max(1, i - max);
            int to = Math.min(m, i + max);
            Arrays.fill(current, Math.max(0, from - 1), Math.min(m, to + 1) + 1, outside);
            current[0] = i <= max ? i : outside;
            int rowMin = current[0];
            char ca = a.charAt(i - 1);
            for (int j = from; j <= to; j++) {
                int substitution = previous[j - 1] + (ca == b.charAt(j - 1) ? 0 : 1);
                int value = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
                current[j] = Math.min(value, outside);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > max) {
                return false;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[m] <= max;
    }
}
