package news.storyline.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words a text writes for its index terms: "militants" for the stem "milit", "province" for "provinc", "möglich"
 * for the German analyzer's "moglich", so that evidence shown to a person reads as the articles do, not as the index
 * does.
 *
 * <p>Index terms are not kept with their words (the offsets of a whole text's terms would be held for every article
 * for the sake of a few shown terms), so the word is found again: among the text's words that begin with the term's
 * first letters, accents and case aside, the one the language's analyzer turns into the term, in the text's commonest
 * spelling of it ("Mosul" for "mosul"). Words that begin as the whole term does (its last letter aside, for stems like
 * "citi" of "city") are tried first, the commonest first; then a few more that share its first three letters (stemmers
 * that change a word's inside, as Polish's does); and for a term still unfound, words that hold its first letters
 * anywhere (stemmers that take a word's beginning off, as Arabic's does). A term none turns into (a character pair of
 * a Chinese text, say) is shown as it is.
 */
public final class SurfaceForms {
    /** Letters a word must share with a term to be tried at all. */
    private static final int SHARED_START = 3;
    /** Marks that join the parts of one token: "11,2", "wien.gv.at", "Ben's", "Ben’s". */
    private static final String JOINING = ".,'’";
    /** How many words beginning as the term does are analysed, then how many others sharing its first letters. */
    private static final int TRIED = 4;
    private static final int TRIED_WIDER = 8;
    /**
     * A word without an apostrophe first ("Iraq" before "Iraq's", which the analyzer reads as the same term); then
     * the commonest; of two as common, the shorter (the plain form before its derivations).
     */
    private static final Comparator<Word> LIKELIEST = Comparator.<Word, Boolean>comparing(
                    w -> w.folded.indexOf('\'') >= 0 || w.folded.indexOf('’') >= 0)
            .thenComparingInt(w -> -w.count)
            .thenComparingInt(w -> w.folded.length()).thenComparing(w -> w.folded);

    private SurfaceForms() {
    }

    /** Each term's word in the text, in the terms' order (a term none of its words turns into, as it is). */
    public static List<String> of(List<String> terms, String text, String language) {
        List<String> found = found(terms, text, language);
        var forms = new ArrayList<String>(terms.size());
        for (int i = 0; i < terms.size(); i++) {
            forms.add(found.get(i) == null ? terms.get(i) : found.get(i));
        }
        return forms;
    }

    /**
     * As {@link #of}, with null for a term none of the text's words turns into, so that a caller can look for it in
     * another text.
     */
    public static List<String> found(List<String> terms, String text, String language) {
        if (terms.isEmpty() || text == null) {
            return java.util.Arrays.asList(new String[terms.size()]);
        }
        var folded = new ArrayList<String>(terms.size());
        var starts = new ArrayList<String>(terms.size());
        for (String term : terms) {
            folded.add(fold(term));
            starts.add(start(folded.get(folded.size() - 1)));
        }
        Map<String, Word> words = words(text, starts, false);
        var forms = new ArrayList<String>(terms.size());
        var unfound = new ArrayList<Integer>();
        for (int i = 0; i < terms.size(); i++) {
            String found = form(terms.get(i), folded.get(i), starts.get(i), words, language);
            forms.add(found);
            if (found == null) {
                unfound.add(i);
            }
        }
        if (!unfound.isEmpty()) {
            // Stemmers that take a word's beginning off (Arabic's article and prefixes: "مصر" of "ومصر") leave a
            // term that stands inside its word: a second look, for those terms only, at words that hold its start.
            var inside = new ArrayList<String>();
            unfound.forEach(i -> inside.add(starts.get(i)));
            Map<String, Word> holding = words(text, inside, true);
            for (int i : unfound) {
                String start = starts.get(i);
                var candidates = new ArrayList<Word>();
                holding.values().forEach(w -> {
                    if (w.folded.contains(start)) {
                        candidates.add(w);
                    }
                });
                candidates.sort(LIKELIEST);
                // Or, for a part of a German compound ("stoff" of "Impfstoffsuche"), the compound that holds it.
                String found = firstTurningInto(terms.get(i), candidates, TRIED_WIDER, language, true);
                if (found != null) {
                    forms.set(i, found);
                }
            }
        }
        return forms;
    }

    /** The beginning a word must share with the term: all of it but its last letter ("wa" for "wai" of "way"). */
    private static String prefix(String folded) {
        return folded.length() > 1 ? folded.substring(0, folded.length() - 1) : folded;
    }

