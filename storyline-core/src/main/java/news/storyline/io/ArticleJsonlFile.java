package news.storyline.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import news.storyline.article.Article;

/**
 * Writes a list of articles as JSON Lines at once, one {@link ArticleJson} object a line, through an
 * {@link ArticleJsonlWriter}.
 */
public final class ArticleJsonlFile {
    private ArticleJsonlFile() {
    }

    /**
     * Writes the file whole or not at all: into a temporary file beside it, then moved into place, so a failed run
     * leaves an earlier file of that name as it was.
     */
    public static void write(Path file, List<Article> articles) throws IOException {
        try (var writer = ArticleJsonlWriter.toFile(file)) {
            writeAll(writer, articles);
        }
    }

    public static void write(Writer out, List<Article> articles) throws IOException {
        try (var writer = ArticleJsonlWriter.to(out)) {
            writeAll(writer, articles);
        }
    }

    private static void writeAll(ArticleJsonlWriter writer, List<Article> articles) throws IOException {
        for (Article article : articles) {
            writer.write(article);
        }
        writer.commit();
    }
}
