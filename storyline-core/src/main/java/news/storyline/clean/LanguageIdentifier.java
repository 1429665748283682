package news.storyline.clean;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Tells the language of a text with Apache OpenNLP's language detector (the 103-language model published on Maven
 * Central), answering ISO 639-1 codes ("en") where one exists. A text too short to tell, or one the model is not
 * sure of, is "und" (undetermined). The model is loaded once, on first use, and shared by all threads; each thread
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

    private static volatile LanguageDetectorModel model;
    private static final ThreadLocal<LanguageDetectorME> DETECTOR =
            ThreadLocal.withInitial(() -> new LanguageDetectorME(model()));

    /** The language code, or {@value #UNDETERMINED}. */
    public String identify(String text) {
        if (text.codePoints().limit(SECOND_SAMPLE).filter(Character::isLetter).count() < MIN_LETTERS) {
            return UNDETERMINED;
        }
        Language[] ranked = rank(text, FIRST_SAMPLE);
        if (!clear(ranked) && text.length() > FIRST_SAMPLE) {
            ranked = rank(text, SECOND_SAMPLE);
        }
        return clear(ranked) ? toIso1(ranked[0].getLang()) : UNDETERMINED;
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
