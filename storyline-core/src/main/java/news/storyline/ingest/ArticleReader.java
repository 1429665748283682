package news.storyline.ingest;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads one input file of one format into articles.
 *
 * <p>The caller has already checked that the file exists, is not empty, not binary and not oversized. A reader
 * throws {@link InputRejectedException} when the input as a whole is unusable (a feed that is not XML, a page
 * with no article text), and reports through {@link ArticleSink#skipped} a bad record inside an input that is
 * otherwise fine (one malformed line of a JSONL file), reading on.
 */
public interface ArticleReader {
    void read(Path file, ArticleSink sink) throws InputRejectedException, IOException;
}
