package news.storyline.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import news.storyline.article.Article;

/**
 * Writes articles as JSON Lines one at a time, so a stream of any length is written in bounded memory.
 *
 * <p>To a file, the lines go into a {@link PartialFile}, moved into place only by {@link #commit()}: a run that
 * fails, or that decides not to commit, leaves an earlier file of that name as it was.
 */
public final class ArticleJsonlWriter implements Closeable {
    private final Writer out;
    /** The file being written, or null when writing to a stream. */
    private final PartialFile file;
    private int written;

    private ArticleJsonlWriter(Writer out, PartialFile file) {
        this.out = out;
        this.file = file;
    }

    /** A writer to a file, which appears (or is replaced) only on {@link #commit()}. */
    public static ArticleJsonlWriter toFile(Path file) throws IOException {
        PartialFile partial = PartialFile.beside(file);
        return new ArticleJsonlWriter(partial.writer(), partial);
    }

    /** A writer to a stream (standard output, say); {@link #commit()} flushes it. */
    public static ArticleJsonlWriter to(Writer out) {
        return new ArticleJsonlWriter(out, null);
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
        if (file != null) {
            file.commit();
        }
    }

    /** Without a commit, throws the temporary file away; a stream is flushed, never closed. */
    @Override
    public void close() throws IOException {
        if (file == null) {
            out.flush();
        } else {
            file.close();
        }
    }
}
