package news.storyline.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {
    private static List<String> sentences(String text) {
        return Sentences.split(text).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void englishSentencesEndAtAStopBeforeACapitalButNotAfterATitleOrInsideANumber() {
        assertThat(sentences("Mr. Maliki asked for 3.5 billion. The U.S. would not pay. “We will act,” he said."))
                .containsExactly("Mr. Maliki asked for 3.5 billion.", "The U.S. would not pay.", "“We will act,” he said.");
    }

    /** ECB+ 22_1ecbplus (CC BY 3.0), tokenised as the corpus prints it. */
    @Test
    void anArticleBeforeAStopAndANumberEndsNoSentence() {
        assertThat(sentences("She returned with a. 357 Magnum and opened fire. She was held. 357 people fled."))
                .containsExactly("She returned with a. 357 Magnum and opened fire.", "She was held.",
                        "357 people fled.");
    }

    /** ECB+ 34_5ecb and 3_1ecb (CC BY 3.0): the corpus's closing quote stands apart from the mark it closes. */
    @Test
    void aTokenisedClosingQuoteBelongsToTheSentenceItCloses() {
        assertThat(sentences("I did a `` whuuuuhhh?? '' double-take when I spotted him. He left."))
                .containsExactly("I did a `` whuuuuhhh?? '' double-take when I spotted him.", "He left.");
        assertThat(sentences("`` I am sorry. '' Nichols, 37, told the court."))
                .containsExactly("`` I am sorry. ''", "Nichols, 37, told the court.");
    }

    @Test
    void chineseAndJapaneseSentencesEndAtTheirOwnMarksWithNoSpaceAfter() {
        assertThat(sentences("武装分子占领了摩苏尔。数十万居民逃离！军队在哪里？官员说：「我们会夺回。」"))
                .containsExactly("武装分子占领了摩苏尔。", "数十万居民逃离！", "军队在哪里？", "官员说：「我们会夺回。」");
        assertThat(sentences("戦闘員がモスルを制圧した。住民が逃げた。")).containsExactly("戦闘員がモスルを制圧した。", "住民が逃げた。");
    }

    @Test
    void inAScriptWithoutCapitalsAStopBeforeALetterEndsTheSentence() {
        assertThat(sentences("سيطر مسلحون على الموصل. وفر السكان نحو كردستان؟ قال مسؤول ذلك."))
                .containsExactly("سيطر مسلحون على الموصل.", "وفر السكان نحو كردستان؟", "قال مسؤول ذلك.");
        assertThat(sentences("सेना ने शहर छोड़ दिया। लोग भाग गए।")).containsExactly("सेना ने शहर छोड़ दिया।", "लोग भाग गए।");
        // In a script with capitals, a lower-case word after a full stop still goes on the sentence ("approx. ten").
        assertThat(sentences("It cost approx. ten dollars.")).hasSize(1);
    }
}
