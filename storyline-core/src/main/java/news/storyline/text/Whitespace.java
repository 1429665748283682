package news.storyline.text;

/** White space in text as it comes: runs of it, no-break spaces included, are one gap between words. */
public final class Whitespace {
    private Whitespace() {
    }

    /** The text with each run of white space folded into one space and the ends trimmed. */
    public static String fold(String text) {
        var folded = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                space = true;
            } else {
                if (space && !folded.isEmpty()) {
                    folded.append(' ');
                }
                folded.append(c);
                space = false;
            }
        }
        return folded.toString();
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

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
