package news.storyline.text;

/**
 * C1 control characters (U+0080 to U+009F) in text are almost never controls: they are Windows-1252 punctuation
 * that went through a Latin-1 step, or numeric references such as "&#146;" that legacy publishing tools write for
 * a curly quote. Browsers show them as the Windows-1252 characters they mean, and so does this mapping. The five
 * code points Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay as they are, as in browsers.
 */
public final class C1Controls {
    private static final char[] WINDOWS_1252 = {
            '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
            '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
            '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
            '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178'};

    private C1Controls() {
    }

    /** The text with each C1 control replaced by its Windows-1252 character; the same string when it has none. */
    public static String toWindows1252(String text) {
        int first = firstC1(text);
        if (first < 0) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (int i = first; i < chars.length; i++) {
            if (isC1(chars[i])) {
                chars[i] = WINDOWS_1252[chars[i] - 0x80];
            }
        }
        return new String(chars);
    }

    private static int firstC1(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isC1(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isC1(char c) {
        return c >= 0x80 && c <= 0x9F;
    }
}
