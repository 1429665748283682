package news.storyline.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.UUID;
import news.storyline.article.Article;

/** Writes articles as JSON Lines, one {@link ArticleJson} object a line. */
public final class ArticleJsonlFile {
    private ArticleJsonlFile() {
    }

    /**
     * Writes the file whole or not at all: into a temporary file beside it, then moved into place, so a failed run
     * leaves an earlier file of that name as it was.
     */
    public static void write(Path file, List<Article> articles) throws IOException {
        Path absolute = file.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        // Not Files.createTempFile: its owner-only permissions would stay with the file once moved into place.
        Path partial = absolute.resolveSibling("." + absolute.getFileName() + "." + UUID.randomUUID() + ".partial");
        try {
            // An encoder that replaces what it cannot encode, unlike Files.newBufferedWriter's: one bad character
            // must not cost the whole file.
            var utf8 = StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(partial,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), utf8))) {
                write(out, articles);
            }
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    public static void write(Writer out, List<Article> articles) throws IOException {
        for (Article article : articles) {
            out.write(ArticleJson.line(article));
            out.write('\n');
        }
        out.flush();
    }
}
