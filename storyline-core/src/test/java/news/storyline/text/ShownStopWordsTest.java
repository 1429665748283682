package news.storyline.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShownStopWordsTest {
    @Test
    void knowsPronounsAndAuxiliariesByLanguage() {
        assertThat(ShownStopWords.contains("en", "Her")).isTrue();
        assertThat(ShownStopWords.contains("en", "would")).isTrue();
        assertThat(ShownStopWords.contains("en", "militants")).isFalse();
        assertThat(ShownStopWords.contains("de", "sie")).isTrue();
        assertThat(ShownStopWords.contains("es", "ella")).isTrue();
        assertThat(ShownStopWords.contains("ar", "her")).as("a language without a list").isFalse();
        assertThat(ShownStopWords.contains(null, "her")).isFalse();
    }
}
