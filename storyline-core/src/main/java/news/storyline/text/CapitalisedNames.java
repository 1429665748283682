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
    private static final String SENTENCE_END_CHARS = ".!?:;\"“”»«\n";
    private static final Pattern APOSTROPHES = Pattern.compile("[’'`]");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{Nd}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of(
            "in", "at", "from", "near", "into", "across", "outside", // en
            "nach", "aus", "bei", "im", // de ("in" above)
            "en", "desde", "hacia", // es
            "à", "au", "aux", "vers", // fr
            "w", "we", "z", "ze", "do", // pl
            "a", "da", "di", "em", "no", "na"); // it, pt
    private static final int MAX_NAME_WORDS = 6;
    // A lower-case ending after an apostrophe is a possessive or a case suffix, not the name: "Iraq's",
    // "İstanbul'da", "Ankara’nın". An upper-case one is part of it ("O'Neil").
    private static final Pattern SUFFIX = Pattern.compile("['’]\\p{Ll}*$");
    /** Compiled once: String.split compiles a pattern of more than one character at every call. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private CapitalisedNames() {
    }

    /** The names found, each once, by key (lower case, no accents) to its first spelling. */
    public record Found(Map<String, String> names, Map<String, String> places) {
    }

    public static Found in(String text) {
        var names = new LinkedHashMap<String, String>();
        var places = new LinkedHashMap<String, String>();
        // Whether a sentence-initial word also stands capitalised inside a sentence, asked once per word: a long text
        // starts many sentences with the same few words.
        var insideByWord = new java.util.HashMap<String, Boolean>();
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            String name = m.group();
            String[] words = SPACES.split(name);
            if (java.util.Arrays.stream(words).filter(w -> Character.isUpperCase(w.charAt(0))).count()
                    > MAX_NAME_WORDS) {
                continue;
            }
            int start = m.start();
            boolean sentenceStart = sentenceStartsAt(text, start);
            // A sentence's first word is capitalised whatever it is ("Overnight", "Several", "Meanwhile"): it is
            // taken as (part of) a name only when the text also capitalises it inside a sentence.
            if (sentenceStart && !insideByWord.computeIfAbsent(words[0], w -> capitalisedInside(w, text))) {
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
        String bare = SUFFIX.matcher(name).replaceAll("");
        String plain = Normalizer.isNormalized(bare, Normalizer.Form.NFKD) ? bare
                : MARKS.matcher(Normalizer.normalize(bare, Normalizer.Form.NFKD)).replaceAll("");
        String lower = APOSTROPHES.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("");
        return NOT_WORD.matcher(lower).replaceAll(" ").strip();
    }

    /**
     * Whether a sentence starts at this offset: the text's start, or after a sentence end, a colon, a quote or a line
     * break (spaces between), or after two spaces or more (a headline's end in run-together text).
     */
    static boolean sentenceStartsAt(String text, int offset) {
        int i = offset - 1;
        int spaces = 0;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            if (text.charAt(i) == '\n') {
                return true;
            }
            spaces++;
            i--;
        }
        return i < 0 || spaces >= 2 || SENTENCE_END_CHARS.indexOf(text.charAt(i)) >= 0;
    }

    /** Whether the word stands capitalised somewhere not at a sentence's start. */
    private static boolean capitalisedInside(String word, String text) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            boolean whole = (at == 0 || !Character.isLetter(text.charAt(at - 1)))
                    && (at + word.length() == text.length() || !Character.isLetter(text.charAt(at + word.length())));
            if (whole && !sentenceStartsAt(text, at)) {
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
