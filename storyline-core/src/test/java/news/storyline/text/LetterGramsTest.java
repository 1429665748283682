package news.storyline.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LetterGramsTest {

    @Test
    void eachWordGivesItsRunsOfFourLettersMarkedAtBothEnds() {
        assertThat(LetterGrams.counts("Merkels")).containsOnlyKeys("_mer", "merk", "erke", "rkel", "kels", "els_");
    }

    @Test
    void shortWordsAreLeftOutButNumbersAndCapitalsAndRepeatsAreCounted() {
        Map<String, Integer> counts = LetterGrams.counts("Die Regierung der EU, die EU; 35 of the SPD in 2014");
        assertThat(counts).containsEntry("_eu_", 2).containsEntry("_35_", 1).containsKeys("_spd", "_201", "regi")
                .doesNotContainKeys("_die", "die_", "_der", "_the", "_of_", "_in_");
        assertThat(LetterGrams.isFunctionWordLike("AfD")).isTrue();
        assertThat(LetterGrams.isFunctionWordLike("SPD")).isFalse();
        assertThat(LetterGrams.isFunctionWordLike("A")).isTrue();
        assertThat(LetterGrams.isFunctionWordLike("9")).isFalse();
        assertThat(LetterGrams.isFunctionWordLike("Kerry")).isFalse();
    }

    @Test
    void runsNeverCrossWordsAndCaseAndAccentsGo() {
        Map<String, Integer> counts = LetterGrams.counts("Präsident Erdoğan");
        assertThat(counts).containsKeys("_pra", "pras", "_erd", "ogan", "gan_");
        // A mark only at a run's ends: no run reaches across from one word into the next.
        assertThat(counts.keySet()).allMatch(run -> run.indexOf('_', 1) < 0 || run.indexOf('_', 1) == run.length() - 1);
    }

    @Test
    void aNameInflectedInTwoLanguagesSharesMostOfItsRuns() {
        var german = LetterGrams.counts("Merkels Regierung");
        var english = LetterGrams.counts("Merkel's government");
        assertThat(german.keySet()).containsAll(LetterGrams.counts("Merkel").keySet().stream()
                .filter(run -> !run.endsWith("_")).toList());
        assertThat(english).containsKey("rkel");
    }

    @Test
    void scriptsWithoutSpacesGiveRunsOfCharacters() {
        assertThat(LetterGrams.counts("北京天安门")).containsOnlyKeys("_北京天", "北京天安", "京天安门", "天安门_");
    }

    @Test
    void theBackgroundWeighsCommonRunsBelowRareOnes() {
        DocumentFrequencies background = LetterGrams.withBackground();
        assertThat(background.documents()).isPositive();
        assertThat(background.idf("_the")).isLessThan(background.idf("mosu"));
    }

    @Test
    void aBookLengthTextIsReadForItsFirstCharactersOnly() {
        String filler = "Mosul ".repeat(LetterGrams.MAX_CHARS / 6 + 1);
        Map<String, Integer> counts = LetterGrams.counts(filler + "Baghdad");
        assertThat(counts).containsKey("_mos").doesNotContainKey("_bag");
        assertThat(counts.get("_mos")).isLessThanOrEqualTo(LetterGrams.MAX_CHARS / 6 + 1);
    }

    @Test
    void nothingToCountIsEmpty() {
        assertThat(LetterGrams.counts("  -- ... ")).isEmpty();
    }
}
