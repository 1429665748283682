package news.storyline.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import news.storyline.article.Article;

/**
 * Reads a plain text file as one article. A leading id line ("1.1345264-3993115206") gives the article's id; a
 * short first line without closing punctuation, followed by more text, is the headline. The whole text stays the
 * raw body: cleaning takes the id line and the headline out of it and says so. Text that is UTF-8 with stray
 * legacy bytes is marked with the attribute {@code encodingRepaired} (see {@link TextDecoder}).
 */
public final class PlainTextReader implements ArticleReader {
    @Override
    public void read(Path file, ArticleSink sink) throws InputRejectedException, IOException {
        TextDecoder.Decoded decoded = TextDecoder.read(Files.readAllBytes(file));
        String text = decoded.text().replace("\r\n", "\n").replace('\r', '\n');
        List<String> lines = text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        if (lines.isEmpty()) {
            throw new InputRejectedException("no text (only whitespace)");
        }
        var sourceId = SourceIdLine.parse(lines.getFirst());
        List<String> body = sourceId.isPresent() ? lines.subList(1, lines.size()) : lines;
        String id = sourceId.orElseGet(() -> InputNames.stem(file));
        String title = body.size() > 1 && HeadlineLine.looksLikeOne(body.getFirst()) ? body.getFirst() : null;
        // Stray legacy bytes read as Windows-1252 in UTF-8 text are a guess: the article says so.
        Map<String, String> attributes = decoded.repaired() ? Map.of(Article.ENCODING_REPAIRED, "true") : Map.of();
        sink.accept(Article.read(id, null, null, title, null, text.strip(), List.of(), attributes, file.toString()));
    }
}
