package news.storyline.similarity;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import news.storyline.mention.MentionExtractor;
import news.storyline.text.DocumentFrequencies;

/**
 * Scores a pair of articles on the seven SemEval-2022 Task 8 dimensions from lexical features (the fast
 * configuration): TF-IDF cosines of texts, headlines and sentences, shared names, places and numbers.
 *
 * <p>Thread-safe: profiles are immutable, the document frequencies concurrent, the model read-only.
 */
public final class PairScorer {
    private static final int SHARED_TERMS = 10;
    private static final int MAX_PASSAGE_CHARS = 400;

    private final DocumentFrequencies frequencies;
    private final PairModel model;
    /** Groups names and places across spellings for the evidence; null for lexical evidence alone. */
    private final MentionExtractor mentions;

    public PairScorer(DocumentFrequencies frequencies, PairModel model) {
        this(frequencies, model, null);
    }

    private PairScorer(DocumentFrequencies frequencies, PairModel model, MentionExtractor mentions) {
        this.frequencies = frequencies;
        this.model = model;
        this.mentions = mentions;
    }

    /**
     * This scorer with names and places in the evidence grouped across spellings, acronyms and short forms and
     * resolved in the gazetteer. The scores stay the same; it costs a few milliseconds a pair.
     */
    public PairScorer withMentions(MentionExtractor extractor) {
        return new PairScorer(frequencies, model, extractor);
    }

    /** A scorer with the bundled background frequencies and model. */
    public static PairScorer bundled() {
        return new PairScorer(DocumentFrequencies.withBackground(), PairModel.bundled());
    }

    public DocumentFrequencies frequencies() {
        return frequencies;
    }

    /** The feature values alone, for fitting and evaluation. */
    public double[] features(ArticleProfile a, ArticleProfile b) {
        return PairFeatures.of(a, b, frequencies).values();
    }

    public PairScores score(ArticleProfile a, ArticleProfile b) {
        PairFeatures features = PairFeatures.of(a, b, frequencies);
        double[] values = features.values();
        var scores = new EnumMap<Dimension, Double>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            scores.put(dimension, model.score(dimension, values));
        }
        var named = new LinkedHashMap<String, Double>();
        for (int i = 0; i < values.length; i++) {
            named.put(PairFeatures.NAMES.get(i), values[i]);
        }
        String passage1 = null;
        String passage2 = null;
        double passageSimilarity = 0;
        if (features.passage1 >= 0) {
            passage1 = passage(a, features.passage1);
            passage2 = passage(b, features.passage2);
            passageSimilarity = features.value("bestPassage");
        }
        var evidence = new PairEvidence(named,
                PairEvidence.Overlap.of(a.names(), b.names()),
                PairEvidence.Overlap.of(PairFeatures.places(a, b), PairFeatures.places(b, a)),
                PairEvidence.Overlap.of(a.numbers(), b.numbers()),
                PairEvidence.years(a.numbers(), b.numbers()),
                a.published(), b.published(),
                features.vector1.topShared(features.vector2, SHARED_TERMS),
                passage1, passage2, passageSimilarity, a.language(), b.language());
        return new PairScores(scores, mentions == null ? evidence
                : evidence.withMentions(MentionEvidence.of(mentions, a, b)));
    }

    private static String passage(ArticleProfile profile, int index) {
        var sentence = profile.sentences().get(index);
        String text = profile.text().substring(sentence.start(), sentence.end()).strip().replaceAll("\\s+", " ");
        return text.length() <= MAX_PASSAGE_CHARS ? text : text.substring(0, MAX_PASSAGE_CHARS) + "…";
    }
}
