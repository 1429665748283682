package news.storyline.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Letters without their accents: "Möglich" as "Moglich", "Nīnawā" as "Ninawa", for matching names and words. */
public final class Accents {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Accents() {
    }

    /**
     * The text with its combining marks taken off after canonical decomposition; an ASCII text (most names and words)
     * is returned as it is, without the normaliser's cost. Letters that do not decompose ("ß", "ł") stay.
     */
    public static String strip(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
            }
        }
        return text;
    }
}
