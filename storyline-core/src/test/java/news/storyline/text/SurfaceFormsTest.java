package news.storyline.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SurfaceFormsTest {
    private static final String MOSUL = "Hundreds of militants attacked Mosul. The militants took the province's "
            + "capital; militant groups hold two cities of the province. Mosul is the second city to fall.";

    @Test
    void aStemIsShownAsTheTextWritesItsCommonestWord() {
        var terms = AnalyzedText.of(MOSUL, "en");
        assertThat(List.of(terms.terms())).contains("milit", "provinc", "mosul", "citi");
        assertThat(SurfaceForms.of(List.of("milit", "provinc", "mosul", "citi"), MOSUL, "en"))
                .containsExactly("militants", "province", "Mosul", "city");
    }

    @Test
    void thePlainWordIsShownBeforeItsPossessive() {
        String text = "Iraq’s army fled. Iraq’s second city fell. Iraq asked for help.";
        assertThat(SurfaceForms.of(List.of("iraq"), text, "en")).containsExactly("Iraq");
    }

    @Test
    void aTermNoWordOfTheTextTurnsIntoIsShownAsItIs() {
        assertThat(SurfaceForms.of(List.of("milit", "zzz"), "Nothing of the kind here.", "en"))
                .containsExactly("milit", "zzz");
        assertThat(SurfaceForms.of(List.of(), MOSUL, "en")).isEmpty();
        assertThat(SurfaceForms.of(List.of("milit"), null, "en")).containsExactly("milit");
        // A language without an analyzer of its own, or none given: plain tokens, shown as written.
        assertThat(SurfaceForms.of(List.of("mosul"), MOSUL, null)).containsExactly("Mosul");
    }

    @Test
    void aGermanCompoundIsShownForItselfAndForItsParts() {
        String text = "Bei der Impfstoffsuche setzen Forscher auf Tierversuche. Der Impfstoff wirkt.";
        String[] compound = AnalyzedText.of("Impfstoff", "de").terms();
        assertThat(compound).hasSize(3);

        // The compound's own term, then each part ("impf", "stoff"), are shown as words of the text that hold them,
        // not as index terms; of two, the shorter.
        assertThat(SurfaceForms.of(List.of(compound), text, "de"))
                .containsExactly("Impfstoff", "Impfstoff", "Impfstoff");
        assertThat(SurfaceForms.of(List.of(compound[1]), "Die Impfstoffsuche dauert.", "de"))
                .containsExactly("Impfstoffsuche");
    }

    @Test
    void otherLanguagesUseTheirOwnAnalyzer() {
        String german = "Die Regierung verhandelt. Regierungen anderer Länder warten auf die Regierung.";
        String stem = AnalyzedText.of("Regierung", "de").terms()[0];
        assertThat(SurfaceForms.of(List.of(stem), german, "de")).containsExactly("Regierung");
        // The German analyzer folds umlauts ("möglich" is "moglich" to it): the word is found accents aside.
        String umlauts = "Eine Lösung ist möglich. Fünf Rettungskräfte kamen; möglich war wenig.";
        List<String> terms = List.of(AnalyzedText.of(umlauts, "de").terms());
        String moglich = AnalyzedText.of("möglich", "de").terms()[0];
        String funf = AnalyzedText.of("Fünf", "de").terms()[0];
        assertThat(terms).contains(moglich, funf);
        assertThat(SurfaceForms.of(List.of(moglich, funf), umlauts, "de")).containsExactly("möglich", "Fünf");
    }

    @Test
    void aTextWrittenWithoutSpacesShowsItsTermsNotItsClauses() {
        // Chinese writes no spaces, so a run of letters there is a clause: "350" of "约350公里" is shown as the number,
        // and a character pair of the index (Lucene's CJK bigrams) as it is, never as the clause that holds it.
        String chinese = "摩苏尔位于巴格达以北约350公里。数十万居民逃离摩苏尔。";
        List<String> terms = List.of(AnalyzedText.of(chinese, "zh").terms());
        assertThat(terms).contains("350", "苏尔");
        assertThat(SurfaceForms.of(List.of("350", "苏尔"), chinese, "zh")).containsExactly("350", "苏尔");
        // A Latin name inside Japanese text is still found as written.
        assertThat(SurfaceForms.of(List.of("tokyo"), "東京(Tokyo)で会議。", "ja")).containsExactly("Tokyo");
    }

    @Test
    void saysWhichTermsNoWordOfTheTextTurnsInto() {
        String text = "Militants seized the city. Blackmore was charged.";
        assertThat(SurfaceForms.found(List.of("milit", "blackmor", "betti"), text, "en"))
                .containsExactly("Militants", "Blackmore", null);
        assertThat(SurfaceForms.of(List.of("milit", "betti"), text, "en")).containsExactly("Militants", "betti");
    }
}
