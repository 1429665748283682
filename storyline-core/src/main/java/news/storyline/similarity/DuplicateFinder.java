package news.storyline.similarity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.storyline.article.Article;
import news.storyline.text.DisjointSets;
import news.storyline.text.LongIntMap;
import news.storyline.text.TextKey;
import news.storyline.text.WordShingles;

/**
 * Finds exact copies, near copies, containing copies and syndicated wire copies in a stream of articles, online:
 * each article is compared, as it arrives, only with the earlier ones that an index says may be copies, so the work
 * grows about linearly with the stream. It keeps a small fingerprint of each article, never its text.
 *
 * <p>Candidates come from three indexes: the hash of the whole normalised text (exact copies), the bands of a
 * MinHash signature (near copies: see {@link MinHash}), and the hashes of long paragraphs (an outlet's copy of a wire
 * story with its own intro or a cut ending shares whole paragraphs, though its Jaccard similarity may be low). Each
 * candidate is then measured on the two shingle sketches: near when Jaccard is at least {@value #NEAR_JACCARD},
 * contains when the shorter text is at least {@value #CONTAINED} inside the longer one.
 *
 * <p>Made with a horizon, it forgets the articles that arrived longer than the horizon before the latest (by the
 * stream's time, the latest publication time seen), so that its memory is bounded by the horizon, not the stream:
 * copies of a text run within hours or days of it. Its groups are then those among the articles it remembers.
 */
public final class DuplicateFinder {
    static final double NEAR_JACCARD = 0.8;
    static final double CONTAINED = 0.8;
    /** Containment that means the whole of the shorter text, give or take an edit. */
    static final double WHOLLY_INSIDE = 0.95;
    /** How much longer the containing text must be for a copy to count as containing rather than near. */
    static final double SIZE_DIFFERENCE = 0.05;
    /** A text shorter than this many shingles is too short to call a copy by overlap (a one-line brief, a caption). */
    static final int MIN_SHINGLES = 15;
    /** Paragraphs of this many words or more are specific enough to index. */
    static final int PARAGRAPH_WORDS = 10;
    /**
     * An index key shared by this many articles already is a line every article prints (boilerplate cleaning missed)
     * or a copy wide enough that its earlier members already found each other: it stops taking members, which keeps
     * the work linear.
     */
    static final int MAX_POSTINGS = 200;

    /** Null for none: everything is remembered. */
    private final Duration horizon;
    /**
     * The remembered articles' fingerprints, article {@code n} (numbered in arrival order from 0) at
     * {@code n & (ring.length - 1)}; articles {@code first} to {@code next - 1} are remembered.
     */
    private Fingerprint[] ring = new Fingerprint[64];
    private int first;
    private int next;
    /** The stream's time when each remembered article arrived (ascending), in the ring's places. */
    private long[] arrivedAt = new long[64];
    private Instant streamTime;
    private final LongIntMap byText = new LongIntMap();
    private final Postings byBand = new Postings(MAX_POSTINGS);
    private final Postings byParagraph = new Postings(MAX_POSTINGS);
    /** For each article, the earlier one it copies most closely and how, when it copies one. */
    private final Map<Integer, Link> links = new LinkedHashMap<>();
    /** Per remembered article, in the ring's places, scratch for one search: the search that last met it, and the
     * paragraphs shared then. */
    private int[] lastVisit = new int[64];
    private int[] sharedParagraphs = new int[64];
    /** Marks an earlier article already among this search's candidates, so that it is measured once. */
    private static final int TAKEN = -1;

    /** What is kept of an article: no text, and not its MinHash signature, whose bands are all a search needs. */
    private record Fingerprint(DuplicateGroup.Member member, long textHash, ShingleSketch sketch, String agency) {
    }

    /** Remembers every article of the stream. */
    public DuplicateFinder() {
        this.horizon = null;
    }

    /** Forgets the articles that arrived longer than {@code horizon} before the stream's latest time. */
    public DuplicateFinder(Duration horizon) {
        if (horizon.isNegative() || horizon.isZero()) {
            throw new IllegalArgumentException("the horizon must be positive, not " + horizon);
        }
        this.horizon = horizon;
    }

