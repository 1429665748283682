package news.storyline.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactScoresTest {

    private static Fact fact(FactType type, int start, int end, Double value, String direction, LocalDate from,
                             LocalDate to, String speaker) {
        return new Fact("a", type, "x".repeat(end - start), start, end, "", 0, null, null, value, null, null, null,
                direction, from, to, speaker);
    }

    private static Fact quantity(int start, int end, double value) {
        return fact(FactType.QUANTITY, start, end, value, null, null, null, null);
    }

    private static Fact distance(int start, int end, double km, String direction) {
        return fact(FactType.DISTANCE, start, end, km, direction, null, null, null);
    }

    private static Fact date(int start, int end, String from, String to) {
        return fact(FactType.DATE, start, end, null, null, LocalDate.parse(from), LocalDate.parse(to), null);
    }

    private static Fact attribution(int start, int end, String speaker) {
        return fact(FactType.ATTRIBUTION, start, end, null, null, null, null, speaker);
    }

    private static Fact quote(int start, int end, String speaker) {
        return fact(FactType.QUOTE, start, end, null, null, null, null, speaker);
    }

    @Test
    void countsMatchedAndCorrectQuantities() {
        List<Fact> gold = List.of(quantity(0, 10, 4800), quantity(20, 30, 100));
        List<Fact> predicted = List.of(
                quantity(5, 12, 4810),   // overlaps the first, within 0.5%: correct
                quantity(22, 28, 200),   // overlaps the second, wrong value: matched, not correct
                quantity(40, 45, 7));    // overlaps nothing
        FactScores.TypeScore s = new FactScores().add(gold, predicted).of(FactType.QUANTITY);
        assertEquals(new FactScores.TypeScore(FactType.QUANTITY, 3, 2, 2, 1), s);
        assertEquals(1 / 3.0, s.precision(), 1e-9);
        assertEquals(0.5, s.recall(), 1e-9);
        assertEquals(0.4, s.f1(), 1e-9);
    }

    @Test
    void quantityToleranceIsHalfAPercent() {
        assertTrue(FactScores.agrees(quantity(0, 1, 1000), quantity(0, 1, 1004.9)));
        assertFalse(FactScores.agrees(quantity(0, 1, 1000), quantity(0, 1, 1006)));
        assertFalse(FactScores.agrees(quantity(0, 1, 1000),
                fact(FactType.QUANTITY, 0, 1, null, null, null, null, null)));
    }

    @Test
    void pairsAreTakenByLargestOverlapFirst() {
        Fact a = quantity(0, 10, 1);
        Fact b = quantity(10, 20, 2);
        Fact wide = quantity(5, 18, 2);   // overlaps a by 5 and b by 8: goes to b
        Fact narrow = quantity(0, 4, 1);  // overlaps a by 4
        FactScores scores = new FactScores().add(List.of(a, b), List.of(wide, narrow));
        assertEquals(new FactScores.TypeScore(FactType.QUANTITY, 2, 2, 2, 2), scores.of(FactType.QUANTITY));
        assertSame(narrow, scores.matches().get(0).predicted());
        assertSame(wide, scores.matches().get(1).predicted());
    }

    @Test
    void eachGoldFactIsMatchedOnce() {
        Fact gold = quantity(0, 10, 5);
        Fact first = quantity(0, 10, 5);
        Fact second = quantity(2, 6, 5);
        FactScores scores = new FactScores().add(List.of(gold), List.of(second, first));
        assertEquals(new FactScores.TypeScore(FactType.QUANTITY, 2, 1, 1, 1), scores.of(FactType.QUANTITY));
        assertEquals(0.5, scores.of(FactType.QUANTITY).precision(), 1e-9);
        assertEquals(List.of(second), scores.unmatched());
    }

    @Test
    void onlyFactsOfTheSameTypeMatch() {
        FactScores scores = new FactScores().add(List.of(quantity(0, 10, 2009)),
                List.of(date(0, 10, "2009-01-01", "2009-12-31")));
        assertEquals(new FactScores.TypeScore(FactType.QUANTITY, 0, 1, 0, 0), scores.of(FactType.QUANTITY));
        assertEquals(new FactScores.TypeScore(FactType.DATE, 1, 0, 0, 0), scores.of(FactType.DATE));
        assertEquals(0, scores.of(FactType.QUANTITY).precision());
        assertNull(scores.matches().get(0).predicted());
    }

    @Test
    void datesMustHaveTheSameFirstAndLastDay() {
        List<Fact> gold = List.of(date(0, 9, "2014-06-10", "2014-06-10"), date(20, 30, "2014-06-01", "2014-06-30"),
                date(40, 50, "2014-06-09", "2014-06-09"), date(60, 70, "2013-01-01", "2013-12-31"));
        List<Fact> predicted = List.of(date(3, 9, "2014-06-10", "2014-06-10"),
                date(20, 30, "2014-06-01", "2014-06-01"),  // right start, wrong end
                date(45, 48, "2014-06-09", "2014-06-09"));  // the fourth gold date is missed
        FactScores.TypeScore s = new FactScores().add(gold, predicted).of(FactType.DATE);
        assertEquals(new FactScores.TypeScore(FactType.DATE, 3, 4, 3, 2), s);
        assertEquals(0.5, s.normalisedRight(), 1e-9);
        assertEquals(2 / 3.0, s.precision(), 1e-9);
    }

    @Test
    void distancesWithinAKilometreInTheSameDirection() {
        Fact gold = distance(0, 30, 563.3, "north");
        assertTrue(FactScores.agrees(gold, distance(0, 30, 562.5, "north")));
        assertTrue(FactScores.agrees(gold, distance(0, 30, 563.3, "North")));
        assertFalse(FactScores.agrees(gold, distance(0, 30, 561.0, "north")));
        assertFalse(FactScores.agrees(gold, distance(0, 30, 563.3, "northwest")));
        assertFalse(FactScores.agrees(gold, distance(0, 30, 563.3, null)));
        assertTrue(FactScores.agrees(distance(0, 30, 20, null), distance(0, 30, 20.4, null)));
        assertTrue(FactScores.agrees(distance(0, 30, 22.5, "north-northeast"),
                distance(0, 30, 22.5, "north - northeast")));
    }

    @Test
    void attributionSpeakersMustOverlap() {
        Fact gold = attribution(0, 40, "an interior ministry official");
        assertTrue(FactScores.agrees(gold, attribution(0, 40, "An Interior Ministry official")));
        assertTrue(FactScores.agrees(gold, attribution(0, 40, "official")));
        assertTrue(FactScores.agrees(gold, attribution(0, 40, "an interior ministry official in Baghdad")));
        assertFalse(FactScores.agrees(gold, attribution(0, 40, "police")));
        assertFalse(FactScores.agrees(gold, attribution(0, 40, null)));
    }

    @Test
    void quotesNeedOnlyOverlap() {
        FactScores scores = new FactScores().add(List.of(quote(10, 50, "Jobs")), List.of(quote(12, 30, null)));
        assertEquals(new FactScores.TypeScore(FactType.QUOTE, 1, 1, 1, 1), scores.of(FactType.QUOTE));
    }

    @Test
    void scoresAddUpOverArticlesAndTheTableLeavesOutTypesWithoutGold() {
        FactScores scores = new FactScores()
                .add(List.of(quantity(0, 5, 3)), List.of(quantity(0, 5, 3)))
                .add(List.of(quantity(0, 5, 4), attribution(10, 20, "police")), List.of());
        assertEquals(new FactScores.TypeScore(FactType.QUANTITY, 1, 2, 1, 1), scores.of(FactType.QUANTITY));
        String table = scores.markdownTable();
        assertTrue(table.contains("| QUANTITY | 1 | 2 | 1 | 1 | 1.000 | 0.500 | 0.667 | - |"), table);
        assertTrue(table.contains("| ATTRIBUTION | 0 | 1 | 0 | 0 | 0.000 | 0.000 | 0.000 | - |"), table);
        assertFalse(table.contains("DATE"), table);
        assertFalse(table.contains("ATTRIBUTE |"), table);
        assertEquals(4, table.lines().count());
    }
}
