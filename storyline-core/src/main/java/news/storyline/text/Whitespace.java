package news.storyline.text;

/** White space in text as it comes: runs of it, no-break spaces included, are one gap between words. */
public final class Whitespace {
    private Whitespace() {
    }

    /** The text with each run of white space folded into one space and the ends trimmed. */
    public static String fold(String text) {
        // Into a plain array: most of cleaning's text passes through here, and a builder checks its capacity and
        // coder at every character.
        char[] folded = new char[text.length()];
        int n = 0;
        boolean space = false;
        boolean unchanged = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                // Unchanged while each run of white space is one plain space between words.
                unchanged &= c == ' ' && !space && n > 0;
                space = true;
            } else {
                if (space && n > 0) {
                    folded[n++] = ' ';
                }
                folded[n++] = c;
                space = false;
            }
        }
        return unchanged && n == text.length() ? text : new String(folded, 0, n);
    }

    /** How many words the white space separates. */
    public static int wordCount(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = isSpace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    /**
     * Unicode's white space, and the invisible spaces pages carry: the zero-width space and the byte-order mark
     * (U+FEFF) left in the middle of text by pasting, which would otherwise make a paragraph of nothing visible.
     */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }
}
