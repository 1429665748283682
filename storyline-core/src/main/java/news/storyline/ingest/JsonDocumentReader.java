package news.storyline.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a JSON document of articles: an array of {@link JsonArticleRecord} objects, or one such object. A bad item
 * of an array is reported by its position and skipped; a document that is not JSON is rejected whole.
 */
public final class JsonDocumentReader implements ArticleReader {
    private final ObjectMapper json = new ObjectMapper();

    @Override
    public void read(Path file, ArticleSink sink) throws InputRejectedException, IOException {
        JsonNode document;
        try {
            document = json.readTree(TextDecoder.decode(Files.readAllBytes(file)));
        } catch (JsonProcessingException e) {
            throw new InputRejectedException("malformed JSON: " + e.getOriginalMessage());
        }
        if (document == null || document.isMissingNode()) {
            throw new InputRejectedException("no JSON value");
        }
        if (!document.isArray()) {
            readItem(document, file, 1, file.toString(), sink);
            return;
        }
        if (document.isEmpty()) {
            throw new InputRejectedException("empty JSON array");
        }
        for (int i = 0; i < document.size(); i++) {
            readItem(document.get(i), file, i + 1, file + "[" + i + "]", sink);
        }
    }

    private static void readItem(JsonNode item, Path file, int number, String location, ArticleSink sink)
            throws InputRejectedException {
        try {
            sink.accept(JsonArticleRecord.toArticle(item, InputNames.stem(file) + ":" + number, location));
        } catch (JsonArticleRecord.Invalid e) {
            if (location.equals(file.toString())) {
                throw new InputRejectedException(e.getMessage());
            }
            sink.skipped(new InputProblem(location, e.getMessage()));
        }
    }
}
