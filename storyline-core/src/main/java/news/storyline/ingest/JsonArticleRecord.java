package news.storyline.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import news.storyline.article.Article;

/**
 * One article as a JSON object: {@code text} (or {@code body}, {@code content}) and optionally {@code id},
 * {@code title}, {@code date}, {@code url}, {@code source}, or the other names news datasets give them
 * ({@code publishedAt}, {@code timestamp}, {@code publisher}, ...: see the lists below), a date also as seconds or
 * milliseconds since 1970. Other fields, such as the {@code cluster} label of the evaluation corpora, are kept as
 * attributes, and so is a date that cannot be read ({@code unparsedDate}).
 *
 * <p>A title field holding only a date (see {@link DateOnlyText}) is the date when the record has none, else it is
 * kept as the attribute {@code titleField}. A record with a title and no text is a headline-only article: empty
 * {@code rawText} and the attribute {@code headlineOnly}. A record with neither is invalid.
 */
final class JsonArticleRecord {
    /*
     * Field names are matched whatever their case and separators ("publishedAt", "published_at", "PublishedAt"
     * are one), each list in order of preference. Beside Storyline's own names, those of common news datasets and
     * APIs: NewsAPI (publishedAt, a source object with a name), GDELT and scrapers (timestamp, domain), "All the
     * news" (publication), schema.org (datePublished, publisher).
     */
    private static final List<String> TEXT_FIELDS = List.of("text", "body", "content");
    private static final List<String> DATE_FIELDS = List.of("date", "published", "publishedat", "pubdate",
            "publishdate", "publisheddate", "publicationdate", "datepublished", "datetime", "timestamp", "createdat",
            "dateraw");
    private static final List<String> URL_FIELDS = List.of("url", "link", "uri");
    private static final List<String> SOURCE_FIELDS = List.of("source", "outlet", "site", "publisher",
            "publication", "sourcename", "sitename", "domain", "newspaper", "media");
    /** Fields the article model has a place for, and those of Storyline's own output, which is read back in. */
    private static final Set<String> MODEL_FIELDS = Stream.of(List.of("id", "title", "origin", "attributes",
            "paragraphs", "removed", "rawtext", "language"), TEXT_FIELDS, DATE_FIELDS, URL_FIELDS, SOURCE_FIELDS)
            .flatMap(List::stream).collect(Collectors.toUnmodifiableSet());
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
        Map<String, JsonNode> fields = byKey(record);
        String text = firstText(fields, TEXT_FIELDS).orElse("");
        if (text.isBlank()) {
            // Storyline's own output for an article cleaning emptied: its raw text reads back in, to be cleaned again.
            text = firstText(fields, List.of("rawtext")).orElse("");
        }
        Optional<String> date = firstText(fields, DATE_FIELDS);
        Instant published = date.flatMap(JsonArticleRecord::parseDate).orElse(null);
        var attributes = attributes(record);
        if (date.isPresent() && published == null) {
            attributes.put("unparsedDate", date.get());
        }
        String title = firstText(fields, List.of("title")).orElse(null);
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
                firstText(fields, List.of("id")).filter(id -> !id.isBlank()).orElse(fallbackId),
                firstText(fields, SOURCE_FIELDS).orElse(null),
                firstText(fields, URL_FIELDS).orElse(null),
                title,
                published,
                text,
                List.of(),
                attributes,
                origin);
    }

    static Optional<Instant> parseDate(String value) {
        return PublishedTimeParser.parseDateField(value);
    }

    /** The record's fields by their key: lower case, without "_", "-" or spaces; the first of a key kept. */
    private static Map<String, JsonNode> byKey(JsonNode record) {
        var fields = new LinkedHashMap<String, JsonNode>();
        record.properties().forEach(field -> fields.putIfAbsent(key(field.getKey()), field.getValue()));
        return fields;
    }

    private static String key(String fieldName) {
        // Every record passes here, once a field: a loop rather than a pattern, and no copy for a plain name.
        boolean plain = true;
        for (int i = 0; i < fieldName.length() && plain; i++) {
            char c = fieldName.charAt(i);
            plain = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
        }
        if (plain) {
            return fieldName;
        }
        var key = new StringBuilder(fieldName.length());
        for (int i = 0; i < fieldName.length(); i++) {
            char c = fieldName.charAt(i);
            if (c != '_' && c != '-' && !Character.isWhitespace(c)) {
                key.append(Character.toLowerCase(c));
            }
        }
        return key.toString();
    }

    /**
     * The first of the fields given as a value: a string or a number, or an object's {@code name} (NewsAPI's
     * {@code "source": {"id": "bbc-news", "name": "BBC News"}}).
     */
    private static Optional<String> firstText(Map<String, JsonNode> fields, List<String> keys) {
        for (String key : keys) {
            JsonNode value = fields.get(key);
            if (value != null && value.isObject()) {
                value = value.get("name");
            }
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
            if (!MODEL_FIELDS.contains(key(field.getKey())) && !field.getValue().isNull()) {
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
