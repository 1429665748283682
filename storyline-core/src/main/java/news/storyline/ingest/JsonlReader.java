package news.storyline.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads JSON Lines: one article a line, as a {@link JsonArticleRecord}. A bad line is reported with its line
 * number and skipped; the lines after it are still read. The file is streamed, so its size is not limited; one
 * line is. A line that is not valid UTF-8 is read with its stray bytes as Windows-1252, and its article marked
 * {@code encodingRepaired}; a file with a UTF-16 or UTF-32 byte-order mark is read in that encoding.
 *
 * <p>Records run together on one line ({@code {...}{...}}) are each read, the second named "file:line#2"; anything
 * after the last one that is not JSON is reported, never dropped in silence.
 */
public final class JsonlReader implements ArticleReader {
    private static final int MAX_PROBLEMS_LISTED_PER_LINE = 10;
    private final ObjectMapper json = new ObjectMapper();
    private final int maxLineBytes;

    public JsonlReader(int maxLineBytes) {
        this.maxLineBytes = maxLineBytes;
    }

    @Override
    public void read(Path file, ArticleSink sink) throws InputRejectedException, IOException {
        int records = 0;
        try (var lines = new Utf8Lines(Utf8Stream.of(Files.newInputStream(file)), maxLineBytes)) {
            for (Utf8Lines.Line line = lines.next(); line != null; line = lines.next()) {
                sink.position(lines.bytesRead());
                if (line.text() != null && line.text().isBlank()) {
                    continue;
                }
                records++;
                String location = file + ":" + line.number();
                if (line.problem() != null) {
                    sink.skipped(new InputProblem(location, line.problem()));
                } else {
                    readLine(line, InputNames.stem(file) + ":" + line.number(), location, sink);
                }
            }
        }
        if (records == 0) {
            throw new InputRejectedException("no records (only blank lines)");
        }
    }

    /**
     * Every JSON value on the line, each as one record; what cannot be parsed ends the line with a problem. Bad
     * records past the first few of a line are counted in one problem, so that a line of "{}{}{}..." cannot flood
     * the report (and memory) with millions of them.
     */
    private void readLine(Utf8Lines.Line line, String fallbackId, String location, ArticleSink sink)
            throws IOException {
        int bad = 0;
        try (JsonParser parser = json.createParser(line.text())) {
            for (int value = 1; ; value++) {
                String suffix = value == 1 ? "" : "#" + value;
                JsonNode record;
                try {
                    if (parser.nextToken() == null) {
                        break;
                    }
                    record = json.readTree(parser);
                } catch (JsonProcessingException e) {
                    String column = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
                    String after = value == 1 ? "" : " after record " + (value - 1) + " of the line";
                    sink.skipped(new InputProblem(location, "malformed JSON" + after + column + ": "
                            + e.getOriginalMessage()));
                    break;
                }
                try {
                    sink.accept(JsonArticleRecord.toArticle(record, fallbackId + suffix, location + suffix,
                            line.repaired()));
                } catch (JsonArticleRecord.Invalid e) {
                    if (++bad <= MAX_PROBLEMS_LISTED_PER_LINE) {
                        sink.skipped(new InputProblem(location + suffix, e.getMessage()));
                    }
                }
            }
        }
        if (bad > MAX_PROBLEMS_LISTED_PER_LINE) {
            sink.skipped(new InputProblem(location, (bad - MAX_PROBLEMS_LISTED_PER_LINE)
                    + " more invalid records on this line, not listed one by one"));
        }
    }
}
