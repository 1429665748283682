package news.storyline.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class StoryModelTest {
    private static final int TIME = StoryFeatures.NAMES.indexOf("timeDecay");
    private static final double[] DAYS_APART = {0, 0.25, 1, 2, 3, 5, 7, 14};

    /** Features of a plausible candidate: every similarity in [0, 0.8], the length anywhere. */
    private static double[] candidate(Random random) {
        double[] features = new double[StoryFeatures.NAMES.size()];
        for (int i = 0; i < features.length; i++) {
            features[i] = random.nextDouble() * 0.8;
        }
        return features;
    }

    private static double[] apart(double[] features, double days) {
        double[] at = features.clone();
        java.time.Instant lastSeen = java.time.Instant.EPOCH.plusSeconds((long) (days * 86_400));
        at[TIME] = StoryFeatures.timeDecay(lastSeen.plusSeconds((long) (days * 86_400)), lastSeen, lastSeen,
                StoryClusterer.DEFAULT_WINDOW);
        return at;
    }

    @Test
    void aStoryLastSeenLongerAgoIsNeverLikelierToTakeTheArticle() {
        var random = new Random(3);
        for (StoryModel model : new StoryModel[] {StoryModel.fast(), StoryModel.embedded()}) {
            for (int trial = 0; trial < 200; trial++) {
                double[] features = candidate(random);
                double previous = 1;
                for (double days : DAYS_APART) {
                    double p = model.probability(apart(features, days));
                    assertThat(p).as("%s days apart", days).isLessThanOrEqualTo(previous);
                    previous = p;
                }
                // A week apart costs the prior's 7/6 of a logit against the same instant.
                double near = model.probability(apart(features, 0));
                double week = model.probability(apart(features, 7));
                assertThat(logit(near) - logit(week)).isCloseTo(7.0 / 6, org.assertj.core.data.Offset.offset(1e-6));
            }
        }
    }

    @Test
    void anUndatedPairWeighsAsTwoReportsOfTheSameMoment() {
        double[] features = candidate(new Random(5));
        features[TIME] = StoryFeatures.timeDecay(null, java.time.Instant.EPOCH, java.time.Instant.EPOCH,
                StoryClusterer.DEFAULT_WINDOW);
        assertThat(StoryModel.fast().probability(features))
                .isEqualTo(StoryModel.fast().probability(apart(features, 0)));
    }

    /**
     * Training rows where the time feature alone separates the labels, as ECB+'s dated half did: the fit must still
     * learn nothing from it, since the corpora cannot say how time should count.
     */
    @Test
    void theFitLearnsNoTimeWeightEvenWhenTimeSeparatesTheRows() {
        var random = new Random(11);
        int n = 400;
        double[][] rows = new double[n][];
        boolean[] joined = new boolean[n];
        double[] weights = new double[n];
        for (int r = 0; r < n; r++) {
            rows[r] = candidate(random);
            joined[r] = r % 2 == 0;
            rows[r][TIME] = joined[r] ? 0.1 : 1;   // the joined ones far apart, as the backwards weight had it
            weights[r] = 1;
        }
        StoryModel model = StoryModel.fit(rows, joined, weights, 0.001, false, 0.5, 2);
        assertThat(model.fit().weights()[TIME]).isZero();
        double[] features = candidate(random);
        assertThat(model.probability(apart(features, 7))).isLessThan(model.probability(apart(features, 0)));
    }

    private static double logit(double p) {
        return Math.log(p / (1 - p));
    }
}
