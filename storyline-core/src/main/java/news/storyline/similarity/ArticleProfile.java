package news.storyline.similarity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.storyline.text.AnalyzedText;
import news.storyline.text.CapitalisedNames;
import news.storyline.text.Digits;
import news.storyline.text.DocumentFrequencies;
import news.storyline.text.LanguageAnalyzers;
import news.storyline.text.LatinScript;
import news.storyline.text.LetterGrams;
import news.storyline.text.TermVector;
import news.storyline.text.TextEmbedder;

/**
 * What pair scoring needs of one article, computed once per article however many pairs it is in: its terms (whole
 * text, headline, each sentence), names, place-like names and numbers. Term weights are not fixed here but taken
 * from the document frequencies when a pair is scored, since those keep changing as articles arrive.
 */
public final class ArticleProfile {
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    // A sentence ends at . ! ? (and their Arabic and CJK forms) followed by space, or at a line break.
    /**
     * A full stop, question or exclamation mark before white space; the ideographic ones (Chinese, Japanese) with or
     * without it, since those scripts put no space between sentences; a line break; a run of spaces.
     */
    private static final Pattern SENTENCE_END =
            Pattern.compile("[.!?؟]+[\"'”’»)]*\\s+|[。！？]+[\"'”’»)」』]*\\s*|\\n\\s*|\\s{3,}");
    private static final Pattern SEPARATORS = Pattern.compile("[.,]");
    private static final int MIN_SENTENCE_TERMS = 3;
    /**
     * Sentences kept for passage matching, which compares every sentence of one article with every one of the
     * other: a news article has a few dozen, and the cap keeps a book-length input from taking minutes.
     */
    static final int MAX_SENTENCES = 300;

    private final String id;
    private final String language;
    private final Instant published;
    private final String text;
    private final Map<String, Integer> termCounts;
    private final Map<String, Integer> headlineCounts;
    private final List<Passage> sentences;
    private final Map<String, String> names;
    private final Map<String, String> places;
    private final Set<String> numbers;
    private final int termTotal;
    /** The text's sentence embedding (unit length), or null in the fast configuration. */
    private final float[] embedding;
    /**
     * Whether the text is mostly in the Latin alphabet, which the embedding model reads ({@link LatinScript}); worked
     * out on first request, since only pair scoring asks (story clustering profiles every article and never does).
     */
    private volatile Boolean latinScript;
    /** Its style measures, made on first request: only a pair's evidence asks, once per article however many pairs. */
    private volatile TextStyle style;
    /**
     * Its runs of letters ({@link LetterGrams}) with their sublinear counts ({@link TermVector#counted}), made on first
     * request: only pair scoring asks, never clustering.
     */
    private volatile TermVector letterGrams;
    /** Those of each of its sentences, made on first request: only pairs of two languages ask. */
    private volatile List<Map<String, Integer>> sentenceLetterGrams;

    /** One sentence: where it lies in the text and its term counts. */
    record Passage(int start, int end, Map<String, Integer> counts) {
    }

    private ArticleProfile(String id, String language, Instant published, String text, Map<String, Integer> termCounts,
                           Map<String, Integer> headlineCounts, List<Passage> sentences, CapitalisedNames.Found found,
                           Set<String> numbers, int termTotal) {
        this(id, language, published, text, termCounts, headlineCounts, sentences, found.names(), found.places(),
                numbers, termTotal, null);
    }

    private ArticleProfile(String id, String language, Instant published, String text, Map<String, Integer> termCounts,
                           Map<String, Integer> headlineCounts, List<Passage> sentences, Map<String, String> names,
                           Map<String, String> places, Set<String> numbers, int termTotal, float[] embedding) {
        this.id = id;
        this.language = language;
        this.published = published;
        this.text = text;
        this.termCounts = termCounts;
        this.headlineCounts = headlineCounts;
        this.sentences = sentences;
        this.names = names;
        this.places = places;
        this.numbers = numbers;
        this.termTotal = termTotal;
        this.embedding = embedding;
    }

    /**
     * Profiles an article.
     *
     * @param title     the headline, or null: then the first sentence stands in for it (it is the lede)
     * @param body      the body text; must not be blank
     * @param language  ISO 639-1 code; one {@link LanguageAnalyzers} lacks is analysed without stop words and stems
     * @param published publication time, or null
     */
    public static ArticleProfile of(String id, String title, String body, String language, Instant published) {
        return of(id, title, body, language, published, MAX_SENTENCES);
    }

    /**
     * Profiles an article for story clustering, which never matches passages: the same profile without the counts
     * of each sentence (a sixth of the cost of profiling), so it cannot score pairs' passage features.
     */
    public static ArticleProfile withoutPassages(String id, String title, String body, String language,
                                                 Instant published) {
        return of(id, title, body, language, published, 0);
    }

