package news.storyline.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
    /** Lower-case particles that may sit inside a name ("Islamic State of Iraq", "Ibn al Khattab", "van der Leyen"). */
    private static final Set<String> PARTICLES = Set.of(
            "of", "the", "and", "de", "del", "la", "van", "der", "von", "al", "bin", "ibn", "du", "da", "di", "y");
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
        var run = new NameRun();
        for (int from = 0; run.find(text, from); from = run.end) {
            if (run.capitalisedWords > MAX_NAME_WORDS) {
                continue;
            }
            String name = text.substring(run.start, run.end);
            int start = run.start;
            // A sentence's first word is capitalised whatever it is ("Overnight", "Several", "Meanwhile"): it is
            // taken as (part of) a name only when the text also capitalises it inside a sentence.
            if (sentenceStartsAt(text, start) && !insideByWord.computeIfAbsent(
                    text.substring(run.start, run.firstWordEnd), w -> capitalisedInside(w, text))) {
                if (run.firstWordEnd == run.end) {
                    continue;
                }
                start = skipSpaces(text, run.firstWordEnd);
                name = text.substring(start, run.end);
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

    /**
     * The next run of capitalised words: a word (an upper-case letter, then letters, marks, digits, apostrophes or
     * hyphens: "al-Maliki", "O'Neil"), then more such words, each after spaces and any particles. Found by hand, not
     * by a pattern's search (a test holds the two to the same runs): every article's text is scanned so, and the
     * search, trying each offset in turn, took a tenth of clustering a stream end to end.
     */
    static final class NameRun {
        int start;
        int end;
        /** Where the run's first word ends. */
        int firstWordEnd;
        /** Its words that start with an upper-case letter, as {@link Character#isUpperCase(char)} says. */
        int capitalisedWords;

        /** Finds the first run at or after {@code from}; false when there is none. */
        boolean find(String text, int from) {
            int at = from;
            while (at < text.length() && !isUpper(text.codePointAt(at))) {
                at += Character.charCount(text.codePointAt(at));
            }
            if (at >= text.length()) {
                return false;
            }
            start = at;
            end = wordEnd(text, at);
            firstWordEnd = end;
            capitalisedWords = Character.isUpperCase(text.charAt(at)) ? 1 : 0;
            // More words, each after spaces and any lower-case particles ("of", "al", "van der"), while one follows
            // on the same line: a line break ends a name, as a headline's last word and the body's first are two
            // ("Militants seize Mosul" over "Militants seized ...": not a name "Mosul Militants").
            while (true) {
                int next = skipLineSpaces(text, end);
                if (next == end) {
                    return true;
                }
                int particleEnd;
                while ((particleEnd = particleEnd(text, next)) > 0) {
                    next = skipLineSpaces(text, particleEnd);
                }
                if (next >= text.length() || !isUpper(text.codePointAt(next))) {
                    return true;
                }
                capitalisedWords += Character.isUpperCase(text.charAt(next)) ? 1 : 0;
                end = wordEnd(text, next);
            }
        }

        /** The end of the particle at this offset when one stands there with a space after it, else 0. */
        private static int particleEnd(String text, int at) {
            int end = at;
            while (end < text.length() && text.charAt(end) >= 'a' && text.charAt(end) <= 'z') {
                end++;
            }
            return end > at && end < text.length() && isLineSpace(text.charAt(end))
                    && PARTICLES.contains(text.substring(at, end)) ? end : 0;
        }

        /** The end of a word's letters, marks, digits, apostrophes and hyphens, from its first letter at {@code at}. */
        private static int wordEnd(String text, int at) {
            int end = at + Character.charCount(text.codePointAt(at));
            while (end < text.length()) {
                int c = text.codePointAt(end);
                if (!isWordPart(c)) {
                    break;
                }
                end += Character.charCount(c);
            }
            return end;
        }
    }

    /** The pattern's {@code \p{Lu}}. */
    private static boolean isUpper(int c) {
        return Character.getType(c) == Character.UPPERCASE_LETTER;
    }

    /** The pattern's {@code [\p{L}\p{M}\p{Nd}'’\-]}. */
    private static boolean isWordPart(int c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '\'' || c == '-';
        }
        if (c == '’' || Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.DECIMAL_DIGIT_NUMBER;
    }

    /** The pattern's {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isPatternSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /** A space within a line: the pattern's {@code \s} but line feed and carriage return. */
    private static boolean isLineSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u000B' || c == '\f';
    }

    /**
     * Past the spaces between two words of a name: one, or a tab; none where two spaces or more part them, which is
     * how run-together text marks a headline's end (the headline and the body's first name are two names).
     */
    private static int skipLineSpaces(String text, int at) {
        int from = at;
        while (at < text.length() && isLineSpace(text.charAt(at))) {
            at++;
        }
        return at - from > 1 && text.charAt(from) == ' ' && text.charAt(from + 1) == ' ' ? from : at;
    }

    private static int skipSpaces(String text, int at) {
        while (at < text.length() && isPatternSpace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    /** The matching key of a name: lower case without accents or punctuation, so "Ninewa" and "ninewa" meet. */
    public static String key(String name) {
        String ascii = asciiKey(name);
        if (ascii != null) {
            return ascii;
        }
        String bare = SUFFIX.matcher(name).replaceAll("");
        // Marks go whether composed ("é") or already apart ("Fi̇yat", Turkish dotted I written as I and a dot).
        String plain = MARKS.matcher(Normalizer.normalize(bare, Normalizer.Form.NFKD)).replaceAll("");
        String lower = APOSTROPHES.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("");
        return NOT_WORD.matcher(lower).replaceAll(" ").strip();
    }

    /**
     * What {@link #key} makes of a name all in ASCII (most are), in one pass instead of four patterns; null for any
     * other name.
     */
    private static String asciiKey(String name) {
        int length = name.length();
        for (int i = 0; i < length; i++) {
            if (name.charAt(i) >= 128) {
                return null;
            }
        }
        if (length > 0 && (name.charAt(length - 1) == '\n' || name.charAt(length - 1) == '\r')) {
            // The possessive pattern's "$" also matches before a last line break: left to the patterns.
            return null;
        }
        // A possessive ending goes: an apostrophe and lower-case letters to the end ("Iraq's").
        int apostrophe = name.lastIndexOf('\'');
        if (apostrophe >= 0) {
            int i = apostrophe + 1;
            while (i < length && name.charAt(i) >= 'a' && name.charAt(i) <= 'z') {
                i++;
            }
            if (i == length) {
                length = apostrophe;
            }
        }
        var key = new StringBuilder(length);
        boolean gap = false;
        for (int i = 0; i < length; i++) {
            char c = name.charAt(i);
            if (c == '\'' || c == '`') {
                continue;
            }
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (gap && !key.isEmpty()) {
                    key.append(' ');
                }
                gap = false;
                key.append(c);
            } else {
                gap = true;
            }
        }
        return key.toString();
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

    /**
     * Words of the names, for overlap between "Nouri al-Maliki" and "Maliki". A word in Cyrillic is taken without its
     * case ending (Lucene's light Russian stemmer), since those languages decline names: "Путин", "Путина" and
     * "Путиным" are one name, "Мосул" and "Мосуле" one place, as they are one in English.
     */
    public static List<String> words(Iterable<String> keys) {
        var words = new ArrayList<String>();
        for (String key : keys) {
            for (String word : key.split(" ")) {
                if (word.length() > 1) {
                    words.add(caseless(word));
                }
            }
        }
        return words;
    }

    private static String caseless(String word) {
        if (Character.UnicodeScript.of(word.codePointAt(0)) != Character.UnicodeScript.CYRILLIC) {
            return word;
        }
        char[] letters = word.toCharArray();
        int length = RUSSIAN.stem(letters, letters.length);
        return length >= 2 ? new String(letters, 0, length) : word;
    }

    private static final org.apache.lucene.analysis.ru.RussianLightStemmer RUSSIAN =
            new org.apache.lucene.analysis.ru.RussianLightStemmer();
}
