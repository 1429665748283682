package news.storyline.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.storyline.article.RemovalReason;
import news.storyline.article.RemovedSpan;
import news.storyline.text.EditSimilarity;
import news.storyline.text.LongIntMap;
import news.storyline.text.TextKey;
import news.storyline.text.WordShingles;

/**
 * Finds paragraphs that repeat one already kept in the same article: exactly (same {@link TextKey}) or nearly (edit
 * similarity of at least {@value #NEAR_SIMILARITY}, for paragraphs of {@value #NEAR_MIN_WORDS} words or more, so
 * that short lines that merely look alike are not taken for copies). A near repeat must also state the same
 * {@link ParagraphFacts}: two paragraphs whose numbers, names or negation differ say different things.
 *
 * <p>The work stays near linear in the article's length however many paragraphs look alike: candidates come from
 * an index of word trigrams, whose very common entries stop growing at {@value #MAX_POSTINGS}; a candidate must
 * share a third of the smaller paragraph's trigrams and have a length that allows the similarity; and only the
 * {@value #MAX_EDIT_CANDIDATES} sharing the most are edit-compared, with a bounded distance.
 */
final class RepeatFinder {
    static final double NEAR_SIMILARITY = 0.9;
    static final int NEAR_MIN_WORDS = 6;
    /** Paragraphs an index entry lists at most: a trigram in more of them tells nothing about which is copied. */
    static final int MAX_POSTINGS = 64;
    static final int MAX_EDIT_CANDIDATES = 8;

    /** A kept paragraph; its facts are read only when a later paragraph comes near enough to be compared. */
    private static final class Kept {
        final String key;
        final int trigrams;
        private final Lazy facts;

        Kept(String key, int trigrams, Lazy facts) {
            this.key = key;
            this.trigrams = trigrams;
            this.facts = facts;
        }

        ParagraphFacts facts() {
            return facts.get();
        }
    }

    /**
     * A paragraph's facts, found on first use: a near-repeat check needs them only for a pair of paragraphs that
     * share a third of their trigrams and have close lengths, few in an article, where finding them (patterns for
     * numbers, names, negation) for every paragraph cost as much as the rest of the check.
     */
    private static final class Lazy {
        private final String paragraph;
        private ParagraphFacts facts;

        Lazy(String paragraph) {
            this.paragraph = paragraph;
        }

        ParagraphFacts get() {
            if (facts == null) {
                facts = ParagraphFacts.of(paragraph);
            }
            return facts;
        }
    }

    /** Candidates as {kept index, shared trigrams}: most shared first, then the earliest kept. */
    private static final Comparator<int[]> MOST_SHARED_FIRST =
            Comparator.<int[]>comparingInt(candidate -> -candidate[1]).thenComparingInt(candidate -> candidate[0]);

    private final Map<String, Integer> exact = new HashMap<>();
    private final List<Kept> kept = new ArrayList<>();
    /**
     * By a trigram's 64-bit hash, the place of its postings in {@link #postings}: the words are never joined into
     * strings (they were a tenth of all allocation) and a lookup boxes nothing.
     */
    private final LongIntMap byTrigram = new LongIntMap();
    private final List<Postings> postings = new ArrayList<>();
    /** Trigrams shared with the paragraph looked up, by kept paragraph; zero again after each look-up. */
    private int[] shared = new int[16];
    private int[] touched = new int[16];

    /**
     * The removal to make when the paragraph repeats one kept before; otherwise the paragraph is kept, and numbered
     * in the order of calls.
     */
    Optional<RemovedSpan> repeatOrKeep(String paragraph) {
        String key = TextKey.of(paragraph);
        Integer same = exact.get(key);
        if (same != null) {
            return Optional.of(new RemovedSpan(paragraph, RemovalReason.REPEATED_PARAGRAPH, "repeats paragraph " + (same + 1)));
        }
        long[] trigrams = WordShingles.nGrams(key, 3);
        Lazy facts = new Lazy(paragraph);
        if (TextKey.words(key) >= NEAR_MIN_WORDS) {
            for (int candidate : candidates(key, trigrams, facts)) {
                if (EditSimilarity.atLeast(key, kept.get(candidate).key, NEAR_SIMILARITY)) {
                    return Optional.of(new RemovedSpan(paragraph, RemovalReason.NEAR_REPEATED_PARAGRAPH,
                            "nearly repeats paragraph " + (candidate + 1)));
                }
            }
        }
        keep(key, trigrams, facts);
        return Optional.empty();
    }

    private void keep(String key, long[] trigrams, Lazy facts) {
        int index = kept.size();
        kept.add(new Kept(key, trigrams.length, facts));
        exact.putIfAbsent(key, index);
        for (long trigram : trigrams) {
            int at = byTrigram.putIfAbsent(trigram, postings.size());
            if (at == LongIntMap.ABSENT) {
                at = postings.size();
                postings.add(new Postings());
            }
            postings.get(at).add(index);
        }
        if (shared.length < kept.size()) {
            shared = Arrays.copyOf(shared, 2 * kept.size());
        }
    }

    /**
     * The kept paragraphs that could be near copies of this one, those sharing the most trigrams first: at most
     * {@value #MAX_EDIT_CANDIDATES}, each sharing a third of the smaller one's trigrams (of those not too common),
     * with lengths close enough and the same facts.
     */
    private List<Integer> candidates(String key, long[] trigrams, Lazy facts) {
        int touchedCount = 0;
        // Trigrams whose lists are full cannot be counted on to list the copied paragraph, so the share asked
        // for is of the others.
        int informative = 0;
        for (long trigram : trigrams) {
            int at = byTrigram.get(trigram);
            Postings postings = at == LongIntMap.ABSENT ? null : this.postings.get(at);
            if (postings == null || !postings.full()) {
                informative++;
            }
            for (int p = 0; postings != null && p < postings.size; p++) {
                int index = postings.indices[p];
                if (shared[index]++ == 0) {
                    if (touchedCount == touched.length) {
                        touched = Arrays.copyOf(touched, 2 * touchedCount);
                    }
                    touched[touchedCount++] = index;
                }
            }
        }
        var found = new ArrayList<int[]>();
        for (int t = 0; t < touchedCount; t++) {
            int index = touched[t];
            int count = shared[index];
            shared[index] = 0;
            Kept earlier = kept.get(index);
            if (3 * count >= Math.min(informative, earlier.trigrams) && lengthsAllow(key, earlier.key)
                    && earlier.facts().sameAs(facts.get())) {
                found.add(new int[] {index, count});
            }
        }
        found.sort(MOST_SHARED_FIRST);
        return found.stream().limit(MAX_EDIT_CANDIDATES).map(candidate -> candidate[0]).toList();
    }

    /** Whether the lengths alone leave room for the similarity: the difference is a lower bound of the distance. */
    private static boolean lengthsAllow(String a, String b) {
        int longer = Math.max(a.length(), b.length());
        return Math.abs(a.length() - b.length()) <= (1 - NEAR_SIMILARITY) * longer;
    }

    /** The kept paragraphs holding one trigram, in order, up to {@value #MAX_POSTINGS}. */
    private static final class Postings {
        private int[] indices = new int[2];
        private int size;

        void add(int index) {
            if (full()) {
                return;
            }
            if (size == indices.length) {
                indices = Arrays.copyOf(indices, Math.min(MAX_POSTINGS, 2 * size));
            }
            indices[size++] = index;
        }

        boolean full() {
            return size == MAX_POSTINGS;
        }
    }
}
