package news.storyline.similarity;

import java.util.Arrays;

/**
 * A compact stand-in for an article's shingle set, to measure overlap exactly enough: every shingle of a short text,
 * and a fixed quarter of a long one's (those whose hash ends in two zero bits, the same quarter in every text, so two
 * sketches still share the quarter of the shingles they share). 32 bits a shingle: collisions between two articles'
 * few hundred shingles are vanishingly rare.
 */
public final class ShingleSketch {
    /** Texts up to this many shingles keep all of them. */
    static final int FULL_UP_TO = 256;
    private static final int SAMPLE_MASK = 3;

    private final int[] hashes;
    private final boolean sampled;

    private ShingleSketch(int[] hashes, boolean sampled) {
        this.hashes = hashes;
        this.sampled = sampled;
    }

    public static ShingleSketch of(long[] shingles) {
        boolean sample = shingles.length > FULL_UP_TO;
        int[] kept = new int[shingles.length];
        int n = 0;
        for (long shingle : shingles) {
            int high = (int) (shingle >>> 32);
            if (!sample || (high & SAMPLE_MASK) == 0) {
                kept[n++] = high;
            }
        }
        int[] sorted = Arrays.copyOf(kept, n);
        Arrays.sort(sorted);
        return new ShingleSketch(sorted, sample);
    }

    /** Shingles shared and each side's count, over the part both sketches hold. */
    public Overlap overlap(ShingleSketch other) {
        boolean sample = sampled || other.sampled;
        int[] a = sample && !sampled ? sampledPart(hashes) : hashes;
        int[] b = sample && !other.sampled ? sampledPart(other.hashes) : other.hashes;
        int shared = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return new Overlap(shared, a.length, b.length);
    }

    public int size() {
        return hashes.length;
    }

    private static int[] sampledPart(int[] all) {
        return Arrays.stream(all).filter(h -> (h & SAMPLE_MASK) == 0).toArray();
    }

    /** How two shingle sets overlap. */
    public record Overlap(int shared, int sizeA, int sizeB) {
        /** Shared over all distinct: 1 for the same text. */
        public double jaccard() {
            int union = sizeA + sizeB - shared;
            return union == 0 ? 0 : (double) shared / union;
        }

        /** Shared over the smaller set: 1 when one text is wholly inside the other. */
        public double containment() {
            int smaller = Math.min(sizeA, sizeB);
            return smaller == 0 ? 0 : (double) shared / smaller;
        }
    }
}
