package news.storyline.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.storyline.article.Article;
import news.storyline.article.RemovalReason;
import news.storyline.article.RemovedSpan;

/**
 * Reads back an article that {@link ArticleJson} wrote, with everything it holds: the clean paragraphs, every
 * removed span with its reason and detail, the raw text, the language, the attributes and the origin. It is the exact
 * inverse of {@link ArticleJson#node}: {@code read(ArticleJson.node(a)).equals(a)} for every article. (The JSON Lines
 * reader of the ingest package reads such a line as <em>input</em> instead, to be cleaned again.)
 */
public final class ArticleJsonReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ArticleJsonReader() {
    }

    /**
     * The article of one line of {@link ArticleJson#line}.
     *
     * @throws IllegalArgumentException with the reason when the text is not such an article
     */
    public static Article read(String json) {
        try {
            return read(JSON.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("malformed article JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * The article of one object of {@link ArticleJson#node}.
     *
     * @throws IllegalArgumentException with the reason when the object is not such an article
     */
    public static Article read(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("expected an article object");
        }
        String id = text(node, "id");
        if (id == null) {
            throw new IllegalArgumentException("article has no id");
        }
        String date = text(node, "date");
        Instant published;
        try {
            published = date == null ? null : Instant.parse(date);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("article " + id + ": bad date '" + date + "'", e);
        }
        List<String> paragraphs = new ArrayList<>();
        node.path("paragraphs").forEach(p -> paragraphs.add(p.asText()));
        List<RemovedSpan> removed = new ArrayList<>();
        for (JsonNode span : node.path("removed")) {
            RemovalReason reason;
            try {
                reason = RemovalReason.valueOf(span.path("reason").asText());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("article " + id + ": unknown removal reason '"
                        + span.path("reason").asText() + "'", e);
            }
            removed.add(new RemovedSpan(span.path("text").asText(), reason, text(span, "detail")));
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        node.path("attributes").properties().forEach(e -> attributes.put(e.getKey(), e.getValue().asText()));
        String rawText = text(node, "rawText");
        return new Article(id, text(node, "source"), text(node, "url"), text(node, "title"), published,
                text(node, "language"), rawText == null ? "" : rawText, paragraphs, removed, attributes,
                text(node, "origin"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
