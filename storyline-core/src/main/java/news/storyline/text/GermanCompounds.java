package news.storyline.text;

import de.danielnaber.jwordsplitter.EmbeddedGermanDictionary;
import de.danielnaber.jwordsplitter.GermanWordSplitter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/**
 * German's words and the parts of its compounds, by jWordSplitter's dictionary (some 58,000 forms of nouns,
 * adjectives and verbs, their plurals and cases among them: a subset of Morphy with LanguageTool's additions, CC
 * BY-SA 4.0) and its splitter: "tierversuche" is "tier" and "versuche", "impfstoffsuche" "impf", "stoff" and "suche".
 * German writes as one word what English writes as several, so two reports of one event share the parts of their
 * compounds more often than the compounds ("Impfstoffsuche", "Corona-Impfstoffe"); the text analysis indexes both
 * ({@link GermanCompoundAnalyzer}) and the mention layer tells nouns from names by them.
 *
 * <p>Strict: a word is split only when every part is a word of the dictionary. A word ending in "mann" is left
 * whole: German forms surnames so ("Hartmann", "Baumann", "Neumann") as often as nouns ("Kaufmann").
 */
public final class GermanCompounds {
    /** Shorter words are not split: a word of three letters and one of four are too often a name's parts. */
    static final int MIN_COMPOUND = 8;
    /** Longer words are not split either: the splitter's work grows with the length, and none is that long. */
    static final int MAX_COMPOUND = 40;
    private static final Set<String> WORDS = EmbeddedGermanDictionary.getWords();
    /** One splitter a thread: the splitter keeps no promise of thread safety; all share the one word set. */
    private static final ThreadLocal<GermanWordSplitter> SPLITTER = ThreadLocal.withInitial(GermanCompounds::splitter);

    private GermanCompounds() {
    }

    /** Whether the dictionary holds this lower-case word itself, not as a compound. */
    public static boolean isWord(String lowerCaseWord) {
        return WORDS.contains(lowerCaseWord);
    }

    /**
     * The parts of a lower-case compound ("tränengas": "tränen", "gas"), two or more; an empty list for a word that
     * is none, is too short or too long to be tried, or ends in "mann".
     */
    public static List<String> parts(String lowerCaseWord) {
        if (lowerCaseWord.length() < MIN_COMPOUND || lowerCaseWord.length() > MAX_COMPOUND
                || lowerCaseWord.endsWith("mann")) {
            return List.of();
        }
        List<String> parts = SPLITTER.get().splitWord(lowerCaseWord);
        return parts.size() >= 2 ? parts : List.of();
    }

    private static GermanWordSplitter splitter() {
        try {
            var splitter = new GermanWordSplitter(true, WORDS);
            // Strict: every part must be a word of the dictionary, or the word is not split at all.
            splitter.setStrictMode(true);
            return splitter;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load jWordSplitter's German exceptions", e);
        }
    }
}
