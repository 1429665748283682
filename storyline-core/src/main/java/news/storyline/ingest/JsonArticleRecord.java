package news.storyline.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.storyline.article.Article;

/**
 * One article as a JSON object: {@code text} (or {@code body}, {@code content}) and optionally {@code id},
 * {@code title}, {@code date}, {@code url}, {@code source}. Other fields, such as the {@code cluster} label of the
 * evaluation corpora, are kept as attributes, and so is a date that cannot be read ({@code unparsedDate}).
 *
 * <p>A title field holding only a date (see {@link DateOnlyText}) is the date when the record has none, else it is
 * kept as the attribute {@code titleField}. A record with a title and no text is a headline-only article: empty
 * {@code rawText} and the attribute {@code headlineOnly}. A record with neither is invalid.
 */
final class JsonArticleRecord {
    private static final List<String> TEXT_FIELDS = List.of("text", "body", "content");
    private static final List<String> DATE_FIELDS = List.of("date", "published", "published_at", "date_raw");
    private static final List<String> URL_FIELDS = List.of("url", "link");
    private static final List<String> SOURCE_FIELDS = List.of("source", "outlet", "site");
    /** Fields the article model has a place for, and those of Storyline's own output, which is read back in. */
    private static final Set<String> MODEL_FIELDS = Set.of("id", "title", "text", "body", "content", "date",
            "published", "published_at", "date_raw", "url", "link", "source", "outlet", "site", "origin", "attributes",
            "paragraphs", "removed", "rawText", "language");

    private JsonArticleRecord() {
    }

    /** A record that cannot be an article; the message is the reason. */
    static final class Invalid extends Exception {
        Invalid(String reason) {
            super(reason);
        }
    }

    /**
     * The record as an article.
     *
     * @param encodingRepaired whether the record's bytes were not all valid UTF-8 and were repaired, which the
     *                         article then says in its attribute {@code encodingRepaired}
     */
    static Article toArticle(JsonNode record, String fallbackId, String origin, boolean encodingRepaired)
            throws Invalid {
        if (record == null || !record.isObject()) {
            throw new Invalid("expected a JSON object, found " + (record == null ? "nothing" : record.getNodeType()));
        }
        String text = firstText(record, TEXT_FIELDS).orElse("");
        if (text.isBlank()) {
            // Storyline's own output for an article cleaning emptied: its raw text reads back in, to be cleaned again.
            text = firstText(record, List.of("rawText")).orElse("");
        }
        Optional<String> date = firstText(record, DATE_FIELDS);
        Instant published = date.flatMap(JsonArticleRecord::parseDate).orElse(null);
        var attributes = attributes(record);
        if (date.isPresent() && published == null) {
            attributes.put("unparsedDate", date.get());
        }
        String title = firstText(record, List.of("title")).orElse(null);
        if (title != null && DateOnlyText.isDateOnly(title)) {
            // Scraped corpora put the page's date line in the title field: it is a date, not a headline.
            Instant titleDate = published == null ? parseDate(title.strip()).orElse(null) : null;
            if (titleDate != null) {
                published = titleDate;
            } else {
                attributes.put("titleField", title);
            }
            title = null;
        }
        if (text.isBlank()) {
            if (title == null || title.isBlank()) {
                throw new Invalid("record has no text and no title (fields " + TEXT_FIELDS + ", title)");
            }
            // A headline without a body is what many feeds and scrapes carry, and still names a story: kept.
            text = "";
            attributes.put(Article.HEADLINE_ONLY, "true");
        }
        if (encodingRepaired) {
            attributes.put(Article.ENCODING_REPAIRED, "true");
        }
        return Article.read(
                firstText(record, List.of("id")).filter(id -> !id.isBlank()).orElse(fallbackId),
                firstText(record, SOURCE_FIELDS).orElse(null),
                firstText(record, URL_FIELDS).orElse(null),
                title,
                published,
                text,
                List.of(),
                attributes,
                origin);
    }

    /**
     * A date field's time. Scraped corpora tokenise it ("May 2, 2013 | 5: 03pm", "August 8, 2012 - 4: 43 pm."):
     * read as it is first, then with the spaces inside times closed and separators between date and time dropped.
     */
    private static final Pattern LEADING_DATE = Pattern.compile("^\\s*(\\p{L}{3,9}\\.?\\s+\\d{1,2},?\\s+\\d{4})\\b");

    static Optional<Instant> parseDate(String value) {
        return PublishedTimeParser.parseDateElement(value)
                .or(() -> PublishedTimeParser.parseDateElement(value
                        .replaceAll("(\\d)\\s*:\\s*(\\d)", "$1:$2")
                        .replaceAll("\\s*\\|\\s*|\\s+[\u2013\u2014-]+\\s+", " ")
                        .replaceAll("\\b([ap])\\. ?m\\.?", "$1m")
                        .replaceAll("[.\\s]+$", "")))
                .or(() -> leadingDate(value));
    }

    /**
     * A scraped date line whose tail no parser reads ("August 10, 2011 - - Updated 0947 GMT (1747 HKT)"): its
     * leading month, day and year alone, the time given up rather than the date.
     */
    private static Optional<Instant> leadingDate(String value) {
        Matcher m = LEADING_DATE.matcher(value);
        return m.find() ? PublishedTimeParser.parseDateElement(m.group(1)) : Optional.empty();
    }

    private static Optional<String> firstText(JsonNode record, List<String> fields) {
        for (String field : fields) {
            JsonNode value = record.get(field);
            if (value != null && value.isValueNode() && !value.isNull()) {
                return Optional.of(value.asText());
            }
        }
        return Optional.empty();
    }

    /** Fields the model has no place for, kept as strings; a nested {@code attributes} object is merged in. */
    private static Map<String, String> attributes(JsonNode record) {
        var attributes = new LinkedHashMap<String, String>();
        record.properties().forEach(field -> {
            if (!MODEL_FIELDS.contains(field.getKey()) && !field.getValue().isNull()) {
                attributes.put(field.getKey(), scalar(field.getValue()));
            }
        });
        JsonNode nested = record.get("attributes");
        if (nested != null && nested.isObject()) {
            nested.properties().forEach(field -> attributes.put(field.getKey(), scalar(field.getValue())));
        }
        return attributes;
    }

    private static String scalar(JsonNode value) {
        return value.isValueNode() ? value.asText() : value.toString();
    }
}
