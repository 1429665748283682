package news.storyline.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextPiecesTest {
    @Test
    void aShortTextIsOnePiece() {
        assertThat(TextPieces.of("One sentence. Two sentences.", 100, 4)).containsExactly("One sentence. Two sentences.");
        assertThat(TextPieces.of("  \n ", 100, 4)).isEmpty();
    }

    @Test
    void piecesEndAtSentencesAndKeepEveryWord() {
        String text = "Alpha beta gamma. Delta epsilon zeta. Eta theta iota. Kappa lambda mu.";
        List<String> pieces = TextPieces.of(text, 40, 10);
        assertThat(pieces).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(40));
        assertThat(pieces).allSatisfy(p -> assertThat(p).endsWith("."));
        assertThat(String.join(" ", pieces)).isEqualTo(text);
    }

    @Test
    void aSentenceLongerThanAPieceIsCutAtSpaces() {
        String text = "word ".repeat(50).strip();
        List<String> pieces = TextPieces.of(text, 32, 100);
        assertThat(pieces).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(32));
        assertThat(String.join(" ", pieces).split(" ")).hasSize(50);
    }

    @Test
    void theNumberOfPiecesIsBounded() {
        assertThat(TextPieces.of("A sentence here. ".repeat(1000), 40, 5)).hasSize(5);
    }
}
