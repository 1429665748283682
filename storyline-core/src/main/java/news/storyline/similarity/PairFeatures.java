package news.storyline.similarity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
            "sameLanguage",     // 1 when both texts are in one language
            "letterCosine");    // TF-IDF cosine of the texts' runs of four letters, which two languages share

    /**
     * The accurate configuration's features: the lexical ones and the cosine of the two texts' sentence embeddings,
     * taken when both articles carry one.
     */
    public static final List<String> EMBEDDED_NAMES = java.util.stream.Stream.concat(NAMES.stream(),
            java.util.stream.Stream.of("embeddingCosine")).toList();

    private final double[] values;
    final TermVector vector1;
    final TermVector vector2;
    /**
     * The sentence pairs that tell most alike, best first, each sentence in one pair at most: {index in a, index in
     * b}, with {@link #passageSimilarities}. The first is the {@code bestPassage} feature's.
     */
    final List<int[]> passages;
    final List<Double> passageSimilarities;

    private PairFeatures(double[] values, TermVector vector1, TermVector vector2, List<int[]> passages,
                         List<Double> passageSimilarities) {
        this.values = values;
        this.vector1 = vector1;
        this.vector2 = vector2;
        this.passages = passages;
        this.passageSimilarities = passageSimilarities;
    }

    /**
     * @param frequencies       the document frequencies of terms
     * @param letterFrequencies those of runs of letters ({@link news.storyline.text.LetterGrams})
     */
    public static PairFeatures of(ArticleProfile a, ArticleProfile b, DocumentFrequencies frequencies,
                                  DocumentFrequencies letterFrequencies) {
        TermVector va = TermVector.of(a.termCounts(), frequencies);
        TermVector vb = TermVector.of(b.termCounts(), frequencies);
        TermVector ha = TermVector.of(a.headlineCounts(), frequencies);
        TermVector hb = TermVector.of(b.headlineCounts(), frequencies);
        // Two languages' sentences share few analysed words but the runs of letters of their names and numbers: the
        // passages that tell alike are found by those.
        boolean acrossLanguages = !sameLanguage(a.language(), b.language());
        List<TermVector> sa = acrossLanguages ? vectors(a.sentenceLetterGrams(), letterFrequencies)
                : vectors(a.sentenceTermCounts(), frequencies);
        List<TermVector> sb = acrossLanguages ? vectors(b.sentenceLetterGrams(), letterFrequencies)
                : vectors(b.sentenceTermCounts(), frequencies);
        double[] bestOfA = new double[sa.size()];
        double[] bestOfB = new double[sb.size()];
        var top = new TopPairs(PASSAGE_CANDIDATES);
        for (int i = 0; i < sa.size(); i++) {
            for (int j = 0; j < sb.size(); j++) {
                double c = sa.get(i).cosine(sb.get(j));
                bestOfA[i] = Math.max(bestOfA[i], c);
                bestOfB[j] = Math.max(bestOfB[j], c);
                top.offer(i, j, c);
            }
        }
        double aligned = (mean(bestOfA) + mean(bestOfB)) / 2;
        double[] values = {
                va.cosine(vb),
                ha.cosine(hb),
                (ha.cosine(vb) + hb.cosine(va)) / 2,
                top.best(),
                aligned,
                dice(CapitalisedNames.words(a.names().keySet()), CapitalisedNames.words(b.names().keySet())),
                dice(CapitalisedNames.words(placeKeys(a, b)), CapitalisedNames.words(placeKeys(b, a))),
                dice(a.numbers(), b.numbers()),
                Math.min(a.termTotal(), b.termTotal()) / (double) Math.max(1, Math.max(a.termTotal(), b.termTotal())),
                sameLanguage(a.language(), b.language()) ? 1 : 0,
                a.letterGrams().cosineWeighedBy(b.letterGrams(), letterFrequencies)};
        if (a.hasEmbedding() && b.hasEmbedding()) {
            values = java.util.Arrays.copyOf(values, values.length + 1);
            values[values.length - 1] = TextEmbedder.cosine(a.embeddingVector(), b.embeddingVector());
        }
        var passages = new ArrayList<int[]>();
        var similarities = new ArrayList<Double>();
        top.distinct(PASSAGES, MIN_PASSAGE_COSINE, passages, similarities);
        return new PairFeatures(values, va, vb, passages, similarities);
    }

    /** Passage pairs shown as evidence: the best, and up to two more that tell alike past {@link #MIN_PASSAGE_COSINE}. */
    static final int PASSAGES = 3;
    /** Below this TF-IDF cosine two sentences share a word or two, not an event (the best pair is shown whatever it is). */
    static final double MIN_PASSAGE_COSINE = 0.25;
    /** The best sentence pairs kept while the cosines are computed, to choose {@link #PASSAGES} distinct ones from. */
    private static final int PASSAGE_CANDIDATES = 16;

    /** The highest-scoring (i, j) pairs met, at most {@code capacity}, best first. */
    private static final class TopPairs {
        private final int[] is;
        private final int[] js;
        private final double[] scores;
        private int size;

        TopPairs(int capacity) {
            is = new int[capacity];
            js = new int[capacity];
            scores = new double[capacity];
        }

        void offer(int i, int j, double score) {
            if (score <= 0 || size == scores.length && score <= scores[size - 1]) {
                return;
            }
            int at = size == scores.length ? size - 1 : size++;
            while (at > 0 && scores[at - 1] < score) {
                is[at] = is[at - 1];
                js[at] = js[at - 1];
                scores[at] = scores[at - 1];
                at--;
            }
            is[at] = i;
            js[at] = j;
            scores[at] = score;
        }

        /** The highest score met; 0 for none above 0. */
        double best() {
            return size == 0 ? 0 : scores[0];
        }

        /** Up to {@code n} pairs, best first, no sentence of either side twice; past the first, at least {@code min}. */
        void distinct(int n, double min, List<int[]> pairs, List<Double> similarities) {
            var usedA = new HashSet<Integer>();
            var usedB = new HashSet<Integer>();
            for (int k = 0; k < size && pairs.size() < n; k++) {
                if (!pairs.isEmpty() && scores[k] < min || usedA.contains(is[k]) || usedB.contains(js[k])) {
                    continue;
                }
                usedA.add(is[k]);
                usedB.add(js[k]);
                pairs.add(new int[] {is[k], js[k]});
                similarities.add(scores[k]);
            }
        }
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

    /** Each sentence's TF-IDF vector, of its terms or of its runs of letters, under the frequencies given. */
    private static List<TermVector> vectors(List<Map<String, Integer>> sentences, DocumentFrequencies frequencies) {
        var vectors = new ArrayList<TermVector>(sentences.size());
        for (var counts : sentences) {
            vectors.add(TermVector.of(counts, frequencies));
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