    private static ArticleProfile of(String id, String title, String body, String language, Instant published,
                                     int maxSentences) {
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("empty text");
        }
        boolean hasTitle = title != null && !title.isBlank();
        String text = hasTitle ? title.strip() + "\n" + body : body;
        AnalyzedText analysed = AnalyzedText.of(text, language);
        // Without a title the first sentence is the headline, so that one is counted even without passages.
        List<Passage> sentences = sentences(text, analysed, hasTitle ? maxSentences : Math.max(1, maxSentences));
        Map<String, Integer> headline;
        if (hasTitle) {
            int end = 0;
            while (end < analysed.size() && analysed.starts()[end] < title.strip().length()) {
                end++;
            }
            headline = TermVector.counts(analysed, 0, end);
        } else {
            headline = sentences.isEmpty() ? Map.of() : sentences.get(0).counts();
        }
        var numbers = new LinkedHashSet<String>();
        // Digits of other scripts as ASCII ones, so "٢٠١٤" and "2014" are one number.
        Matcher m = NUMBER.matcher(Digits.ascii(text));
        while (m.find()) {
            // Single digits are too common to tell stories apart; separators differ by language, so they go.
            String digits = SEPARATORS.matcher(m.group()).replaceAll("");
            if (digits.length() >= 2) {
                numbers.add(digits);
            }
        }
        return new ArticleProfile(id, language, published, text, TermVector.counts(analysed, 0, analysed.size()),
                headline, sentences.size() > maxSentences ? List.of() : sentences, CapitalisedNames.in(text), numbers,
                analysed.size());
    }

    private static List<Passage> sentences(String text, AnalyzedText analysed, int limit) {
        var passages = new ArrayList<Passage>();
        Matcher end = SENTENCE_END.matcher(text);
        int start = 0;
        int term = 0;
        while (start < text.length() && passages.size() < limit) {
            int stop = end.find() ? end.end() : text.length();
            int first = term;
            while (term < analysed.size() && analysed.starts()[term] < stop) {
                term++;
            }
            if (term - first >= MIN_SENTENCE_TERMS) {
                passages.add(new Passage(start, stop, TermVector.counts(analysed, first, term)));
            }
            start = stop;
        }
        return passages;
    }

    /**
     * This profile with the sentence embedding of its {@link #text()} (from a {@link news.storyline.text.TextEmbedder},
     * unit length), which the accurate configuration weighs beside the lexical features.
     */
    public ArticleProfile withEmbedding(float[] vector) {
        return new ArticleProfile(id, language, published, text, termCounts, headlineCounts, sentences, names, places,
                numbers, termTotal, vector == null ? null : vector.clone());
    }

    /**
     * The profiles with their embeddings, each distinct text embedded once (a pairs file names one article in many
     * pairs), in one batch so that the embedder can run in parallel. A text the model cannot read (not in the Latin
     * alphabet: {@link #inLatinScript}) is not embedded; its profile stays as it was.
     */
    public static List<ArticleProfile> withEmbeddings(List<ArticleProfile> profiles, TextEmbedder embedder) {
        var distinct = new java.util.LinkedHashMap<String, float[]>();
        profiles.stream().filter(ArticleProfile::inLatinScript).forEach(p -> distinct.put(p.text, null));
        var texts = new ArrayList<>(distinct.keySet());
        List<float[]> vectors = embedder.embedAll(texts);
        for (int i = 0; i < texts.size(); i++) {
            distinct.put(texts.get(i), vectors.get(i));
        }
        return profiles.stream().map(p -> p.inLatinScript() ? p.withEmbedding(distinct.get(p.text)) : p).toList();
    }

    /** The sentence embedding, or null when none was given. */
    public float[] embedding() {
        return embedding == null ? null : embedding.clone();
    }

    /**
     * Whether the text is written mostly in the Latin alphabet: the texts the bundled embedding model reads, and so
     * the pairs the accurate configuration weighs its cosine for ({@link PairScorer#embeddingReads}).
     */
    public boolean inLatinScript() {
        Boolean latin = latinScript;
        if (latin == null) {
            latin = LatinScript.mostly(text);
            latinScript = latin;
        }
        return latin;
    }

    boolean hasEmbedding() {
        return embedding != null;
    }

    float[] embeddingVector() {
        return embedding;
    }

    /** Counts this article in the document frequencies (once, when it arrives). */
    public void countIn(DocumentFrequencies frequencies) {
        frequencies.add(termCounts.keySet());
    }

    /**
     * The runs of four letters of its text ({@link LetterGrams}) with their sublinear counts, in the form
     * {@link TermVector#cosineWeighedBy} compares; counted once.
     */
    public TermVector letterGrams() {
        TermVector counted = letterGrams;
        if (counted == null) {
            counted = TermVector.counted(LetterGrams.counts(text));
            letterGrams = counted;
        }
        return counted;
    }

    public String id() {
        return id;
    }

    public String language() {
        return language;
    }

    public Instant published() {
        return published;
    }

    /** How the text is written ({@link TextStyle}), measured once. */
    public TextStyle style() {
        TextStyle measured = style;
        if (measured == null) {
            measured = TextStyle.of(text, language);
            style = measured;
        }
        return measured;
    }

    /** The headline and body as profiled: what an embedding of the article is made from. */
    public String text() {
        return text;
    }

    public Map<String, Integer> termCounts() {
        return termCounts;
    }

    public Map<String, Integer> headlineCounts() {
        return headlineCounts;
    }

    List<Passage> sentences() {
        return sentences;
    }

    /** The term counts of each sentence of {@link #sentences()}, in order. */
    List<Map<String, Integer>> sentenceTermCounts() {
        return sentences.stream().map(Passage::counts).toList();
    }

    /** The runs of letters of each sentence of {@link #sentences()}, in order, counted once. */
    List<Map<String, Integer>> sentenceLetterGrams() {
        List<Map<String, Integer>> counted = sentenceLetterGrams;
        if (counted == null) {
            var each = new ArrayList<Map<String, Integer>>(sentences.size());
            for (Passage sentence : sentences) {
                each.add(LetterGrams.counts(text.substring(sentence.start(), sentence.end())));
            }
            counted = List.copyOf(each);
            sentenceLetterGrams = counted;
        }
        return counted;
    }

    public Map<String, String> names() {
        return names;
    }

    public Map<String, String> places() {
        return places;
    }

    public Set<String> numbers() {
        return numbers;
    }

    int termTotal() {
        return termTotal;
    }
}
