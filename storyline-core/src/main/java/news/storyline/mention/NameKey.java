package news.storyline.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import news.storyline.text.Accents;

/**
 * The keys a name is compared by. {@link #of} folds what spelling variants of one name differ in: case, accents,
 * apostrophes, hyphens, the Arabic article ("al-Qaida", "Al Qaida" and "Qaida" share the key "qaida") and the small
 * joiners of long names ("Islamic State of Iraq and the Levant" and "... in Iraq and the Levant" share one).
 * {@link #phonetic} folds transliteration variants further ("Nineveh"/"Ninevah", "Qaida"/"Qaeda").
 */
public final class NameKey {
    /** Words that join the parts of a long name and say nothing about which name it is. */
    static final Set<String> JOINERS = Set.of("of", "the", "in", "and", "for", "on", "at", "to", "de", "del", "della",
            "da", "di", "do", "dos", "das", "du", "des", "la", "le", "van", "von", "der", "den", "y", "&");
    /** The Arabic article and its assimilated forms, written before a name with a hyphen or a space. */
    static final Set<String> ARTICLES = Set.of("al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ath", "adh", "ez", "ed", "es", "et");
    /** What follows a name to tell a son from his father, as written ("Jr.", "III"). */
    private static final Set<String> WRITTEN_GENERATIONS = Set.of("Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV");
    /** The same, lower-cased. */
    static final Set<String> GENERATIONS = WRITTEN_GENERATIONS.stream().map(g -> g.toLowerCase(Locale.ROOT))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Apostrophes and the letters written for them, dropped inside a word ("O'Neil" as "oneil"). */
    private static final String APOSTROPHE_CHARS = "'’‘`ʻʿʾ";

    private NameKey() {
    }

    /**
     * The name's words, folded: lower case, no accents or apostrophes, hyphens as spaces. A loop over the characters,
     * not a regular expression's replace and split: the key is asked for each mention many times while grouping,
     * and in a profile of naming stories the expressions were one of the largest parts of the grouping's time.
     */
    static List<String> words(String name) {
        String folded = Accents.strip(name).toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        var word = new StringBuilder();
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            i += Character.charCount(c);
            if (APOSTROPHE_CHARS.indexOf(c) >= 0) {
                continue;
            }
            if (Character.isLetter(c) || Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER || c == '&') {
                word.appendCodePoint(c);
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    /**
     * The name without the generation written after it ("Anthony LaCalamita III", "Martin Luther King, Jr." as
     * "Anthony LaCalamita", "Martin Luther King"): the one person's name where a story needs no namesake told apart.
     * A name of one word keeps it.
     */
    public static String withoutGeneration(String name) {
        int space = name.lastIndexOf(' ');
        String last = name.substring(space + 1);
        if (space < 0 || !WRITTEN_GENERATIONS.contains(last)) {
            return name;
        }
        String rest = name.substring(0, space).stripTrailing();
        return rest.endsWith(",") ? rest.substring(0, rest.length() - 1) : rest;
    }

    /** The key: folded words without articles and joiners, one space between. */
    public static String of(String name) {
        List<String> words = words(name);
        var key = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            boolean last = i == words.size() - 1;
            // "al" before a further word is the article; a name that is only "Al" keeps it.
            if ((ARTICLES.contains(w) && !last) || (JOINERS.contains(w) && words.size() > 1)) {
                continue;
            }
            if (!key.isEmpty()) {
                key.append(' ');
            }
            key.append(w);
        }
        return key.isEmpty() ? String.join(" ", words) : key.toString();
    }

    /** The initials of a key's words: "islamic state iraq levant" gives "isil". */
    public static String initials(String key) {
        var initials = new StringBuilder();
        for (String w : key.split(" ")) {
            if (!w.isEmpty()) {
                initials.append(w.charAt(0));
            }
        }
        return initials.toString();
    }

    /**
     * A sound key: every run of vowels as one "a", doubled letters single, a final "h" after a vowel dropped, "q"/"k"
     * and "ph"/"f" alike. Transliterations of one name mostly differ in exactly these.
     */
    public static String phonetic(String key) {
        var out = new StringBuilder(key.length());
        String s = key.replace("ph", "f").replace("ou", "u").replace('q', 'k').replace("ck", "k");
        char previous = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean vowel = "aeiouy".indexOf(c) >= 0;
            char mapped = vowel ? 'a' : c;
            boolean finalH = c == 'h' && (i == s.length() - 1 || s.charAt(i + 1) == ' ') && previous == 'a';
            if (mapped != previous && !finalH) {
                out.append(mapped);
            }
            previous = finalH ? previous : mapped;
        }
        return out.toString();
    }

    /** Letters in the key, spaces not counted. */
    static int letters(String key) {
        int n = 0;
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) != ' ') {
                n++;
            }
        }
        return n;
    }
}
