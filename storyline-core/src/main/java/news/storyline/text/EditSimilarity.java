package news.storyline.text;

/**
 * How alike two strings are by edit distance: 1 - distance / longer length. Computed with a bound, so that
 * clearly different strings cost little.
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

    /** Levenshtein distance, giving up as soon as it must exceed {@code max}. */
    private static boolean distanceWithin(String a, String b, int max) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > max) {
                return false;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()] <= max;
    }
}
