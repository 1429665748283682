package news.storyline.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WhitespaceTest {
    @Test
    void foldsRunsOfWhiteSpaceNoBreakSpacesIncluded() {
        assertThat(Whitespace.fold("  Mosul\u00a0 fell \n\t on Tuesday ")).isEqualTo("Mosul fell on Tuesday");
        assertThat(Whitespace.wordCount(" Mosul\u00a0fell  ")).isEqualTo(2);
    }

    @Test
    void takesInvisibleSpacesForWhiteSpaceButKeepsJoiners() {
        // A byte-order mark pasted into a page made a paragraph of nothing visible.
        assertThat(Whitespace.fold("\uFEFF")).isEmpty();
        assertThat(Whitespace.fold("Mosul\u200Bfell")).isEqualTo("Mosul fell");
        // The zero-width non-joiner spells Persian words: it stays.
        assertThat(Whitespace.fold("می\u200Cخواهم")).isEqualTo("می\u200Cخواهم");
    }
}
