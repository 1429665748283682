package news.storyline.similarity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import news.storyline.mention.MentionExtractor;
import news.storyline.text.DocumentFrequencies;
import news.storyline.text.LetterGrams;
import news.storyline.text.SurfaceForms;

/**
 * Scores a pair of articles on the seven SemEval-2022 Task 8 dimensions: from lexical features (TF-IDF cosines of
 * texts, headlines and sentences, shared names, places and numbers) in the fast configuration, and with the cosine of
 * the two articles' sentence embeddings besides in the accurate one, which is taken whenever both profiles carry an
 * embedding ({@link ArticleProfile#withEmbedding}) and the model reads both texts ({@link #embeddingReads}). Embedding
 * is the caller's step, once per article.
 *
 * <p>Thread-safe: profiles are immutable, the document frequencies concurrent, the model read-only.
 */
public final class PairScorer {
    /**
     * The cascade's cut: a pair the lexical model scores at this overall or above is clearly two stories, and its
     * texts are not worth embedding for it. On the dev pairs under cross-validation (en-en), cutting here embedded
     * 68% of the pairs and left Pearson as it was (0.853 against 0.851 embedding all); on a real stream, where most
     * pairs are unrelated, it spares most embeddings. Lower cuts began to cost (3.0: 55% embedded, 0.842).
     */
    public static final double CASCADE_OVERALL = 3.4;
    private static final int SHARED_TERMS = 10;
    private static final int MAX_PASSAGE_CHARS = 400;

    private final DocumentFrequencies frequencies;
    /** Those of runs of letters ({@link LetterGrams}), counted beside the terms' ({@link #count}). */
    private final DocumentFrequencies letterFrequencies;
    private final PairModel fast;
    /** The model with the embedding cosine; null when this scorer has only the lexical one. */
    private final PairModel accurate;
    /** Groups names and places across spellings for the evidence; null for lexical evidence alone. */
    private final MentionExtractor mentions;

    /**
     * @param fast     the lexical model: the cascade's first stage, and the scores of the fast configuration
     * @param accurate the model with the embedding cosine, or null for the fast configuration
     */
    public PairScorer(DocumentFrequencies frequencies, PairModel fast, PairModel accurate) {
        this(frequencies, LetterGrams.withBackground(), fast, accurate, null);
    }

    private PairScorer(DocumentFrequencies frequencies, DocumentFrequencies letterFrequencies, PairModel fast,
                       PairModel accurate, MentionExtractor mentions) {
        this.frequencies = frequencies;
        this.letterFrequencies = letterFrequencies;
        this.fast = fast;
        this.accurate = accurate;
        this.mentions = mentions;
    }

    /**
     * This scorer with names and places in the evidence grouped across spellings, acronyms and short forms and
     * resolved in the gazetteer. The scores stay the same; it costs a few milliseconds a pair.
     */
    public PairScorer withMentions(MentionExtractor extractor) {
        return new PairScorer(frequencies, letterFrequencies, fast, accurate, extractor);
    }

    /**
     * The default, accurate configuration with the bundled background frequencies: the model with the embedding
     * cosine, for profiles given their embeddings where {@link #worthEmbedding} says so (the cascade); a pair not
     * embedded is scored as one the cascade cut.
     */
    public static PairScorer bundled() {
        return new PairScorer(DocumentFrequencies.withBackground(), PairModel.fast(), PairModel.accurate());
    }

    /** The fast configuration: the lexical model alone, whatever the profiles carry. */
    public static PairScorer fast() {
        return new PairScorer(DocumentFrequencies.withBackground(), PairModel.fast(), null);
    }

    public DocumentFrequencies frequencies() {
        return frequencies;
    }

    /**
     * Counts an article in the document frequencies this scorer weighs terms and runs of letters by: once for each
     * article, when it arrives, before its pairs are scored.
     */
    public void count(ArticleProfile profile) {
        profile.countIn(frequencies);
        countLetterRuns(profile);
    }

    /**
     * Counts an article's runs of letters only: for a scorer whose term frequencies are counted elsewhere as articles
     * arrive (the server's, which shares its story clusterer's table of every stored article), once an article.
     */
    public void countLetterRuns(ArticleProfile profile) {
        letterFrequencies.add(profile.letterGrams().weights().keySet());
    }

