package news.storyline.mention;

import java.util.Locale;
import java.util.Set;
import news.storyline.text.GermanCompounds;

/**
 * The common words of German: jWordSplitter's dictionary and its compound splitter ({@link GermanCompounds}).
 * German capitalises every noun, so in its text a capital says nothing of a name; the dictionary does: it holds
 * "Aktivisten", "Kultur", "Wissenschaftler", and a compound splits into words it holds ("Tränen|gas",
 * "Daten|schutz"), where names are mostly not there ("Merkel", "Söder", "Lufthansa", "Twitter").
 *
 * <p>Names that are words too ("Müller", "Koch", "Richter", "Spiegel") are the price; the caller keeps a word the
 * text also gives as a person's surname. A compound ending in "mann" is left alone: German forms surnames so
 * ("Hartmann", "Baumann", "Neumann") as often as nouns ("Kaufmann").
 */
final class GermanWords {
    /**
     * The parts of the world as German names them, which the dictionary holds as words but the news names as places
     * ("Europa" as English's "Europe"); the gazetteer has no continents to know them by.
     */
    private static final Set<String> PARTS_OF_THE_WORLD = Set.of("europa", "afrika", "asien", "amerika",
            "nordamerika", "südamerika", "lateinamerika", "mittelamerika", "australien", "ozeanien", "antarktis",
            "arktis", "nahost", "fernost");

    private GermanWords() {
    }

    /**
     * Whether a capitalised word of German text is a common word: the dictionary holds it (any case), or it splits
     * into two or more words the dictionary holds ({@link GermanCompounds#parts}). A hyphenated word is judged by its
     * last part ("Corona-Impfstoffe" by "Impfstoffe"), as German's hyphenated compounds are.
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
        return GermanCompounds.isWord(lower) || !GermanCompounds.parts(lower).isEmpty();
    }

    /**
     * Whether the dictionary holds the word itself, not as a compound: what the list says of a place's name, which
     * German often makes of words ("Neustadt", "Schweinfurt") and which the list holds when it is a word too
     * ("Lage", "Waren", "Corona").
     */
    static boolean inDictionary(String word) {
        return GermanCompounds.isWord(word.toLowerCase(Locale.GERMAN));
    }
}
