package news.storyline.text;

import java.util.Arrays;
import java.util.Map;

/**
 * Summed term weights (a story's centroid: its reports' vectors added up), in flat arrays in the hash order of
 * {@link TermVector}, so that adding a vector is one merge and a story's sums cost 16 bytes a term, not the 60 of a
 * hash map with boxed weights; a week of stories holds hundreds of thousands of them.
 */
public final class TermSums implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private String[] terms = new String[0];
    private int[] hashes = new int[0];
    private double[] sums = new double[0];

    public int size() {
        return terms.length;
    }

    /** Adds a vector's weights. */
    public void add(TermVector vector) {
        merge(vector.terms(), vector.hashes(), vector.weightArray());
    }

    /** Adds other sums. */
    public void add(TermSums other) {
        merge(other.terms, other.hashes, other.sums);
    }

    /**
     * Keeps the {@code limit} heaviest terms (ties by term, as {@link TermVector#heaviest}): sums grow with every
     * report, and their tail of rare terms adds little to a cosine.
     */
    public void keepHeaviest(int limit) {
        if (terms.length <= limit) {
            return;
        }
        // Sums of TF-IDF weights are all positive, so the order of the positive ones is the order of all.
        int[] order = TermVector.heaviestFirst(terms, sums);
        boolean[] kept = new boolean[terms.length];
        for (int k = 0; k < Math.min(limit, order.length); k++) {
            kept[order[k]] = true;
        }
        int n = 0;
        for (int i = 0; i < terms.length; i++) {
            if (kept[i]) {
                terms[n] = terms[i];
                hashes[n] = hashes[i];
                sums[n++] = sums[i];
            }
        }
        terms = Arrays.copyOf(terms, n);
        hashes = Arrays.copyOf(hashes, n);
        sums = Arrays.copyOf(sums, n);
    }

    /** The unit vector of the {@code limit} heaviest sums: {@link TermVector#ofWeights} of {@link #weights()}. */
    public TermVector toVector(int limit) {
        return TermVector.heaviestOf(terms, sums, limit);
    }

    /** The sums, read-only: a view, made on each call, of the arrays. */
    public Map<String, Double> weights() {
        return TermWeightsView.of(terms, sums);
    }

    private void merge(String[] otherTerms, int[] otherHashes, double[] otherWeights) {
        int n = terms.length;
        int m = otherTerms.length;
        var mergedTerms = new String[n + m];
        var mergedHashes = new int[n + m];
        var merged = new double[n + m];
        int size = 0;
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            boolean takeMine = j == m || i < n && hashes[i] < otherHashes[j];
            boolean takeTheirs = i == n || j < m && otherHashes[j] < hashes[i];
            if (takeMine) {
                mergedTerms[size] = terms[i];
                mergedHashes[size] = hashes[i];
                merged[size++] = sums[i++];
            } else if (takeTheirs) {
                mergedTerms[size] = otherTerms[j];
                mergedHashes[size] = otherHashes[j];
                merged[size++] = otherWeights[j++];
            } else {
                // One hash on both sides: almost always one term; for terms that share a hash, match by string.
                int hash = hashes[i];
                int start = size;
                while (i < n && hashes[i] == hash) {
                    mergedTerms[size] = terms[i];
                    mergedHashes[size] = hash;
                    merged[size++] = sums[i++];
                }
                int mine = size;
                for (; j < m && otherHashes[j] == hash; j++) {
                    int at = start;
                    while (at < mine && !mergedTerms[at].equals(otherTerms[j])) {
                        at++;
                    }
                    if (at < mine) {
                        merged[at] += otherWeights[j];
                    } else {
                        mergedTerms[size] = otherTerms[j];
                        mergedHashes[size] = hash;
                        merged[size++] = otherWeights[j];
                    }
                }
            }
        }
        terms = Arrays.copyOf(mergedTerms, size);
        hashes = Arrays.copyOf(mergedHashes, size);
        sums = Arrays.copyOf(merged, size);
    }
}
