package news.storyline.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.storyline.article.Article;

/**
 * Reads JSON Lines: one article a line, as an object with {@code text} (or {@code body}, {@code content}) and
 * optionally {@code id}, {@code title}, {@code date}, {@code url}, {@code source}. Other fields, such as the
 * {@code cluster} label of the evaluation corpora, are kept as attributes. A bad line is reported with its line
 * number and skipped; the lines after it are still read. The file is streamed, so its size is not limited; one
 * line is, and a line that is not UTF-8 is skipped like any other bad record.
 */
public final class JsonlReader implements ArticleReader {
    private static final List<String> TEXT_FIELDS = List.of("text", "body", "content");
    private static final List<String> DATE_FIELDS = List.of("date", "published", "published_at", "date_raw");
    private static final List<String> URL_FIELDS = List.of("url", "link");
    private static final List<String> SOURCE_FIELDS = List.of("source", "outlet", "site");
    private static final Set<String> MODEL_FIELDS = Set.of("id", "title", "text", "body", "content", "date",
            "published", "published_at", "url", "link", "source", "outlet", "site", "origin", "attributes",
            "paragraphs", "removed", "rawText", "language");

    private final ObjectMapper json = new ObjectMapper();
    private final int maxLineBytes;

    public JsonlReader(int maxLineBytes) {
        this.maxLineBytes = maxLineBytes;
    }

    @Override
    public void read(Path file, ArticleSink sink) throws InputRejectedException, IOException {
        int records = 0;
        try (var lines = new Utf8Lines(Files.newInputStream(file), maxLineBytes)) {
            for (Utf8Lines.Line line = lines.next(); line != null; line = lines.next()) {
                if (line.text() != null && line.text().isBlank()) {
                    continue;
                }
                records++;
                String location = file + ":" + line.number();
                try {
                    sink.accept(parse(line, file, location));
                } catch (RecordException e) {
                    sink.skipped(new InputProblem(location, e.getMessage()));
                }
            }
        }
        if (records == 0) {
            throw new InputRejectedException("no records (only blank lines)");
        }
    }

    private Article parse(Utf8Lines.Line line, Path file, String location) throws RecordException {
        if (line.problem() != null) {
            throw new RecordException(line.problem());
        }
        JsonNode record;
        try {
            record = json.readTree(line.text());
        } catch (JsonProcessingException e) {
            throw new RecordException("malformed JSON: " + e.getOriginalMessage());
        }
        if (record == null || !record.isObject()) {
            throw new RecordException("expected a JSON object, found " + (record == null ? "nothing" : record.getNodeType()));
        }
        String text = firstText(record, TEXT_FIELDS);
        if (text == null || text.isBlank()) {
            throw new RecordException("record has no text (fields " + TEXT_FIELDS + ")");
        }
        String id = firstText(record, List.of("id"));
        String date = firstText(record, DATE_FIELDS);
        Instant published = PublishedTimeParser.parse(date).orElse(null);
        return Article.read(
                id == null || id.isBlank() ? InputNames.stem(file) + ":" + line.number() : id,
                firstText(record, SOURCE_FIELDS),
                firstText(record, URL_FIELDS),
                firstText(record, List.of("title")),
                published,
                text,
                List.of(),
                attributes(record),
                location);
    }

    private static String firstText(JsonNode record, List<String> fields) {
        for (String field : fields) {
            JsonNode value = record.get(field);
            if (value != null && value.isValueNode() && !value.isNull()) {
                return value.asText();
            }
        }
        return null;
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

    /** One record is unusable; the message is the reason. */
    private static final class RecordException extends Exception {
        RecordException(String reason) {
            super(reason);
        }
    }
}
