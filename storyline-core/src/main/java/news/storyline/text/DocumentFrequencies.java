package news.storyline.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How many documents hold each term, updated as articles arrive, for inverse document frequencies.
 *
 * <p>A new stream starts from a bundled background table (English news: the Wikinews sample and ECB+), so the first
 * articles already weigh "said" below "Mosul"; terms of other languages start unseen and gain weight from the
 * stream. Safe to read and update from several threads.
 */
public final class DocumentFrequencies {
    /** The bundled background table, built by BackgroundTableGenerator (test scope) from open-licence corpora. */
    public static final String BACKGROUND_RESOURCE = "/news/storyline/text/background-df.tsv";

    /** Each term with its count; the term's string is the one copy that vectors share (see {@link #canonical}). */
    private final Map<String, Count> counts = new ConcurrentHashMap<>();
    private final AtomicLong documents = new AtomicLong();

    /** A term's count, changed only by atomic adds. */
    private static final class Count {
        final String term;
        volatile int documents;

        Count(String term, int documents) {
            this.term = term;
            this.documents = documents;
        }
    }

    private static final AtomicIntegerFieldUpdater<Count> DOCUMENTS =
            AtomicIntegerFieldUpdater.newUpdater(Count.class, "documents");

    /** An empty table. */
    public DocumentFrequencies() {
    }

    /** A table seeded with the bundled background frequencies. */
    public static DocumentFrequencies withBackground() {
        return ofResource(BACKGROUND_RESOURCE);
    }

    /** A table seeded with one {@link #write} wrote, bundled as a class-path resource. */
    public static DocumentFrequencies ofResource(String resource) {
        try (InputStream in = DocumentFrequencies.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            var frequencies = new DocumentFrequencies();
            frequencies.read(in);
            return frequencies;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Counts one document holding these distinct terms. A term seen before (nearly all of an article's) is counted
     * up with one atomic add on its entry, found by a lookup that takes no lock; only a new term goes through the
     * map's locking insert.
     */
    public void add(Collection<String> distinctTerms) {
        documents.incrementAndGet();
        for (String term : distinctTerms) {
            countOne(term);
        }
    }

    /** Counts one more document holding the term, and gives its entry. */
    private Count countOne(String term) {
        Count count = counts.get(term);
        if (count == null) {
            return counts.compute(term, DocumentFrequencies::plusOne);
        }
        DOCUMENTS.incrementAndGet(count);
        return count;
    }

    /**
     * Counts one document holding the terms counted in it (as {@link #add} with the map's keys), and gives its TF-IDF
     * vector by the frequencies with it counted (as {@link TermVector#of} then would): one lookup a term where the two
     * make three, and it is done for every article of a stream, on the one thread that must take them in order.
     */
    public TermVector addAndWeigh(Map<String, Integer> termCounts) {
        long total = documents.incrementAndGet();
        Count[] entries = new Count[termCounts.size()];
        int n = 0;
        for (String term : termCounts.keySet()) {
            entries[n++] = countOne(term);
        }
        String[] terms = new String[n];
        double[] weights = new double[n];
        n = 0;
        for (int tf : termCounts.values()) {
            Count count = entries[n];
            terms[n] = count.term;
            weights[n++] = TermVector.weight(tf, idf(total, count.documents));
        }
        return TermVector.ofWeighed(terms, weights);
    }

    public long documents() {
        return documents.get();
    }

    private static Count plusOne(String term, Count count) {
        if (count == null) {
            return new Count(term, 1);
        }
        DOCUMENTS.incrementAndGet(count);
        return count;
    }

    public int frequency(String term) {
        Count count = counts.get(term);
        return count == null ? 0 : count.documents;
    }

    /**
     * The table's own copy of a counted term, else the term itself. Every article's analysis makes new strings of
     * the same words; vectors kept for a week of stories hold tens of millions of them unless they share one copy.
     */
    public String canonical(String term) {
        Count count = counts.get(term);
        return count == null ? term : count.term;
    }

    /** Smoothed inverse document frequency: an unseen term weighs most, a term in every document least (but > 0). */
    public double idf(String term) {
        return idf(documents.get(), frequency(term));
    }

    private static double idf(long documents, int frequency) {
        return Math.log((documents + 1.0) / (frequency + 1.0)) + 1.0;
    }

    /**
     * The inverse document frequencies of many terms at once, each as {@link #idf(String)} gives it to rounding (the
     * logarithm of the quotient taken as the difference of the logarithms, those of small counts from a table): for
     * vectors of a thousand terms weighed afresh at each comparison ({@link TermVector#cosineWeighedBy}), where the
     * logarithms cost more than the lookups.
     */
    void idfs(String[] terms, double[] into) {
        double logDocuments = Math.log(documents.get() + 1.0);
        for (int i = 0; i < terms.length; i++) {
            into[i] = logDocuments - logOfOneMore(frequency(terms[i])) + 1.0;
        }
    }

    private static final double[] LOG_OF_ONE_MORE = new double[4096];

    static {
        for (int n = 0; n < LOG_OF_ONE_MORE.length; n++) {
            LOG_OF_ONE_MORE[n] = Math.log(n + 1.0);
        }
    }

    private static double logOfOneMore(int n) {
        return n < LOG_OF_ONE_MORE.length ? LOG_OF_ONE_MORE[n] : Math.log(n + 1.0);
    }

    /**
     * Writes the table: a first line {@code #documents\tN}, then {@code term\tdf} for terms in at least
     * {@code minFrequency} documents, most frequent first (rarer terms get the unseen weight, which is near theirs).
     */
    public void write(Writer out, int minFrequency) throws IOException {
        out.write("#documents\t" + documents.get() + "\n");
        var rows = counts.values().stream().filter(c -> c.documents >= minFrequency)
                .sorted(Comparator.comparingInt((Count c) -> c.documents).reversed()
                        .thenComparing(c -> c.term))
                .toList();
        for (Count row : rows) {
            out.write(row.term + "\t" + row.documents + "\n");
        }
    }

    private void read(InputStream in) throws IOException {
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = reader.readLine()) != null; ) {
            int tab = line.indexOf('\t');
            if (tab <= 0) {
                continue;
            }
            long value = Long.parseLong(line.substring(tab + 1).strip());
            if (line.startsWith("#documents")) {
                documents.addAndGet(value);
            } else {
                counts.merge(line.substring(0, tab), new Count(line.substring(0, tab), (int) value),
                        (old, more) -> new Count(old.term, old.documents + more.documents));
            }
        }
    }
}
