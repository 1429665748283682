package news.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateOnlyTextTest {
    @ParameterizedTest
    @ValueSource(strings = {"May 03, 2013", "2013-05-03", "Friday, June 7, 2013", "MONDAY, MAY 23, 2005",
        "April 27, 2009 \t", "12 January 2010 @ 09: 29 pm", "8 / 2 / 13 at 1: 30 PM", "APR 28", "8: 24am:",
        "May 2, 2013, 1: 12 PM", "2013-05-03T10:15:00Z"})
    void titleFieldsOfTheEcbCorpusThatAreDates(String title) {
        assertThat(DateOnlyText.isDateOnly(title)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Red Sox - Teixeira Rumor", "May Day march draws 2,000", "1984", "Apple to lower UK iTunes prices",
        "March 2013 jobs report", "Sunday 5 things to know", "", "Quake of magnitude 6.1 strikes off Sumatra on May 3, 2013",
        "1.1345264-3993115206", "1.13452<4-3993115206", "2014 2015"})
    void headlinesAreNotDates(String title) {
        assertThat(DateOnlyText.isDateOnly(title)).isFalse();
    }
}
