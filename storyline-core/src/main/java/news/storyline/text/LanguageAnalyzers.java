package news.storyline.text;

import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.et.EstonianAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.lt.LithuanianAnalyzer;
import org.apache.lucene.analysis.lv.LatvianAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.sr.SerbianAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.th.ThaiAnalyzer;
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
    private static final Map<String, Analyzer> BY_LANGUAGE = byLanguage();
    private static final Analyzer FALLBACK = new StandardAnalyzer();

    private LanguageAnalyzers() {
    }

    private static Map<String, Analyzer> byLanguage() {
        var norwegian = new NorwegianAnalyzer();
        return Map.ofEntries(
                // The languages of the SemEval-2022 Task 8 pairs, and the other major ones of the news.
                Map.entry("en", new EnglishAnalyzer()),
                // German with its compounds' parts beside them (GermanCompoundAnalyzer).
                Map.entry("de", new GermanCompoundAnalyzer()),
                Map.entry("es", new SpanishAnalyzer()),
                Map.entry("fr", new FrenchAnalyzer()),
                Map.entry("tr", new TurkishAnalyzer()),
                Map.entry("ar", new ArabicAnalyzer()),
                Map.entry("pl", new PolishAnalyzer()),
                Map.entry("it", new ItalianAnalyzer()),
                Map.entry("pt", new PortugueseAnalyzer()),
                Map.entry("nl", new DutchAnalyzer()),
                Map.entry("ru", new RussianAnalyzer()),
                // Chinese, Japanese and Korean write no spaces between words: the standard analyzer makes each
                // ideograph a term, so any two Chinese texts share most of their terms. Overlapping pairs of
                // characters (Lucene's CJK bigrams, the usual index terms for these scripts) stand for words. One
                // instance each, so that a Chinese and a Japanese text are not taken for one language.
                Map.entry("zh", new CJKAnalyzer()),
                Map.entry("ja", new CJKAnalyzer()),
                Map.entry("ko", new CJKAnalyzer()),
                Map.entry("el", new GreekAnalyzer()),
                Map.entry("cs", new CzechAnalyzer()),
                Map.entry("ro", new RomanianAnalyzer()),
                Map.entry("bg", new BulgarianAnalyzer()),
                Map.entry("sr", new SerbianAnalyzer()),
                Map.entry("hu", new HungarianAnalyzer()),
                Map.entry("fi", new FinnishAnalyzer()),
                Map.entry("et", new EstonianAnalyzer()),
                Map.entry("lt", new LithuanianAnalyzer()),
                Map.entry("lv", new LatvianAnalyzer()),
                Map.entry("sv", new SwedishAnalyzer()),
                Map.entry("da", new DanishAnalyzer()),
                Map.entry("no", norwegian),
                Map.entry("nb", norwegian),
                Map.entry("nn", norwegian),
                Map.entry("ca", new CatalanAnalyzer()),
                Map.entry("id", new IndonesianAnalyzer()),
                Map.entry("hi", new HindiAnalyzer()),
                Map.entry("fa", new PersianAnalyzer()),
                Map.entry("th", new ThaiAnalyzer()));
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
