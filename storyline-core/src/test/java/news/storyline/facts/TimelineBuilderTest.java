package news.storyline.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineBuilderTest {
    private static final LocalDate JULY_2 = LocalDate.of(2013, 7, 2);

    private static Fact dated(String articleId, LocalDate from, LocalDate to) {
        return new Fact(articleId, FactType.DATE, "on Tuesday", 0, 10, "The quake struck on Tuesday.", 0, "struck",
                null, null, null, null, null, null, from, to, null);
    }

    @Test
    void aStepStandsAtTheDaysMostOfItsReportsGive() {
        LocalDate[] days = TimelineBuilder.days(List.of(dated("a", JULY_2, JULY_2), dated("b", JULY_2, JULY_2),
                dated("c", LocalDate.of(2013, 4, 6), JULY_2), dated("a", JULY_2, JULY_2)));
        assertThat(days).containsExactly(JULY_2, JULY_2);
    }

    @Test
    void reportsThatDifferWithNoMajorityShowTheSpanBetweenThem() {
        LocalDate june9 = LocalDate.of(2014, 6, 9);
        LocalDate june10 = LocalDate.of(2014, 6, 10);
        assertThat(TimelineBuilder.days(List.of(dated("000", june10, june10), dated("001", june9, june9))))
                .containsExactly(june9, june10);
    }
}
