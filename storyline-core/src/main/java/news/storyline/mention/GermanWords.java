package news.storyline.mention;

import de.danielnaber.jwordsplitter.EmbeddedGermanDictionary;
import de.danielnaber.jwordsplitter.GermanWordSplitter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The common words of German: jWordSplitter's dictionary (some 58,000 forms of nouns, adjectives and verbs, their
 * plurals and cases among them: a subset of Morphy with LanguageTool's additions, CC BY-SA 4.0) and its compound
 * splitter. German capitalises every noun, so in its text a capital says nothing of a name; the dictionary does: it
 * holds "Aktivisten", "Kultur", "Wissenschaftler", and a compound splits into words it holds ("Tränen|gas",
 * "Daten|schutz"), where names are mostly not there ("Merkel", "Söder", "Lufthansa", "Twitter").
 *
 * <p>Names that are words too ("Müller", "Koch", "Richter", "Spiegel") are the price; the caller keeps a word the
 * text also gives as a person's surname. A compound ending in "mann" is left alone: German forms surnames so
 * ("Hartmann", "Baumann", "Neumann") as often as nouns ("Kaufmann").
 */
final class GermanWords {
    /** Shorter words are not split: a word of three letters and one of four are too often a name's parts. */
    private static final int MIN_COMPOUND = 8;
    /** Longer words are not split either: the splitter's work grows with the length, and none is that long. */
    private static final int MAX_COMPOUND = 40;
    private static final Set<String> WORDS = EmbeddedGermanDictionary.getWords();
    /**
     * The parts of the world as German names them, which the dictionary holds as words but the news names as places
     * ("Europa" as English's "Europe"); the gazetteer has no continents to know them by.
     */
    private static final Set<String> PARTS_OF_THE_WORLD = Set.of("europa", "afrika", "asien", "amerika",
            "nordamerika", "südamerika", "lateinamerika", "mittelamerika", "australien", "ozeanien", "antarktis",
            "arktis", "nahost", "fernost");
    /** One splitter a thread: the splitter keeps no promise of thread safety; all share the one word set. */
    private static final ThreadLocal<GermanWordSplitter> SPLITTER = ThreadLocal.withInitial(GermanWords::splitter);

    private GermanWords() {
    }

    /**
     * Whether a capitalised word of German text is a common word: the dictionary holds it (any case), or, for a word
     * of eight letters or more, it splits into two or more words the dictionary holds. A hyphenated word is judged
     * by its last part ("Corona-Impfstoffe" by "Impfstoffe"), as German's hyphenated compounds are.
     */
    static boolean isCommonWord(String word) {
        String lower = word.toLowerCase(Locale.GERMAN);
        int hyphen = lower.lastIndexOf('-');
        if (hyphen >= 0) {
            lower = lower.substring(hyphen + 1);
        }
        if (lower.isEmpty() || PARTS_OF_THE_WORLD.contains(lower)) {
            return false;
        }
        if (WORDS.contains(lower)) {
            return true;
        }
        if (lower.length() < MIN_COMPOUND || lower.length() > MAX_COMPOUND || lower.endsWith("mann")) {
            return false;
        }
        List<String> parts = SPLITTER.get().splitWord(lower);
        return parts.size() >= 2;
    }

    /**
     * Whether the dictionary holds the word itself, not as a compound: what the list says of a place's name, which
     * German often makes of words ("Neustadt", "Schweinfurt") and which the list holds when it is a word too
     * ("Lage", "Waren", "Corona").
     */
    static boolean inDictionary(String word) {
        return WORDS.contains(word.toLowerCase(Locale.GERMAN));
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
