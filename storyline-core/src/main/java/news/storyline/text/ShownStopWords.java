package news.storyline.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.snowball.SnowballFilter;

/**
 * Words not worth showing a reader as what a text is about ("her", "she", "would"), by language: Snowball's stop
 * lists as Lucene ships them. The analysis keeps its own (smaller, for English) lists, which the models are fitted
 * on; these only keep such words out of the terms a listing shows.
 */
public final class ShownStopWords {
    private static final Map<String, String> LISTS = Map.ofEntries(
            Map.entry("en", "english"), Map.entry("de", "german"), Map.entry("fr", "french"),
            Map.entry("es", "spanish"), Map.entry("it", "italian"), Map.entry("pt", "portuguese"),
            Map.entry("nl", "dutch"), Map.entry("ru", "russian"), Map.entry("sv", "swedish"),
            Map.entry("da", "danish"), Map.entry("no", "norwegian"), Map.entry("nb", "norwegian"),
            Map.entry("fi", "finnish"), Map.entry("hu", "hungarian"), Map.entry("id", "indonesian"));
    private static final Map<String, CharArraySet> LOADED = new ConcurrentHashMap<>();

    private ShownStopWords() {
    }

    /** Whether {@code word}, in the language of ISO 639-1 code {@code language}, is a stop word; false if unknown. */
    public static boolean contains(String language, String word) {
        String list = language == null ? null : LISTS.get(language.toLowerCase(Locale.ROOT));
        return list != null && LOADED.computeIfAbsent(list, ShownStopWords::load)
                .contains(word.toLowerCase(Locale.ROOT));
    }

    private static CharArraySet load(String list) {
        String resource = list + "_stop.txt";
        try (InputStream in = SnowballFilter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Lucene's stop list " + resource + " is missing");
            }
            return WordlistLoader.getSnowballWordSet(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
