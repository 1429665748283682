package news.storyline.facts;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fact extraction measured on the hand-labelled sets (src/test/resources/facts): the dev set and the second to fourth,
 * dates-only dev sets, which the finders were tuned on, the fifth dates-only dev set (its date score printed, no target
 * asserted), and the held-out test set, labelled by someone who never saw the finders or their output and looked at
 * only as a whole. Prints the scores per type for each; asserts the targets (at least 90% of the dates
 * normalised to the right days, quantities and distances at least 90% precise) and recall floors.
 */
@Tag("quality")
class FactExtractionQualityTest {

    static final double DATES_NORMALISED_RIGHT = 0.90;
    static final double PRECISION = 0.90;
    static final double RECALL = 0.60;
    static final FactExtractor EXTRACTOR = new FactExtractor();

    static FactScores score(List<LabelledFacts.Article> articles) {
        FactScores scores = new FactScores();
        for (LabelledFacts.Article a : articles) {
            ArticleFacts found = EXTRACTOR.extract(a.id(), a.text(),
                    new ReferenceDay(a.published(), ReferenceDay.How.PUBLISHED, "published"));
            scores.add(a.gold(), found.facts());
        }
        return scores;
    }

    @Test
    void meetsTheTargetsOnTheDevSet() {
        List<LabelledFacts.Article> articles = LabelledFacts.dev();
        FactScores scores = score(articles);
        System.out.println("Fact extraction, dev set (tuned on), " + articles.size() + " articles:\n"
                + scores.markdownTable());
        scoreDates("dev set's (tuned on)", articles);
        assertTargets(scores, PRECISION, DATES_NORMALISED_RIGHT);
    }

    /** Dates only (the dates sets label nothing else); with -Dfacts.misses=true it lists what went wrong. */
    static FactScores scoreDates(String name, List<LabelledFacts.Article> articles) {
        FactScores scores = new FactScores();
        for (LabelledFacts.Article a : articles) {
            ArticleFacts found = EXTRACTOR.extract(a.id(), a.text(),
                    new ReferenceDay(a.published(), ReferenceDay.How.PUBLISHED, "published"));
            FactScores one = new FactScores().add(a.gold(), found.ofType(FactType.DATE));
            scores.add(a.gold(), found.ofType(FactType.DATE));
            if (Boolean.getBoolean("facts.misses")) {
                // Dev sets only: the held-out set's errors are never listed (see the README).
                one.matches().stream().filter(m -> !m.correct()).forEach(m -> System.out.printf("MISS %s %s (%s) "
                        + "gold %s..%s found %s%n", a.id(), m.gold().text(), a.published(), m.gold().from(),
                        m.gold().to(), m.predicted() == null ? "nothing" : m.predicted().from() + ".."
                        + m.predicted().to() + " '" + m.predicted().text() + "'"));
                one.unmatched().forEach(f -> System.out.printf("EXTRA %s '%s' %s..%s%n", a.id(), f.text(), f.from(),
                        f.to()));
            }
        }
        System.out.println("Dates, " + name + ", " + articles.size() + " articles:\n" + scores.markdownTable());
        return scores;
    }

    static Stream<Arguments> datesDevSets() {
        return Stream.of(Arguments.of("second dev set (tuned on)", LabelledFacts.datesDev2()),
                Arguments.of("third dev set (tuned on)", LabelledFacts.datesDev3()),
                Arguments.of("fourth dev set (tuned on)", LabelledFacts.datesDev4()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datesDevSets")
    void meetsTheDateTargetOnEachDatesDevSet(String name, List<LabelledFacts.Article> articles) {
        FactScores scores = scoreDates(name, articles);
        assertTrue(scores.of(FactType.DATE).normalisedRight() >= DATES_NORMALISED_RIGHT, scores.markdownTable());
    }

    /** The fifth dates dev set: its date score printed, no target asserted on it (see the README). */
    @Test
    void scoresTheFifthDatesDevSet() {
        scoreDates("fifth dev set", LabelledFacts.datesDev5());
    }

    @Test
    void meetsTheTargetsOnTheHeldOutTestSet() {
        List<LabelledFacts.Article> articles = LabelledFacts.test();
        FactScores scores = score(articles);
        System.out.println("Fact extraction, held-out test set, " + articles.size() + " articles:\n"
                + scores.markdownTable());
        // The targets: 0.909 of the held-out dates when last measured (README), one date above 0.90.
        assertTargets(scores, PRECISION, DATES_NORMALISED_RIGHT);
    }

    private static void assertTargets(FactScores scores, double precision, double datesRight) {
        String table = scores.markdownTable();
        FactScores.TypeScore dates = scores.of(FactType.DATE);
        FactScores.TypeScore quantities = scores.of(FactType.QUANTITY);
        FactScores.TypeScore distances = scores.of(FactType.DISTANCE);
        FactScores.TypeScore attributions = scores.of(FactType.ATTRIBUTION);
        assertAll(
                () -> assertTrue(dates.normalisedRight() >= datesRight,
                        "DATE normalised right " + dates.normalisedRight() + "\n" + table),
                () -> assertTrue(quantities.precision() >= precision,
                        "QUANTITY precision " + quantities.precision() + "\n" + table),
                () -> assertTrue(distances.precision() >= precision,
                        "DISTANCE precision " + distances.precision() + "\n" + table),
                () -> assertTrue(quantities.recall() >= RECALL,
                        "QUANTITY recall " + quantities.recall() + "\n" + table),
                () -> assertTrue(dates.recall() >= RECALL, "DATE recall " + dates.recall() + "\n" + table),
                () -> assertTrue(attributions.recall() >= RECALL,
                        "ATTRIBUTION recall " + attributions.recall() + "\n" + table));
    }
}
