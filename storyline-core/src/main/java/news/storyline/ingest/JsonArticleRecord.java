package news.storyline.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import news.storyline.article.Article;

/**
 * One article as a JSON object: {@code text} (or {@code body}, {@code content}) and optionally {@code id},
 * {@code title}, {@code date}, {@code url}, {@code source}, or the other names news datasets give them
 * ({@code publishedAt}, {@code timestamp}, {@code publisher}, ...: see the lists below), a date also as seconds or
 * milliseconds since 1970. Other fields, such as the {@code cluster} label of the evaluation corpora, are kept as
 * attributes, and so is a date that cannot be read ({@code unparsedDate}).
 *
 * <p>A title field holding only a date (see {@link TimesLine}) is the date when the record has none, else it is
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
    /**
     * Fields of Storyline's own output, which is read back in: never attributes. Of the others, a field the article
     * takes a value from is not kept as an attribute too; every other field is (a second date field, an outlet's
     * "media" list), so nothing a record says is lost.
     */
    private static final Set<String> OWN_OUTPUT_FIELDS = Set.of("origin", "attributes", "paragraphs", "removed",
            "rawtext", "language");

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
        var fields = new Fields(record);
        String text = fields.first(TEXT_FIELDS).orElse("");
        if (text.isBlank()) {
            // Storyline's own output for an article cleaning emptied: its raw text reads back in, to be cleaned again.
            text = fields.first(List.of("rawtext")).orElse("");
        }
        Optional<String> date = fields.first(DATE_FIELDS);
        Instant published = date.flatMap(PublishedTimeParser::parseDateField).orElse(null);
        String title = fields.first(List.of("title")).orElse(null);
        String id = fields.first(List.of("id")).filter(value -> !value.isBlank()).orElse(fallbackId);
        String url = fields.first(URL_FIELDS).orElse(null);
        // Without an outlet named, the site of the article's address, as a page's is.
        String source = fields.first(SOURCE_FIELDS).or(() -> OutletNames.fromUrl(url)).orElse(null);
        var attributes = attributes(record, fields.used);
        if (date.isPresent() && published == null) {
            attributes.put("unparsedDate", date.get());
        }
        if (title != null && TimesLine.is(title)) {
            // Scraped corpora put the page's date line in the title field: it is a date, not a headline.
            String dateLine = title;
            Instant titleDate = published == null ? PublishedTimeParser.parseDateField(title.strip())
                    .or(() -> TimesLine.postingTime(dateLine)).orElse(null) : null;
            if (titleDate != null) {
                published = titleDate;
            } else {
                attributes.put(JsonArticles.TITLE_FIELD, title);
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
                id,
                source,
                url,
                title,
                published,
                text,
                List.of(),
                attributes,
                origin);
    }

    /** A record's fields by their key (lower case, without "_", "-" or spaces; the first of a key kept). */
    private static final class Fields {
        private final Map<String, JsonNode> byKey = new LinkedHashMap<>();
        /** The keys a value was taken from. */
        final Set<String> used = new HashSet<>();

        Fields(JsonNode record) {
            record.properties().forEach(field -> byKey.putIfAbsent(key(field.getKey()), field.getValue()));
        }

        /**
         * The first of the fields given as a value: a string or a number, or an object's {@code name} (NewsAPI's
         * {@code "source": {"id": "bbc-news", "name": "BBC News"}}).
         */
        Optional<String> first(List<String> keys) {
            for (String key : keys) {
                JsonNode value = byKey.get(key);
                if (value != null && value.isObject()) {
                    value = value.get("name");
                }
                if (value != null && value.isValueNode() && !value.isNull()) {
                    used.add(key);
                    return Optional.of(value.asText());
                }
            }
            return Optional.empty();
        }
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

    /** Fields the model has no place for, kept as strings; a nested {@code attributes} object is merged in. */
    private static Map<String, String> attributes(JsonNode record, Set<String> used) {
        var attributes = new LinkedHashMap<String, String>();
        record.properties().forEach(field -> {
            String key = key(field.getKey());
            if (!OWN_OUTPUT_FIELDS.contains(key) && !used.contains(key) && !field.getValue().isNull()) {
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
