package news.storyline.facts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The hand-labelled fact sets of {@code src/test/resources/facts/} (see the README beside them): articles with their
 * publication day and the facts a reader finds in them. {@code labelled-facts.jsonl} is the dev set (the extractor is
 * tuned on it), {@code labelled-facts-test.jsonl} the held-out test set (reported only),
 * {@code labelled-dates-dev2.jsonl} a second dev set for dates (other articles, DATE facts only),
 * {@code labelled-dates-dev3.jsonl} a third one, {@code labelled-dates-dev4.jsonl} a fourth one and
 * {@code labelled-dates-dev5.jsonl} a fifth one (yet other articles each, DATE facts only).
 */
final class LabelledFacts {

    static final String RESOURCE = "/facts/labelled-facts.jsonl";
    static final String TEST_RESOURCE = "/facts/labelled-facts-test.jsonl";
    static final String DATES_DEV2_RESOURCE = "/facts/labelled-dates-dev2.jsonl";
    static final String DATES_DEV3_RESOURCE = "/facts/labelled-dates-dev3.jsonl";
    static final String DATES_DEV4_RESOURCE = "/facts/labelled-dates-dev4.jsonl";
    static final String DATES_DEV5_RESOURCE = "/facts/labelled-dates-dev5.jsonl";

    /**
     * One labelled article.
     *
     * @param id        its id ("wikinews-102977", "ecbplus-5_9ecbplus")
     * @param corpus    "wikinews" or "ecbplus"
     * @param published the day its relative dates are resolved against
     * @param text      its body, paragraphs separated by a blank line
     * @param gold      the facts labelled in it, as {@link Fact}s (a distance's place measured from is its subject)
     */
    record Article(String id, String corpus, LocalDate published, String text, List<Fact> gold) {
        Article {
            gold = List.copyOf(gold);
        }
    }

    private LabelledFacts() {
    }

    /** The dev set bundled with the tests (the one the extractor is tuned on); the same as {@link #dev()}. */
    static List<Article> bundled() {
        return dev();
    }

    /** The dev set: {@code labelled-facts.jsonl}. */
    static List<Article> dev() {
        return resource(RESOURCE);
    }

    /** The held-out test set: {@code labelled-facts-test.jsonl}, other articles, labelled the same way. */
    static List<Article> test() {
        return resource(TEST_RESOURCE);
    }

    /**
     * The second dev set for dates: {@code labelled-dates-dev2.jsonl}, articles of neither other set, with only their
     * DATE facts labelled (its records say {@code "dates_only": true}); score only dates against it.
     */
    static List<Article> datesDev2() {
        return resource(DATES_DEV2_RESOURCE);
    }

    /**
     * The third dev set for dates: {@code labelled-dates-dev3.jsonl}, articles of none of the other three sets, with
     * only their DATE facts labelled (its records say {@code "dates_only": true}); score only dates against it.
     */
    static List<Article> datesDev3() {
        return resource(DATES_DEV3_RESOURCE);
    }

    /**
     * The fourth dev set for dates: {@code labelled-dates-dev4.jsonl}, articles of none of the other four sets, with
     * only their DATE facts labelled (its records say {@code "dates_only": true}); score only dates against it.
     */
    static List<Article> datesDev4() {
        return resource(DATES_DEV4_RESOURCE);
    }

    /**
     * The fifth dev set for dates: {@code labelled-dates-dev5.jsonl}, articles of none of the other five sets, with
     * only their DATE facts labelled (its records say {@code "dates_only": true}); score only dates against it.
     */
    static List<Article> datesDev5() {
        return resource(DATES_DEV5_RESOURCE);
    }

    private static List<Article> resource(String name) {
        try (InputStream in = LabelledFacts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the test class path");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Articles from JSON lines: {@code {"id", "corpus", "published", "text", "facts": [...]}}. */
    static List<Article> read(InputStream in) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Article> articles = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode record = json.readTree(line);
            String id = record.get("id").asText();
            String text = record.get("text").asText();
            List<Fact> gold = new ArrayList<>();
            for (JsonNode f : record.get("facts")) {
                gold.add(fact(id, text, f));
            }
            articles.add(new Article(id, record.get("corpus").asText(),
                    LocalDate.parse(record.get("published").asText()), text, gold));
        }
        return articles;
    }

    private static Fact fact(String articleId, String text, JsonNode f) {
        FactType type = FactType.valueOf(f.get("type").asText());
        int start = f.get("start").asInt();
        int end = f.get("end").asInt();
        String surface = f.get("text").asText();
        if (end > text.length() || !text.substring(start, end).equals(surface)) {
            throw new IllegalArgumentException(articleId + ": " + type + " '" + surface + "' is not the text at "
                    + start + ".." + end);
        }
        Double value = f.hasNonNull("value") ? f.get("value").asDouble() : null;
        LocalDate from = f.hasNonNull("from") ? LocalDate.parse(f.get("from").asText()) : null;
        LocalDate to = f.hasNonNull("to") ? LocalDate.parse(f.get("to").asText()) : null;
        return new Fact(articleId, type, surface, start, end, "", 0, text(f, "reference"), null, value, null,
                text(f, "unit"), null, text(f, "direction"), from, to, text(f, "speaker"));
    }

    private static String text(JsonNode f, String field) {
        return f.hasNonNull(field) ? f.get(field).asText() : null;
    }
}
