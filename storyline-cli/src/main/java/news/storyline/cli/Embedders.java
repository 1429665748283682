package news.storyline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import news.storyline.embed.BgeSmallEmbedder;
import news.storyline.text.CachedEmbedder;
import news.storyline.text.TextEmbedder;

/** The sentence embedder of the default configuration, for the commands that offer it. */
final class Embedders {
    private Embedders() {
    }

    /**
     * bge-small-en-v1.5, its vectors kept in the cache file when one is given (loading the model takes a second).
     *
     * @throws IOException when the cache file cannot be read or made, or holds another model's vectors
     */
    static TextEmbedder open(Path cache) throws IOException {
        TextEmbedder model = new BgeSmallEmbedder();
        return cache == null ? model : new CachedEmbedder(model, cache);
    }

    /**
     * As {@link #open(Path)}, but a cache that cannot be used (another model's, unreadable) is said on one line and
     * the run goes on without it: for commands whose output does not depend on the cache.
     */
    static TextEmbedder open(Path cache, PrintWriter err) {
        try {
            return open(cache);
        } catch (IOException | RuntimeException e) {
            err.println("warning: embedding cache " + cache + " not used: " + e.getMessage());
            return new BgeSmallEmbedder();
        }
    }
}
