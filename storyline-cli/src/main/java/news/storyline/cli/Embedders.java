package news.storyline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import news.storyline.embed.BgeSmallEmbedder;
import news.storyline.text.CachedEmbedder;
import news.storyline.text.TextEmbedder;

/** The embedder of the default configuration, kept in a cache file where the user names one. */
final class Embedders {
    private Embedders() {
    }

    /**
     * The bundled model, behind a {@link CachedEmbedder} when {@code cache} is given. A cache that cannot be used
     * (another model's, unreadable) is said on one line and the run goes on without it.
     */
    static TextEmbedder open(Path cache, PrintWriter err) {
        TextEmbedder model = new BgeSmallEmbedder();
        if (cache == null) {
            return model;
        }
        try {
            return new CachedEmbedder(model, cache);
        } catch (IOException | RuntimeException e) {
            err.println("warning: embedding cache " + cache + " not used: " + e.getMessage());
            return model;
        }
    }
}
