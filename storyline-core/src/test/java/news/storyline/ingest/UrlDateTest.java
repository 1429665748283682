package news.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class UrlDateTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Test
    void readsTheDayANewsSiteFilesItsPageUnder() {
        assertThat(UrlDate.day("http://ktla.com/2013/05/03/lohan-may-miss-rehab-deadline-dad-says/", TODAY))
                .contains(LocalDate.of(2013, 5, 3));
        assertThat(UrlDate.day("http://www.theguardian.com/film/2013/aug/02/ellen-degeneres-host-oscars-2014", TODAY))
                .contains(LocalDate.of(2013, 8, 2));
        assertThat(UrlDate.day("http://www.abc.net.au/news/2010-05-05/3-dead-after-protesters-torch-greek-bank/423816",
                TODAY)).contains(LocalDate.of(2010, 5, 5));
        assertThat(UrlDate.day("http://www.presstelegram.com/technology/20070503/judge-sentences-orozco-to-death",
                TODAY)).contains(LocalDate.of(2007, 5, 3));
        assertThat(UrlDate.day("http://www.rollingstone.com/movies/news/gary-ross-will-not-direct-20120411", TODAY))
                .contains(LocalDate.of(2012, 4, 11));
    }

    @Test
    void anArchiveAnIdAnImpossibleOrAFutureDayIsNone() {
        assertThat(UrlDate.day("http://nbasource.blogspot.nl/2005_05_01_archive.html", TODAY)).isEmpty();
        assertThat(UrlDate.day("http://www.nbcphiladelphia.com/news/local/3-Shot-in-Nabisco-Factory-102589659.html",
                TODAY)).isEmpty();
        assertThat(UrlDate.day("http://example.com/2013/02/30/story", TODAY)).isEmpty();
        assertThat(UrlDate.day("http://example.com/2031/01/02/story", TODAY)).isEmpty();
        assertThat(UrlDate.day("http://example.com/story?date=2013-05-03", TODAY)).isEmpty();
        assertThat(UrlDate.day(null, TODAY)).isEmpty();
        assertThat(UrlDate.day("not a url at all", TODAY)).isEmpty();
    }

    @Test
    void readsTheMonthOfFoldersThatGiveNoDay() {
        assertThat(UrlDate.month("http://news4allz.blogspot.nl/2010/09/kraft-shooting-yvonne-hiller-charged.html",
                TODAY)).contains(YearMonth.of(2010, 9));
        assertThat(UrlDate.month("http://ktla.com/2013/05/03/lohan/", TODAY)).contains(YearMonth.of(2013, 5));
        assertThat(UrlDate.month("http://example.com/news/story.html", TODAY)).isEmpty();
    }
}
