package news.storyline.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The labelled set itself: it reads, its spans are the text, and each type carries what it is scored on. */
class FactLabelledSetTest {

    private final List<LabelledFacts.Article> articles = LabelledFacts.bundled();

    @Test
    void holdsBothCorporaAndEveryScoredType() {
        assertTrue(articles.stream().filter(a -> a.corpus().equals("wikinews")).count() >= 12);
        assertTrue(articles.stream().filter(a -> a.corpus().equals("ecbplus")).count() >= 12);
        Map<FactType, Integer> counts = new EnumMap<>(FactType.class);
        articles.forEach(a -> a.gold().forEach(f -> counts.merge(f.type(), 1, Integer::sum)));
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        assertTrue(total >= 250 && total <= 400, "facts: " + counts);
        for (FactType type : List.of(FactType.QUANTITY, FactType.DISTANCE, FactType.DATE, FactType.ATTRIBUTION,
                FactType.QUOTE)) {
            assertTrue(counts.getOrDefault(type, 0) > 0, type + " missing: " + counts);
        }
        assertFalse(counts.containsKey(FactType.ATTRIBUTE));
    }

    @Test
    void everyFactCarriesWhatItIsScoredOn() {
        Set<String> ids = new HashSet<>();
        for (LabelledFacts.Article a : articles) {
            assertTrue(ids.add(a.id()), "duplicate article " + a.id());
            assertFalse(a.text().isBlank());
            for (Fact f : a.gold()) {
                assertEquals(f.text(), a.text().substring(f.start(), f.end()));
                switch (f.type()) {
                    case QUANTITY -> assertNotNull(f.value(), f.text());
                    case DISTANCE -> {
                        assertNotNull(f.value(), f.text());
                        assertNotNull(f.subject(), f.text());
                    }
                    case DATE -> {
                        assertNotNull(f.from(), f.text());
                        assertFalse(f.to().isBefore(f.from()), f.text());
                    }
                    case ATTRIBUTION -> assertTrue(f.text().toLowerCase().contains(f.speaker().toLowerCase()),
                            a.id() + ": " + f.text());
                    case QUOTE -> assertTrue(f.text().length() > 2, f.text());
                    default -> throw new AssertionError("unexpected type " + f.type());
                }
            }
        }
    }

    @Test
    void scoringTheGoldAgainstItselfIsPerfect() {
        FactScores scores = new FactScores();
        articles.forEach(a -> scores.add(a.gold(), a.gold()));
        for (FactScores.TypeScore s : scores.scored()) {
            assertEquals(1.0, s.precision(), s.type().toString());
            assertEquals(1.0, s.recall(), s.type().toString());
        }
    }
}
