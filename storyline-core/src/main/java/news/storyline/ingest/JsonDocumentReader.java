package news.storyline.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a JSON document of articles: an array of {@link JsonArticleRecord} objects, or one such object, or several
 * of these one after the other (arrays concatenated by an export that appended). A bad item is reported by its
 * position and skipped. The items are read one at a time, so a document cut short or followed by garbage keeps the
 * items before the break, and the break is reported with its line and column; a document with no item at all is
 * rejected whole.
 *
 * <p>Items of the first value are named "file[i]" (or "file" for a lone object); those of a later top-level value
 * k are named "file#k[i]" (or "file#k").
 */
public final class JsonDocumentReader implements ArticleReader {
    private final ObjectMapper json = new ObjectMapper();

    @Override
    public void read(Path file, ArticleSink sink) throws InputRejectedException, IOException {
        TextDecoder.Decoded document = TextDecoder.read(Files.readAllBytes(file));
        var reading = new Reading(file, sink, document.repaired());
        try (JsonParser parser = json.createParser(document.text())) {
            reading.values(parser);
        }
        reading.finish();
    }

    /** The state of reading one document: how many items so far, and a lone object's problem held back. */
    private final class Reading {
        private final Path file;
        private final ArticleSink sink;
        private final boolean repaired;
        private int items;
        private int values;
        private String loneObjectProblem;

        Reading(Path file, ArticleSink sink, boolean repaired) {
            this.file = file;
            this.sink = sink;
            this.repaired = repaired;
        }

        void values(JsonParser parser) throws InputRejectedException, IOException {
            try {
                for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                    values++;
                    if (values > 1) {
                        releaseLoneObjectProblem();
                    }
                    String name = values == 1 ? file.toString() : file + "#" + values;
                    if (token == JsonToken.START_ARRAY) {
                        for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
                            item(json.readTree(parser), name + "[" + i + "]");
                        }
                    } else {
                        item(json.readTree(parser), name);
                    }
                }
            } catch (JsonProcessingException e) {
                String where = where(e.getLocation());
                if (items == 0 && values <= 1) {
                    throw new InputRejectedException("malformed JSON" + where + ": " + e.getOriginalMessage());
                }
                releaseLoneObjectProblem();
                sink.skipped(new InputProblem(file.toString(), "malformed JSON" + where + " after " + items
                        + (items == 1 ? " item" : " items") + ", the rest not read: " + e.getOriginalMessage()));
            }
        }

        private void item(JsonNode node, String location) {
            items++;
            try {
                sink.accept(JsonArticleRecord.toArticle(node, InputNames.stem(file) + ":" + items, location,
                        repaired));
            } catch (JsonArticleRecord.Invalid e) {
                if (location.equals(file.toString())) {
                    // A document that is one object and an invalid one is rejected whole, unless more follows.
                    loneObjectProblem = e.getMessage();
                } else {
                    releaseLoneObjectProblem();
                    sink.skipped(new InputProblem(location, e.getMessage()));
                }
            }
        }

        private void releaseLoneObjectProblem() {
            if (loneObjectProblem != null) {
                sink.skipped(new InputProblem(file.toString(), loneObjectProblem));
                loneObjectProblem = null;
            }
        }

        void finish() throws InputRejectedException {
            if (values == 0) {
                throw new InputRejectedException("no JSON value");
            }
            if (loneObjectProblem != null) {
                if (values == 1) {
                    throw new InputRejectedException(loneObjectProblem);
                }
                releaseLoneObjectProblem();
            }
            if (items == 0) {
                // Only empty arrays: an object or any other value counts as an item, read or reported.
                throw new InputRejectedException("empty JSON array");
            }
        }
    }

    private static String where(JsonLocation location) {
        return location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
