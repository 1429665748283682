package news.storyline.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The overlapping runs of four letters within each word of a text, lower-cased and without accents, each word marked
 * at both ends: "Merkels" gives "_mer", "merk", "erke", "rkel", "kels", "els_". Two reports in two languages share
 * few words but many of these: the names as each language inflects them ("Merkel", "Merkels"), numbers, and the words
 * the languages share a root for ("Regierung" and "regime" do not, "Präsident" and "president" do). Comparing texts by
 * them is the cross-language character n-gram model (McNamee and Mayfield, 2004), which holds up for related
 * languages. On the SemEval-2022 Task 8 dev pairs the TF-IDF cosine of these runs tells the German-English pairs' overall
 * rating better than the cosine of their analysed words (Pearson 0.68 against 0.59), and the Polish, Turkish and German
 * ones a little better too, their words being inflected or compounded; English pairs it tells no better.
 *
 * <p>Words of under four letters are left out, but for numbers and words in capitals ({@link #isFunctionWordLike});
 * one of two letters, marked, is one run of its own ("_eu_"). Scripts written without spaces (Chinese, Japanese, Thai)
 * make a sentence of runs, as their analysis makes words of pairs of characters.
 */
public final class LetterGrams {
    /** Letters a run: four tell names and roots apart; three are too common, five break on inflections. */
    static final int LENGTH = 4;
    /** Letters a word needs to give runs, unless it holds a digit or is in capitals ({@link #isFunctionWordLike}). */
    static final int MIN_WORD = 4;
    private static final char MARK = '_';
    /** Characters of a text read for its runs: fifty news articles' worth. */
    static final int MAX_CHARS = 200_000;

    /** Their background table, built by BackgroundTableGenerator (test scope) from the same corpora as the terms'. */
    public static final String BACKGROUND_RESOURCE = "/news/storyline/text/background-letter-grams.tsv";

    private LetterGrams() {
    }

    /**
     * Each run of letters in the text's first {@link #MAX_CHARS} characters with how often it occurs. A news article
     * is a few thousand characters; a book-length input would cost memory (a distinct run or more a word) and tell no
     * more, as passage matching reads only its first sentences.
     */
    public static Map<String, Integer> counts(String text) {
        if (text.length() > MAX_CHARS) {
            int end = Character.isLowSurrogate(text.charAt(MAX_CHARS)) ? MAX_CHARS - 1 : MAX_CHARS;
            text = text.substring(0, end);
        }
        // Runs are counted as four UTF-16 characters packed in a long (no letter is char 0, so a shorter run packs
        // apart from any longer one): a text of 1,000 characters makes some 1,200 runs and 500 distinct ones, and only
        // the distinct ones become strings.
        var counts = new LongIntMap(Math.max(16, text.length()));
        long[] distinct = new long[64];
        int size = 0;
        int i = 0;
        while (i < text.length()) {
            int start = i;
            while (i < text.length() && Character.isLetterOrDigit(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            if (i == start) {
                i += Character.charCount(text.codePointAt(i));
                continue;
            }
            String word = text.substring(start, i);
            if (isFunctionWordLike(word)) {
                continue;
            }
            String marked = MARK + Accents.strip(word.toLowerCase(Locale.ROOT)) + MARK;
            for (int from = 0; from == 0 || from + LENGTH <= marked.length(); from++) {
                long run = pack(marked, from, Math.min(marked.length(), from + LENGTH));
                int before = counts.get(run);
                counts.put(run, before == LongIntMap.ABSENT ? 1 : before + 1);
                if (before == LongIntMap.ABSENT) {
                    if (size == distinct.length) {
                        distinct = java.util.Arrays.copyOf(distinct, size * 2);
                    }
                    distinct[size++] = run;
                }
            }
        }
        var result = new HashMap<String, Integer>(size * 2);
        for (int k = 0; k < size; k++) {
            result.put(unpack(distinct[k]), counts.get(distinct[k]));
        }
        return result;
    }

    /**
     * Whether a word is left out: one of under {@link #MIN_WORD} letters, unless it holds a digit or is written in
     * capitals ("EU", "AfD" is not, "SPD" is). Short words are most of a language's grammar ("de", "la", "der",
     * "the", "und"), which two languages share by accident ("die" is German's "the"): on the SemEval dev texts, two
     * random Spanish and French texts shared runs at a cosine of 0.230 (square root) against 0.147 for German and
     * English, and 0.191 against 0.138 without the short words, whose loss cost the German-English pairs' Pearson
     * 0.013. A shared number or acronym is the story's, whatever its length.
     */
    static boolean isFunctionWordLike(String word) {
        if (word.codePointCount(0, word.length()) >= MIN_WORD) {
            return false;
        }
        boolean capitals = word.length() >= 2;
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (Character.isDigit(c)) {
                return false;
            }
            capitals &= Character.isUpperCase(c);
        }
        return !capitals;
    }

    private static long pack(String word, int from, int to) {
        long packed = 0;
        for (int i = from; i < from + LENGTH; i++) {
            packed = packed << 16 | (i < to ? word.charAt(i) : 0);
        }
        return packed;
    }

    private static String unpack(long packed) {
        char[] chars = new char[LENGTH];
        int n = 0;
        for (int shift = 16 * (LENGTH - 1); shift >= 0; shift -= 16) {
            char c = (char) (packed >>> shift);
            if (c != 0) {
                chars[n++] = c;
            }
        }
        return new String(chars, 0, n);
    }

    /** A table of their document frequencies seeded with the bundled background (English news, as the terms'). */
    public static DocumentFrequencies withBackground() {
        return DocumentFrequencies.ofResource(BACKGROUND_RESOURCE);
    }
}
