package news.storyline.text;

import java.text.Normalizer;

/**
 * The form of a paragraph two copies share even when a scrape changed case, quotes, dashes, spacing or
 * punctuation: Unicode-compatibility folded, lower case, letters and digits separated by single spaces, each letter of
 * a script written without spaces (Chinese, Japanese, Thai ...) a word of its own.
 */
public final class TextKey {
    private TextKey() {
    }

    public static String of(String text) {
        if (isAscii(text, 0, text.length())) {
            return ofAscii(text);
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        var key = new StringBuilder(folded.length());
        boolean gap = false;
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                boolean ownWord = writtenWithoutSpaces(c);
                if ((gap || ownWord) && !key.isEmpty()) {
                    key.append(' ');
                }
                key.appendCodePoint(Character.toLowerCase(c));
                gap = ownWord;
            } else {
                gap = true;
            }
        }
        return key.toString();
    }

    /**
     * Whether the letter is of a script written without spaces between words (Chinese, Japanese kana, Thai, Lao,
     * Khmer, Burmese): each such letter stands as a word of its own in the key, so that word shingles over a Chinese
     * text are runs of characters, as a Chinese reader's words are one to four of them. Split only at punctuation, a
     * Chinese paragraph would be a handful of clause-long "words", and a copy with one word changed would share
     * almost no shingle with its original.
     */
    public static boolean writtenWithoutSpaces(int c) {
        if (c < 0x0E00) {
            return false;
        }
        return switch (Character.UnicodeScript.of(c)) {
            case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR -> true;
            default -> false;
        };
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

    /** Whether the text from {@code from} to {@code to} is plain ASCII (the surface forms' words ask too). */
    static boolean isAscii(String text, int from, int to) {
        for (int i = from; i < to; i++) {
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
