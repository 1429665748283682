package news.storyline.similarity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.storyline.article.Article;
import news.storyline.text.DisjointSets;
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

    private final List<Fingerprint> seen = new ArrayList<>();
    private final Map<Long, Integer> byText = new HashMap<>();
    private final Map<Long, int[]> byBand = new HashMap<>();
    private final Map<Long, int[]> byParagraph = new HashMap<>();
    /** For each article, the earlier one it copies most closely and how, when it copies one. */
    private final Map<Integer, Link> links = new LinkedHashMap<>();
    /** Per earlier article, scratch for one search: the search that last met it, and the paragraphs shared then. */
    private int[] lastVisit = new int[64];
    private int[] sharedParagraphs = new int[64];
    /** Marks an earlier article already among this search's candidates, so that it is measured once. */
    private static final int TAKEN = -1;

    private record Fingerprint(DuplicateGroup.Member member, long textHash, long[] signature, ShingleSketch sketch,
                               String agency) {
    }

    /** A measured copy: the other article, how the texts match, and how closely. */
    private record Link(int other, CopyRelation match, double score) {
    }

    /** Takes the next article (cleaned, so that outlet furniture does not make unrelated articles look alike). */
    public void add(Article article) {
        int index = seen.size();
        List<String> paragraphs = article.paragraphs().isEmpty()
                ? List.of(article.rawText().split("\\n\\s*\\n")) : article.paragraphs();
        List<String> paragraphKeys = paragraphs.stream().map(TextKey::of).filter(k -> !k.isEmpty()).toList();
        // The text's key is its paragraphs' keys joined: paragraph breaks are not letters, so the same as the whole's.
        String key = String.join(" ", paragraphKeys);
        long[] shingles = WordShingles.ofKey(key);
        var fingerprint = new Fingerprint(
                new DuplicateGroup.Member(article.id(), article.source(), article.title(), article.published(),
                        article.origin()),
                WordShingles.hash(key), MinHash.signature(shingles), ShingleSketch.of(shingles),
                WireCredit.of(article.rawText()).orElse(null));
        seen.add(fingerprint);
        if (key.isEmpty()) {
            return;
        }
        Integer same = byText.putIfAbsent(fingerprint.textHash(), index);
        if (same != null) {
            links.put(index, new Link(same, CopyRelation.EXACT, 1.0));
            return;
        }
        if (shingles.length < MIN_SHINGLES) {
            return;
        }
        List<Long> keys = new ArrayList<>(MinHash.BANDS + 16);
        for (int band = 0; band < MinHash.BANDS; band++) {
            keys.add(MinHash.bandKey(fingerprint.signature(), band));
        }
        List<Long> paragraphHashes = longParagraphHashes(paragraphKeys);
        findCopy(index, fingerprint, keys, paragraphHashes).ifPresent(link -> links.put(index, link));
        keys.forEach(k -> post(byBand, k, index));
        paragraphHashes.forEach(k -> post(byParagraph, k, index));
    }

    /**
     * The earlier article that the last one taken copies most closely, and how, when it copies one: an online
     * consumer (story clustering) acts on each copy as it arrives instead of waiting for the groups.
     */
    public Optional<CopyOf> lastCopy() {
        Link link = links.get(seen.size() - 1);
        return link == null ? Optional.empty()
                : Optional.of(new CopyOf(seen.get(link.other()).member().id(), link.match(), link.score()));
    }

    /** An article's closest earlier copy: its id, how the texts match, and how closely. */
    public record CopyOf(String originalId, CopyRelation match, double score) {
    }

    /** The groups found so far, in order of their originals' arrival; only groups with copies. */
    public List<DuplicateGroup> groups() {
        var copies = new DisjointSets(seen.size());
        links.forEach((later, link) -> copies.union(later, link.other()));
        Map<Integer, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < seen.size(); i++) {
            members.computeIfAbsent(copies.find(i), r -> new ArrayList<>()).add(i);
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
        return seen.size();
    }

    private DuplicateGroup group(List<Integer> members) {
        int original = members.stream().min(Comparator
                .comparing((Integer i) -> seen.get(i).member().published(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(i -> i)).orElseThrow();
        var copies = new ArrayList<DuplicateGroup.Copy>();
        for (int member : members) {
            if (member != original) {
                copies.add(copy(original, member));
            }
        }
        return new DuplicateGroup(seen.get(original).member(), copies);
    }

    /**
     * How a member relates to the group's original, measured directly. A member that joined the group through
     * another one (a copy of a copy that drifted further from the original) is shown with that link instead, and
     * names the article it was measured against.
     */
    private DuplicateGroup.Copy copy(int original, int member) {
        Fingerprint a = seen.get(original);
        Fingerprint b = seen.get(member);
        Link link = a.textHash() == b.textHash() ? new Link(original, CopyRelation.EXACT, 1.0)
                : measure(original, a, b).orElseGet(() -> indirectLink(member));
        String agency = a.agency() != null ? a.agency() : b.agency();
        boolean syndicated = agency != null && link.match() != CopyRelation.EXACT;
        return new DuplicateGroup.Copy(b.member(), syndicated ? CopyRelation.SYNDICATED : link.match(), link.match(),
                link.score(), syndicated ? agency : null, seen.get(link.other()).member().id());
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
    private Optional<Link> findCopy(int index, Fingerprint fingerprint, List<Long> bandKeys, List<Long> paragraphKeys) {
        if (lastVisit.length < seen.size()) {
            lastVisit = java.util.Arrays.copyOf(lastVisit, seen.size() * 2);
            sharedParagraphs = java.util.Arrays.copyOf(sharedParagraphs, seen.size() * 2);
        }
        var candidates = new ArrayList<Integer>();
        int visit = index + 1;
        int paragraphsNeeded = Math.min(2, paragraphKeys.size());
        for (long key : paragraphKeys) {
            forEachPosting(byParagraph, key, candidate -> {
                if (lastVisit[candidate] != visit) {
                    lastVisit[candidate] = visit;
                    sharedParagraphs[candidate] = 0;
                }
                if (sharedParagraphs[candidate] != TAKEN && ++sharedParagraphs[candidate] >= paragraphsNeeded) {
                    sharedParagraphs[candidate] = TAKEN;
                    candidates.add(candidate);
                }
            });
        }
        for (long key : bandKeys) {
            forEachPosting(byBand, key, candidate -> {
                if (lastVisit[candidate] != visit) {
                    lastVisit[candidate] = visit;
                    sharedParagraphs[candidate] = 0;
                }
                if (sharedParagraphs[candidate] != TAKEN) {
                    sharedParagraphs[candidate] = TAKEN;
                    candidates.add(candidate);
                }
            });
        }
        Link best = null;
        for (int candidate : candidates) {
            Optional<Link> link = measure(candidate, seen.get(candidate), fingerprint);
            if (link.isPresent() && (best == null || link.get().score() > best.score())) {
                best = link.get();
            }
        }
        return Optional.ofNullable(best);
    }

    private static void forEachPosting(Map<Long, int[]> index, long key, java.util.function.IntConsumer action) {
        int[] postings = index.get(key);
        if (postings != null) {
            for (int p = 1; p <= postings[0]; p++) {
                action.accept(postings[p]);
            }
        }
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

    private static List<Long> longParagraphHashes(List<String> paragraphKeys) {
        var hashes = new ArrayList<Long>();
        for (String key : paragraphKeys) {
            if (hasWords(key, PARAGRAPH_WORDS)) {
                hashes.add(WordShingles.hash(key));
            }
        }
        return hashes;
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

    /** Postings as a growable int array whose first cell is the count. */
    private static void post(Map<Long, int[]> index, long key, int article) {
        int[] postings = index.get(key);
        if (postings == null) {
            index.put(key, new int[] {1, article, 0, 0});
            return;
        }
        int count = postings[0];
        if (count >= MAX_POSTINGS || postings[count] == article) {
            return;
        }
        if (count + 1 == postings.length) {
            postings = java.util.Arrays.copyOf(postings, postings.length * 2);
            index.put(key, postings);
        }
        postings[count + 1] = article;
        postings[0] = count + 1;
    }
}