    /** The first letters a word must share with the term to be tried at all. */
    private static String start(String folded) {
        String prefix = prefix(folded);
        return prefix.substring(0, Math.min(SHARED_START, prefix.length()));
    }

    /** A word of the text: its folded form, and how often each spelling of it stands. */
    private static final class Word {
        final String folded;
        final Map<String, Integer> spellings = new HashMap<>();
        int count;

        Word(String folded) {
            this.folded = folded;
        }

        String commonestSpelling() {
            return spellings.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
        }
    }

    /** The term's word among those beginning with its first letters, or null. */
    private static String form(String term, String folded, String start, Map<String, Word> words,
                               String language) {
        String prefix = prefix(folded);
        var close = new ArrayList<Word>();
        var wider = new ArrayList<Word>();
        for (Word word : words.values()) {
            if (word.folded.startsWith(prefix)) {
                close.add(word);
            } else if (word.folded.startsWith(start)) {
                wider.add(word);
            }
        }
        close.sort(LIKELIEST);
        wider.sort(LIKELIEST);
        String found = firstTurningInto(term, close, TRIED, language, false);
        return found != null ? found : firstTurningInto(term, wider, TRIED_WIDER, language, false);
    }

    /**
     * The first candidate the analyzer turns into the term (its own term first: a German compound's parts follow it at
     * its place); failing that and {@code orHolding}, the first whose terms hold it; else null. Each candidate is
     * analysed once.
     */
    private static String firstTurningInto(String term, List<Word> candidates, int limit, String language,
                                           boolean orHolding) {
        String holding = null;
        for (int i = 0; i < Math.min(limit, candidates.size()); i++) {
            String spelling = candidates.get(i).commonestSpelling();
            AnalyzedText analysed = AnalyzedText.of(spelling, language);
            if (analysed.size() >= 1 && analysed.terms()[0].equals(term)
                    && (analysed.size() == 1 || analysed.starts()[analysed.size() - 1] == analysed.starts()[0])) {
                return spelling;
            }
            if (orHolding && holding == null && java.util.Arrays.asList(analysed.terms()).contains(term)) {
                holding = spelling;
            }
        }
        return holding;
    }

    /**
     * The text's words that begin with one of the starts (or, {@code inside}, hold one anywhere), accents and case
     * aside, by lower-cased spelling; only those words are copied out: a text has hundreds of words, and a handful
     * of terms is shown. A word runs on over a dot, comma or apostrophe between two of its letters or digits, as the
     * analyzers read "11,2", "wien.gv.at" or "Ben's".
     */
    private static Map<String, Word> words(String text, List<String> starts, boolean inside) {
        var words = new HashMap<String, Word>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!Character.isLetterOrDigit(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int begin = i;
            // A letter of Chinese, Japanese or Thai is a word of its own, as in a text's key: a run of them is a
            // clause, which would be shown for any term it holds ("摩苏尔位于巴格达以北约350公里" for "350").
            i = TextKey.writtenWithoutSpaces(cp) ? i + Character.charCount(cp) : wordEnd(text, i);
            boolean ascii = TextKey.isAscii(text, begin, i);
            String folded = null;
            for (String start : starts) {
                boolean matches;
                if (ascii && !inside) {
                    matches = i - begin >= start.length() && text.regionMatches(true, begin, start, 0, start.length());
                } else {
                    folded = folded == null ? fold(text.substring(begin, i)) : folded;
                    matches = inside ? folded.contains(start) : folded.startsWith(start);
                }
                if (matches) {
                    String spelling = text.substring(begin, i);
                    String key = spelling.toLowerCase(Locale.ROOT);
                    final String foldedKey = folded == null ? key : folded;
                    Word word = words.computeIfAbsent(key, k -> new Word(foldedKey));
                    word.spellings.merge(spelling, 1, Integer::sum);
                    word.count++;
                    break;
                }
            }
        }
        return words;
    }

    /**
     * Where the word from {@code i} ends: it runs over letters and digits, and over a dot, comma or apostrophe between
     * two of them, up to a letter of a script written without spaces.
     */
    private static int wordEnd(String text, int i) {
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (TextKey.writtenWithoutSpaces(c)) {
                break;
            } else if (Character.isLetterOrDigit(c)) {
                i += Character.charCount(c);
            } else if (JOINING.indexOf(c) >= 0 && i + 1 < text.length()
                    && Character.isLetterOrDigit(text.codePointAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /** Lower case without accents, "ß" as "ss": "Möglich" and the analyzer's "moglich" begin alike. */
    static String fold(String s) {
        return Accents.strip(s.toLowerCase(Locale.ROOT)).replace("ß", "ss");
    }
}
