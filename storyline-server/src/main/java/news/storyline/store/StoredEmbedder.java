package news.storyline.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import news.storyline.text.TextDigest;
import news.storyline.text.TextEmbedder;

/**
 * An embedder whose vectors are kept in the store: a text is embedded once, however often the store is reopened and
 * replayed or its articles compared. A vector is kept on its own, outside an article's transaction: a vector without
 * its article (the article's write failed) is a cache entry, never wrong, since the key is the text itself.
 */
public final class StoredEmbedder implements TextEmbedder {
    private final TextEmbedder model;
    private final SqliteStore store;
    private final AtomicLong computed = new AtomicLong();

    public StoredEmbedder(TextEmbedder model, SqliteStore store) {
        this.model = model;
        this.store = store;
    }

    @Override
    public String model() {
        return model.model();
    }

    @Override
    public int dimension() {
        return model.dimension();
    }

    @Override
    public float[] embed(String text) {
        return embedAll(List.of(text == null ? "" : text)).get(0);
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        var vectors = new ArrayList<float[]>(texts.size());
        var missing = new ArrayList<Integer>();
        var digests = new ArrayList<byte[]>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            byte[] digest = TextDigest.of(texts.get(i));
            digests.add(digest);
            float[] kept = store.vector(model.model(), digest).filter(v -> v.length == model.dimension())
                    .orElse(null);
            vectors.add(kept);
            if (kept == null) {
                missing.add(i);
            }
        }
        if (!missing.isEmpty()) {
            List<float[]> fresh = model.embedAll(missing.stream().map(texts::get).toList());
            for (int k = 0; k < missing.size(); k++) {
                int i = missing.get(k);
                vectors.set(i, fresh.get(k));
                store.putVector(model.model(), digests.get(i), fresh.get(k));
            }
            computed.addAndGet(missing.size());
        }
        return vectors;
    }

    /** Texts this instance embedded with the model (not found in the store). */
    public long computed() {
        return computed.get();
    }
}
