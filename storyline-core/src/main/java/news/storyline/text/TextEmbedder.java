package news.storyline.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence-embedding model: text in, a dense vector of unit length out, so that the dot product of two vectors is
 * their cosine. Implementations live outside storyline-core (the ONNX model and its runtime are large), and core code
 * takes one where it is given and works without one where it is not (the fast configuration).
 *
 * <p>Embedding is the costly step of the accurate configuration (tens of milliseconds an article on two cores), so
 * callers embed each article once and keep the vector, never once per pair.
 */
public interface TextEmbedder {
    /** A short name of the model, kept with the vectors so that vectors of two models are never compared. */
    String model();

    /** Length of the vectors. */
    int dimension();

    /** The vector of one text, of unit length; a blank text gives a zero vector. */
    float[] embed(String text);

    /** The vectors of several texts, in order; implementations may run them in parallel. */
    default List<float[]> embedAll(List<String> texts) {
        var vectors = new ArrayList<float[]>(texts.size());
        for (String text : texts) {
            vectors.add(embed(text));
        }
        return vectors;
    }

    /** The cosine of two unit vectors (their dot product); 0 when either is missing or they differ in length. */
    static double cosine(float[] a, float[] b) {
        if (a == null || b == null || a.length != b.length) {
            return 0;
        }
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }
}
