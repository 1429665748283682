package news.storyline.text;

/**
 * Walks a text's letters, code point by code point, for the questions asked of its script: which script most of it is
 * in ({@link LatinScript}, the language a script tells), whether it has letters enough to tell a language at all.
 */
public final class Letters {
    /** Takes a text's letters one by one, saying whether it wants more. */
    @FunctionalInterface
    public interface Taker {
        boolean take(int codePoint);
    }

    private Letters() {
    }

    /** Hands the letters among the text's first {@code codePoints} code points to the taker while it takes them. */
    public static void forEach(String text, int codePoints, Taker taker) {
        int read = 0;
        for (int i = 0; i < text.length() && read < codePoints; read++) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (Character.isLetter(codePoint) && !taker.take(codePoint)) {
                return;
            }
        }
    }
}
