package news.storyline.io;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * An output file written whole or not at all: the text goes into a temporary file beside it, moved into place only
 * by {@link #commit()}, so a run that fails or decides not to commit leaves an earlier file of that name as it was.
 * UTF-8, with anything unencodable (a lone surrogate) replaced, so one odd character cannot fail a whole file.
 */
public final class PartialFile implements Closeable {
    private final Path target;
    private final Path partial;
    private final Writer writer;
    private boolean committed;

    private PartialFile(Path target, Path partial, Writer writer) {
        this.target = target;
        this.partial = partial;
        this.writer = writer;
    }

    public static PartialFile beside(Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        // Not Files.createTempFile: its owner-only permissions would stay with the file once moved into place.
        Path partial = absolute.resolveSibling("." + absolute.getFileName() + "." + UUID.randomUUID() + ".partial");
        var encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        Writer writer = new BufferedWriter(new OutputStreamWriter(
                Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), encoder),
                1 << 16);
        return new PartialFile(absolute, partial, writer);
    }

    /** Where the text goes until {@link #commit()}. */
    public Writer writer() {
        return writer;
    }

    /** Closes the text and moves it into place, replacing an earlier file of that name. */
    public void commit() throws IOException {
        writer.close();
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        committed = true;
    }

    /** Without a commit, throws the temporary file away. */
    @Override
    public void close() throws IOException {
        try {
            writer.close();
        } finally {
            if (!committed) {
                Files.deleteIfExists(partial);
            }
        }
    }
}
