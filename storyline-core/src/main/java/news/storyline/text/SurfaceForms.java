package news.storyline.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words a text writes for its index terms: "militants" for the stem "milit", "province" for "provinc", so that
 * evidence shown to a person reads as the articles do, not as the index does.
 *
 * <p>Index terms are not kept with their words (the offsets of a whole text's terms would be held for every article
 * for the sake of a few shown terms), so the word is found again: among the text's words that begin as the term does
 * (its last letter aside, for stems like "citi" of "city"), the most frequent one that the language's analyzer turns
 * into the term, in the text's commonest spelling of it ("Mosul" for "mosul"). A term none turns into (a character
 * pair of a Chinese text, say) is shown as it is.
 */
public final class SurfaceForms {
    /** How many of a term's likeliest words are analysed before it is shown as it is. */
    private static final int TRIED = 4;

    private SurfaceForms() {
    }

    /** Each term's word in the text, in the terms' order. */
    public static List<String> of(List<String> terms, String text, String language) {
        if (terms.isEmpty() || text == null) {
            return List.copyOf(terms);
        }
        var prefixes = new ArrayList<String>(terms.size());
        for (String term : terms) {
            prefixes.add(prefix(term));
        }
        Map<String, Map<String, Integer>> spellings = words(text, prefixes);
        var forms = new ArrayList<String>(terms.size());
        for (int i = 0; i < terms.size(); i++) {
            forms.add(form(terms.get(i), prefixes.get(i), spellings, language));
        }
        return forms;
    }

    private static String prefix(String term) {
        return term.length() > 3 ? term.substring(0, term.length() - 1) : term;
    }

    private static String form(String term, String prefix, Map<String, Map<String, Integer>> spellings,
                               String language) {
        var candidates = new ArrayList<Map.Entry<String, Integer>>();
        spellings.forEach((word, bySpelling) -> {
            if (word.startsWith(prefix)) {
                candidates.add(Map.entry(word, bySpelling.values().stream().mapToInt(Integer::intValue).sum()));
            }
        });
        // The commonest first; of two as common, the shorter (the plain form before its derivations).
        candidates.sort(Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(e -> e.getKey().length()).thenComparing(Map.Entry.comparingByKey()));
        for (int i = 0; i < Math.min(TRIED, candidates.size()); i++) {
            String word = candidates.get(i).getKey();
            AnalyzedText analysed = AnalyzedText.of(word, language);
            if (analysed.size() == 1 && analysed.terms()[0].equals(term)) {
                return spellings.get(word).entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
            }
        }
        return term;
    }

    /**
     * The text's words that begin as one of the prefixes does, lower-cased, each with how often each spelling of it
     * stands (only those words are copied out: a text has hundreds of words, and a handful of terms is shown).
     */
    private static Map<String, Map<String, Integer>> words(String text, List<String> prefixes) {
        var words = new HashMap<String, Map<String, Integer>>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!Character.isLetterOrDigit(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < text.length() && Character.isLetterOrDigit(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            for (String prefix : prefixes) {
                if (i - start >= prefix.length() && text.regionMatches(true, start, prefix, 0, prefix.length())) {
                    String word = text.substring(start, i);
                    words.computeIfAbsent(word.toLowerCase(Locale.ROOT), k -> new HashMap<>())
                            .merge(word, 1, Integer::sum);
                    break;
                }
            }
        }
        return words;
    }
}
