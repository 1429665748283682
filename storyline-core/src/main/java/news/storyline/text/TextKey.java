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
        if (isAscii(text)) {
            return ofAscii(text);
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
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

    /** The same key for plain ASCII, the common case, into a plain array (letters and digits are [A-Za-z0-9] there). */
    private static String ofAscii(String text) {
        char[] key = new char[text.length()];
        int n = 0;
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean upper = c >= 'A' && c <= 'Z';
            if (upper || c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (gap && n > 0) {
                    key[n++] = ' ';
                }
                key[n++] = upper ? (char) (c + ('a' - 'A')) : c;
                gap = false;
            } else {
                gap = true;
            }
        }
        return new String(key, 0, n);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }

    /** The words of a key (single spaces between them, none around): counted, not split. */
    public static int words(String key) {
        if (key.isEmpty()) {
            return 0;
        }
        int words = 1;
        for (int i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) {
            words++;
        }
        return words;
    }
}
