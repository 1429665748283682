package news.storyline.story;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import news.storyline.similarity.LogisticRegression;
import news.storyline.similarity.RidgeRegression;

/**
 * The learned part of story clustering: a logistic regression from {@link StoryFeatures} to the probability that
 * an article belongs to a candidate story, the probability above which it joins its best candidate rather than
 * start a story, and the one above which a second candidate is taken to be the same story and merged.
 *
 <p>Two models are bundled: the fast configuration's over the {@link StoryFeatures#LEXICAL} features, and the
 * default configuration's over all of {@link StoryFeatures#NAMES}, sentence-embedding cosines included. Their numbers
 * were fitted by replaying the ECB+ and AllSides train splits with their gold stories ({@code StoryModelRefit}, in
 * storyline-cli's test scope, which has the embedder); the resources hold coefficients only, never texts.
 *
 * @param fit          the regression over the model's features: the first {@code fit.weights().length} of
 *                     {@link StoryFeatures#NAMES}
 * @param windowGrowth how much longer a story stays active per doubling of its independent reports, in windows
 *                     (0: every story leaves one window after its last dated report; see
 *                     {@link StoryClusterer#activeWindow})
 */
public record StoryModel(RidgeRegression.Fit fit, double joinThreshold, double mergeThreshold, double windowGrowth) {
    public static final String FAST_RESOURCE = "/news/storyline/story/story-model-fast.json";
    public static final String EMBEDDED_RESOURCE = "/news/storyline/story/story-model-embedded.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int TIME = StoryFeatures.NAMES.indexOf("timeDecay");
    private static final int LENGTH = StoryFeatures.NAMES.indexOf("length");
    /** The time feature's value for an undated pair, which the prior leaves as it is. */
    private static final double UNDATED = 1;
    /** Logits per unit of log time decay (exp(-days / 3) in the default week): half a logit per three days. */
    static final double RECENCY_PRIOR = 0.5;

    /** The fast configuration's model: lexical evidence only (and the time prior). */
    public static StoryModel fast() {
        return resource(FAST_RESOURCE);
    }

    /** The default configuration's model: the lexical evidence and the sentence-embedding cosines. */
    public static StoryModel embedded() {
        return resource(EMBEDDED_RESOURCE);
    }

