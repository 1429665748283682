package news.storyline.similarity;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import news.storyline.text.DocumentFrequencies;
import news.storyline.text.TextEmbedder;

/**
 * Cross-validated evaluation of the pair model on annotated pairs (the SemEval-2022 Task 8 dev file): the model is
 * fitted on k-1 folds and scores the held-out fold, so every prediction is for a pair the fit never saw. Plain TF-IDF
 * cosine of the whole texts is computed in the same run as the baseline.
 */
public final class PairEvaluation {
    /** One annotated pair, its features and gold scores. */
    public record Pair(String pairId, String languages, double[] features, Map<Dimension, Double> gold) {
    }

    /** Pearson and Spearman of one dimension over some pairs. */
    public record Figures(int n, double pearson, double spearman) {
    }

    /** All figures: per language combination ("all", "en-en", ...), per dimension; and the baseline's. */
    public record Report(Map<String, Map<Dimension, Figures>> model, Map<String, Figures> tfidfOverall,
                         Map<String, Map<Dimension, Figures>> tfidf, Map<String, double[]> predictions) {
    }

    private final List<Pair> pairs;

    private PairEvaluation(List<Pair> pairs) {
        this.pairs = pairs;
    }

    public List<Pair> pairs() {
        return pairs;
    }

    /**
     * Profiles annotated pairs and computes their features. The document frequencies are the background table plus
     * every text of the file, counted once each before any pair is scored: unsupervised, as a stream would have them.
     */
    public static PairEvaluation of(List<JsonNode> lines, List<String> problems) {
        return of(lines, problems, null);
    }

    /**
     * As {@link #of(List, List)}, with each text's sentence embedding from the embedder (the accurate configuration's
     * features), or without when it is null.
     */
    public static PairEvaluation of(List<JsonNode> lines, List<String> problems, TextEmbedder embedder) {
        var frequencies = DocumentFrequencies.withBackground();
        var scorer = new PairScorer(frequencies, null);
        var languages = new news.storyline.clean.LanguageIdentifier();
        var profiled = new ArrayList<Object[]>();
        for (JsonNode line : lines) {
            try {
                PairInput input = PairInput.of(line, languages);
                var gold = new EnumMap<Dimension, Double>(Dimension.class);
                for (Dimension d : Dimension.values()) {
                    JsonNode g = line.get(d.name().charAt(0) + d.key().substring(1));
                    if (g == null || !g.isNumber()) {
                        throw new PairInput.BadPairException("no gold score " + d.key());
                    }
                    gold.put(d, g.asDouble());
                }
                ArticleProfile a = input.first().profile(input.pairId() + "/1");
                ArticleProfile b = input.second().profile(input.pairId() + "/2");
                a.countIn(frequencies);
                b.countIn(frequencies);
                profiled.add(new Object[] {input, a, b, gold});
            } catch (PairInput.BadPairException e) {
                problems.add(line.path("pair_id").asText("?") + ": " + e.getMessage());
            }
        }
        if (embedder != null) {
            var texts = new ArrayList<String>();
            for (Object[] p : profiled) {
                texts.add(((ArticleProfile) p[1]).text());
                texts.add(((ArticleProfile) p[2]).text());
            }
            List<float[]> vectors = embedder.embedAll(texts);
            for (int i = 0; i < profiled.size(); i++) {
                Object[] p = profiled.get(i);
                p[1] = ((ArticleProfile) p[1]).withEmbedding(vectors.get(2 * i));
                p[2] = ((ArticleProfile) p[2]).withEmbedding(vectors.get(2 * i + 1));
            }
        }
        var pairs = new ArrayList<Pair>();
        for (Object[] p : profiled) {
            PairInput input = (PairInput) p[0];
            @SuppressWarnings("unchecked")
            var gold = (Map<Dimension, Double>) p[3];
            pairs.add(new Pair(input.pairId(), input.first().language() + "-" + input.second().language(),
                    scorer.features((ArticleProfile) p[1], (ArticleProfile) p[2]), gold));
        }
        return new PairEvaluation(pairs);
    }