    /** A measured copy: the other article, how the texts match, and how closely. */
    private record Link(int other, CopyRelation match, double score) {
    }

    /** Takes the next article (cleaned, so that outlet furniture does not make unrelated articles look alike). */
    public void add(Article article) {
        add(print(article));
    }

    /**
     * What the finder reads of an article, worked out from the article alone (its keys, shingles, MinHash bands,
     * long paragraphs, wire credit), so that a stream's next articles can be printed on other cores while the
     * finder takes them in one by one.
     */
    public static Print print(Article article) {
        List<String> paragraphs = article.paragraphs().isEmpty()
                ? List.of(article.rawText().split("\\n\\s*\\n")) : article.paragraphs();
        List<String> paragraphKeys = paragraphs.stream().map(TextKey::of).filter(k -> !k.isEmpty()).toList();
        // The text's key is its paragraphs' keys joined: paragraph breaks are not letters, so the same as the whole's.
        String key = String.join(" ", paragraphKeys);
        long[] shingles = WordShingles.ofKey(key);
        var fingerprint = new Fingerprint(
                new DuplicateGroup.Member(article.id(), article.source(), article.title(), article.published(),
                        article.origin()),
                WordShingles.hash(key), ShingleSketch.of(shingles), WireCredit.of(article.rawText()).orElse(null));
        if (key.isEmpty() || shingles.length < MIN_SHINGLES) {
            return new Print(article.published(), key.isEmpty(), fingerprint, null, null);
        }
        long[] signature = MinHash.signature(shingles);
        long[] bands = new long[MinHash.BANDS];
        for (int band = 0; band < MinHash.BANDS; band++) {
            bands[band] = MinHash.bandKey(signature, band);
        }
        return new Print(article.published(), false, fingerprint, bands, longParagraphHashes(paragraphKeys));
    }

    /** An article as the finder reads it ({@link #print}): opaque outside the finder. */
    public static final class Print {
        private final Instant published;
        private final boolean noText;
        private final Fingerprint fingerprint;
        /** Its MinHash band keys, or null for a text too short to band; its long paragraphs' hashes with them. */
        private final long[] bands;
        private final long[] paragraphHashes;

        private Print(Instant published, boolean noText, Fingerprint fingerprint, long[] bands,
                      long[] paragraphHashes) {
            this.published = published;
            this.noText = noText;
            this.fingerprint = fingerprint;
            this.bands = bands;
            this.paragraphHashes = paragraphHashes;
        }
    }

    /** Takes the next article, printed. */
    public void add(Print print) {
        advance(print.published);
        int index = remember();
        Fingerprint fingerprint = print.fingerprint;
        ring[index & (ring.length - 1)] = fingerprint;
        if (print.noText) {
            return;
        }
        int same = byText.get(fingerprint.textHash());
        if (same != LongIntMap.ABSENT && same >= first) {
            links.put(index, new Link(same, CopyRelation.EXACT, 1.0));
            return;
        }
        byText.put(fingerprint.textHash(), index);
        if (print.bands == null) {
            return;
        }
        findCopy(index, fingerprint, print.bands, print.paragraphHashes).ifPresent(link -> links.put(index, link));
        for (long k : print.bands) {
            byBand.add(k, index);
        }
        for (long k : print.paragraphHashes) {
            byParagraph.add(k, index);
        }
    }

    /** Takes the next article's number and place in the ring, growing it when full. */
    private int remember() {
        if (next - first == ring.length) {
            int capacity = ring.length * 2;
            var grown = new Fingerprint[capacity];
            long[] times = new long[capacity];
            for (int n = first; n < next; n++) {
                grown[n & (capacity - 1)] = ring[n & (ring.length - 1)];
                times[n & (capacity - 1)] = arrivedAt[n & (ring.length - 1)];
            }
            ring = grown;
            arrivedAt = times;
            // Scratch of one search only: nothing in it outlives the search, so it need not move with the ring.
            lastVisit = new int[capacity];
            sharedParagraphs = new int[capacity];
        }
        int index = next++;
        arrivedAt[index & (ring.length - 1)] = streamTime == null ? Long.MIN_VALUE : streamTime.getEpochSecond();
        return index;
    }

