package news.storyline.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SurrogatesTest {
    @Test
    void unpairedSurrogatesBecomeReplacementCharacters() {
        assertThat(Surrogates.repair("Mosul \uDC00falls")).isEqualTo("Mosul \uFFFDfalls");
        assertThat(Surrogates.repair("cut at the end \uD83D")).isEqualTo("cut at the end \uFFFD");
        assertThat(Surrogates.repair("\uDE00\uD83D reversed")).isEqualTo("\uFFFD\uFFFD reversed");
        assertThat(Surrogates.repair("\uD83D\uD83D\uDE00 high twice")).isEqualTo("\uFFFD\uD83D\uDE00 high twice");
    }

    @Test
    void textWithoutUnpairedSurrogatesIsReturnedAsItIs() {
        String emoji = "Crowds cheered \uD83D\uDE00 in Kyiv";
        assertThat(Surrogates.repair(emoji)).isSameAs(emoji);
        String plain = "Militants seized Mosul.";
        assertThat(Surrogates.repair(plain)).isSameAs(plain);
        assertThat(Surrogates.repair(null)).isNull();
    }
}
