package news.storyline.text;

import java.util.Arrays;

/**
 * A text as the set of its word n-grams ("shingles"), each hashed to 64 bits, sorted and without repeats. Two copies
 * of one text share nearly all their shingles whatever a scrape did to case, punctuation or spacing (the words are
 * those of {@link TextKey}); two reports of one event in their own words share few. Hashes, not strings, so a
 * million articles' shingles fit in memory and compare as sorted arrays.
 */
public final class WordShingles {
    /** Five words: long enough that two independent texts rarely share one, short enough to survive small edits. */
    public static final int WORDS = 5;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private WordShingles() {
    }

    /** The shingle hashes of a text; a text of fewer words than a shingle is one shingle of all its words. */
    public static long[] of(String text) {
        return ofKey(TextKey.of(text));
    }

    /** The shingle hashes of a text already in its {@link TextKey} form. */
    public static long[] ofKey(String key) {
        long[] words = wordHashes(key);
        return words.length == 0 ? new long[0] : grams(words, Math.min(WORDS, words.length));
    }

    /**
     * The hashes of every {@code n} words in a row of a key (sorted, without repeats, as {@link #ofKey}); none for a
     * key of fewer words.
     */
    public static long[] nGrams(String key, int n) {
        long[] words = wordHashes(key);
        return words.length < n ? new long[0] : grams(words, n);
    }

    private static long[] grams(long[] words, int n) {
        long[] grams = new long[words.length - n + 1];
        for (int start = 0; start < grams.length; start++) {
            long h = 0;
            for (int i = start; i < start + n; i++) {
                h = h * 0x9E3779B97F4A7C15L + words[i];
            }
            grams[start] = mix(h);
        }
        Arrays.sort(grams);
        return distinct(grams);
    }

    /** A 64-bit hash of a string (FNV-1a, then mixed), for keys of texts and paragraphs. */
    public static long hash(CharSequence text) {
        long h = FNV_OFFSET;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= FNV_PRIME;
        }
        return mix(h);
    }

    /** MurmurHash3's finaliser: every input bit moves every output bit, so sums of word hashes spread well. */
    public static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    private static long[] wordHashes(String key) {
        if (key.isEmpty()) {
            return new long[0];
        }
        int words = 1;
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) == ' ') {
                words++;
            }
        }
        long[] hashes = new long[words];
        long h = FNV_OFFSET;
        int w = 0;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == ' ') {
                hashes[w++] = h;
                h = FNV_OFFSET;
            } else {
                h = (h ^ c) * FNV_PRIME;
            }
        }
        hashes[w] = h;
        return hashes;
    }

    private static long[] distinct(long[] sorted) {
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        return n == sorted.length ? sorted : Arrays.copyOf(sorted, n);
    }
}
