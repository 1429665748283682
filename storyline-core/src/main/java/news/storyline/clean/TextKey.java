package news.storyline.clean;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form of a paragraph two copies share even when a scrape changed case, quotes, dashes, spacing or
 * punctuation: Unicode-compatibility folded, lower case, letters and digits separated by single spaces.
 */
public final class TextKey {
    private TextKey() {
    }

    public static String of(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return folded.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    public static int words(String key) {
        return key.isEmpty() ? 0 : key.split(" ").length;
    }
}