    /** The model fitted on all pairs, as shipped. */
    public PairModel fitAll(double lambda) {
        return PairModel.fit(matrix(pairs), goldColumns(pairs), lambda);
    }

    /** k-fold cross-validation, pairs shuffled with the seed. */
    public Report crossValidate(int folds, long seed, double lambda) {
        int n = pairs.size();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, new Random(seed));
        var predicted = new EnumMap<Dimension, double[]>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            predicted.put(d, new double[n]);
        }
        for (int fold = 0; fold < folds; fold++) {
            var train = new ArrayList<Pair>();
            var test = new ArrayList<Integer>();
            for (int i = 0; i < n; i++) {
                if (i % folds == fold) {
                    test.add(order.get(i));
                } else {
                    train.add(pairs.get(order.get(i)));
                }
            }
            PairModel model = PairModel.fit(matrix(train), goldColumns(train), lambda);
            for (int t : test) {
                for (Dimension d : Dimension.values()) {
                    predicted.get(d)[t] = model.score(d, pairs.get(t).features());
                }
            }
        }
        int body = PairFeatures.NAMES.indexOf("bodyCosine");
        double[] baseline = new double[n];
        for (int i = 0; i < n; i++) {
            // Higher cosine means more similar, the scale's low end: negate so that both correlate positively.
            baseline[i] = -pairs.get(i).features()[body];
        }
        var groups = new LinkedHashMap<String, List<Integer>>();
        groups.put("all", new ArrayList<>());
        var byLanguages = new TreeMap<String, List<Integer>>();
        for (int i = 0; i < n; i++) {
            groups.get("all").add(i);
            byLanguages.computeIfAbsent(pairs.get(i).languages(), k -> new ArrayList<>()).add(i);
        }
        groups.putAll(byLanguages);
        var model = new LinkedHashMap<String, Map<Dimension, Figures>>();
        var tfidf = new LinkedHashMap<String, Map<Dimension, Figures>>();
        var tfidfOverall = new LinkedHashMap<String, Figures>();
        groups.forEach((group, members) -> {
            var figures = new EnumMap<Dimension, Figures>(Dimension.class);
            var base = new EnumMap<Dimension, Figures>(Dimension.class);
            for (Dimension d : Dimension.values()) {
                double[] gold = members.stream().mapToDouble(i -> pairs.get(i).gold().get(d)).toArray();
                double[] pred = members.stream().mapToDouble(i -> predicted.get(d)[i]).toArray();
                double[] cos = members.stream().mapToDouble(i -> baseline[i]).toArray();
                figures.put(d, new Figures(members.size(), Correlation.pearson(pred, gold),
                        Correlation.spearman(pred, gold)));
                base.put(d, new Figures(members.size(), Correlation.pearson(cos, gold),
                        Correlation.spearman(cos, gold)));
            }
            model.put(group, figures);
            tfidf.put(group, base);
            tfidfOverall.put(group, base.get(Dimension.OVERALL));
        });
        var predictions = new LinkedHashMap<String, double[]>();
        for (int i = 0; i < n; i++) {
            double[] row = new double[Dimension.values().length];
            for (Dimension d : Dimension.values()) {
                row[d.ordinal()] = predicted.get(d)[i];
            }
            predictions.put(pairs.get(i).pairId(), row);
        }
        return new Report(model, tfidfOverall, tfidf, predictions);
    }

    private static double[][] matrix(List<Pair> pairs) {
        return pairs.stream().map(Pair::features).toArray(double[][]::new);
    }

    private static Map<Dimension, double[]> goldColumns(List<Pair> pairs) {
        var gold = new EnumMap<Dimension, double[]>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            gold.put(d, pairs.stream().mapToDouble(p -> p.gold().get(d)).toArray());
        }
        return gold;
    }
}
