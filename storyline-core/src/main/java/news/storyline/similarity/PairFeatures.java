package news.storyline.similarity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import news.storyline.text.CapitalisedNames;
import news.storyline.text.DocumentFrequencies;
import news.storyline.text.LanguageAnalyzers;
import news.storyline.text.TermVector;
import news.storyline.text.TextEmbedder;

/**
 * The lexical features of a pair of articles, each in [0, 1], that the per-dimension models weigh, with what they
 * were computed from kept for the evidence (vectors, the best passage pair).
 */
public final class PairFeatures {
    /** Feature names, in the order of {@link #values()}; the coefficient resource names them in this order. */
    public static final List<String> NAMES = List.of(
            "bodyCosine",       // TF-IDF cosine of the whole texts
            "headlineCosine",   // of the headlines (or ledes)
            "headlineBody",     // of each headline against the other's text, averaged
            "bestPassage",      // the most similar sentence pair
            "alignedPassages",  // each sentence's best match in the other text, averaged both ways
            "sharedNames",      // Dice overlap of the words of capitalised names
            "sharedPlaces",     // of place-like names
            "sharedNumbers",    // of numbers of two digits or more
            "lengthRatio",      // shorter text's terms over the longer's
            "sameLanguage");    // 1 when both texts are in one language

    /**
     * The accurate configuration's features: the lexical ones and the cosine of the two texts' sentence embeddings,
     * taken when both articles carry one.
     */
    public static final List<String> EMBEDDED_NAMES = java.util.stream.Stream.concat(NAMES.stream(),
            java.util.stream.Stream.of("embeddingCosine")).toList();

    private final double[] values;
    final TermVector vector1;
    final TermVector vector2;
    final int passage1;
    final int passage2;

    private PairFeatures(double[] values, TermVector vector1, TermVector vector2, int passage1, int passage2) {
        this.values = values;
        this.vector1 = vector1;
        this.vector2 = vector2;
        this.passage1 = passage1;
        this.passage2 = passage2;
    }

    public static PairFeatures of(ArticleProfile a, ArticleProfile b, DocumentFrequencies frequencies) {
        TermVector va = TermVector.of(a.termCounts(), frequencies);
        TermVector vb = TermVector.of(b.termCounts(), frequencies);
        TermVector ha = TermVector.of(a.headlineCounts(), frequencies);
        TermVector hb = TermVector.of(b.headlineCounts(), frequencies);
        List<TermVector> sa = sentenceVectors(a, frequencies);
        List<TermVector> sb = sentenceVectors(b, frequencies);
        double best = 0;
        int bestA = -1;
        int bestB = -1;
        double[] bestOfA = new double[sa.size()];
        double[] bestOfB = new double[sb.size()];
        for (int i = 0; i < sa.size(); i++) {
            for (int j = 0; j < sb.size(); j++) {
                double c = sa.get(i).cosine(sb.get(j));
                bestOfA[i] = Math.max(bestOfA[i], c);
                bestOfB[j] = Math.max(bestOfB[j], c);
                if (c > best) {
                    best = c;
                    bestA = i;
                    bestB = j;
                }
            }
        }
        double aligned = (mean(bestOfA) + mean(bestOfB)) / 2;
        double[] values = {
                va.cosine(vb),
                ha.cosine(hb),
                (ha.cosine(vb) + hb.cosine(va)) / 2,
                best,
                aligned,
                dice(CapitalisedNames.words(a.names().keySet()), CapitalisedNames.words(b.names().keySet())),
                dice(CapitalisedNames.words(placeKeys(a, b)), CapitalisedNames.words(placeKeys(b, a))),
                dice(a.numbers(), b.numbers()),
                Math.min(a.termTotal(), b.termTotal()) / (double) Math.max(1, Math.max(a.termTotal(), b.termTotal())),
                sameLanguage(a.language(), b.language()) ? 1 : 0};
        if (a.hasEmbedding() && b.hasEmbedding()) {
            values = java.util.Arrays.copyOf(values, values.length + 1);
            values[values.length - 1] = TextEmbedder.cosine(a.embeddingVector(), b.embeddingVector());
        }
        return new PairFeatures(values, va, vb, bestA, bestB);
    }

    /**
     * The article's place-like names: those it puts after a place preposition, and those of its names the other
     * article does ("seized Mosul" in one, "in Mosul" in the other).
     */
    static java.util.Map<String, String> places(ArticleProfile article, ArticleProfile other) {
        var places = new java.util.LinkedHashMap<>(article.places());
        article.names().forEach((key, spelling) -> {
            if (other.places().containsKey(key)) {
                places.putIfAbsent(key, spelling);
            }
        });
        return places;
    }

    private static Set<String> placeKeys(ArticleProfile article, ArticleProfile other) {
        return places(article, other).keySet();
    }

    static boolean sameLanguage(String a, String b) {
        return a != null && b != null && a.strip().equalsIgnoreCase(b.strip())
                || LanguageAnalyzers.supports(a) && LanguageAnalyzers.forLanguage(a) == LanguageAnalyzers.forLanguage(b);
    }

    private static List<TermVector> sentenceVectors(ArticleProfile profile, DocumentFrequencies frequencies) {
        var vectors = new ArrayList<TermVector>(profile.sentences().size());
        for (var sentence : profile.sentences()) {
            vectors.add(TermVector.of(sentence.counts(), frequencies));
        }
        return vectors;
    }

    private static double mean(double[] values) {
        if (values.length == 0) {
            return 0;
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /** Dice coefficient of two sets of strings; 0 when both are empty (nothing shared is no evidence of sameness). */
    static double dice(Collection<String> a, Collection<String> b) {
        Set<String> sa = new HashSet<>(a);
        Set<String> sb = new HashSet<>(b);
        if (sa.isEmpty() || sb.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String s : sa) {
            if (sb.contains(s)) {
                shared++;
            }
        }
        return 2.0 * shared / (sa.size() + sb.size());
    }

    /** The feature values, in the order of {@link #NAMES}, or of {@link #EMBEDDED_NAMES} when both had embeddings. */
    public double[] values() {
        return values.clone();
    }

    public double value(String name) {
        return values[EMBEDDED_NAMES.indexOf(name)];
    }
}
