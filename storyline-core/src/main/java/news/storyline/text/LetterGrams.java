package news.storyline.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
 * <p>Words of four letters or fewer (with their marks, five or six) give one or two runs; a word of two letters or
 * less, marked, is one run of its own. Scripts written without spaces (Chinese, Japanese, Thai) make a sentence of
 * runs, as their analysis makes words of pairs of characters.
 */
public final class LetterGrams {
    /** Letters a run: four tell names and roots apart; three are too common, five break on inflections. */
    static final int LENGTH = 4;
    private static final char MARK = '_';

    /** Their background table, built by BackgroundTableGenerator (test scope) from the same corpora as the terms'. */
    public static final String BACKGROUND_RESOURCE = "/news/storyline/text/background-letter-grams.tsv";

    private LetterGrams() {
    }

    /** Each run of letters in the text with how often it occurs. */
    public static Map<String, Integer> counts(String text) {
        String folded = Accents.strip(text.toLowerCase(Locale.ROOT));
        // Runs are counted as four UTF-16 characters packed in a long (no letter is char 0, so a shorter run packs
        // apart from any longer one): a text of 1,000 characters makes some 1,200 runs and 500 distinct ones, and only
        // the distinct ones become strings.
        var counts = new LongIntMap(Math.max(16, folded.length()));
        long[] distinct = new long[64];
        int size = 0;
        char[] word = new char[Math.max(LENGTH, 16)];
        int length = 0;
        for (int i = 0; i <= folded.length(); i++) {
            char c = i < folded.length() ? folded.charAt(i) : ' ';
            // A surrogate pair's halves are neither letters nor digits by themselves: look at the code point.
            boolean inWord = Character.isLetterOrDigit(c) || Character.isSurrogate(c)
                    && Character.isLetterOrDigit(folded.codePointAt(Character.isHighSurrogate(c) ? i : i - 1));
            if (inWord) {
                if (length == 0) {
                    word[length++] = MARK;
                }
                if (length + 1 >= word.length) {
                    word = java.util.Arrays.copyOf(word, word.length * 2);
                }
                word[length++] = c;
            } else if (length > 0) {
                word[length++] = MARK;
                for (int start = 0; start == 0 || start + LENGTH <= length; start++) {
                    long run = pack(word, start, Math.min(length, start + LENGTH));
                    int before = counts.get(run);
                    counts.put(run, before == LongIntMap.ABSENT ? 1 : before + 1);
                    if (before == LongIntMap.ABSENT) {
                        if (size == distinct.length) {
                            distinct = java.util.Arrays.copyOf(distinct, size * 2);
                        }
                        distinct[size++] = run;
                    }
                }
                length = 0;
            }
        }
        var result = new HashMap<String, Integer>(size * 2);
        for (int k = 0; k < size; k++) {
            result.put(unpack(distinct[k]), counts.get(distinct[k]));
        }
        return result;
    }

    private static long pack(char[] word, int from, int to) {
        long packed = 0;
        for (int i = from; i < from + LENGTH; i++) {
            packed = packed << 16 | (i < to ? word[i] : 0);
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
        try (InputStream in = LetterGrams.class.getResourceAsStream(BACKGROUND_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BACKGROUND_RESOURCE);
            }
            return DocumentFrequencies.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