    private static StoryModel resource(String name) {
        try (InputStream in = StoryModel.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return read(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names of the features this model weighs. */
    public List<String> features() {
        return StoryFeatures.NAMES.subList(0, fit.weights().length);
    }

    /** Whether it weighs sentence embeddings (then each article should come with its vector). */
    public boolean usesEmbeddings() {
        return fit.weights().length > StoryFeatures.LEXICAL.size();
    }

    /** The probability that the article of these features belongs to the story. */
    public double probability(double[] features) {
        double[] in = inputs(java.util.Arrays.copyOf(features, fit.weights().length));
        for (int i = 0; i < in.length; i++) {
            if (Double.isNaN(in[i])) {
                // No evidence (StoryFeatures#NO_EVIDENCE): weighed at the mean, so it moves the odds neither way.
                in[i] = fit.means()[i];
            }
        }
        double timeDecay = in[TIME];
        in[TIME] = UNDATED;
        return LogisticRegression.sigmoid(fit.predict(in) + recencyLogits(timeDecay));
    }

    /**
     * The time effect, a prior rather than a fitted weight: an article loses 7/6 of a logit over the story's active
     * window since its last report (with the default week and a story of one report, {@code d / 6} for {@code d}
     * days: a third of one at two days), an undated one nothing.
     *
     * <p>Why not learnt: the training corpora cannot tell it. AllSides is undated, and in ECB+ only the second half
     * of each topic (its "ecbplus" event) carries dates, so "both dated" says "the same half", which says "the same
     * event". A weight fitted there came out backwards: a story last seen a week before gained 5.6 logits over one
     * seen the same day. In a dense dated stream that joins nearly anything that shares a word with an older story:
     * AllSides train given dates (each story on a random day of two months, its reports within two days) fell to
     * B-cubed precision 0.22 with it. News reports of one story cluster in time, so nearer is never less likely;
     * the slope is mild because follow-ups days later are common and the active window already cuts off the old.
     */
    static double recencyLogits(double timeDecay) {
        return RECENCY_PRIOR * Math.log(Math.max(timeDecay, 1e-12));
    }

    public StoryModel withThresholds(double join, double merge) {
        return new StoryModel(fit, join, merge, windowGrowth);
    }

    public StoryModel withWindowGrowth(double growth) {
        return new StoryModel(fit, joinThreshold, mergeThreshold, growth);
    }

    /**
     * Fits the coefficients on (article, candidate story) feature rows and whether the article joined it.
     *
     * @param withEmbeddings whether to weigh the embedding features (the default configuration) or the lexical
     *                       ones alone (the fast configuration)
     */
    public static StoryModel fit(double[][] features, boolean[] joined, double[] rowWeights, double lambda,
                                 boolean withEmbeddings, double join, double merge) {
        int k = withEmbeddings ? StoryFeatures.NAMES.size() : StoryFeatures.LEXICAL.size();
        double[][] inputs = new double[features.length][];
        for (int i = 0; i < features.length; i++) {
            inputs[i] = inputs(java.util.Arrays.copyOf(features[i], k));
            // The time effect is the fixed prior of recencyLogits, never fitted: a constant column gets no weight.
            inputs[i][TIME] = UNDATED;
        }
        // A value with no evidence behind it is fitted as it is scored, at its column's mean.
        for (int j = 0; j < k; j++) {
            double sum = 0;
            int known = 0;
            for (double[] row : inputs) {
                if (!Double.isNaN(row[j])) {
                    sum += row[j];
                    known++;
                }
            }
            for (double[] row : inputs) {
                if (Double.isNaN(row[j])) {
                    row[j] = known == 0 ? 0 : sum / known;
                }
            }
        }
        return new StoryModel(LogisticRegression.fit(inputs, joined, rowWeights, lambda), join, merge, 0);
    }

    /**
     * Square roots of the lexical similarities: the odds of belonging rise steeply over the first small cosines and
     * flatten above (as pair ratings do, see PairModel), which the root makes nearer a straight line. Embedding
     * cosines are left as they are: they seldom fall near 0, and unrelated news already sits at 0.4 to 0.6.
     */
    static double[] inputs(double[] features) {
        double[] inputs = features.clone();
        for (int i = 0; i < inputs.length; i++) {
            if (i != TIME && i != LENGTH && i < StoryFeatures.LEXICAL.size()) {
                inputs[i] = Math.sqrt(Math.max(0, inputs[i]));
            }
        }
        return inputs;
    }

    public ObjectNode toJson(String fittedOn) {
        ObjectNode root = JSON.createObjectNode();
        root.put("fittedOn", fittedOn);
        var names = root.putArray("features");
        features().forEach(names::add);
        fit.writeTo(root);
        root.put("joinThreshold", joinThreshold);
        root.put("mergeThreshold", mergeThreshold);
        root.put("windowGrowth", windowGrowth);
        return root;
    }

    static StoryModel read(JsonNode root) {
        List<String> names = new ArrayList<>();
        root.get("features").forEach(n -> names.add(n.asText()));
        if (!names.equals(StoryFeatures.NAMES) && !names.equals(StoryFeatures.LEXICAL)) {
            throw new IllegalStateException("story model features " + names + " are neither " + StoryFeatures.LEXICAL
                    + " nor " + StoryFeatures.NAMES);
        }
        return new StoryModel(RidgeRegression.Fit.readFrom(root, names.size()),
                root.get("joinThreshold").asDouble(), root.get("mergeThreshold").asDouble(),
                root.path("windowGrowth").asDouble(0));
    }
}
