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
 * One ridge regression per dimension from {@link PairFeatures} to the SemEval scale, clipped to 1 ... 4.
 *
 * <p>The bundled coefficients were fitted on the SemEval-2022 Task 8 dev pairs (calibration only: the resource holds
 * numbers, never the texts); {@code storyline evaluate-pairs --write-model} refits them.
 */
public final class PairModel {
    public static final String RESOURCE = "/news/storyline/similarity/pair-model.json";
    /** The penalty the bundled model and the evaluation use. */
    public static final double LAMBDA = 0.01;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final int LENGTH_RATIO = PairFeatures.NAMES.indexOf("lengthRatio");
    private static final int SAME_LANGUAGE = PairFeatures.NAMES.indexOf("sameLanguage");

    private final Map<Dimension, RidgeRegression.Fit> fits;

    public PairModel(Map<Dimension, RidgeRegression.Fit> fits) {
        if (!fits.keySet().containsAll(List.of(Dimension.values()))) {
            throw new IllegalArgumentException("a model needs all seven dimensions, has " + fits.keySet());
        }
        this.fits = new EnumMap<>(fits);
    }

    /** The bundled model. */
    public static PairModel bundled() {
        try (InputStream in = PairModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return read(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fits every dimension on feature rows (as {@link PairFeatures#values()}) and their gold scores. */
    public static PairModel fit(double[][] features, Map<Dimension, double[]> gold, double lambda) {
        double[][] inputs = new double[features.length][];
        for (int i = 0; i < features.length; i++) {
            inputs[i] = inputs(features[i]);
        }
        var fits = new EnumMap<Dimension, RidgeRegression.Fit>(Dimension.class);
        gold.forEach((dimension, y) -> fits.put(dimension, RidgeRegression.fit(inputs, y, lambda)));
        return new PairModel(fits);
    }

    /** The score of one dimension, 1 (very similar) ... 4 (very dissimilar), from {@link PairFeatures#values()}. */
    public double score(Dimension dimension, double[] features) {
        return Math.max(1, Math.min(4, fits.get(dimension).predict(inputs(features))));
    }

    /**
     * The regression's inputs: square roots of the similarities and overlaps. Ratings fall steeply over the first
     * small cosines and flatten above, so the root is nearer a straight line to them (on the dev pairs it lifted
     * cross-validated Pearson by about 0.02 in every language); the length ratio and language match stay as they are.
     */
    static double[] inputs(double[] features) {
        double[] inputs = features.clone();
        for (int i = 0; i < inputs.length; i++) {
            if (i != LENGTH_RATIO && i != SAME_LANGUAGE) {
                inputs[i] = Math.sqrt(Math.max(0, inputs[i]));
            }
        }
        return inputs;
    }

    public ObjectNode toJson(String fittedOn) {
        ObjectNode root = JSON.createObjectNode();
        root.put("fittedOn", fittedOn);
        root.put("lambda", LAMBDA);
        var names = root.putArray("features");
        PairFeatures.NAMES.forEach(names::add);
        ObjectNode dims = root.putObject("dimensions");
        fits.forEach((dimension, fit) -> {
            ObjectNode d = dims.putObject(dimension.key());
            d.put("intercept", round(fit.intercept()));
            var w = d.putArray("weights");
            var m = d.putArray("means");
            var s = d.putArray("scales");
            for (int i = 0; i < fit.weights().length; i++) {
                w.add(round(fit.weights()[i]));
                m.add(round(fit.means()[i]));
                s.add(Double.isInfinite(fit.scales()[i]) ? 0 : round(fit.scales()[i]));
            }
        });
        return root;
    }

    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }

    static PairModel read(JsonNode root) {
        List<String> names = new ArrayList<>();
        root.get("features").forEach(n -> names.add(n.asText()));
        if (!names.equals(PairFeatures.NAMES)) {
            throw new IllegalStateException("pair model features " + names + " differ from " + PairFeatures.NAMES);
        }
        var fits = new EnumMap<Dimension, RidgeRegression.Fit>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            JsonNode d = root.get("dimensions").get(dimension.key());
            int k = names.size();
            double[] w = new double[k];
            double[] m = new double[k];
            double[] s = new double[k];
            for (int i = 0; i < k; i++) {
                w[i] = d.get("weights").get(i).asDouble();
                m[i] = d.get("means").get(i).asDouble();
                double scale = d.get("scales").get(i).asDouble();
                s[i] = scale == 0 ? Double.POSITIVE_INFINITY : scale;
            }
            fits.put(dimension, new RidgeRegression.Fit(d.get("intercept").asDouble(), w, m, s));
        }
        return new PairModel(fits);
    }
}
