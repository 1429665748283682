package news.storyline.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DigitsTest {
    @Test
    void digitsOfOtherScriptsAreReadAsAsciiAtTheSameOffsets() {
        assertThat(Digits.ascii("١٠ يونيو ٢٠١٤")).isEqualTo("10 يونيو 2014");
        assertThat(Digits.ascii("۱۳۹۳")).isEqualTo("1393"); // Persian
        assertThat(Digits.ascii("२०१४")).isEqualTo("2014"); // Devanagari
        assertThat(Digits.ascii("２０１４年６月１０日")).isEqualTo("2014年6月10日");
        String mixed = "Mosul, ١٠ June";
        assertThat(Digits.ascii(mixed)).hasSameSizeAs(mixed).isEqualTo("Mosul, 10 June");
    }

    @Test
    void aTextWithAsciiDigitsOnlyIsReturnedAsItIs() {
        String text = "350 km north of Baghdad, June 10, 2014";
        assertThat(Digits.ascii(text)).isSameAs(text);
        // Superscripts and fractions are no decimal digits and stay.
        assertThat(Digits.ascii("x² ½")).isEqualTo("x² ½");
    }
}
