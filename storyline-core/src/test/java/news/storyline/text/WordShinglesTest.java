package news.storyline.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordShinglesTest {
    @Test
    void nGramsAreTheShinglesOfAnyLengthAndNoneForAShorterKey() {
        String key = TextKey.of("Militants seized Mosul, Iraq's second-largest city, on Tuesday.");
        assertThat(WordShingles.nGrams(key, WordShingles.WORDS)).isEqualTo(WordShingles.ofKey(key));
        assertThat(WordShingles.nGrams(key, 3)).hasSize(TextKey.words(key) - 2).isSorted();
        // The same three words in another text hash alike; a key shorter than n has none, where ofKey keeps one.
        assertThat(WordShingles.nGrams("seized mosul iraq", 3)).hasSize(1);
        assertThat(WordShingles.nGrams(key, 3)).contains(WordShingles.nGrams("seized mosul iraq", 3)[0]);
        assertThat(WordShingles.nGrams("two words", 3)).isEmpty();
        assertThat(WordShingles.ofKey("two words")).hasSize(1);
        assertThat(WordShingles.nGrams("", 3)).isEmpty();
        // Repeats are counted once.
        assertThat(WordShingles.nGrams("a b c a b c", 3)).hasSize(3);
    }
}
