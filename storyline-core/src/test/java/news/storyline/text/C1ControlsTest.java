package news.storyline.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class C1ControlsTest {
    @Test
    void mapsC1ControlsToWindows1252Punctuation() {
        assertThat(C1Controls.toWindows1252("Mayor\u0092s plan \u0093works\u0094 \u0096 for \u0080 5\u0085"))
                .isEqualTo("Mayor’s plan “works” – for € 5…");
    }

    @Test
    void leavesUndefinedPositionsAndOtherTextAsTheyAre() {
        String text = "caf\u00e9 \u0081\u008d\u008f\u0090\u009d \u2019";
        assertThat(C1Controls.toWindows1252(text)).isEqualTo(text);
    }
}