    /**
     * Moves the stream's time on to a later publication time and, with a horizon, forgets the articles that
     * arrived longer than it before.
     */
    private void advance(Instant published) {
        if (published == null || streamTime != null && !published.isAfter(streamTime)) {
            return;
        }
        if (streamTime == null) {
            // Undated articles before the first date arrived, for forgetting, with it.
            for (int n = first; n < next; n++) {
                arrivedAt[n & (ring.length - 1)] = published.getEpochSecond();
            }
        }
        streamTime = published;
        if (horizon == null) {
            return;
        }
        long before = published.minus(horizon).getEpochSecond();
        int forgotten = first;
        while (forgotten < next && arrivedAt[forgotten & (ring.length - 1)] < before) {
            ring[forgotten & (ring.length - 1)] = null;
            forgotten++;
        }
        if (forgotten == first) {
            return;
        }
        first = forgotten;
        byBand.forgetBefore(first);
        byParagraph.forgetBefore(first);
        if (byText.size() > 2 * (next - first) + 1024) {
            int kept = first;
            byText.update((hash, article) -> article >= kept ? article : LongIntMap.ABSENT);
        }
        for (Iterator<Integer> later = links.keySet().iterator(); later.hasNext(); ) {
            if (later.next() >= first) {
                break;
            }
            later.remove();
        }
    }

    private Fingerprint seen(int index) {
        return ring[index & (ring.length - 1)];
    }

    /**
     * The earlier article that the last one taken copies most closely, and how, when it copies one: an online
     * consumer (story clustering) acts on each copy as it arrives instead of waiting for the groups.
     */
    public Optional<CopyOf> lastCopy() {
        Link link = links.get(next - 1);
        return link == null ? Optional.empty()
                : Optional.of(new CopyOf(seen(link.other()).member().id(), link.match(), link.score()));
    }

    /** An article's closest earlier copy: its id, how the texts match, and how closely. */
    public record CopyOf(String originalId, CopyRelation match, double score) {
    }

    /** The groups found so far among the remembered articles, in order of their originals' arrival; only groups
     * with copies. */
    public List<DuplicateGroup> groups() {
        var copies = new DisjointSets(next - first);
        links.forEach((later, link) -> {
            if (link.other() >= first) {
                copies.union(later - first, link.other() - first);
            }
        });
        Map<Integer, List<Integer>> members = new LinkedHashMap<>();
        for (int i = first; i < next; i++) {
            members.computeIfAbsent(copies.find(i - first), r -> new ArrayList<>()).add(i);
        }
        var groups = new ArrayList<DuplicateGroup>();
        for (List<Integer> group : members.values()) {
            if (group.size() > 1) {
                groups.add(group(group));
            }
        }
        return groups;
    }

    /** Articles taken so far. */
    public int size() {
        return next;
    }

    /** Articles remembered: all taken, or with a horizon those within it. */
    public int remembered() {
        return next - first;
    }

