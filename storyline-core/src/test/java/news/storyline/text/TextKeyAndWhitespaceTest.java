package news.storyline.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextKeyAndWhitespaceTest {
    @Test
    void copiesThatDifferInCaseQuotesSpacingAndPunctuationShareAKey() {
        assertThat(TextKey.of("“The city of Mosul is outside the control of the state,” an official said."))
                .isEqualTo(TextKey.of("\"THE CITY OF MOSUL is outside the control  of the state\" - an official said"))
                .isEqualTo("the city of mosul is outside the control of the state an official said");
    }

    @Test
    void compatibilityFormsAreFolded() {
        assertThat(TextKey.of("ﬁnal ２０１４ Café")).isEqualTo("final 2014 café");
        assertThat(TextKey.words(TextKey.of("  -- Mosul, 350 km! "))).isEqualTo(3);
        assertThat(TextKey.words("")).isZero();
    }

    @Test
    void whitespaceRunsFoldAndCountWords() {
        assertThat(Whitespace.fold("  A\u00A0 spaced\t\nline.  ")).isEqualTo("A spaced line.");
        assertThat(Whitespace.wordCount("  A\u00A0 spaced\t\nline.  ")).isEqualTo(3);
        assertThat(Whitespace.wordCount(" \t ")).isZero();
        // Text already folded comes back as it is; one tab or double space in it is still folded.
        String folded = "Already one line.";
        assertThat(Whitespace.fold(folded)).isSameAs(folded);
        assertThat(Whitespace.fold("a\tb")).isEqualTo("a b");
        assertThat(Whitespace.fold("a  b")).isEqualTo("a b");
        assertThat(Whitespace.fold(" a")).isEqualTo("a");
    }

    @Test
    void plainAsciiKeysAreThoseOfTheGeneralPath() {
        // The ASCII fast path against the general one (a non-ASCII character forces it, and is dropped as punctuation).
        for (String text : new String[] {"Isil's fighters -- 350 KM north, 2014!", "  x  ", "", "A-B_c9"}) {
            assertThat(TextKey.of(text)).isEqualTo(TextKey.of(text + " \u2014").strip());
        }
    }
}
