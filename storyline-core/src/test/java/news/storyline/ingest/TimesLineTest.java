package news.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimesLineTest {
    @ParameterizedTest
    @ValueSource(strings = {"May 03, 2013", "2013-05-03", "Friday, June 7, 2013", "MONDAY, MAY 23, 2005",
        "April 27, 2009 \t", "12 January 2010 @ 09: 29 pm", "8 / 2 / 13 at 1: 30 PM", "APR 28", "8: 24am:",
        "May 2, 2013, 1: 12 PM", "2013-05-03T10:15:00Z"})
    void titleFieldsOfTheEcbCorpusThatAreDates(String title) {
        assertThat(TimesLine.is(title)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"21 July 2013 Last updated at 11:11 GMT", "Posted: Nov 27, 2005 8:20 AM ET Last Updated: "
        + "Nov 27, 2005 8:10 PM ET", "PUBLISHED FRIDAY, MARCH 8, 2013 AT 12:46 PM / UPDATED AT 12:48 PM",
        "INDONESIA, July 2, 2013", "WASHINGTON, DC, April 28, 2009", "March 14, 2013 - UNITED STATES -",
        "First published on Thu 13 Jun 2013 16.59 BST", "Originally published 05 / 03 / 2013 at 10: 20 AM EDT"})
    void linesOfPostingAndUpdateTimesWithTheirPlace(String line) {
        assertThat(TimesLine.is(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Red Sox - Teixeira Rumor", "May Day march draws 2,000", "1984", "Apple to lower UK iTunes prices",
        "March 2013 jobs report", "Sunday 5 things to know", "", "Quake of magnitude 6.1 strikes off Sumatra on May 3, 2013",
        "1.1345264-3993115206", "1.13452<4-3993115206", "2014 2015", "Seacom operations fully restored: 4 November 2011",
        "NBA FINALS: JUNE 10", "US OPEN 2013: SERENA WINS IN THREE SETS", "15 August 2015 was quiet",
        "REPORT: RED SOX MAKE HUGE OFFER TO TEIXEIRA"})
    void headlinesAreNotDates(String title) {
        assertThat(TimesLine.is(title)).isFalse();
    }

    /** The posting time: the first the line writes, with its time, not the update's; as ECB+'s tokeniser spaced it too. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "21 July 2013 Last updated at 11:11 GMT | 2013-07-21T00:00:00Z",
        "Posted: Nov 27, 2005 8: 20 AM ET Last Updated: Nov 27, 2005 8: 10 PM ET | 2005-11-27T13:20:00Z",
        "updated 8: 41 p. m. EST, Tue March 3, 2009 | 2009-03-04T01:41:00Z",
        "PUBLISHED FRIDAY, MARCH 8, 2013 AT 12:46 PM / UPDATED AT 12:48 PM | 2013-03-08T12:46:00Z",
        "Posted September 26, 2013 - 3:47pm Updated September 27, 2013 - 6:56am | 2013-09-26T15:47:00Z",
        "12 January 2010 @ 09:29 pm | 2010-01-12T21:29:00Z",
        "March 14, 2013 - UNITED STATES - | 2013-03-14T00:00:00Z",
        "INDONESIA, July 2, 2013 | 2013-07-02T00:00:00Z",
        "Dec 31, 2019 Updated Dec 31, 2019 | 2019-12-31T00:00:00Z",
        "Originally published 05 / 03 / 2013 at 10: 20 AM EDT | 2013-05-03T14:20:00Z"})
    void thePostingTimeOfALine(String line, String expected) {
        assertThat(TimesLine.postingTime(line)).contains(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"APR 28", "Seacom operations fully restored: 4 November 2011", "Updated 8:41 p.m. EST"})
    void noPostingTimeWithoutAFullDateOrOutsideALineOfTimes(String line) {
        assertThat(TimesLine.postingTime(line)).isEmpty();
    }
}
