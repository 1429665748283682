package news.storyline.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import news.storyline.text.TextEmbedder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BgeSmallEmbedderTest {
    private static TextEmbedder embedder;

    @BeforeAll
    static void load() {
        embedder = new BgeSmallEmbedder();
    }

    @Test
    void theSameEventInOtherWordsIsNearerThanAnotherEvent() {
        float[] a = embedder.embed("Militants seized the northern Iraqi city of Mosul on Tuesday as soldiers fled.");
        float[] b = embedder.embed("Insurgents overran Mosul, Iraq's second city, after the army abandoned its posts.");
        float[] c = embedder.embed("Apple lowered the price of songs in its British iTunes store.");
        assertThat(a).hasSize(embedder.dimension());
        assertThat(TextEmbedder.cosine(a, a)).isCloseTo(1.0, within(1e-5));
        assertThat(TextEmbedder.cosine(a, b)).isGreaterThan(TextEmbedder.cosine(a, c) + 0.1);
    }

    @Test
    void embedAllGivesTheVectorsOfEmbedInOrderAndZeroForBlank() {
        List<String> texts = List.of("Floods in Pakistan.", " ", "A new iPhone was shown in California.");
        List<float[]> all = embedder.embedAll(texts);
        assertThat(all).hasSize(3);
        assertThat(TextEmbedder.cosine(all.get(0), embedder.embed(texts.get(0)))).isCloseTo(1.0, within(1e-4));
        assertThat(TextEmbedder.cosine(all.get(2), embedder.embed(texts.get(2)))).isCloseTo(1.0, within(1e-4));
        assertThat(all.get(1)).containsOnly(0f);
    }

    @Test
    void aTextLongerThanTheModelSeesIsEmbeddedWhole() {
        String head = "The dam on the river burst after days of rain and the valley flooded. ".repeat(60);
        String tail = "Later, the central bank raised interest rates to curb inflation in the economy. ".repeat(60);
        float[] whole = embedder.embed(head + tail);
        float[] tailOnly = embedder.embed(tail);
        float[] headOnly = embedder.embed(head);
        // Averaged over its pieces, the long text is near both halves, not only its first 510 tokens.
        double apart = TextEmbedder.cosine(headOnly, tailOnly);
        assertThat(TextEmbedder.cosine(whole, tailOnly)).isGreaterThan(apart + 0.1);
        assertThat(TextEmbedder.cosine(whole, headOnly)).isGreaterThan(apart + 0.1);
    }
}
