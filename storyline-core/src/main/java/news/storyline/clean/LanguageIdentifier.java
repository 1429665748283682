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
 * sure of, is "und" (undetermined). The model is loaded once, on first use, and shared: the detector is stateless.
 */
public final class LanguageIdentifier {
    public static final String UNDETERMINED = "und";
    private static final String MODEL_RESOURCE = "/langdetect-183.bin";
    /** Fewer letters than this say too little about a language. */
    private static final int MIN_LETTERS = 20;
    /** Enough text to decide; more only costs time. */
    private static final int SAMPLE_CHARS = 3000;
    /** How much likelier the best language must be than the runner-up. */
    private static final double MIN_MARGIN = 1.5;
    private static final Map<String, String> ISO3_TO_ISO1 = iso3ToIso1();

    private static volatile LanguageDetectorME detector;

    /** The language code, or {@value #UNDETERMINED}. */
    public String identify(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        if (sample.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
            return UNDETERMINED;
        }
        Language[] ranked = detector().predictLanguages(sample);
        if (ranked.length == 0) {
            return UNDETERMINED;
        }
        boolean clear = ranked.length == 1 || ranked[0].getConfidence() >= MIN_MARGIN * ranked[1].getConfidence();
        return clear ? toIso1(ranked[0].getLang()) : UNDETERMINED;
    }

    private static LanguageDetectorME detector() {
        LanguageDetectorME loaded = detector;
        if (loaded == null) {
            synchronized (LanguageIdentifier.class) {
                if (detector == null) {
                    detector = new LanguageDetectorME(loadModel());
                }
                loaded = detector;
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
