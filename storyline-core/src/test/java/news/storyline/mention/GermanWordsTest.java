package news.storyline.mention;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GermanWordsTest {
    @Test
    void theDictionaryHoldsNounsInTheirFormsAndNotNames() {
        assertThat(GermanWords.isCommonWord("Aktivisten")).isTrue();
        assertThat(GermanWords.isCommonWord("Kultur")).isTrue();
        assertThat(GermanWords.isCommonWord("Wissenschaftler")).isTrue();
        assertThat(GermanWords.isCommonWord("Merkel")).isFalse();
        assertThat(GermanWords.isCommonWord("Söder")).isFalse();
        assertThat(GermanWords.isCommonWord("Twitter")).isFalse();
    }

    @Test
    void aCompoundOfWordsIsAWordAndASurnameOfThemIsLeftAlone() {
        assertThat(GermanWords.isCommonWord("Tränengas")).isTrue();
        assertThat(GermanWords.isCommonWord("Datenschutzbestimmungen")).isTrue();
        // German makes surnames of "-mann" as it makes nouns
        assertThat(GermanWords.isCommonWord("Hartmann")).isFalse();
        // a hyphenated compound is judged by its last part
        assertThat(GermanWords.isCommonWord("Corona-Impfstoffe")).isTrue();
        assertThat(GermanWords.isCommonWord("Schleswig-Holstein")).isFalse();
    }

    @Test
    void thePartsOfTheWorldAreNamesThoughTheDictionaryHoldsThem() {
        assertThat(GermanWords.isCommonWord("Europa")).isFalse();
        assertThat(GermanWords.isCommonWord("Afrika")).isFalse();
    }
}
