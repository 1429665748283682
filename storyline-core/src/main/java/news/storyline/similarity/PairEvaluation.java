package news.storyline.similarity;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
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
    /**
     * One annotated pair, its features and gold scores.
     *
     * @param embeddingReads whether the embedding model reads both texts ({@link PairScorer#embeddingReads}): the
     *                       pairs the accurate model is fitted on and scores; the others the lexical model scores
     */
    public record Pair(String pairId, String language1, String language2, double[] features,
                       Map<Dimension, Double> gold, boolean embeddingReads) {
        /** "en-en", "de-en", ...: how the report groups pairs. */
        public String languages() {
            return language1 + "-" + language2;
        }
    }

    /** Pearson and Spearman of one dimension over some pairs. */
    public record Figures(int n, double pearson, double spearman) {
    }

    /**
     * All figures: per language combination ("all", "en-en", ...), per dimension; and the baseline's.
     *
     * @param embeddedShare the share of pairs the cascade scored with the embedding (0 without embeddings)
     * @param overallPearson per group, the model's overall Pearson with its 95% interval (a bootstrap over pairs)
     * @param overallGain    per group, the model's overall Pearson less the baseline's, with its 95% interval
     */
    public record Report(Map<String, Map<Dimension, Figures>> model, Map<String, Figures> tfidfOverall,
                         Map<String, Map<Dimension, Figures>> tfidf, Map<String, double[]> predictions,
                         double embeddedShare, Map<String, BootstrapInterval> overallPearson,
                         Map<String, BootstrapInterval> overallGain) {
    }

    private final List<Pair> pairs;
    private final List<String> features;

    private PairEvaluation(List<Pair> pairs, List<String> features) {
        this.pairs = pairs;
        this.features = features;
    }

    /** The features of the pairs: the lexical ones, or with the embedding cosine when an embedder was given. */
    public List<String> features() {
        return features;
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
        var scorer = new PairScorer(frequencies, null, null);
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
                scorer.count(a);
                scorer.count(b);
                profiled.add(new Object[] {input, a, b, gold});
            } catch (PairInput.BadPairException e) {
                problems.add(line.path("pair_id").asText("?") + ": " + e.getMessage());
            }
        }
        if (embedder != null) {
            var sides = new ArrayList<ArticleProfile>();
            for (Object[] p : profiled) {
                sides.add((ArticleProfile) p[1]);
                sides.add((ArticleProfile) p[2]);
            }
            List<ArticleProfile> embedded = ArticleProfile.withEmbeddings(sides, embedder);
            for (int i = 0; i < profiled.size(); i++) {
                profiled.get(i)[1] = embedded.get(2 * i);
                profiled.get(i)[2] = embedded.get(2 * i + 1);
            }
        }
        var pairs = new ArrayList<Pair>();
        for (Object[] p : profiled) {
            PairInput input = (PairInput) p[0];
            @SuppressWarnings("unchecked")
            var gold = (Map<Dimension, Double>) p[3];
            var a = (ArticleProfile) p[1];
            var b = (ArticleProfile) p[2];
            pairs.add(new Pair(input.pairId(), input.first().language(), input.second().language(),
                    scorer.features(a, b), gold, PairScorer.embeddingReads(a, b)));
        }
        return new PairEvaluation(pairs, embedder == null ? PairFeatures.NAMES : PairFeatures.EMBEDDED_NAMES);
    }

    /** The model fitted on all pairs, as shipped. */
    public PairModel fitAll(double lambda) {
        return fit(pairs, lambda);
    }

    private static PairModel lexical(List<Pair> rows, double lambda) {
        double[][] matrix = rows.stream().map(p -> Arrays.copyOf(p.features(), PairFeatures.NAMES.size()))
                .toArray(double[][]::new);
        return PairModel.fit(PairFeatures.NAMES, matrix, rows.stream().map(p -> new String[] {p.language1(),
                p.language2()}).toList(), goldColumns(rows), PairModel.groupsFor(PairFeatures.NAMES), lambda);
    }

    /**
     * Fits the model of these pairs' features; with the embedding, also the cosine it takes for pairs the cascade
     * does not embed: the mean over the rows the lexical model, fitted on the same rows, cuts.
     */
    private PairModel fit(List<Pair> all, double lambda) {
        // The accurate model is fitted on the pairs it scores: those whose texts the embedding model reads.
        List<Pair> rows = features.contains("embeddingCosine") ? all.stream().filter(Pair::embeddingReads).toList()
                : all;
        PairModel model = PairModel.fit(features, matrix(rows), rows.stream().map(p -> new String[] {p.language1(),
                p.language2()}).toList(), goldColumns(rows), PairModel.groupsFor(features), lambda);
        if (!model.embedded()) {
            return model;
        }
        PairModel lexical = lexical(all, lambda);
        int cosine = features.indexOf("embeddingCosine");
        var skipped = new EnumMap<PairModel.Group, Double>(PairModel.Group.class);
        for (PairModel.Group group : model.groups()) {
            double sum = 0;
            int count = 0;
            double least = 1;
            for (Pair pair : rows) {
                if (model.groupOf(pair.language1(), pair.language2()) != group && group != PairModel.Group.ANY) {
                    continue;
                }
                least = Math.min(least, pair.features()[cosine]);
                if (cut(lexical, pair)) {
                    sum += pair.features()[cosine];
                    count++;
                }
            }
            // No row of the group cut (a tiny file): the least similar cosine of the group stands in.
            skipped.put(group, count > 0 ? sum / count : least);
        }
        return model.withSkippedCosine(skipped);
    }

    private static boolean cut(PairModel lexical, Pair pair) {
        return lexical.score(Dimension.OVERALL, Arrays.copyOf(pair.features(), PairFeatures.NAMES.size()),
                pair.language1(), pair.language2()) >= PairScorer.CASCADE_OVERALL;
    }

    /** k-fold cross-validation, pairs shuffled with the seed. */
    public Report crossValidate(int folds, long seed, double lambda) {
        int n = pairs.size();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, new Random(seed));
        int[] foldOf = new int[n];
        for (int i = 0; i < n; i++) {
            foldOf[order.get(i)] = i % folds;
        }
        return evaluate(foldOf, folds, lambda);
    }

    /**
     * Each language combination left out in turn: the models fitted on all the others score it, as they would score
     * a language the calibration pairs lack (the held-out pairs may hold Italian, Russian or Chinese, and pairs across
     * other languages). A combination left out takes its group's fit from the others: English pairs, left out, are
     * scored by the model of all languages, and two-language pairs by that of all languages when they are the only
     * ones.
     */
    public Report leaveEachLanguageOut(double lambda) {
        var combinations = new java.util.TreeSet<String>();
        pairs.forEach(p -> combinations.add(p.languages()));
        var ordered = new ArrayList<>(combinations);
        int[] foldOf = new int[pairs.size()];
        for (int i = 0; i < foldOf.length; i++) {
            foldOf[i] = ordered.indexOf(pairs.get(i).languages());
        }
        return evaluate(foldOf, ordered.size(), lambda);
    }

    /** Fits on all folds but one and scores that one, for each fold; then the figures over every pair. */
    private Report evaluate(int[] foldOf, int folds, double lambda) {
        int n = pairs.size();
        var predicted = new EnumMap<Dimension, double[]>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            predicted.put(d, new double[n]);
        }
        int embedded = 0;
        for (int fold = 0; fold < folds; fold++) {
            var train = new ArrayList<Pair>();
            var test = new ArrayList<Integer>();
            for (int i = 0; i < n; i++) {
                if (foldOf[i] == fold) {
                    test.add(i);
                } else {
                    train.add(pairs.get(i));
                }
            }
            if (test.isEmpty() || train.isEmpty()) {
                continue;
            }
            PairModel model = fit(train, lambda);
            // With embeddings, the cascade as the scorer runs it: a pair the lexical model (fitted on the same
            // folds) calls clearly two stories is scored without its embedding and not counted as embedded; a pair
            // the embedding model cannot read is scored by the lexical model.
            PairModel lexical = model.embedded() ? lexical(train, lambda) : null;
            for (int t : test) {
                Pair pair = pairs.get(t);
                double[] values = pair.features();
                PairModel by = model;
                if (lexical != null && !pair.embeddingReads()) {
                    by = lexical;
                    values = Arrays.copyOf(values, PairFeatures.NAMES.size());
                } else if (lexical != null) {
                    if (cut(lexical, pair)) {
                        values = Arrays.copyOf(values, PairFeatures.NAMES.size());
                    } else {
                        embedded++;
                    }
                }
                for (Dimension d : Dimension.values()) {
                    predicted.get(d)[t] = by.score(d, values, pair.language1(), pair.language2());
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
        var overallPearson = new LinkedHashMap<String, BootstrapInterval>();
        var overallGain = new LinkedHashMap<String, BootstrapInterval>();
        groups.forEach((group, members) -> {
            var figures = new EnumMap<Dimension, Figures>(Dimension.class);
            var base = new EnumMap<Dimension, Figures>(Dimension.class);
            for (Dimension d : Dimension.values()) {
                double[] gold = members.stream().mapToDouble(i -> pairs.get(i).gold().get(d)).toArray();
                double[] pred = members.stream().mapToDouble(i -> predicted.get(d)[i]).toArray();
                double[] cos = members.stream().mapToDouble(i -> baseline[i]).toArray();
                figures.put(d, new Figures(members.size(), Correlation.pearson(pred, gold),
                        Correlation.spearman(pred, gold)));
                if (d == Dimension.OVERALL) {
                    BootstrapInterval[] intervals = Correlation.pearsonWithGain(pred, cos, gold);
                    overallPearson.put(group, intervals[0]);
                    overallGain.put(group, intervals[1]);
                }
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
        return new Report(model, tfidfOverall, tfidf, predictions, n == 0 ? 0 : embedded / (double) n,
                overallPearson, overallGain);
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
