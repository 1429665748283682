package news.storyline.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextStyleTest {
    @Test
    void countsSentencesQuotationsQuestionsAndPersonalWordsInEnglish() {
        TextStyle style = TextStyle.of("Militants seized Mosul on Tuesday. \u201cWe have lost the city,\u201d an "
                + "officer said. Who will retake it? Nobody knows! Mr. Smith, 54, said you cannot tell.", "en");

        assertThat(style.sentences()).isEqualTo(5); // "Mr." ends no sentence
        assertThat(style.quotedSentences()).isEqualTo(1);
        assertThat(style.questionsOrExclaims()).isEqualTo(2);
        assertThat(style.words()).isEqualTo(26); // "Mr" and "54" among them
        assertThat(style.personalPer100Words()).isCloseTo(2 * 100.0 / 26, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(style.styleLine()).isEqualTo("5.2 words a sentence, 1 of 5 sentences with quotation marks");
        assertThat(style.toneLine()).isEqualTo("2 questions or exclamations, I/we/you 7.7 per 100 words");
    }

    @Test
    void aQuestionInsideQuotationMarksCountsAndOtherLanguagesHaveNoPersonalMeasure() {
        TextStyle german = TextStyle.of("Die Stadt ist gefallen. Wer hilft uns? Er sagte: \u201eNiemand.\u201c", "de");

        assertThat(german.sentences()).isEqualTo(3);
        assertThat(german.quotedSentences()).isEqualTo(1);
        assertThat(german.questionsOrExclaims()).isEqualTo(1);
        assertThat(german.personalPer100Words()).isNull();
        assertThat(german.toneLine()).doesNotContain("I/we/you");
        assertThat(TextStyle.of("\u201cWhere now?\u201d", "en").questionsOrExclaims()).isEqualTo(1);
    }

    @Test
    void chineseSentencesWordsQuotesAndQuestionsAreCountedByTheirOwnMarks() {
        TextStyle chinese = TextStyle.of("武装分子占领了摩苏尔。军队在哪里？官员说：「我们会夺回。」", "zh");

        assertThat(chinese.sentences()).isEqualTo(3);
        assertThat(chinese.words()).isEqualTo(10 + 5 + 8);
        assertThat(chinese.quotedSentences()).isEqualTo(1);
        assertThat(chinese.questionsOrExclaims()).isEqualTo(1);
        assertThat(TextStyle.of("وفر السكان نحو كردستان؟", "ar").questionsOrExclaims()).isEqualTo(1);
    }

    @Test
    void anEmptyTextHasNoSentenceAndNoDivisionByZero() {
        TextStyle empty = TextStyle.of("", "en");

        assertThat(empty.sentences()).isZero();
        assertThat(empty.wordsPerSentence()).isZero();
        assertThat(empty.personalPer100Words()).isZero();
        assertThat(TextStyle.of(null, null).words()).isZero();
    }
}
