package news.storyline.mention;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {
    @Test
    void aGenerationWrittenAfterANameIsLeftOffAndNothingElse() {
        assertThat(NameKey.withoutGeneration("Anthony LaCalamita III")).isEqualTo("Anthony LaCalamita");
        assertThat(NameKey.withoutGeneration("Martin Luther King, Jr.")).isEqualTo("Martin Luther King");
        assertThat(NameKey.withoutGeneration("W. Mark Felt Sr")).isEqualTo("W. Mark Felt");
        // A surname that reads like one in small letters, a one-word name, and a name without one stay as they are.
        assertThat(NameKey.withoutGeneration("Naosuke Ii")).isEqualTo("Naosuke Ii");
        assertThat(NameKey.withoutGeneration("III")).isEqualTo("III");
        assertThat(NameKey.withoutGeneration("Warren Jeffs")).isEqualTo("Warren Jeffs");
    }
}
