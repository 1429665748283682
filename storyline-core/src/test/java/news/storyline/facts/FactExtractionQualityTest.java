package news.storyline.facts;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The quality targets, measured on the hand-labelled set (src/test/resources/facts): at least 90% of the
 * dates normalised to the right days, quantities and distances at least 90% precise, and quantities, dates and
 * attributions each found at least 60% of the time. Prints the table of scores per type.
 */
@Tag("quality")
class FactExtractionQualityTest {

    static final double DATES_NORMALISED_RIGHT = 0.90;
    static final double PRECISION = 0.90;
    static final double RECALL = 0.60;

    @Test
    void meetsTheTargetsOnTheLabelledSet() {
        List<LabelledFacts.Article> articles = LabelledFacts.bundled();
        FactExtractor extractor = new FactExtractor();
        FactScores scores = new FactScores();
        for (LabelledFacts.Article a : articles) {
            ArticleFacts found = extractor.extract(a.id(), a.text(),
                    new ReferenceDay(a.published(), ReferenceDay.How.PUBLISHED, "published"));
            scores.add(a.gold(), found.facts());
        }
        String table = scores.markdownTable();
        System.out.println("Fact extraction on " + articles.size() + " labelled articles:\n" + table);

        FactScores.TypeScore dates = scores.of(FactType.DATE);
        FactScores.TypeScore quantities = scores.of(FactType.QUANTITY);
        FactScores.TypeScore distances = scores.of(FactType.DISTANCE);
        FactScores.TypeScore attributions = scores.of(FactType.ATTRIBUTION);
        assertAll(
                () -> assertTrue(dates.normalisedRight() >= DATES_NORMALISED_RIGHT,
                        "DATE normalised right " + dates.normalisedRight() + "\n" + table),
                () -> assertTrue(quantities.precision() >= PRECISION,
                        "QUANTITY precision " + quantities.precision() + "\n" + table),
                () -> assertTrue(distances.precision() >= PRECISION,
                        "DISTANCE precision " + distances.precision() + "\n" + table),
                () -> assertTrue(quantities.recall() >= RECALL,
                        "QUANTITY recall " + quantities.recall() + "\n" + table),
                () -> assertTrue(dates.recall() >= RECALL, "DATE recall " + dates.recall() + "\n" + table),
                () -> assertTrue(attributions.recall() >= RECALL,
                        "ATTRIBUTION recall " + attributions.recall() + "\n" + table));
    }
}
