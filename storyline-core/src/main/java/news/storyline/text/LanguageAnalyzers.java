package news.storyline.text;

import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

/**
 * Lucene's analyzer (tokens, lower case, stop words, stems) for an article's language, by ISO 639-1 code.
 *
 * <p>Lucene analyzers are thread-safe (each keeps its token streams per thread), so one instance per language is
 * shared. A language without one here (or "und") falls back to the standard analyzer: Unicode word tokens in lower
 * case, no stop words and no stems, which still matches names and numbers.
 */
public final class LanguageAnalyzers {
    private static final Map<String, Analyzer> BY_LANGUAGE = Map.ofEntries(
            Map.entry("en", new EnglishAnalyzer()),
            Map.entry("de", new GermanAnalyzer()),
            Map.entry("es", new SpanishAnalyzer()),
            Map.entry("fr", new FrenchAnalyzer()),
            Map.entry("tr", new TurkishAnalyzer()),
            Map.entry("ar", new ArabicAnalyzer()),
            Map.entry("pl", new PolishAnalyzer()),
            Map.entry("it", new ItalianAnalyzer()),
            Map.entry("pt", new PortugueseAnalyzer()),
            Map.entry("nl", new DutchAnalyzer()),
            Map.entry("ru", new RussianAnalyzer()));
    private static final Analyzer FALLBACK = new StandardAnalyzer();

    private LanguageAnalyzers() {
    }

    /** Whether the language has its own analyzer (stop words and stems) rather than the fallback. */
    public static boolean supports(String language) {
        return language != null && BY_LANGUAGE.containsKey(normalise(language));
    }

    /** The analyzer for the language, or the standard one when it has none. */
    public static Analyzer forLanguage(String language) {
        return language == null ? FALLBACK : BY_LANGUAGE.getOrDefault(normalise(language), FALLBACK);
    }

    /** The languages with their own analyzer, for messages. */
    public static String supportedList() {
        return String.join(", ", new java.util.TreeSet<>(BY_LANGUAGE.keySet()));
    }

    /** "en-GB", "EN" and "en_US" all mean English here. */
    static String normalise(String language) {
        String code = language.strip().toLowerCase(Locale.ROOT);
        int cut = code.indexOf('-') >= 0 ? code.indexOf('-') : code.indexOf('_');
        return cut > 0 ? code.substring(0, cut) : code;
    }
}