    /**
     * The cascade's question, asked before embedding: whether this pair's texts are worth embedding, that is,
     * whether the lexical model leaves it below {@link #CASCADE_OVERALL}. Always false for a scorer without the
     * accurate model.
     */
    public boolean worthEmbedding(ArticleProfile a, ArticleProfile b) {
        if (accurate == null || !embeddingReads(a, b)) {
            return false;
        }
        double[] values = PairFeatures.of(a, b, frequencies, letterFrequencies).values();
        return fast.score(Dimension.OVERALL, java.util.Arrays.copyOf(values, fast.features().size()), a.language(),
                b.language()) < CASCADE_OVERALL;
    }

    /**
     * Whether the embedding model reads both texts (both mostly in the Latin alphabet, {@link
     * ArticleProfile#inLatinScript}). A pair it cannot read is scored by the lexical model, as in the fast
     * configuration: its cosine there would be noise with an offset of its own (two unrelated Arabic reports at 0.92,
     * English ones at 0.53), which both ranks such pairs badly and sets them apart from every other pair's scale.
     */
    public static boolean embeddingReads(ArticleProfile a, ArticleProfile b) {
        return a.inLatinScript() && b.inLatinScript();
    }

    /**
     * The cascade: the texts of the pairs the lexical model leaves in doubt ({@link #worthEmbedding}) are embedded,
     * each distinct text once, and those pairs' profiles replaced by embedded ones; a pair that is clearly two
     * stories keeps its profiles, and is scored with the cosine typical of such pairs.
     */
    public void embedWhereWorthIt(java.util.List<ArticleProfile[]> pairs, news.storyline.text.TextEmbedder embedder) {
        var worth = new java.util.ArrayList<Integer>();
        var sides = new java.util.ArrayList<ArticleProfile>();
        for (int i = 0; i < pairs.size(); i++) {
            if (worthEmbedding(pairs.get(i)[0], pairs.get(i)[1])) {
                worth.add(i);
                sides.addAll(java.util.List.of(pairs.get(i)));
            }
        }
        if (sides.isEmpty()) {
            return;
        }
        var embedded = ArticleProfile.withEmbeddings(sides, embedder);
        for (int k = 0; k < worth.size(); k++) {
            pairs.set(worth.get(k), new ArticleProfile[] {embedded.get(2 * k), embedded.get(2 * k + 1)});
        }
    }

    /** The feature values alone, for fitting and evaluation. */
    public double[] features(ArticleProfile a, ArticleProfile b) {
        return PairFeatures.of(a, b, frequencies, letterFrequencies).values();
    }

    public PairScores score(ArticleProfile a, ArticleProfile b) {
        PairFeatures features = PairFeatures.of(a, b, frequencies, letterFrequencies);
        double[] values = features.values();
        PairModel model = accurate != null && embeddingReads(a, b) ? accurate : fast;
        if (values.length > model.features().size()) {
            values = java.util.Arrays.copyOf(values, model.features().size());
        }
        var scores = new EnumMap<Dimension, Double>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            scores.put(dimension, model.score(dimension, values, a.language(), b.language()));
        }
        var named = new LinkedHashMap<String, Double>();
        for (int i = 0; i < values.length; i++) {
            named.put(model.features().get(i), values[i]);
        }
        var passages = new ArrayList<PairEvidence.PassagePair>();
        for (int k = 0; k < features.passages.size(); k++) {
            int[] pair = features.passages.get(k);
            passages.add(new PairEvidence.PassagePair(passage(a, pair[0]), passage(b, pair[1]),
                    features.passageSimilarities.get(k)));
        }
        var evidence = new PairEvidence(named,
                PairEvidence.Overlap.of(a.names(), b.names()),
                PairEvidence.Overlap.of(PairFeatures.places(a, b), PairFeatures.places(b, a)),
                PairEvidence.Overlap.of(a.numbers(), b.numbers()),
                PairEvidence.years(a.numbers(), b.numbers()),
                a.published(), b.published(),
                // As the first text writes them ("militants", not the index's "milit"), each word once (a German
                // compound stands for its parts too).
                List.copyOf(new java.util.LinkedHashSet<>(SurfaceForms.of(
                        features.vector1.topShared(features.vector2, SHARED_TERMS), a.text(), a.language()))),
                List.copyOf(passages), a.language(), b.language(),
                a.style(), b.style());
        return new PairScores(scores, mentions == null ? evidence
                : evidence.withMentions(MentionEvidence.of(mentions, a, b)));
    }

    private static String passage(ArticleProfile profile, int index) {
        var sentence = profile.sentences().get(index);
        String text = profile.text().substring(sentence.start(), sentence.end()).strip().replaceAll("\\s+", " ");
        return text.length() <= MAX_PASSAGE_CHARS ? text : text.substring(0, MAX_PASSAGE_CHARS) + "…";
    }
}
