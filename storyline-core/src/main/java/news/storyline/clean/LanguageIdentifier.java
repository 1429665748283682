package news.storyline.clean;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import news.storyline.text.Letters;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Tells the language of a text with Apache OpenNLP's language detector (the 103-language model published on Maven
 * Central), answering ISO 639-1 codes ("en") where one exists. A text too short to tell, or one the model is not
 * sure of, is "und" (undetermined). A text in a script that one language alone writes in the news (Chinese
 * characters without kana, Japanese, Korean, Greek, Thai, Hebrew, Georgian, Armenian) is told by its script first
 * ({@link ScriptLanguage}); an undetermined one in Cyrillic or the Arabic script by the letters only some of their
 * languages write. The model is loaded once, on first use, and shared by all threads; each thread
 * has its own detector, since OpenNLP's are not documented as thread-safe.
 */
public final class LanguageIdentifier {
    public static final String UNDETERMINED = "und";
    private static final String MODEL_RESOURCE = "/langdetect-183.bin";
    /** Fewer letters than this say too little about a language. */
    private static final int MIN_LETTERS = 20;
    /**
     * The detector's cost grows with the text, so it first reads about 70 words, enough for nearly every news article
     * (all of ECB+'s 982 but two), and reads about 250 only when that leaves it unsure.
     */
    private static final int FIRST_SAMPLE = 400;
    private static final int SECOND_SAMPLE = 1500;
    /** How much likelier the best language must be than the runner-up. */
    private static final double MIN_MARGIN = 1.5;
    private static final Map<String, String> ISO3_TO_ISO1 = iso3ToIso1();
    /** Words the first look counts: common in English prose, not words of another language of the model. */
    private static final Set<String> ENGLISH_FUNCTION_WORDS = Set.of("the", "and", "of", "that",
            "with", "were", "from", "which", "this", "would", "been", "their", "said", "has", "its", "they", "there",
            "than", "when", "what", "into", "about", "could", "should", "but", "not", "his", "are", "who", "after");
    private static final int MAX_FUNCTION_WORD = 6;
    /*
     * In English news one word in five to seven is one of these; in the German, Spanish, Polish, Turkish, Arabic
     * and French texts of the SemEval pairs at most one in fifty (and most have a letter outside ASCII first).
     */
    /** Words the first look needs before it answers: a headline alone is left to the model. */
    private static final int MIN_SAMPLE_WORDS = 25;

    private static volatile LanguageDetectorModel model;
    private static final ThreadLocal<LanguageDetectorME> DETECTOR =
            ThreadLocal.withInitial(() -> new LanguageDetectorME(model()));

    /** The language code, or {@value #UNDETERMINED}. */
    public String identify(String text) {
        String byScript = ScriptLanguage.of(text, SECOND_SAMPLE);
        if (byScript != null) {
            return byScript;
        }
        if (fewerLetters(text, MIN_LETTERS, SECOND_SAMPLE)) {
            return orByLetters(UNDETERMINED, text);
        }
        if (plainlyEnglish(text)) {
            return "en";
        }
        return orByLetters(modelAnswer(text), text);
    }

    /**
     * The answer, or for an undetermined text in Cyrillic or the Arabic script the language its letters make likeliest
     * ({@link ScriptLanguage#bySharedScriptLetters}): a brief of ten words the model cannot place is still far more
     * use analysed as Russian or Arabic (stems, stop words) than as no language.
     */
    private static String orByLetters(String answer, String text) {
        if (!answer.equals(UNDETERMINED)) {
            return answer;
        }
        String byLetters = ScriptLanguage.bySharedScriptLetters(text, SECOND_SAMPLE);
        return byLetters == null ? UNDETERMINED : byLetters;
    }

    /**
     * Whether the text's first {@code sample} code points hold fewer than {@code letters} letters; read only until
     * that many are met (every article is asked, and nearly all meet them in their first words).
     */
    private static boolean fewerLetters(String text, int letters, int sample) {
        int[] found = {0};
        Letters.forEach(text, sample, letter -> ++found[0] < letters);
        return found[0] < letters;
    }

    /** What the model alone says, with no first look: for checking that the first look agrees with it. */
    String modelAnswer(String text) {
        Language[] ranked = rank(text, FIRST_SAMPLE);
        if (!clear(ranked) && text.length() > FIRST_SAMPLE) {
            ranked = rank(text, SECOND_SAMPLE);
        }
        return clear(ranked) ? toIso1(ranked[0].getLang()) : UNDETERMINED;
    }

    /**
     * A first look for English, the language of most streams, before the model (which weighs every character
     * trigram of the sample against 103 languages, the costliest step of cleaning): a sample of plain ASCII words
     * of which at least one in eight is an English function word that are not common words of another language
     * ("the", "and", "which" ...; not "was" or "will", German words too) is English, as the model says of every such text of the corpora at hand
     * (checked in LanguageIdentifierTest). Anything else, a text with accents or another script included, goes to
     * the model.
     */
    static boolean plainlyEnglish(String text) {
        int end = Math.min(text.length(), FIRST_SAMPLE);
        int words = 0;
        int english = 0;
        int i = 0;
        while (i < end) {
            char c = text.charAt(i);
            if (c >= 0x80 && Character.isLetter(c)) {
                // A letter outside ASCII (an accent, another script): the model tells; quotes and dashes pass.
                return false;
            }
            if (!isAsciiLetter(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < end && isAsciiLetter(text.charAt(i))) {
                i++;
            }
            words++;
            if (i - start <= MAX_FUNCTION_WORD && ENGLISH_FUNCTION_WORDS.contains(text.substring(start, i)
                    .toLowerCase(Locale.ROOT))) {
                english++;
            }
        }
        return words >= MIN_SAMPLE_WORDS && english * 8 >= words;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static Language[] rank(String text, int sampleChars) {
        return DETECTOR.get().predictLanguages(text.length() > sampleChars ? text.substring(0, sampleChars) : text);
    }

    private static boolean clear(Language[] ranked) {
        return ranked.length == 1
                || ranked.length > 1 && ranked[0].getConfidence() >= MIN_MARGIN * ranked[1].getConfidence();
    }

    private static LanguageDetectorModel model() {
        LanguageDetectorModel loaded = model;
        if (loaded == null) {
            synchronized (LanguageIdentifier.class) {
                if (model == null) {
                    model = loadModel();
                }
                loaded = model;
            }
        }
        return loaded;
    }

    private static LanguageDetectorModel loadModel() {
        try (InputStream in = LanguageIdentifier.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP language model " + MODEL_RESOURCE + " is not on the class path");
            }
            return new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the OpenNLP language model", e);
        }
    }

    private static String toIso1(String iso3) {
        return ISO3_TO_ISO1.getOrDefault(iso3, iso3);
    }

    /** Java knows the ISO 639-2 forms; the model also answers a few ISO 639-3 macro-language members. */
    private static Map<String, String> iso3ToIso1() {
        var map = new HashMap<String, String>();
        for (String iso1 : Locale.getISOLanguages()) {
            map.put(Locale.of(iso1).getISO3Language(), iso1);
        }
        map.putAll(Map.of("cmn", "zh", "pes", "fa", "nob", "no", "ekk", "et", "lvs", "lv", "zsm", "ms",
                "swh", "sw", "arb", "ar", "azj", "az", "uzn", "uz"));
        return map;
    }
}
