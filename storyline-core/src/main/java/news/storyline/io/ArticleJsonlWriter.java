package news.storyline.io;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import news.storyline.article.Article;

/**
 * Writes articles as JSON Lines one at a time, so a stream of any length is written in bounded memory.
 *
 * <p>To a file, the lines go into a temporary file beside it, moved into place only by {@link #commit()}: a run that
 * fails, or that decides not to commit, leaves an earlier file of that name as it was. Text is encoded as UTF-8 with
 * anything unencodable (a lone surrogate) replaced, so one odd character cannot fail a whole batch.
 */
public final class ArticleJsonlWriter implements Closeable {
    private final Writer out;
    private final Path target;
    private final Path partial;
    private int written;
    private boolean committed;

    private ArticleJsonlWriter(Writer out, Path target, Path partial) {
        this.out = out;
        this.target = target;
        this.partial = partial;
    }

    /** A writer to a file, which appears (or is replaced) only on {@link #commit()}. */
    public static ArticleJsonlWriter toFile(Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        // Not Files.createTempFile: its owner-only permissions would stay with the file once moved into place.
        Path partial = absolute.resolveSibling("." + absolute.getFileName() + "." + UUID.randomUUID() + ".partial");
        OutputStream stream = Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return new ArticleJsonlWriter(utf8(stream), absolute, partial);
    }

    /** A writer to a stream (standard output, say); {@link #commit()} flushes it. */
    public static ArticleJsonlWriter to(Writer out) {
        return new ArticleJsonlWriter(out, null, null);
    }

    public void write(Article article) throws IOException {
        out.write(ArticleJson.line(article));
        out.write('\n');
        written++;
    }

    /** Articles written so far. */
    public int written() {
        return written;
    }

    /** Ends the output: flushes it and, for a file, moves it into place. */
    public void commit() throws IOException {
        out.flush();
        if (target != null) {
            out.close();
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        committed = true;
    }

    /** Without a commit, throws the temporary file away; a stream is flushed, never closed. */
    @Override
    public void close() throws IOException {
        if (target == null) {
            out.flush();
            return;
        }
        try {
            out.close();
        } finally {
            if (!committed) {
                Files.deleteIfExists(partial);
            }
        }
    }

    private static Writer utf8(OutputStream stream) {
        var encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new BufferedWriter(new OutputStreamWriter(stream, encoder), 1 << 16);
    }
}
