package news.storyline.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LookBackTest {
    private static final Duration WEEK = Duration.ofDays(7);
    private static final Instant TRIAL = Instant.parse("2012-09-10T15:00:00Z");

    private static Instant day(String date) {
        return Instant.parse(date + "T12:00:00Z");
    }

    @Test
    void aFollowUpNamesTheDaysOfTheEventItFollows() {
        LookBack trial = LookBack.of("Yvonne Hiller is charged with murder for the shootings of September 9, 2010, at"
                + " the plant.", TRIAL, WEEK);
        assertThat(trial.named(day("2010-09-09"), day("2010-09-10"))).isNotNull();
        // A day either side: a report may come out the morning after.
        assertThat(trial.named(day("2010-09-10"), day("2010-09-14"))).isNotNull();
        assertThat(trial.named(day("2010-09-12"), day("2010-09-14"))).isNull();
        assertThat(trial.named(day("2011-09-09"), day("2011-09-09"))).isNull();
    }

    @Test
    void relativeDaysAMonthAndAYearGoneCountAsWritten() {
        assertThat(LookBack.of("The Nov. 30 escape led to sweeping changes.", day("2010-01-12"), WEEK)
                .named(day("2009-11-30"), day("2009-12-03"))).isNotNull();
        assertThat(LookBack.of("She was convicted of the 2005 murder.", day("2007-04-03"), WEEK)
                .named(day("2005-06-24"), day("2005-07-26"))).isNotNull();
        assertThat(LookBack.of("The rampage took place two years ago.", TRIAL, WEEK)
                .named(day("2010-09-10"), day("2010-09-10"))).isNotNull();
        assertThat(LookBack.of("He was arrested in June 2005.", day("2007-05-03"), WEEK)
                .named(day("2005-06-24"), day("2005-06-30"))).isNotNull();
    }

    @Test
    void theNarrowestPeriodNamedIsTheOneToldAsEvidence() {
        LookBack sentencing = LookBack.of("He was convicted of the 2005 murder of a deputy shot on June 24, 2005.",
                day("2007-04-04"), WEEK);
        assertThat(sentencing.named(day("2005-06-24"), day("2005-07-26")).text()).isEqualTo("June 24, 2005");
        assertThat(sentencing.named(day("2005-09-01"), day("2005-09-03")).text()).isEqualTo("2005");
        assertThat(sentencing.named(day("2006-06-24"), day("2006-06-24"))).isNull();
    }

    @Test
    void theReportsOwnWeekItsYearAndAnUndatedReportLookBackToNothing() {
        // Days within the window are the story the report is in, not one gone quiet.
        LookBack recent = LookBack.of("On Monday the jury was seated; on Sept. 5 the judge ruled.", TRIAL, WEEK);
        assertThat(recent).isSameAs(LookBack.NOTHING);
        assertThat(recent.named(day("2012-09-03"), day("2012-09-10"))).isNull();
        // A year, a season or this year would reach back to any story of it.
        assertThat(LookBack.of("Earlier this year and in 2012 the plant grew; last summer it hired.", TRIAL, WEEK))
                .isSameAs(LookBack.NOTHING);
        assertThat(LookBack.of("The shootings of September 9, 2010.", null, WEEK)).isSameAs(LookBack.NOTHING);
        assertThat(LookBack.NOTHING.named(day("2010-09-09"), day("2010-09-09"))).isNull();
        assertThat(LookBack.of("On September 9, 2010.", TRIAL, WEEK).named(null, null)).isNull();
    }
}
