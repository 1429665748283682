package news.storyline.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Name candidates as runs of capitalised words ("Prime Minister Nouri al-Maliki", "ISIL"), and among them the
 * place-like ones that follow a place preposition ("in Mosul", "nach Berlin", "en Madrid").
 *
 * <p>A deliberately simple extractor for lexical similarity; a mention layer with a gazetteer can replace it. The
 * first word of a sentence counts only when the text capitalises it inside a sentence too, so "The", "But" and
 * "Overnight" are not names.
 */
public final class CapitalisedNames {
    // A capitalised word: an upper-case letter then letters, digits, apostrophes or hyphens ("al-Maliki", "O'Neil").
    private static final String WORD = "\\p{Lu}[\\p{L}\\p{M}\\p{Nd}'’\\-]*";
    // Lower-case particles that may sit inside a name ("Islamic State of Iraq", "Ibn al Khattab", "van der Leyen").
    private static final String PARTICLE = "(?:of|the|and|de|del|la|van|der|von|al|bin|ibn|du|da|di|y)";
    private static final Pattern NAME = Pattern.compile(
            WORD + "(?:\\s+(?:" + PARTICLE + "\\s+)*" + WORD + ")*");
    private static final Pattern SENTENCE_END_BEFORE = Pattern.compile("(?:^|[.!?:;\"“”»«\\n]\\s*|\\s{2,})$");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of(
            "in", "at", "from", "near", "into", "across", "outside", // en
            "nach", "aus", "bei", "im", // de ("in" above)
            "en", "desde", "hacia", // es
            "à", "au", "aux", "vers", // fr
            "w", "we", "z", "ze", "do", // pl
            "a", "da", "di", "em", "no", "na"); // it, pt
    private static final int MAX_NAME_WORDS = 6;
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");

    private CapitalisedNames() {
    }

    /** The names found, each once, by key (lower case, no accents) to its first spelling. */
    public record Found(Map<String, String> names, Map<String, String> places) {
    }

    public static Found in(String text) {
        var names = new LinkedHashMap<String, String>();
        var places = new LinkedHashMap<String, String>();
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            String name = m.group();
            String[] words = name.split("\\s+");
            if (java.util.Arrays.stream(words).filter(w -> Character.isUpperCase(w.charAt(0))).count()
                    > MAX_NAME_WORDS) {
                continue;
            }
            int start = m.start();
            boolean sentenceStart = SENTENCE_END_BEFORE.matcher(text.substring(Math.max(0, start - 3), start)).find();
            // A sentence's first word is capitalised whatever it is ("Overnight", "Several", "Meanwhile"): it is
            // taken as (part of) a name only when the text also capitalises it inside a sentence.
            if (sentenceStart && !capitalisedInside(words[0], text)) {
                if (words.length == 1) {
                    continue;
                }
                name = name.substring(words[0].length()).strip();
                start += m.group().indexOf(name);
            }
            String key = key(name);
            if (key.length() < 2) {
                continue;
            }
            names.putIfAbsent(key, name);
            if (followsPlacePreposition(text, start)) {
                places.putIfAbsent(key, name);
            }
        }
        return new Found(names, places);
    }

    /** The matching key of a name: lower case without accents or punctuation, so "Ninewa" and "ninewa" meet. */
    public static String key(String name) {
        // A possessive is the same name: "Iraq's" is Iraq.
        String bare = POSSESSIVE.matcher(name).replaceAll("");
        String plain = Normalizer.normalize(bare, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[’'`]", "").replaceAll("[^\\p{L}\\p{Nd}]+", " ").strip();
    }

    /** Whether the word stands capitalised somewhere not at a sentence's start. */
    private static boolean capitalisedInside(String word, String text) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            boolean whole = (at == 0 || !Character.isLetter(text.charAt(at - 1)))
                    && (at + word.length() == text.length() || !Character.isLetter(text.charAt(at + word.length())));
            if (whole && at > 0
                    && !SENTENCE_END_BEFORE.matcher(text.substring(Math.max(0, at - 3), at)).find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean followsPlacePreposition(String text, int start) {
        int end = start;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int begin = end;
        while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
            begin--;
        }
        return begin < end && PLACE_PREPOSITIONS.contains(text.substring(begin, end).toLowerCase(Locale.ROOT));
    }

    /** Words of the names, for overlap between "Nouri al-Maliki" and "Maliki". */
    public static List<String> words(Iterable<String> keys) {
        var words = new ArrayList<String>();
        for (String key : keys) {
            for (String word : key.split(" ")) {
                if (word.length() > 1) {
                    words.add(word);
                }
            }
        }
        return words;
    }
}
