package news.storyline.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import news.storyline.article.Article;
import org.junit.jupiter.api.Test;

class ReferenceDaysTest {
    private static Article undated(String text) {
        return Article.read("a", null, null, null, null, text, List.of(), Map.of(), "a")
                .cleaned(List.of(text), List.of(), "en");
    }

    /** ECB+ 4_3ecb (CC BY 3.0), shortened: an obituary names its subject's birth and nothing later. */
    @Test
    void aDateGivenAsABirthOrAFoundingIsNoWritingDay() {
        assertThat(ReferenceDays.of(undated("Bettie Page died Thursday. She was 85. Page was born Betty Mae Page in "
                + "Nashville, Tennessee on April 22, 1923.")).known()).isFalse();
        ReferenceDay dated = ReferenceDays.of(undated("The firm, founded on March 3, 1990, was sold on Tuesday, "
                + "June 10, 2014."));
        assertThat(dated.day()).isEqualTo(LocalDate.of(2014, 6, 10));
        assertThat(ReferenceDays.of(undated("Militants seized Mosul on June 10, 2014.")).day())
                .isEqualTo(LocalDate.of(2014, 6, 10));
        // "St." ends no sentence: the birth is still the sentence's.
        assertThat(ReferenceDays.of(undated("The singer died on Sunday. He was born in St. Louis on May 5, 1950."))
                .known()).isFalse();
    }

    @Test
    void aDayEstimatedFromTheTextBeforeTheStoryBeganYieldsToTheStorysDay() {
        ReferenceDay published = new ReferenceDay(LocalDate.of(2010, 9, 10), ReferenceDay.How.PUBLISHED,
                Instant.parse("2010-09-10T00:00:00Z").toString());
        ReferenceDay background = new ReferenceDay(LocalDate.of(2008, 9, 10), ReferenceDay.How.TEXT,
                "the text names September 10, 2008");
        ReferenceDay story = ReferenceDays.fromStory(background, List.of(published), List.of("b"));
        assertThat(story.how()).isEqualTo(ReferenceDay.How.STORY);
        assertThat(story.day()).isEqualTo(LocalDate.of(2010, 9, 10));
        // A follow-up written after the story began keeps its own.
        ReferenceDay later = new ReferenceDay(LocalDate.of(2012, 9, 10), ReferenceDay.How.TEXT, "later");
        assertThat(ReferenceDays.fromStory(later, List.of(published), List.of("b"))).isEqualTo(later);
    }
}
