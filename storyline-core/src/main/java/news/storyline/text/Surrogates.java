package news.storyline.text;

/**
 * Unpaired UTF-16 surrogates, which a JSON escape ("\udc00") or an HTML character reference ("&#xD800;") can put in a
 * Java string. No UTF-8 encoder will write one, so a single such character would fail a whole output file; each is
 * replaced by U+FFFD, the replacement character, as a browser does.
 */
public final class Surrogates {
    private static final char REPLACEMENT = '\uFFFD';

    private Surrogates() {
    }

    /**
     * The text with every unpaired surrogate replaced; the same instance when it has none, so that the common case
     * costs one scan and no copy. Null stays null.
     */
    public static String repair(String text) {
        if (text == null) {
            return null;
        }
        int first = firstUnpaired(text);
        if (first < 0) {
            return text;
        }
        var repaired = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                repaired.append(c).append(text.charAt(++i));
            } else {
                repaired.append(Character.isSurrogate(c) ? REPLACEMENT : c);
            }
        }
        return repaired.toString();
    }

    /** The index of the first unpaired surrogate, or -1. */
    static int firstUnpaired(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isSurrogate(c)) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else {
                return i;
            }
        }
        return -1;
    }
}
