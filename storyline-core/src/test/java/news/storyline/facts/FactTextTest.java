package news.storyline.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FactTextTest {
    @Test
    void aRangeIsWrittenAsAReaderWritesOne() {
        assertThat(FactText.range(140e6, 150e6, "USD")).isEqualTo("$140–150 million");
        assertThat(FactText.range(140e6, 1.2e9, "USD")).isEqualTo("$140 million–1.2 billion");
        assertThat(FactText.range(40, 45, "%")).isEqualTo("40–45%");
        assertThat(FactText.range(24, 99, "militants")).isEqualTo("24–99 militants");
        assertThat(FactText.range(6, 7, null)).isEqualTo("6–7");
    }
}
