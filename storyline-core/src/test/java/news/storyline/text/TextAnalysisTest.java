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
    void germanCompoundsAreIndexedWithTheirPartsAtTheirPlace() {
        String text = "Die Impfstoffsuche geht weiter.";
        AnalyzedText analysed = AnalyzedText.of(text, "de");

        assertThat(analysed.terms()).containsExactly("impfstoffsuch", "impf", "stoff", "such", "geht");
        // The parts stand where the compound does, so that passages and surface forms find the word.
        assertThat(analysed.starts()[1]).isEqualTo(analysed.starts()[0]).isEqualTo(text.indexOf("Impfstoffsuche"));
        // Two reports meet on the parts their compounds share, not only on whole words.
        TermVector search = TermVector.of(TermVector.counts(analysed, 0, analysed.size()), new DocumentFrequencies());
        AnalyzedText other = AnalyzedText.of("Neue Corona-Impfstoffe im Test", "de");
        TermVector vaccines = TermVector.of(TermVector.counts(other, 0, other.size()), new DocumentFrequencies());
        assertThat(search.cosine(vaccines)).isPositive();
        // A name in "-mann" and a short word are left whole; other languages are not split.
        assertThat(AnalyzedText.of("Hartmann", "de").terms()).containsExactly("hartmann");
        assertThat(AnalyzedText.of("Impfstoffsuche", "en").terms()).hasSize(1);
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
    void chineseIsReadInPairsOfCharactersSoThatTwoReportsShareWordsNotMerelyCharacters() {
        // Two Chinese reports of the fall of Mosul and one of a telephone launch (written for this test).
        String mosul = "星期二，伊斯兰国武装分子占领了伊拉克第二大城市摩苏尔。数十万居民逃离该市。";
        String again = "伊斯兰国武装分子周二攻占了伊拉克第二大城市摩苏尔，大批居民逃离。";
        String phone = "苹果公司星期三在加利福尼亚州发布了新款智能手机，分析人士认为这将提振公司在中国的销售。";
        assertThat(LanguageAnalyzers.supports("zh")).isTrue();
        assertThat(AnalyzedText.of("摩苏尔被占领", "zh").terms()).containsExactly("摩苏", "苏尔", "尔被", "被占", "占领");
        assertThat(LanguageAnalyzers.forLanguage("ja")).isNotSameAs(LanguageAnalyzers.forLanguage("zh"));
        // Single characters: every Chinese text shares 的, 了, 公, 国, ... with every other.
        double sameByCharacters = overlap(AnalyzedText.of(mosul, "sw"), AnalyzedText.of(again, "sw"));
        double otherByCharacters = overlap(AnalyzedText.of(mosul, "sw"), AnalyzedText.of(phone, "sw"));
        double sameByPairs = overlap(AnalyzedText.of(mosul, "zh"), AnalyzedText.of(again, "zh"));
        double otherByPairs = overlap(AnalyzedText.of(mosul, "zh"), AnalyzedText.of(phone, "zh"));
        assertThat(otherByPairs).isLessThan(otherByCharacters / 2);
        assertThat(sameByPairs / Math.max(otherByPairs, 0.01)).isGreaterThan(sameByCharacters / otherByCharacters);
    }

    /** Share of the first text's distinct terms found in the second. */
    private static double overlap(AnalyzedText a, AnalyzedText b) {
        var theirs = new java.util.HashSet<>(List.of(b.terms()));
        var ours = new java.util.HashSet<>(List.of(a.terms()));
        return ours.stream().filter(theirs::contains).count() / (double) ours.size();
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
