package news.storyline.story;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.storyline.text.TermSums;
import news.storyline.text.TermVector;

/**
 * One story: the articles that report one real-world event or development, across outlets. It keeps what a reader
 * wants (headline, first and last seen, members with their outlets, independent reports, top terms, names and
 * places) and what an arriving article is matched against (a capped centroid, the latest members' vectors and
 * headlines, how many members name each word), all in plain maps and lists so that the state stays small and
 * serialisable; nothing here grows past its caps except the member list.
 */
public final class Story implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Terms kept of the summed centroid. */
    static final int CENTROID_TERMS = 300;
    /** Members whose own vectors and headlines are kept for the closest-member features. */
    static final int RECENT_MEMBERS = 12;
    /** Name, place and number words kept, those the most members give first. */
    static final int MAX_WORDS = 200;
    /** Shortest name word shown to a reader. */
    private static final int MIN_SHOWN_LENGTH = 4;

    /**
     * One article of the story.
     *
     * @param copyOf the id of the article it copies (exact, near, containing or wire copy), or null for an
     *               independent report
     */
    public record Member(String id, String outlet, String title, Instant published, String copyOf)
            implements Serializable {
    }

    private final String id;
    /** Its place in the order stories were started, so that a merge keeps the older one. */
    private final long started;
    private String headline;
    private Instant firstSeen;
    private Instant lastSeen;
    private final List<Member> members = new ArrayList<>();
    private int independentReports;
    /**
     * The summed vectors of its independent reports, made at the second: most stories have one report, whose
     * vector is then the centroid ({@link #soleVector}), and a week of them would hold a second copy of every vector.
     */
    private TermSums centroid;
    private TermVector soleVector;
    private final ArrayDeque<TermVector> recentVectors = new ArrayDeque<>();
    private final ArrayDeque<TermVector> recentHeadlines = new ArrayDeque<>();
    private final Map<String, Integer> nameWords = new HashMap<>();
    private final Map<String, Integer> placeWords = new HashMap<>();
    private final Map<String, Integer> numbers = new HashMap<>();
    private final Set<String> keys = new LinkedHashSet<>();
    private final ArrayDeque<float[]> recentEmbeddings = new ArrayDeque<>();
    private float[] embeddingSum;
    private int embeddings;
    /** The centroid as a unit vector, made once per change: every arriving candidate article compares with it. */
    private transient TermVector centroidVector;
    /**
     * What changed since the state last filed the story: the keys and members to file (see {@link #toFile()});
     * null after deserialisation, when all are to be filed again.
     */
    private transient ToFile pending = ToFile.none();

    Story(String id, long started) {
        this.id = id;
        this.started = started;
    }

    /** Adds an article; a copy joins the members but adds nothing to what the story is matched by. */
    void add(StoryArticle article, String copyOf) {
        Member member = new Member(article.id(), article.outlet(), article.title(), article.time(), copyOf);
        members.add(member);
        if (pending != null) {
            pending.members().add(member);
        }
        if (headline == null && article.title() != null && !article.title().isBlank()) {
            headline = article.title().strip();
        }
        seen(article.time());
        if (copyOf != null) {
            return;
        }
        independentReports++;
        centroidVector = null;
        if (independentReports == 1 && centroid == null) {
            soleVector = article.vector();
        } else {
            TermSums sums = centroidSums();
            sums.add(article.vector());
            if (sums.size() > 2 * CENTROID_TERMS) {
                sums.keepHeaviest(CENTROID_TERMS);
            }
        }
        push(recentVectors, article.vector());
        push(recentHeadlines, article.headline());
        count(nameWords, article.nameWords());
        count(placeWords, article.placeWords());
        count(numbers, article.numbers());
        keys.addAll(article.keys());
        if (pending != null) {
            pending.keys().addAll(article.keys());
        }
        if (article.embedding() != null) {
            if (embeddingSum == null) {
                embeddingSum = new float[article.embedding().length];
            }
            if (embeddingSum.length == article.embedding().length) {
                keepLatest(recentEmbeddings, article.embedding());
                for (int i = 0; i < embeddingSum.length; i++) {
                    embeddingSum[i] += article.embedding()[i];
                }
                embeddings++;
            }
        }
    }

    /** Takes in a story found to report the same event: its members, evidence and index keys. */
    void absorb(Story other) {
        members.addAll(other.members);
        members.sort(Comparator.comparing(Member::published, Comparator.nullsLast(Comparator.naturalOrder())));
        if (headline == null) {
            headline = other.headline;
        }
        seen(other.firstSeen);
        seen(other.lastSeen);
        independentReports += other.independentReports;
        centroidVector = null;
        TermSums sums = centroidSums();
        if (other.centroid != null) {
            sums.add(other.centroid);
        } else if (other.soleVector != null) {
            sums.add(other.soleVector);
        }
        sums.keepHeaviest(CENTROID_TERMS);
        other.recentVectors.forEach(v -> push(recentVectors, v));
        other.recentHeadlines.forEach(v -> push(recentHeadlines, v));
        other.recentEmbeddings.forEach(v -> keepLatest(recentEmbeddings, v));
        other.nameWords.forEach((w, n) -> nameWords.merge(w, n, Integer::sum));
        other.placeWords.forEach((w, n) -> placeWords.merge(w, n, Integer::sum));
        other.numbers.forEach((w, n) -> numbers.merge(w, n, Integer::sum));
        keys.addAll(other.keys);
        if (pending != null) {
            pending.keys().addAll(other.keys);
            pending.members().addAll(other.members);
        }
        if (other.embeddingSum != null && (embeddingSum == null || embeddingSum.length == other.embeddingSum.length)) {
            if (embeddingSum == null) {
                embeddingSum = new float[other.embeddingSum.length];
            }
            for (int i = 0; i < embeddingSum.length; i++) {
                embeddingSum[i] += other.embeddingSum[i];
            }
            embeddings += other.embeddings;
        }
    }

    /** The summed vectors, made from the sole report's vector when a second comes. */
    private TermSums centroidSums() {
        if (centroid == null) {
            centroid = new TermSums();
            if (soleVector != null) {
                centroid.add(soleVector);
            }
            soleVector = null;
        }
        return centroid;
    }

    /** The summed vectors, or the sole report's vector, or nothing. */
    private Map<String, Double> centroidWeights() {
        return centroid != null ? centroid.weights() : soleVector != null ? soleVector.weights() : Map.of();
    }

    private void seen(Instant time) {
        if (time == null) {
            return;
        }
        if (firstSeen == null || time.isBefore(firstSeen)) {
            firstSeen = time;
        }
        if (lastSeen == null || time.isAfter(lastSeen)) {
            lastSeen = time;
        }
    }

    private static void push(ArrayDeque<TermVector> recent, TermVector vector) {
        if (!vector.isEmpty()) {
            keepLatest(recent, vector);
        }
    }

    private static <T> void keepLatest(ArrayDeque<T> recent, T item) {
        recent.addLast(item);
        while (recent.size() > RECENT_MEMBERS) {
            recent.removeFirst();
        }
    }

    private static void count(Map<String, Integer> counts, Collection<String> words) {
        words.forEach(word -> counts.merge(word, 1, Integer::sum));
        if (counts.size() > 2 * MAX_WORDS) {
            var kept = top(counts, MAX_WORDS);
            counts.keySet().retainAll(kept);
        }
    }

    /** The most counted keys, ties in key order. */
    private static List<String> top(Map<String, Integer> counts, int limit) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).map(Map.Entry::getKey).toList();
    }

    public String id() {
        return id;
    }

    long started() {
        return started;
    }

    /** The first member's headline (or for one with none, the start of its lede); null when none has text. */
    public String headline() {
        return headline;
    }

    /** The earliest member's time; null when no member has one. */
    public Instant firstSeen() {
        return firstSeen;
    }

    public Instant lastSeen() {
        return lastSeen;
    }

    public List<Member> members() {
        return List.copyOf(members);
    }

    public int size() {
        return members.size();
    }

    /** Members that are not copies of another member: the reports made independently. */
    public int independentReports() {
        return independentReports;
    }

    /** The outlets of its members, each once, in order of arrival (unknown outlets left out). */
    public List<String> outlets() {
        return members.stream().map(Member::outlet).filter(o -> o != null && !o.isBlank()).distinct().toList();
    }

    /** Its heaviest centroid terms: what it is about. */
    public List<String> topTerms(int limit) {
        return TermVector.heaviest(centroidWeights(), limit).stream().map(Map.Entry::getKey).toList();
    }

    /** Name words its reports give most (persons, organisations), leaving out place words. */
    public List<String> topNames(int limit) {
        var names = new LinkedHashMap<>(nameWords);
        names.keySet().removeAll(placeWords.keySet());
        return top(shown(names), limit);
    }

    public List<String> topPlaces(int limit) {
        return top(shown(placeWords), limit);
    }

    /**
     * The words worth showing a reader: name words include the particles inside names ("al", "and", "of"), which
     * count as evidence but say nothing on their own.
     */
    private static Map<String, Integer> shown(Map<String, Integer> words) {
        var shown = new LinkedHashMap<String, Integer>();
        words.forEach((word, count) -> {
            if (word.length() >= MIN_SHOWN_LENGTH) {
                shown.put(word, count);
            }
        });
        return shown;
    }

    /** The keys it is filed under in the candidate index. */
    Set<String> keys() {
        return keys;
    }

    /**
     * What the state files anew when it saves the story: the keys and members added since it last did (all of them
     * for a story read back from its serialised form), so that saving after each article costs that article's keys,
     * not the story's. Keys the article repeats are filed again: a key's stories are those most recently reported
     * under it.
     */
    ToFile toFile() {
        return pending == null ? new ToFile(keys, members) : pending;
    }

    /** Has the state file all of the story again when it next saves it: it was taken out and comes back. */
    void fileAll() {
        pending = null;
    }

    /** Says the state has filed what {@link #toFile()} gave. */
    void filed() {
        pending = ToFile.none();
    }

    /** Keys and members to file. */
    record ToFile(Set<String> keys, List<Member> members) {
        static ToFile none() {
            return new ToFile(new LinkedHashSet<>(), new ArrayList<>());
        }
    }

    TermVector centroid() {
        if (centroidVector == null) {
            centroidVector = centroid != null ? centroid.toVector(CENTROID_TERMS)
                    : soleVector != null ? soleVector : TermVector.ofWeights(Map.of(), CENTROID_TERMS);
        }
        return centroidVector;
    }

    Collection<TermVector> recentVectors() {
        return recentVectors;
    }

    Collection<TermVector> recentHeadlines() {
        return recentHeadlines;
    }

    /** The share of its independent reports that name the word, for each of the article's words, averaged. */
    double nameShare(Set<String> words) {
        return share(nameWords, words);
    }

    double placeShare(Set<String> words) {
        return share(placeWords, words);
    }

    double numberShare(Set<String> words) {
        return share(numbers, words);
    }

    /** Whether its reports give any number (so that sharing none of an article's says something). */
    boolean givesNumbers() {
        return !numbers.isEmpty();
    }

    /** Whether its reports give any place word. */
    boolean givesPlaces() {
        return !placeWords.isEmpty();
    }

    private double share(Map<String, Integer> counts, Set<String> words) {
        if (words.isEmpty() || independentReports == 0) {
            return 0;
        }
        // The reports summed as whole numbers: the share is exact whatever order the words come in. (Walking the
        // story's side instead when it is the smaller costs more: a map's iterator scans its empty buckets.)
        long reports = 0;
        for (String word : words) {
            Integer n = counts.get(word);
            if (n != null) {
                reports += Math.min(independentReports, n);
            }
        }
        return reports / (double) independentReports / words.size();
    }

    /** The dense vectors of its latest independent members that had one. */
    Collection<float[]> recentEmbeddings() {
        return recentEmbeddings;
    }

    /** Whether any of its members came with a dense vector. */
    boolean hasEmbeddings() {
        return embeddingSum != null && embeddings > 0;
    }

    /** The mean of its members' dense vectors, or null when none had one. */
    float[] meanEmbedding() {
        if (!hasEmbeddings()) {
            return null;
        }
        float[] mean = embeddingSum.clone();
        for (int i = 0; i < mean.length; i++) {
            mean[i] /= embeddings;
        }
        return mean;
    }
}
