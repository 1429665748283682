package news.storyline.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A sparse TF-IDF vector of unit length: sublinear term frequency (1 + ln tf) times inverse document frequency, the
 * weighting that makes a long article's repeats count less than its breadth.
 */
public final class TermVector implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private static final TermVector EMPTY = new TermVector(Map.of());

    private final Map<String, Double> weights;

    private TermVector(Map<String, Double> weights) {
        this.weights = weights;
    }

    /** The vector of terms counted in a text, weighted by the frequencies at hand. */
    public static TermVector of(Map<String, Integer> termCounts, DocumentFrequencies frequencies) {
        if (termCounts.isEmpty()) {
            return EMPTY;
        }
        var weights = new HashMap<String, Double>(termCounts.size() * 2);
        double norm = 0;
        for (var entry : termCounts.entrySet()) {
            double w = (1 + Math.log(entry.getValue())) * frequencies.idf(entry.getKey());
            weights.put(entry.getKey(), w);
            norm += w * w;
        }
        double length = Math.sqrt(norm);
        weights.replaceAll((term, w) -> w / length);
        return new TermVector(weights);
    }

    /**
     * A unit vector of these weights (summed member vectors, say), keeping only the {@code limit} heaviest terms:
     * a story's centroid grows with every member, and its tail of rare terms adds little to a cosine.
     */
    public static TermVector ofWeights(Map<String, Double> weights, int limit) {
        var kept = new HashMap<String, Double>(Math.min(weights.size(), limit) * 2);
        double norm = 0;
        for (var entry : heaviest(weights, limit)) {
            kept.put(entry.getKey(), entry.getValue());
            norm += entry.getValue() * entry.getValue();
        }
        if (norm == 0) {
            return EMPTY;
        }
        double length = Math.sqrt(norm);
        kept.replaceAll((term, w) -> w / length);
        return new TermVector(kept);
    }

    /** The terms by weight, heaviest first, ties by term so that the order never depends on hashing. */
    public static List<Map.Entry<String, Double>> heaviest(Map<String, Double> weights, int limit) {
        return weights.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.naturalOrder())))
                .limit(limit).toList();
    }

    /** The weights, read-only. */
    public Map<String, Double> weights() {
        return java.util.Collections.unmodifiableMap(weights);
    }

    /** Counts of terms from index {@code from} (inclusive) to {@code to} (exclusive) of an analysed text. */
    public static Map<String, Integer> counts(AnalyzedText text, int from, int to) {
        var counts = new HashMap<String, Integer>(Math.max(4, (to - from) * 2));
        for (int i = from; i < to; i++) {
            counts.merge(text.terms()[i], 1, Integer::sum);
        }
        return counts;
    }

    public boolean isEmpty() {
        return weights.isEmpty();
    }

    /** Cosine similarity, 0 when either is empty. */
    public double cosine(TermVector other) {
        Map<String, Double> small = weights.size() <= other.weights.size() ? weights : other.weights;
        Map<String, Double> large = small == weights ? other.weights : weights;
        double dot = 0;
        for (var entry : small.entrySet()) {
            Double w = large.get(entry.getKey());
            if (w != null) {
                dot += entry.getValue() * w;
            }
        }
        return dot;
    }

    /** The shared terms that add most to the cosine, best first: what the two texts are both about. */
    public List<String> topShared(TermVector other, int limit) {
        var shared = new ArrayList<Map.Entry<String, Double>>();
        for (var entry : weights.entrySet()) {
            Double w = other.weights.get(entry.getKey());
            if (w != null) {
                shared.add(Map.entry(entry.getKey(), entry.getValue() * w));
            }
        }
        shared.sort(Map.Entry.<String, Double>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey(Comparator.naturalOrder())));
        return shared.stream().limit(limit).map(Map.Entry::getKey).toList();
    }
}
