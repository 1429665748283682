package news.storyline.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import news.storyline.article.Article;

/**
 * Reads JSON Lines: one article a line, as a {@link JsonArticleRecord}. A bad line is reported with its line
 * number and skipped; the lines after it are still read. The file is streamed, so its size is not limited; one
 * line is, and a line that is not UTF-8 is skipped like any other bad record.
 */
public final class JsonlReader implements ArticleReader {
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
                    sink.accept(parse(line, InputNames.stem(file) + ":" + line.number(), location));
                } catch (JsonArticleRecord.Invalid e) {
                    sink.skipped(new InputProblem(location, e.getMessage()));
                }
            }
        }
        if (records == 0) {
            throw new InputRejectedException("no records (only blank lines)");
        }
    }

    private Article parse(Utf8Lines.Line line, String fallbackId, String location) throws JsonArticleRecord.Invalid {
        if (line.problem() != null) {
            throw new JsonArticleRecord.Invalid(line.problem());
        }
        JsonNode record;
        try {
            record = json.readTree(line.text());
        } catch (JsonProcessingException e) {
            throw new JsonArticleRecord.Invalid("malformed JSON: " + e.getOriginalMessage());
        }
        return JsonArticleRecord.toArticle(record, fallbackId, location);
    }
}
