package news.storyline.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PairModelTest {
    @Test
    void bundledModelsReadTheirFeaturesAndRouteLanguagesToTheirGroups() {
        PairModel fast = PairModel.fast();
        PairModel accurate = PairModel.accurate();
        assertThat(fast.features()).isEqualTo(PairFeatures.NAMES);
        assertThat(accurate.features()).isEqualTo(PairFeatures.EMBEDDED_NAMES);

        assertThat(accurate.groupOf("en", "en")).isEqualTo(PairModel.Group.ENGLISH);
        assertThat(accurate.groupOf("de", "en")).isEqualTo(PairModel.Group.CROSS_LANGUAGE);
        assertThat(accurate.groupOf("de", "de")).isEqualTo(PairModel.Group.ANY);
        assertThat(accurate.groupOf("en", null)).isEqualTo(PairModel.Group.ANY);
        // The lexical model reads English no better than other languages: it has no English group.
        assertThat(fast.groupOf("en", "en")).isEqualTo(PairModel.Group.ANY);
        assertThat(fast.groupOf("tr", "en")).isEqualTo(PairModel.Group.CROSS_LANGUAGE);
        // Two texts in scripts without capitals: the lexical model's curve over the text cosine alone.
        assertThat(fast.groupOf("ar", "ar")).isEqualTo(PairModel.Group.CASELESS);
        assertThat(fast.groupOf("zh-CN", "ja")).isEqualTo(PairModel.Group.CASELESS);
        assertThat(fast.groupOf("ar", "en")).isEqualTo(PairModel.Group.CROSS_LANGUAGE);
    }

    @Test
    void aCaselessPairIsScoredByItsTextCosineAloneAndTheMoreAlikeTheHigherIt() {
        PairModel fast = PairModel.fast();
        int cosine = PairFeatures.NAMES.indexOf("bodyCosine");
        int names = PairFeatures.NAMES.indexOf("sharedNames");
        double[] related = new double[PairFeatures.NAMES.size()];
        related[cosine] = 0.6;
        double[] unrelated = related.clone();
        unrelated[cosine] = 0.05;
        double[] withNames = related.clone();
        withNames[names] = 1;

        double near = fast.score(Dimension.OVERALL, related, "ar", "ar");
        assertThat(near).isLessThan(fast.score(Dimension.OVERALL, unrelated, "ar", "ar"));
        // Names say nothing there (none are told by capitals), so they move nothing.
        assertThat(fast.score(Dimension.OVERALL, withNames, "ar", "ar")).isEqualTo(near);
        // In a language with capitals the same values are read by the general fit, names and all.
        assertThat(fast.score(Dimension.OVERALL, withNames, "de", "de"))
                .isNotEqualTo(fast.score(Dimension.OVERALL, related, "de", "de"));
    }

    @Test
    void runsOfLettersTellTwoLanguagesApartButAreLeftOutOfTheEnglishGroup() {
        PairModel accurate = PairModel.accurate();
        int letters = PairFeatures.EMBEDDED_NAMES.indexOf("letterCosine");
        double[] values = new double[PairFeatures.EMBEDDED_NAMES.size()];
        values[PairFeatures.EMBEDDED_NAMES.indexOf("bodyCosine")] = 0.2;
        values[PairFeatures.EMBEDDED_NAMES.indexOf("embeddingCosine")] = 0.8;
        double[] sharingRuns = values.clone();
        sharingRuns[letters] = 0.6;

        // Across two languages the runs the texts share (names, numbers, common roots) say they are more alike.
        assertThat(accurate.score(Dimension.OVERALL, sharingRuns, "de", "en"))
                .isLessThan(accurate.score(Dimension.OVERALL, values, "de", "en"));
        // Two English texts are analysed with one stemmer, and the runs only repeat their words.
        assertThat(accurate.score(Dimension.OVERALL, sharingRuns, "en", "en"))
                .isEqualTo(accurate.score(Dimension.OVERALL, values, "en", "en"));
    }

    @Test
    void anEnglishGroupOfAModelWithoutRunsOfLettersIsFittedAndScoresAsItsFeaturesSay() {
        PairModel model = fittedOnALine(2 * PairModel.MIN_GROUP_PAIRS + 40, 5,
                i -> i % 2 == 0 ? new String[] {"en", "en"} : new String[] {"de", "de"});
        assertThat(model.groupOf("en", "en")).isEqualTo(PairModel.Group.ENGLISH);
        assertThat(model.score(Dimension.OVERALL, new double[] {1, 1}, "en", "en"))
                .isLessThan(model.score(Dimension.OVERALL, new double[] {0, 0.5}, "en", "en"));
    }

    /**
     * A model of a text cosine and an embedding cosine fitted on {@code n} pairs whose ratings follow them on a line
     * (very similar 1, unrelated 4), the i-th pair of the languages given.
     */
    private static PairModel fittedOnALine(int n, long seed, java.util.function.IntFunction<String[]> languageOf) {
        List<String> names = List.of("bodyCosine", "embeddingCosine");
        var random = new Random(seed);
        var rows = new ArrayList<double[]>();
        var languages = new ArrayList<String[]>();
        double[] overall = new double[n];
        for (int i = 0; i < n; i++) {
            double similar = random.nextDouble();
            rows.add(new double[] {similar * similar, 0.5 + similar / 2});
            languages.add(languageOf.apply(i));
            overall[i] = 4 - 3 * similar;
        }
        var gold = new EnumMap<Dimension, double[]>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            gold.put(d, overall);
        }
        return PairModel.fit(names, rows.toArray(double[][]::new), languages, gold, PairModel.groupsFor(names),
                PairModel.LAMBDA);
    }

    @Test
    void aGroupWithTooFewPairsIsLeftToTheGeneralFit() {
        // Few English pairs: fewer than a group needs.
        PairModel model = fittedOnALine(200, 3,
                i -> i < PairModel.MIN_GROUP_PAIRS - 1 ? new String[] {"en", "en"} : new String[] {"de", "de"});
        assertThat(model.groupOf("en", "en")).isEqualTo(PairModel.Group.ANY);
        // A near-perfect linear relation is learnt: very similar near 1, unrelated near 4.
        assertThat(model.score(Dimension.OVERALL, new double[] {1, 1}, "en", "en")).isLessThan(1.3);
        assertThat(model.score(Dimension.OVERALL, new double[] {0, 0.5}, "de", "de")).isGreaterThan(3.7);

        PairModel reread = PairModel.read(model.toJson("test"));
        assertThat(reread.score(Dimension.TONE, new double[] {0.3, 0.7}, "de", "de"))
                .isEqualTo(model.score(Dimension.TONE, new double[] {0.3, 0.7}, "de", "de"),
                        org.assertj.core.data.Offset.offset(1e-4));
        assertThat(reread.link()).isEqualTo(PairModel.Link.LOGISTIC);
        assertThatThrownBy(() -> model.score(Dimension.OVERALL, new double[] {0.3}, "de", "de"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 feature values");
    }

    @Test
    void theLogisticLinkKeepsScoresOnTheScaleAndFlattensAtItsEnds() {
        List<String> names = List.of("embeddingCosine");
        var random = new Random(5);
        int n = 400;
        double[][] rows = new double[n][];
        var languages = new ArrayList<String[]>();
        double[] overall = new double[n];
        for (int i = 0; i < n; i++) {
            double cosine = random.nextDouble();
            rows[i] = new double[] {cosine};
            languages.add(new String[] {"de", "de"});
            // Ratings as annotators give them: most pairs at an end of the scale, a steep middle.
            overall[i] = cosine > 0.6 ? 1 : cosine < 0.4 ? 4 : 4 - 3 * (cosine - 0.4) / 0.2;
        }
        var gold = new EnumMap<Dimension, double[]>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            gold.put(d, overall);
        }
        PairModel model = PairModel.fit(names, rows, languages, gold, List.of(), PairModel.LAMBDA);
        assertThat(model.link()).isEqualTo(PairModel.Link.LOGISTIC);
        double[] scores = java.util.stream.DoubleStream.of(-5, 0, 0.3, 0.5, 0.7, 1, 6)
                .map(c -> model.score(Dimension.OVERALL, new double[] {c}, "de", "de")).toArray();
        for (double s : scores) {
            assertThat(s).isBetween(1.0, 4.0);
        }
        for (int i = 1; i < scores.length; i++) {
            assertThat(scores[i]).isLessThan(scores[i - 1]);
        }
        // The middle of the scale where the ratings cross it, the ends near the ratings there.
        assertThat(scores[3]).isBetween(2.0, 3.0);
        assertThat(scores[2]).isGreaterThan(3.3);
        assertThat(scores[4]).isLessThan(1.7);
    }

    @Test
    void aModelWrittenBeforeTheLinkIsReadAsAClippedLine() throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree("""
                {"features": ["x"], "groups": {"any": {%s}}}""".formatted(java.util.Arrays.stream(Dimension.values())
                .map(d -> "\"" + d.key() + "\": {\"intercept\": 2.5, \"weights\": [1], \"means\": [0], \"scales\": [1]}")
                .collect(java.util.stream.Collectors.joining(", "))));
        PairModel old = PairModel.read(json);
        assertThat(old.link()).isEqualTo(PairModel.Link.LINEAR);
        assertThat(old.score(Dimension.OVERALL, new double[] {1}, null, null)).isEqualTo(3.5);
        assertThat(old.score(Dimension.OVERALL, new double[] {9}, null, null)).isEqualTo(4.0);
    }

    @Test
    void aModelWithoutItsGeneralGroupIsRefused() {
        assertThatThrownBy(() -> new PairModel(List.of("x"), PairModel.Link.LOGISTIC, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("any");
    }
}
