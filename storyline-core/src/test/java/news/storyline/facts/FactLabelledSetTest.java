package news.storyline.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The labelled sets themselves, the dev set, the held-out test set and the second to fifth dev sets for dates: each
 * reads, its spans are the text, and each type carries what it is scored on; no two share an article; the dates sets
 * hold dates only.
 */
class FactLabelledSetTest {

    private static List<LabelledFacts.Article> set(String name) {
        return switch (name) {
            case "test" -> LabelledFacts.test();
            case "dates-dev2" -> LabelledFacts.datesDev2();
            case "dates-dev3" -> LabelledFacts.datesDev3();
            case "dates-dev4" -> LabelledFacts.datesDev4();
            case "dates-dev5" -> LabelledFacts.datesDev5();
            default -> LabelledFacts.dev();
        };
    }

    @Test
    void bundledIsTheDevSet() {
        assertEquals(LabelledFacts.dev().stream().map(LabelledFacts.Article::id).toList(),
                LabelledFacts.bundled().stream().map(LabelledFacts.Article::id).toList());
    }

    /** The sets in the order they were made: each was drawn from articles none of the earlier ones holds. */
    private static final List<String> IN_ORDER = List.of("dev", "test", "dates-dev2", "dates-dev3", "dates-dev4",
            "dates-dev5");

    @ParameterizedTest
    @ValueSource(strings = {"test", "dates-dev2", "dates-dev3", "dates-dev4", "dates-dev5"})
    void aSetSharesNoArticleWithTheSetsMadeBeforeIt(String name) {
        Set<String> ids = new HashSet<>();
        Set<String> texts = new HashSet<>();
        for (String earlier : IN_ORDER.subList(0, IN_ORDER.indexOf(name))) {
            for (LabelledFacts.Article a : set(earlier)) {
                ids.add(a.id());
                texts.add(a.text());
            }
        }
        for (LabelledFacts.Article a : set(name)) {
            assertFalse(ids.contains(a.id()), a.id());
            assertFalse(texts.contains(a.text()), a.id());
        }
    }

    // The fourth set's articles are what the date-rich stratum left: fewer dates (100) than the others' (177, 212);
    // the fifth's are what was left after it, 35 articles (the ECB+ pool short), fewer still (46).
    @ParameterizedTest
    @CsvSource({"dates-dev2, 150, 250", "dates-dev3, 150, 250", "dates-dev4, 80, 250", "dates-dev5, 40, 250"})
    void theDatesSetHoldsOnlyDatesFromBothCorpora(String name, int least, int most) {
        List<LabelledFacts.Article> articles = set(name);
        assertTrue(articles.stream().filter(a -> a.corpus().equals("wikinews")).count() >= 15);
        assertTrue(articles.stream().filter(a -> a.corpus().equals("ecbplus")).count() >= 15);
        long dates = 0;
        for (LabelledFacts.Article a : articles) {
            for (Fact f : a.gold()) {
                assertEquals(FactType.DATE, f.type(), a.id() + ": " + f.text());
                assertNotNull(f.to(), a.id() + ": " + f.text());
                dates++;
            }
        }
        assertTrue(dates >= least && dates <= most, name + " dates: " + dates);
    }

    @ParameterizedTest
    @ValueSource(strings = {LabelledFacts.DATES_DEV2_RESOURCE, LabelledFacts.DATES_DEV3_RESOURCE,
            LabelledFacts.DATES_DEV4_RESOURCE, LabelledFacts.DATES_DEV5_RESOURCE})
    void theDatesSetRecordsAreMarkedDatesOnly(String resource) throws IOException {
        try (InputStream in = LabelledFacts.class.getResourceAsStream(resource);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            ObjectMapper json = new ObjectMapper();
            List<String> lines = reader.lines().filter(l -> !l.isBlank()).toList();
            assertFalse(lines.isEmpty());
            for (String line : lines) {
                JsonNode record = json.readTree(line);
                assertTrue(record.path("dates_only").asBoolean(false), record.path("id").asText());
            }
        }
    }

    @Test
    void theTestSetHoldsEnoughDistances() {
        long distances = LabelledFacts.test().stream().flatMap(a -> a.gold().stream())
                .filter(f -> f.type() == FactType.DISTANCE).count();
        assertTrue(distances >= 6, "distances: " + distances);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "test"})
    void holdsBothCorporaAndEveryScoredType(String name) {
        List<LabelledFacts.Article> articles = set(name);
        assertTrue(articles.stream().filter(a -> a.corpus().equals("wikinews")).count() >= 12);
        assertTrue(articles.stream().filter(a -> a.corpus().equals("ecbplus")).count() >= 12);
        Map<FactType, Integer> counts = new EnumMap<>(FactType.class);
        articles.forEach(a -> a.gold().forEach(f -> counts.merge(f.type(), 1, Integer::sum)));
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        assertTrue(total >= 250 && total <= 450, name + " facts: " + counts);
        for (FactType type : List.of(FactType.QUANTITY, FactType.DISTANCE, FactType.DATE, FactType.ATTRIBUTION,
                FactType.QUOTE)) {
            assertTrue(counts.getOrDefault(type, 0) > 0, type + " missing: " + counts);
        }
        assertFalse(counts.containsKey(FactType.ATTRIBUTE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "test", "dates-dev2", "dates-dev3", "dates-dev4", "dates-dev5"})
    void everyFactCarriesWhatItIsScoredOn(String name) {
        List<LabelledFacts.Article> articles = set(name);
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

    @ParameterizedTest
    @ValueSource(strings = {"dev", "test", "dates-dev2", "dates-dev3", "dates-dev4", "dates-dev5"})
    void scoringTheGoldAgainstItselfIsPerfect(String name) {
        List<LabelledFacts.Article> articles = set(name);
        FactScores scores = new FactScores();
        articles.forEach(a -> scores.add(a.gold(), a.gold()));
        for (FactScores.TypeScore s : scores.scored()) {
            assertEquals(1.0, s.precision(), name + " " + s.type());
            assertEquals(1.0, s.recall(), name + " " + s.type());
        }
    }
}
