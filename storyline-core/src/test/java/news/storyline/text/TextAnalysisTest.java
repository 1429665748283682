package news.storyline.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextAnalysisTest {

    @Test
    void englishTermsAreStemmedWithoutStopWordsAndKeepTheirOffsets() {
        String text = "The soldiers were fleeing Mosul as militants advanced.";
        AnalyzedText analysed = AnalyzedText.of(text, "en");
        assertThat(analysed.terms()).containsExactly("soldier", "were", "flee", "mosul", "milit", "advanc");
        assertThat(text.substring(analysed.starts()[3])).startsWith("Mosul");
    }

    @Test
    void eachLanguageOfTheDevFileHasItsOwnStemmer() {
        assertThat(AnalyzedText.of("Die Soldaten flohen aus der Stadt", "de").terms()).doesNotContain("die", "der");
        assertThat(AnalyzedText.of("Los soldados huyeron de la ciudad", "es").terms()).doesNotContain("los", "la");
        assertThat(AnalyzedText.of("Żołnierze uciekli z miasta", "pl").terms()).isNotEmpty()
                .doesNotContain("żołnierze");
        assertThat(AnalyzedText.of("Askerler şehirden kaçtı ve", "tr").terms()).doesNotContain("ve");
        assertThat(AnalyzedText.of("فر الجنود من المدينة", "ar").terms()).doesNotContain("من");
        assertThat(AnalyzedText.of("Les soldats ont fui la ville", "fr").terms()).doesNotContain("les", "la");
        for (String language : List.of("en", "de", "es", "fr", "tr", "ar", "pl")) {
            assertThat(LanguageAnalyzers.supports(language)).as(language).isTrue();
        }
    }

    @Test
    void aLanguageWithoutAnAnalyzerGetsPlainLowerCaseWords() {
        assertThat(LanguageAnalyzers.supports("sw")).isFalse();
        assertThat(LanguageAnalyzers.supports("und")).isFalse();
        assertThat(AnalyzedText.of("Wanajeshi walikimbia Mosul", "sw").terms())
                .containsExactly("wanajeshi", "walikimbia", "mosul");
        assertThat(AnalyzedText.of("Mosul fell", null).terms()).containsExactly("mosul", "fell");
    }

    @Test
    void regionalTagsMeanTheirLanguage() {
        assertThat(LanguageAnalyzers.forLanguage("en-GB")).isSameAs(LanguageAnalyzers.forLanguage("en"));
        assertThat(LanguageAnalyzers.forLanguage("DE_at")).isSameAs(LanguageAnalyzers.forLanguage("de"));
    }
}
