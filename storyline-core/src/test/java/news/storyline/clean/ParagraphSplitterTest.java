package news.storyline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParagraphSplitterTest {
    @Test
    void eachLineIsAParagraphWithOrWithoutBlankLines() {
        assertThat(ParagraphSplitter.split("First one.\nSecond one.\n\n\nThird one.\r\n"))
                .containsExactly("First one.", "Second one.", "Third one.");
    }

    @Test
    void hardWrappedLinesAreJoined() {
        String wrapped = "Militants seized the city on Tuesday after\nfighting that lasted\nfor days.\n\nNext paragraph.";
        assertThat(ParagraphSplitter.split(wrapped)).containsExactly(
                "Militants seized the city on Tuesday after fighting that lasted for days.", "Next paragraph.");
    }

    @Test
    void aShortLabelLineStaysApartFromTheNextSentence() {
        assertThat(ParagraphSplitter.split("Also Read\nSeveral residents reported seeing the gunmen."))
                .containsExactly("Also Read", "Several residents reported seeing the gunmen.");
    }

    @Test
    void whitespaceIsFoldedAndNoBreakSpacesBecomeSpaces() {
        assertThat(ParagraphSplitter.split("  A\u00A0 spaced\t line.  ")).containsExactly("A spaced line.");
    }

    /** ECB+ 9_2ecbplus (CC BY 3.0): an address ends in no sentence mark, and the date line after it is lower case. */
    @Test
    void aLineAfterAnAddressIsNotItsContinuation() {
        assertThat(ParagraphSplitter.split("http: / / www. cnn. com / 2009 / POLITICS / 03 / 03 / endangered. species. "
                + "act /\nupdated 8: 41 p. m. EST, Tue March 3, 2009"))
                .containsExactly("http: / / www. cnn. com / 2009 / POLITICS / 03 / 03 / endangered. species. act /",
                        "updated 8: 41 p. m. EST, Tue March 3, 2009");
    }

    /** ECB+ 6_1ecbplus (CC BY 3.0): a headline ends in no sentence mark, and the date line after it is lower case. */
    @Test
    void aDateLineAfterAHeadlineIsNotItsContinuation() {
        assertThat(ParagraphSplitter.split("The Hunger Games Director Gary Ross Still In Negotiations For The Sequel\n"
                + "published: 2012 - 04 - 04 11: 47: 35"))
                .containsExactly("The Hunger Games Director Gary Ross Still In Negotiations For The Sequel",
                        "published: 2012 - 04 - 04 11: 47: 35");
    }

    @Test
    void everyKindOfLineBreakEndsALine() {
        assertThat(ParagraphSplitter.split("\r\nOne.\rTwo.\u000BThree.\u000CFour.\u0085Five.\u2028Six.\u2029Seven.\r\n\r\n"
                + "Eight.\n\rNine.")).containsExactly("One.", "Two.", "Three.", "Four.", "Five.", "Six.", "Seven.",
                "Eight.", "Nine.");
        assertThat(ParagraphSplitter.split("")).isEmpty();
        assertThat(ParagraphSplitter.split("\n\r\n")).isEmpty();
        assertThat(ParagraphSplitter.split("No break")).containsExactly("No break");
    }
}
