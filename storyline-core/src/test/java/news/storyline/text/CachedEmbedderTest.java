package news.storyline.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CachedEmbedderTest {
    @TempDir
    Path dir;

    /** A real, deterministic embedder: letter counts of the text, normalised; it records what it was asked. */
    static final class LetterCounts implements TextEmbedder {
        final List<String> asked = new ArrayList<>();
        private final String model;

        LetterCounts(String model) {
            this.model = model;
        }

        @Override
        public String model() {
            return model;
        }

        @Override
        public int dimension() {
            return 26;
        }

        @Override
        public float[] embed(String text) {
            asked.add(text);
            float[] v = new float[26];
            for (char c : text.toLowerCase().toCharArray()) {
                if (c >= 'a' && c <= 'z') {
                    v[c - 'a']++;
                }
            }
            double norm = 0;
            for (float f : v) {
                norm += f * f;
            }
            for (int i = 0; i < v.length && norm > 0; i++) {
                v[i] /= (float) Math.sqrt(norm);
            }
            return v;
        }
    }

    @Test
    void eachTextIsEmbeddedOnceAcrossRuns() throws IOException {
        Path file = dir.resolve("cache/vectors.bin");
        var first = new LetterCounts("letters");
        var cache = new CachedEmbedder(first, file);
        List<float[]> a = cache.embedAll(List.of("Mosul fell", "Baghdad", "Mosul fell"));
        assertThat(first.asked).containsExactly("Mosul fell", "Baghdad");
        assertThat(a.get(0)).containsExactly(a.get(2));

        var second = new LetterCounts("letters");
        var reopened = new CachedEmbedder(second, file);
        assertThat(reopened.size()).isEqualTo(2);
        assertThat(reopened.embed("Baghdad")).containsExactly(a.get(1));
        reopened.embed("Nineveh");
        assertThat(second.asked).containsExactly("Nineveh");
        assertThat(reopened.computed()).isEqualTo(1);
    }

    @Test
    void anotherModelsFileIsRefused() throws IOException {
        Path file = dir.resolve("vectors.bin");
        new CachedEmbedder(new LetterCounts("letters"), file).embed("text");
        assertThatThrownBy(() -> new CachedEmbedder(new LetterCounts("other"), file))
                .isInstanceOf(IOException.class).hasMessageContaining("not vectors of other");
    }

    @Test
    void aTornLastRecordIsDropped() throws IOException {
        Path file = dir.resolve("vectors.bin");
        var cache = new CachedEmbedder(new LetterCounts("letters"), file);
        cache.embedAll(List.of("one", "two"));
        long size = Files.size(file);
        Files.write(file, new byte[] {1, 2, 3, 4, 5}, java.nio.file.StandardOpenOption.APPEND);

        var reopened = new CachedEmbedder(new LetterCounts("letters"), file);
        assertThat(reopened.size()).isEqualTo(2);
        assertThat(Files.size(file)).isEqualTo(size);
        reopened.embed("three");
        assertThat(new CachedEmbedder(new LetterCounts("letters"), file).size()).isEqualTo(3);
    }
}
