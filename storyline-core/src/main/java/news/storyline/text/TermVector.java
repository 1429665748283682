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
    private static final long serialVersionUID = 2L;

    private static final TermVector EMPTY = new TermVector(new String[0], new int[0], new double[0]);

    /*
     * Terms in the order of their hashes (ascending), with their weights: a cosine is then one merge of two sorted
     * arrays, with no lookups and nothing boxed, and a vector costs 16 bytes a term instead of a hash map's 60 (the
     * strings are shared: see DocumentFrequencies.canonical). Terms of one hash are next to each other, and a
     * cosine compares their strings.
     * Story clustering computes tens of cosines per candidate story, so this is its inner loop.
     */
    private final String[] terms;
    private final int[] hashes;
    private final double[] weights;

    private TermVector(String[] terms, int[] hashes, double[] weights) {
        this.terms = terms;
        this.hashes = hashes;
        this.weights = weights;
    }

    /** The vector of terms counted in a text, weighted by the frequencies at hand. */
    public static TermVector of(Map<String, Integer> termCounts, DocumentFrequencies frequencies) {
        if (termCounts.isEmpty()) {
            return EMPTY;
        }
        String[] terms = new String[termCounts.size()];
        double[] weights = new double[terms.length];
        int n = 0;
        for (var entry : termCounts.entrySet()) {
            weights[n] = weight(entry.getValue(), frequencies.idf(entry.getKey()));
            terms[n++] = frequencies.canonical(entry.getKey());
        }
        return ofWeighed(terms, weights);
    }

    /**
     * The terms' sublinear frequencies (1 + ln tf), not normed, in hash order: what {@link #cosineWeighedBy} weighs
     * under the document frequencies of the moment. For texts of many terms compared often while the frequencies
     * change (the runs of letters of a pair's articles, a thousand a text), so that each comparison neither sorts
     * nor builds a vector.
     */
    public static TermVector counted(Map<String, Integer> termCounts) {
        String[] terms = new String[termCounts.size()];
        double[] weights = new double[terms.length];
        int n = 0;
        for (var entry : termCounts.entrySet()) {
            terms[n] = entry.getKey();
            weights[n++] = weight(entry.getValue(), 1);
        }
        return inHashOrder(terms, weights);
    }

    /**
     * The cosine of two {@link #counted} vectors with each term's weight times its inverse document frequency, the
     * cosine of the two TF-IDF vectors {@link #of} would make of their counts (to rounding), at one lookup a term.
     */
    public double cosineWeighedBy(TermVector other, DocumentFrequencies frequencies) {
        double[] mine = idfWeighed(frequencies);
        double[] theirs = other.idfWeighed(frequencies);
        double normMine = sumOfSquares(mine);
        double normTheirs = sumOfSquares(theirs);
        if (normMine == 0 || normTheirs == 0) {
            return 0;
        }
        return new TermVector(terms, hashes, mine).cosine(new TermVector(other.terms, other.hashes, theirs))
                / Math.sqrt(normMine * normTheirs);
    }

    private double[] idfWeighed(DocumentFrequencies frequencies) {
        double[] weighed = new double[weights.length];
        frequencies.idfs(terms, weighed);
        for (int i = 0; i < weighed.length; i++) {
            weighed[i] *= weights[i];
        }
        return weighed;
    }

    private static double sumOfSquares(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v * v;
        }
        return sum;
    }

    /** A term's weight before norming: sublinear term frequency times inverse document frequency. */
    static double weight(int termFrequency, double idf) {
        return (1 + Math.log(termFrequency)) * idf;
    }

    /** The unit vector of these terms' TF-IDF weights (normed in the order given; the arrays are taken over). */
    static TermVector ofWeighed(String[] terms, double[] weights) {
        if (terms.length == 0) {
            return EMPTY;
        }
        double norm = 0;
        for (double w : weights) {
            norm += w * w;
        }
        double length = Math.sqrt(norm);
        for (int i = 0; i < weights.length; i++) {
            weights[i] /= length;
        }
        return inHashOrder(terms, weights);
    }

    /**
     * A unit vector of these weights (summed member vectors, say), keeping only the {@code limit} heaviest terms:
     * a story's centroid grows with every member, and its tail of rare terms adds little to a cosine.
     */
    public static TermVector ofWeights(Map<String, Double> weights, int limit) {
        String[] terms = new String[weights.size()];
        double[] values = new double[terms.length];
        int n = 0;
        for (Map.Entry<String, Double> weight : weights.entrySet()) {
            terms[n] = weight.getKey();
            values[n++] = weight.getValue();
        }
        return heaviestOf(terms, values, limit);
    }

    /**
     * Its {@code limit} heaviest terms as a unit vector: what {@link #ofWeights} makes of its weights, worked on the
     * arrays (an article's vector is capped, and its key terms taken, as it arrives).
     */
    public TermVector capped(int limit) {
        return heaviestOf(terms, weights, limit);
    }

    /** Its {@code limit} heaviest terms, heaviest first, ties by term: as {@link #heaviest} orders them. */
    public List<String> heaviestTerms(int limit) {
        int[] order = heaviestFirst(terms, weights);
        var heaviest = new ArrayList<String>(Math.min(limit, order.length));
        for (int k = 0; k < Math.min(limit, order.length); k++) {
            heaviest.add(terms[order[k]]);
        }
        return heaviest;
    }

    /**
     * The unit vector of the {@code limit} heaviest positive weights, ties by term; the norm is summed heaviest
     * first, so the same weights give the same vector to the bit whatever order they come in.
     */
    static TermVector heaviestOf(String[] terms, double[] weights, int limit) {
        int[] order = heaviestFirst(terms, weights);
        int n = Math.min(limit, order.length);
        String[] keptTerms = new String[n];
        double[] keptWeights = new double[n];
        double norm = 0;
        for (int k = 0; k < n; k++) {
            keptTerms[k] = terms[order[k]];
            keptWeights[k] = weights[order[k]];
            norm += keptWeights[k] * keptWeights[k];
        }
        if (norm == 0) {
            return EMPTY;
        }
        double length = Math.sqrt(norm);
        for (int k = 0; k < n; k++) {
            keptWeights[k] /= length;
        }
        return inHashOrder(keptTerms, keptWeights);
    }

    /**
     * The places of the positive weights, heaviest first, ties by term (the order of {@link #heaviest}): sorted as
     * primitives (weight, then place, packed in a long: a positive double's bits order as its value does), then each
     * run of equal weights put in term order. Every article's vector and every changed centroid is capped this way.
     */
    static int[] heaviestFirst(String[] terms, double[] weights) {
        int positive = 0;
        for (double w : weights) {
            positive += w > 0 ? 1 : 0;
        }
        if (weights.length > PLACE_MASK) {
            return sortedByComparison(terms, weights, positive);
        }
        // The weight's bits with their lowest 20 bits given up for the place: a list of up to a million terms, and
        // weights that differ only in the last 20 of 52 mantissa bits count as equal here, then ordered exactly below.
        long[] keys = new long[positive];
        for (int i = 0, k = 0; i < weights.length; i++) {
            if (weights[i] > 0) {
                keys[k++] = (Double.doubleToRawLongBits(weights[i]) & ~PLACE_MASK) | i;
            }
        }
        java.util.Arrays.sort(keys);
        int[] order = new int[positive];
        for (int k = 0; k < positive; k++) {
            order[k] = (int) (keys[positive - 1 - k] & PLACE_MASK);
        }
        // Runs whose truncated weights are equal are put in exact order: weight down, then term.
        for (int from = 0; from < positive; ) {
            int to = from + 1;
            long truncated = keys[positive - 1 - from] & ~PLACE_MASK;
            while (to < positive && (keys[positive - 1 - to] & ~PLACE_MASK) == truncated) {
                to++;
            }
            if (to - from > 1) {
                Integer[] run = new Integer[to - from];
                for (int k = from; k < to; k++) {
                    run[k - from] = order[k];
                }
                java.util.Arrays.sort(run, heavierFirst(terms, weights));
                for (int k = from; k < to; k++) {
                    order[k] = run[k - from];
                }
            }
            from = to;
        }
        return order;
    }

    private static final long PLACE_MASK = (1L << 20) - 1;

    /** Places by weight, heaviest first, then by term. */
    private static Comparator<Integer> heavierFirst(String[] terms, double[] weights) {
        return (a, b) -> {
            int byWeight = Double.compare(weights[b], weights[a]);
            return byWeight != 0 ? byWeight : terms[a].compareTo(terms[b]);
        };
    }

    /** The same order for a list too long to pack its places (a book-length text of over a million terms). */
    private static int[] sortedByComparison(String[] terms, double[] weights, int positive) {
        Integer[] order = new Integer[positive];
        for (int i = 0, k = 0; i < weights.length; i++) {
            if (weights[i] > 0) {
                order[k++] = i;
            }
        }
        java.util.Arrays.sort(order, heavierFirst(terms, weights));
        return java.util.Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    /** The same vector with its terms put in hash order: a term's hash in the high half of a long, its place low. */
    static TermVector inHashOrder(String[] terms, double[] weights) {
        int n = terms.length;
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = (long) terms[i].hashCode() << 32 | i;
        }
        java.util.Arrays.sort(keys);
        String[] sortedTerms = new String[n];
        int[] hashes = new int[n];
        double[] sortedWeights = new double[n];
        for (int i = 0; i < n; i++) {
            int place = (int) keys[i];
            sortedTerms[i] = terms[place];
            hashes[i] = (int) (keys[i] >> 32);
            sortedWeights[i] = weights[place];
        }
        return new TermVector(sortedTerms, hashes, sortedWeights);
    }

    /** The terms by weight, heaviest first, ties by term so that the order never depends on hashing. */
    public static List<Map.Entry<String, Double>> heaviest(Map<String, Double> weights, int limit) {
        return weights.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.naturalOrder())))
                .limit(limit).toList();
    }

    /** The weights, read-only: a view, made on each call, of the vector's arrays. */
    public Map<String, Double> weights() {
        return TermWeightsView.of(terms, weights);
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
        return terms.length == 0;
    }

    /** Its terms, hashes and weights in hash order, read-only by agreement: for {@link TermSums}. */
    String[] terms() {
        return terms;
    }

    int[] hashes() {
        return hashes;
    }

    double[] weightArray() {
        return weights;
    }

    /** Cosine similarity, 0 when either is empty. */
    public double cosine(TermVector other) {
        int[] a = hashes;
        int[] b = other.hashes;
        double dot = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            int x = a[i];
            int y = b[j];
            if (x == y) {
                if (terms[i].equals(other.terms[j])) {
                    dot += weights[i] * other.weights[j];
                    i++;
                    j++;
                } else {
                    // Two terms of one hash: every pair of the two runs compared, once.
                    int endA = runEnd(a, i);
                    int endB = runEnd(b, j);
                    for (int p = i; p < endA; p++) {
                        for (int q = j; q < endB; q++) {
                            if (terms[p].equals(other.terms[q])) {
                                dot += weights[p] * other.weights[q];
                            }
                        }
                    }
                    i = endA;
                    j = endB;
                }
                continue;
            }
            // Steps without a branch on which side is behind: the two are as often one as the other.
            i += x < y ? 1 : 0;
            j += y < x ? 1 : 0;
        }
        return dot;
    }

    /**
     * This vector as a lookup table, for comparing it with many (an arriving article with the members of its
     * candidate stories, hundreds of cosines an article).
     */
    public Probe probe() {
        return new Probe(this);
    }

    /**
     * A vector held as an open-addressing table of its term hashes: a cosine is then one pass over the other
     * vector's terms, each a lookup that does not wait on the one before, where {@link #cosine}'s merge steps through
     * both arrays one dependent comparison at a time (about three times the work of a lookup for vectors of a
     * hundred terms or more). The products are summed in the merge's order (the other's terms in ascending hash), so
     * the two agree to the last bit but where two terms of one hash meet two of the other's.
     */
    public static final class Probe {
        private final TermVector vector;
        /** Per slot, the place of a term in the vector plus one; 0 is an empty slot. */
        private final int[] slots;
        private final int mask;

        private Probe(TermVector vector) {
            this.vector = vector;
            // At most a quarter full, so that a lookup of a term not there (most of them) meets an empty slot at once.
            int size = Integer.highestOneBit(Math.max(4, vector.hashes.length * 4 - 1)) << 1;
            this.slots = OpenSlots.index(vector.hashes.length, i -> vector.hashes[i], size);
            this.mask = size - 1;
        }

        /** The cosine of the vector with another, as {@link TermVector#cosine} gives it. */
        public double cosine(TermVector other) {
            int[] hashes = vector.hashes;
            String[] terms = vector.terms;
            double[] weights = vector.weights;
            int[] theirHashes = other.hashes;
            double dot = 0;
            for (int j = 0; j < theirHashes.length; j++) {
                int hash = theirHashes[j];
                int slot = OpenSlots.first(hash, mask);
                for (int place = slots[slot]; place != 0; place = slots[slot = (slot + 1) & mask]) {
                    int i = place - 1;
                    if (hashes[i] == hash && terms[i].equals(other.terms[j])) {
                        dot += weights[i] * other.weights[j];
                        break;
                    }
                }
            }
            return dot;
        }
    }

    private static int runEnd(int[] hashes, int from) {
        int end = from + 1;
        while (end < hashes.length && hashes[end] == hashes[from]) {
            end++;
        }
        return end;
    }

    /** The shared terms that add most to the cosine, best first: what the two texts are both about. */
    public List<String> topShared(TermVector other, int limit) {
        Map<String, Double> theirs = new HashMap<>(other.weights());
        var shared = new ArrayList<Map.Entry<String, Double>>();
        for (int i = 0; i < terms.length; i++) {
            Double w = theirs.get(terms[i]);
            if (w != null) {
                shared.add(Map.entry(terms[i], weights[i] * w));
            }
        }
        shared.sort(Map.Entry.<String, Double>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey(Comparator.naturalOrder())));
        return shared.stream().limit(limit).map(Map.Entry::getKey).toList();
    }
}
