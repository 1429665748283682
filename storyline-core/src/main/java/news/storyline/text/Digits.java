package news.storyline.text;

/**
 * Decimal digits of other scripts read as ASCII ones: Arabic-Indic (١٠ يونيو ٢٠١٤), Persian, Devanagari, full-width
 * (２０１４年) and the rest of Unicode's decimal digits. Dates and numbers are read by patterns of ASCII digits; each of
 * these digits is one UTF-16 unit, as its ASCII twin is, so the folded text has the same length and every offset
 * found in it stands for the same place in the original, whose own spelling is what evidence shows.
 */
public final class Digits {
    private Digits() {
    }

    /** The text with every decimal digit as its ASCII digit; the text itself when it has none other (most do not). */
    public static String ascii(String text) {
        int first = firstOther(text);
        if (first < 0) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (int i = first; i < chars.length; i++) {
            if (isOther(chars[i])) {
                chars[i] = (char) ('0' + Character.digit(chars[i], 10));
            }
        }
        return new String(chars);
    }

    /** Where the first decimal digit other than an ASCII one stands; -1 when there is none. */
    private static int firstOther(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isOther(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** A decimal digit other than an ASCII one. */
    private static boolean isOther(char c) {
        return c >= 128 && Character.isDigit(c);
    }
}
