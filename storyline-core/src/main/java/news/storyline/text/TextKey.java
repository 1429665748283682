package news.storyline.text;

import java.text.Normalizer;

/**
 * The form of a paragraph two copies share even when a scrape changed case, quotes, dashes, spacing or
 * punctuation: Unicode-compatibility folded, lower case, letters and digits separated by single spaces.
 */
public final class TextKey {
    private TextKey() {
    }

    public static String of(String text) {
        String folded = isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
        var key = new StringBuilder(folded.length());
        boolean gap = false;
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                if (gap && !key.isEmpty()) {
                    key.append(' ');
                }
                key.appendCodePoint(Character.toLowerCase(c));
                gap = false;
            } else {
                gap = true;
            }
        }
        return key.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }

    public static int words(String key) {
        return key.isEmpty() ? 0 : key.split(" ").length;
    }
}