    private DuplicateGroup group(List<Integer> members) {
        int original = members.stream().min(Comparator
                .comparing((Integer i) -> seen(i).member().published(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(i -> i)).orElseThrow();
        var copies = new ArrayList<DuplicateGroup.Copy>();
        for (int member : members) {
            if (member != original) {
                copies.add(copy(original, member));
            }
        }
        return new DuplicateGroup(seen(original).member(), copies);
    }

    /**
     * How a member relates to the group's original, measured directly. A member that joined the group through
     * another one (a copy of a copy that drifted further from the original) is shown with that link instead, and
     * names the article it was measured against.
     */
    private DuplicateGroup.Copy copy(int original, int member) {
        Fingerprint a = seen(original);
        Fingerprint b = seen(member);
        Link link = a.textHash() == b.textHash() ? new Link(original, CopyRelation.EXACT, 1.0)
                : measure(original, a, b).orElseGet(() -> indirectLink(member));
        String agency = a.agency() != null ? a.agency() : b.agency();
        boolean syndicated = agency != null && link.match() != CopyRelation.EXACT;
        return new DuplicateGroup.Copy(b.member(), syndicated ? CopyRelation.SYNDICATED : link.match(), link.match(),
                link.score(), syndicated ? agency : null, seen(link.other()).member().id());
    }

    /** The member's own link to an earlier copy, or, for the group's first arrival, a later copy's link to it. */
    private Link indirectLink(int member) {
        Link own = links.get(member);
        if (own != null) {
            return own;
        }
        return links.entrySet().stream().filter(e -> e.getValue().other() == member).findFirst()
                .map(e -> new Link(e.getKey(), e.getValue().match(), e.getValue().score()))
                .orElseThrow(() -> new IllegalStateException("a group member with no link"));
    }

    /**
     * The closest earlier copy among the candidates: every article sharing a MinHash band, and every one sharing
     * at least two long paragraphs (one, when this article has only one), since a single sentence quoted by many
     * articles makes no copy.
     */
    private Optional<Link> findCopy(int index, Fingerprint fingerprint, long[] bandKeys, long[] paragraphKeys) {
        var candidates = new ArrayList<Integer>();
        int visit = index + 1;
        int mask = ring.length - 1;
        int paragraphsNeeded = Math.min(2, paragraphKeys.length);
        for (long key : paragraphKeys) {
            byParagraph.forEach(key, candidate -> {
                int at = candidate & mask;
                if (lastVisit[at] != visit) {
                    lastVisit[at] = visit;
                    sharedParagraphs[at] = 0;
                }
                if (sharedParagraphs[at] != TAKEN && ++sharedParagraphs[at] >= paragraphsNeeded) {
                    sharedParagraphs[at] = TAKEN;
                    candidates.add(candidate);
                }
            });
        }
        for (long key : bandKeys) {
            byBand.forEach(key, candidate -> {
                int at = candidate & mask;
                if (lastVisit[at] != visit) {
                    lastVisit[at] = visit;
                    sharedParagraphs[at] = 0;
                }
                if (sharedParagraphs[at] != TAKEN) {
                    sharedParagraphs[at] = TAKEN;
                    candidates.add(candidate);
                }
            });
        }
        Link best = null;
        for (int candidate : candidates) {
            Optional<Link> link = measure(candidate, seen(candidate), fingerprint);
            if (link.isPresent() && (best == null || link.get().score() > best.score())) {
                best = link.get();
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<Link> measure(int earlier, Fingerprint a, Fingerprint b) {
        ShingleSketch.Overlap overlap = a.sketch().overlap(b.sketch());
        if (Math.min(overlap.sizeA(), overlap.sizeB()) == 0) {
            return Optional.empty();
        }
        double jaccard = overlap.jaccard();
        double containment = overlap.containment();
        // One text whole inside a longer one is an intro added or an ending cut, however near the two are overall.
        boolean whollyInside = containment >= WHOLLY_INSIDE
                && Math.min(overlap.sizeA(), overlap.sizeB()) < (1 - SIZE_DIFFERENCE) * Math.max(overlap.sizeA(), overlap.sizeB());
        if (!whollyInside && jaccard >= NEAR_JACCARD) {
            return Optional.of(new Link(earlier, CopyRelation.NEAR, jaccard));
        }
        if (containment >= CONTAINED) {
            return Optional.of(new Link(earlier, CopyRelation.CONTAINS, containment));
        }
        return Optional.empty();
    }

    private static long[] longParagraphHashes(List<String> paragraphKeys) {
        long[] hashes = new long[paragraphKeys.size()];
        int n = 0;
        for (String key : paragraphKeys) {
            if (hasWords(key, PARAGRAPH_WORDS)) {
                hashes[n++] = WordShingles.hash(key);
            }
        }
        return Arrays.copyOf(hashes, n);
    }

    /** Whether a text key has at least this many words: its spaces counted, nothing allocated. */
    private static boolean hasWords(String key, int words) {
        int spaces = 0;
        for (int i = 0; i < key.length() && spaces + 1 < words; i++) {
            if (key.charAt(i) == ' ') {
                spaces++;
            }
        }
        return !key.isEmpty() && spaces + 1 >= words;
    }
}
