package news.storyline.text;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An embedder that keeps every vector it computes in a file, so that a text is embedded once however many runs read
 * it: re-clustering a corpus, evaluating again, refitting a model. Vectors are keyed by a 128-bit digest of the text
 * (a collision is as unlikely as one in SHA-256's first 16 bytes), and the file is bound to one model: a file of
 * another model's vectors is refused, not mixed in.
 *
 * <p>The file is append-only: a header line, then one record per text (digest, then the vector's floats). A run
 * killed mid-write leaves at most one torn record at the end, which the next open drops. Thread-safe.
 */
public final class CachedEmbedder implements TextEmbedder {
    private static final String MAGIC = "storyline-embeddings 1 ";

    private final TextEmbedder inner;
    private final Path file;
    private final Map<Key, float[]> vectors = new HashMap<>();
    private int computed;

    private record Key(long high, long low) {
    }

    /**
     * Opens (or starts) the cache file for this embedder's model.
     *
     * @throws IOException when the file cannot be read, or holds another model's vectors
     */
    public CachedEmbedder(TextEmbedder inner, Path file) throws IOException {
        this.inner = inner;
        this.file = file;
        if (Files.exists(file)) {
            load();
        } else {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, header() + "\n", StandardCharsets.UTF_8);
        }
    }

    private String header() {
        return MAGIC + inner.model() + " " + inner.dimension();
    }

    private void load() throws IOException {
        long valid;
        try (var in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            String first = readLine(in);
            if (!first.equals(header())) {
                throw new IOException(file + ": holds \"" + first + "\", not vectors of " + inner.model()
                        + " (" + inner.dimension() + " dimensions)");
            }
            valid = first.getBytes(StandardCharsets.UTF_8).length + 1;
            int recordBytes = 16 + 4 * inner.dimension();
            while (true) {
                try {
                    var key = new Key(in.readLong(), in.readLong());
                    float[] v = new float[inner.dimension()];
                    for (int i = 0; i < v.length; i++) {
                        v[i] = in.readFloat();
                    }
                    vectors.put(key, v);
                    valid += recordBytes;
                } catch (EOFException end) {
                    break;
                }
            }
        }
        if (Files.size(file) != valid) {
            // A torn last record from a run that was killed while writing: drop it.
            try (var channel = java.nio.channels.FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.truncate(valid);
            }
        }
    }

    private static String readLine(DataInputStream in) throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        for (int b; (b = in.read()) != '\n'; ) {
            if (b < 0 || bytes.size() > 200) {
                return bytes.toString(StandardCharsets.UTF_8);
            }
            bytes.write(b);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Override
    public String model() {
        return inner.model();
    }

    @Override
    public int dimension() {
        return inner.dimension();
    }

    @Override
    public float[] embed(String text) {
        return embedAll(List.of(text)).get(0);
    }

    @Override
    public synchronized List<float[]> embedAll(List<String> texts) {
        var keys = new ArrayList<Key>(texts.size());
        var missing = new ArrayList<String>();
        var missingKeys = new ArrayList<Key>();
        for (String text : texts) {
            Key key = key(text == null ? "" : text);
            keys.add(key);
            if (!vectors.containsKey(key) && !missingKeys.contains(key)) {
                missing.add(text);
                missingKeys.add(key);
            }
        }
        if (!missing.isEmpty()) {
            List<float[]> fresh = inner.embedAll(missing);
            try (OutputStream raw = Files.newOutputStream(file, StandardOpenOption.APPEND);
                 var out = new DataOutputStream(new java.io.BufferedOutputStream(raw))) {
                for (int i = 0; i < fresh.size(); i++) {
                    Key key = missingKeys.get(i);
                    out.writeLong(key.high());
                    out.writeLong(key.low());
                    for (float f : fresh.get(i)) {
                        out.writeFloat(f);
                    }
                    vectors.put(key, fresh.get(i));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(file + ": cannot write the embedding cache", e);
            }
            computed += fresh.size();
        }
        var result = new ArrayList<float[]>(texts.size());
        for (Key key : keys) {
            result.add(vectors.get(key).clone());
        }
        return result;
    }

    /** Texts this instance embedded itself (not found in the file), for reports. */
    public synchronized int computed() {
        return computed;
    }

    /** Vectors held, from the file and computed. */
    public synchronized int size() {
        return vectors.size();
    }

    private static Key key(String text) {
        var d = java.nio.ByteBuffer.wrap(TextDigest.of(text));
        return new Key(d.getLong(), d.getLong());
    }
}
