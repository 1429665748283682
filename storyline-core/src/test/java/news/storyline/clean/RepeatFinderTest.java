package news.storyline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import news.storyline.article.RemovalReason;
import org.junit.jupiter.api.Test;

class RepeatFinderTest {
    private static final String GOVERNOR = "Provincial governor Atheel al-Nujaifi was in a nearby guest house but "
            + "managed to escape from the area unharmed, he said.";

    @Test
    void anExactRepeatNamesTheParagraphItRepeats() {
        var finder = new RepeatFinder();
        assertThat(finder.repeatOrKeep("First paragraph.")).isEmpty();
        assertThat(finder.repeatOrKeep(GOVERNOR)).isEmpty();
        assertThat(finder.repeatOrKeep("  provincial GOVERNOR Atheel al Nujaifi was in a nearby guest-house but managed to "
                + "escape from the area unharmed,  he said")).get()
                .satisfies(span -> {
                    assertThat(span.reason()).isEqualTo(RemovalReason.REPEATED_PARAGRAPH);
                    assertThat(span.detail()).isEqualTo("repeats paragraph 2");
                });
    }

    @Test
    void aNearRepeatWithAWordChangedIsFound() {
        var finder = new RepeatFinder();
        assertThat(finder.repeatOrKeep(GOVERNOR)).isEmpty();
        assertThat(finder.repeatOrKeep(GOVERNOR.replace("nearby", "close-by"))).get()
                .extracting(span -> span.reason()).isEqualTo(RemovalReason.NEAR_REPEATED_PARAGRAPH);
    }

    @Test
    void aDifferentParagraphOnTheSameTopicIsNotARepeat() {
        var finder = new RepeatFinder();
        assertThat(finder.repeatOrKeep(GOVERNOR)).isEmpty();
        assertThat(finder.repeatOrKeep("He is the brother of Iraq's parliament speaker, Osama al-Nujaifi, who said he "
                + "managed to escape from the area unharmed.")).isEmpty();
    }

    @Test
    void shortLinesMustMatchExactly() {
        var finder = new RepeatFinder();
        assertThat(finder.repeatOrKeep("Mosul fell on Tuesday.")).isEmpty();
        assertThat(finder.repeatOrKeep("Mosul fell on Monday.")).isEmpty();
    }
}
