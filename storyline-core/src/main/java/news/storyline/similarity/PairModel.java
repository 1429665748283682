package news.storyline.similarity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Regressions from pair features to the SemEval scale, 1 ... 4: one per dimension and per language group of the pair.
 *
 * <p>Each is a logistic curve over a linear score ({@link Link#LOGISTIC}): the rating rescaled to 0 ... 1 and fitted
 * by the logistic likelihood with an L2 penalty, so that a score flattens towards the ends of the scale, as the
 * ratings do (most pairs are rated near 1 or near 4), where a straight line, clipped, overshoots both ends and is
 * too flat between. On the dev pairs under cross-validation (8 fold seeds, refitted in numpy from the features
 * {@code evaluate-pairs --features} dumps) it lifted every dimension but time of the Latin-alphabet pairs: overall
 * 0.723 to 0.729, geography 0.594 to 0.612, style 0.357 to 0.378; en-en overall 0.851 to 0.848, geography 0.710 to
 * 0.739, time 0.377 to 0.406, style 0.499 to 0.538, tone 0.500 to 0.527. Models written before it are read as
 * straight lines clipped ({@link Link#LINEAR}).
 *
 * <p>Groups, because features mean different things across them: in a pair of two languages the lexical overlap is
 * names and numbers alone, and the English embedding model reads English best. Each pair goes to the most specific
 * group the model has: {@link Group#CROSS_LANGUAGE} for two languages, {@link Group#ENGLISH} for two English texts
 * (where the model has that group: the accurate one does, since the embedding is English), else {@link Group#ANY},
 * fitted on every pair. On the dev pairs under cross-validation, the English group lifted en-en overall from 0.835
 * to 0.850 with embeddings (not without: 0.810 against 0.794, so the fast model has no English group) and the
 * cross-language group lifted de-en from 0.58 to 0.64.
 *
 * <p>Two bundled models: {@link #fast()} on the lexical {@link PairFeatures#NAMES}, {@link #accurate()} on
 * {@link PairFeatures#EMBEDDED_NAMES}. Their coefficients were fitted on the SemEval-2022 Task 8 dev pairs
 * (calibration only: the resources hold numbers, never the texts); {@code storyline evaluate-pairs --write-model}
 * refits them. The accurate model also scores the pairs its cascade leaves unembedded (see
 * {@link PairScorer#worthEmbedding}), taking a typical cosine for them.
 */
public final class PairModel {
    public static final String FAST_RESOURCE = "/news/storyline/similarity/pair-model.json";
    public static final String ACCURATE_RESOURCE = "/news/storyline/similarity/pair-model-embedded.json";
    /** The penalty the bundled models and the evaluation use. */
    public static final double LAMBDA = 0.01;
    /** A group is fitted only on this many pairs or more; with fewer its pairs go to {@link Group#ANY}. */
    static final int MIN_GROUP_PAIRS = 50;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** How a regression's linear score becomes a rating. */
    public enum Link {
        /** A straight line, clipped to the scale. */
        LINEAR,
        /** A logistic curve from 1 to 4. */
        LOGISTIC;

        double rating(double score) {
            return this == LOGISTIC ? LOWEST + (HIGHEST - LOWEST) * LogisticRegression.sigmoid(score)
                    : Math.max(LOWEST, Math.min(HIGHEST, score));
        }

        /** A rating as the fraction of the scale the logistic fit takes as its target. */
        static double fraction(double rating) {
            return Math.max(0, Math.min(1, (rating - LOWEST) / (HIGHEST - LOWEST)));
        }
    }

    private static final double LOWEST = 1;
    private static final double HIGHEST = 4;

    /** Which of a model's regressions a pair is scored by. */
    public enum Group {
        /**
         * Two texts in scripts without capitals (Arabic, Hebrew, Chinese, Japanese, Korean, Thai, the Indian
         * scripts): scored by the plain TF-IDF cosine of the texts alone, through a curve fitted on all the pairs
         * ({@link #CASELESS_FEATURE}). Their names and places cannot be told by capitals and the embedding model does
         * not read them, and what the other features add, fitted mostly on pairs that have them, cost Arabic more than
         * it gave: on the dev pairs, the ar-ar overall Pearson was 0.526 with all the lexical features against 0.584
         * for the cosine, and the curve over the cosine, fitted on the other languages' pairs only, scored ar-ar
         * 0.588 (geography 0.418 to 0.458, time 0.076 to 0.179, narrative 0.487 to 0.534; entities 0.650 to 0.632).
         */
        CASELESS("caseless"), ENGLISH("en"), CROSS_LANGUAGE("cross"), ANY("any");

        /** Languages written in scripts without capitals, by ISO 639-1 code. */
        private static final java.util.Set<String> CASELESS_LANGUAGES = java.util.Set.of("ar", "fa", "ur", "ps",
                "he", "yi", "zh", "ja", "ko", "th", "lo", "km", "my", "hi", "mr", "ne", "bn", "gu", "pa", "ta", "te",
                "kn", "ml", "si", "am", "ti", "ka");

        private final String key;

        Group(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        /** Whether a pair of these languages (ISO 639-1 codes, or null) belongs to this group. */
        boolean holds(String language1, String language2) {
            return switch (this) {
                case CASELESS -> CASELESS_LANGUAGES.contains(primary(language1))
                        && CASELESS_LANGUAGES.contains(primary(language2));
                case ENGLISH -> "en".equals(norm(language1)) && "en".equals(norm(language2));
                case CROSS_LANGUAGE -> norm(language1) != null && norm(language2) != null
                        && !PairFeatures.sameLanguage(language1, language2);
                case ANY -> true;
            };
        }

        private static String norm(String language) {
            return language == null || language.isBlank() || language.equals("und") ? null
                    : language.strip().toLowerCase(java.util.Locale.ROOT);
        }

        /** "zh-CN" and "zh_TW" as "zh". */
        private static String primary(String language) {
            String code = norm(language);
            if (code == null) {
                return "";
            }
            int cut = code.indexOf('-') >= 0 ? code.indexOf('-') : code.indexOf('_');
            return cut > 0 ? code.substring(0, cut) : code;
        }
    }

    /** The one feature the {@link Group#CASELESS} curve reads, as it is (not its square root). */
    static final String CASELESS_FEATURE = "bodyCosine";
    /** The feature the English group leaves out (see {@link #inputs(Group, List, double[])}). */
    static final String LETTER_FEATURE = "letterCosine";

    private final List<String> features;
    private final Link link;
    private final Map<Group, Map<Dimension, RidgeRegression.Fit>> fits;
    /**
     * For a model with the embedding cosine, per group: the cosine taken for a pair whose texts the cascade did not
     * embed (the lexical model called it clearly two stories), the mean over such pairs of the group in the fit. Per
     * group, since the English model's cosine of two unrelated texts in another language is higher than of two in
     * English. Scoring those pairs with the lexical model instead would mix two models' scales: on the dev pairs
     * that cost en-en style 0.47 → 0.20.
     */
    private final Map<Group, Double> skippedCosine;

    public PairModel(List<String> features, Link link, Map<Group, Map<Dimension, RidgeRegression.Fit>> fits) {
        this(features, link, fits, Map.of());
    }

    private PairModel(List<String> features, Link link, Map<Group, Map<Dimension, RidgeRegression.Fit>> fits,
                      Map<Group, Double> skippedCosine) {
        if (!fits.containsKey(Group.ANY)) {
            throw new IllegalArgumentException("a model needs the group " + Group.ANY.key());
        }
        fits.forEach((group, byDimension) -> {
            if (!byDimension.keySet().containsAll(List.of(Dimension.values()))) {
                throw new IllegalArgumentException("group " + group.key() + " lacks a dimension: "
                        + byDimension.keySet());
            }
        });
        this.features = List.copyOf(features);
        this.link = link;
        this.fits = new EnumMap<>(fits);
        this.skippedCosine = Map.copyOf(skippedCosine);
    }

    /** This model, taking these embedding cosines (per group) for pairs the cascade left unembedded. */
    public PairModel withSkippedCosine(Map<Group, Double> cosines) {
        return new PairModel(features, link, fits, cosines);
    }

    /** The groups this model has fits for. */
    public java.util.Set<Group> groups() {
        return fits.keySet();
    }

    /** Whether this model reads the embedding cosine. */
    public boolean embedded() {
        return features.contains("embeddingCosine");
    }

    /** The bundled lexical model (the fast configuration). */
    public static PairModel fast() {
        return read(FAST_RESOURCE, PairFeatures.NAMES);
    }

    /** The bundled model with the embedding cosine (the default, accurate configuration). */
    public static PairModel accurate() {
        return read(ACCURATE_RESOURCE, PairFeatures.EMBEDDED_NAMES);
    }

    private static PairModel read(String resource, List<String> expected) {
        try (InputStream in = PairModel.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            PairModel model = read(JSON.readTree(in));
            if (!model.features.equals(expected)) {
                throw new IllegalStateException(resource + ": features " + model.features + " differ from "
                        + expected);
            }
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How this model's scores become ratings. */
    public Link link() {
        return link;
    }

    /** The features this model reads, in order. */
    public List<String> features() {
        return features;
    }

    /**
     * Fits every dimension of every group that has enough pairs.
     *
     * @param names     the features of each row, in order
     * @param rows      feature rows (as {@link PairFeatures#values()})
     * @param languages each row's two languages
     * @param groups    the groups to fit besides {@link Group#ANY}
     */
    public static PairModel fit(List<String> names, double[][] rows, List<String[]> languages,
                                Map<Dimension, double[]> gold, List<Group> groups, double lambda) {
        var fits = new EnumMap<Group, Map<Dimension, RidgeRegression.Fit>>(Group.class);
        for (Group group : Group.values()) {
            if (group != Group.ANY && !groups.contains(group)) {
                continue;
            }
            var members = new ArrayList<Integer>();
            for (int i = 0; i < rows.length; i++) {
                // The caseless curve is fitted on every pair: it reads one feature that every pair has.
                if (group == Group.CASELESS || group.holds(languages.get(i)[0], languages.get(i)[1])) {
                    members.add(i);
                }
            }
            if (group != Group.ANY && members.size() < MIN_GROUP_PAIRS) {
                continue;
            }
            double[][] inputs = members.stream().map(i -> inputs(group, names, rows[i])).toArray(double[][]::new);
            double[] equal = new double[inputs.length];
            java.util.Arrays.fill(equal, 1);
            var byDimension = new EnumMap<Dimension, RidgeRegression.Fit>(Dimension.class);
            gold.forEach((dimension, y) -> byDimension.put(dimension, LogisticRegression.fit(inputs,
                    members.stream().mapToDouble(i -> Link.fraction(y[i])).toArray(), equal, lambda)));
            fits.put(group, byDimension);
        }
        return new PairModel(names, Link.LOGISTIC, fits);
    }

    /**
     * The groups worth fitting for these features besides {@link Group#ANY}: cross-language always; English only with
     * the embedding, the one feature that reads English better than other languages.
     */
    public static List<Group> groupsFor(List<String> features) {
        // The accurate model never scores a caseless pair: the embedding model does not read its texts, and the
        // lexical model does.
        return features.contains("embeddingCosine") ? List.of(Group.ENGLISH, Group.CROSS_LANGUAGE)
                : List.of(Group.CASELESS, Group.CROSS_LANGUAGE);
    }

    /** The group a pair of these languages is scored by in this model. */
    public Group groupOf(String language1, String language2) {
        for (Group group : Group.values()) {
            if (fits.containsKey(group) && group.holds(language1, language2)) {
                return group;
            }
        }
        return Group.ANY;
    }

    /**
     * The score of one dimension, 1 (very similar) ... 4 (very dissimilar).
     *
     * @param values the pair's feature values, in the order of {@link #features()}
     */
    public double score(Dimension dimension, double[] values, String language1, String language2) {
        Group group = groupOf(language1, language2);
        if (embedded() && values.length == features.size() - 1 && skippedCosine.containsKey(group)) {
            // A pair the cascade did not embed: the lexical values, and the cosine of such pairs.
            values = java.util.Arrays.copyOf(values, features.size());
            values[values.length - 1] = skippedCosine.get(group);
        }
        if (values.length != features.size()) {
            throw new IllegalArgumentException(values.length + " feature values for a model of " + features.size());
        }
        var fit = fits.get(group).get(dimension);
        return link.rating(fit.predict(inputs(group, features, values)));
    }

    /**
     * The regression's inputs: square roots of the lexical similarities and overlaps. Ratings fall steeply over the
     * first small cosines and flatten above, so the root is nearer a straight line to them (on the dev pairs it lifted
     * cross-validated Pearson by about 0.02 in every language). The length ratio, the language match and the
     * embedding cosine (which spreads over 0.5 ... 1 already, nearly linear to the ratings) stay as they are.
     */
    static double[] inputs(Group group, List<String> names, double[] features) {
        if (group == Group.ENGLISH) {
            // Runs of letters are for what analysed words miss, inflections and two languages' shared roots; English
            // pairs are analysed with one stemmer, and there they only repeat the words: fitted on the 175 English dev
            // pairs, the column cost their overall 0.001 to 0.004 on each of four fold seeds. A constant column weighs
            // nothing.
            double[] inputs = inputs(names, features);
            int letters = names.indexOf(LETTER_FEATURE);
            if (letters >= 0) {
                inputs[letters] = 0;
            }
            return inputs;
        }
        if (group != Group.CASELESS) {
            return inputs(names, features);
        }
        // The cosine alone, as it is; the other columns constant, so that they weigh nothing.
        double[] inputs = new double[features.length];
        int cosine = names.indexOf(CASELESS_FEATURE);
        inputs[cosine] = features[cosine];
        return inputs;
    }

    static double[] inputs(List<String> names, double[] features) {
        double[] inputs = features.clone();
        for (int i = 0; i < inputs.length; i++) {
            String name = names.get(i);
            if (!name.equals("lengthRatio") && !name.equals("sameLanguage") && !name.equals("embeddingCosine")) {
                inputs[i] = Math.sqrt(Math.max(0, inputs[i]));
            }
        }
        return inputs;
    }

    public ObjectNode toJson(String fittedOn) {
        ObjectNode root = JSON.createObjectNode();
        root.put("fittedOn", fittedOn);
        root.put("lambda", LAMBDA);
        root.put("link", link.name().toLowerCase(java.util.Locale.ROOT));
        var names = root.putArray("features");
        features.forEach(names::add);
        ObjectNode groups = root.putObject("groups");
        fits.forEach((group, byDimension) -> {
            ObjectNode dims = groups.putObject(group.key());
            if (skippedCosine.containsKey(group)) {
                dims.put("skippedEmbeddingCosine", round(skippedCosine.get(group)));
            }
            byDimension.forEach((dimension, fit) -> fit.writeTo(dims.putObject(dimension.key())));
        });
        return root;
    }

    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }

    static PairModel read(JsonNode root) {
        List<String> names = new ArrayList<>();
        root.get("features").forEach(n -> names.add(n.asText()));
        var fits = new EnumMap<Group, Map<Dimension, RidgeRegression.Fit>>(Group.class);
        var skipped = new EnumMap<Group, Double>(Group.class);
        for (Group group : Group.values()) {
            JsonNode g = root.path("groups").get(group.key());
            if (g == null) {
                continue;
            }
            if (g.has("skippedEmbeddingCosine")) {
                skipped.put(group, g.get("skippedEmbeddingCosine").asDouble());
            }
            var byDimension = new EnumMap<Dimension, RidgeRegression.Fit>(Dimension.class);
            for (Dimension dimension : Dimension.values()) {
                byDimension.put(dimension, RidgeRegression.Fit.readFrom(g.get(dimension.key()), names.size()));
            }
            fits.put(group, byDimension);
        }
        Link link = root.has("link") ? Link.valueOf(root.get("link").asText().toUpperCase(java.util.Locale.ROOT))
                : Link.LINEAR;
        return new PairModel(names, link, fits, skipped);
    }
}
