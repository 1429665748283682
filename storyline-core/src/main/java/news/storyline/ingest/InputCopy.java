package news.storyline.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * A temporary copy of an input, read in its place and deleted after: a gzip-compressed input (a corpus shipped as
 * {@code news.jsonl.gz}, a page or feed saved as the server sent it), decompressed into a file of the same name less
 * {@code .gz}, so that the format is told by that name and its content as for any input; and what is piped in on the
 * standard input ({@code -}). Decompression is bounded: past {@value #MAX_RATIO} times the compressed size (and
 * {@value #MIN_BOUND_BYTES} bytes) the input is refused as a compression bomb rather than left to fill the disk; news
 * text compresses three to ten times.
 */
final class InputCopy {
    static final int MAX_RATIO = 100;
    static final long MIN_BOUND_BYTES = 64_000_000;

    /** The name the standard input goes by in ids, origins and problems. */
    static final String STANDARD_INPUT_NAME = "stdin";

    private InputCopy() {
    }

    /** "-" names the standard input, as Unix tools have it. */
    static boolean isStandardInput(Path file) {
        return file.toString().equals("-");
    }

    /** Whether an article's origin is the standard input ("stdin", "stdin:12"), which no folder holds. */
    static boolean fromStandardInput(String origin) {
        return origin.equals(STANDARD_INPUT_NAME) || origin.startsWith(STANDARD_INPUT_NAME + ":");
    }

    /** Whether the file starts with gzip's signature; false when it cannot be read (reading it will say why). */
    static boolean isGzip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(2);
            return head.length == 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /** The decompressed file, in a new temporary folder that {@link #delete} removes. */
    static Path decompressed(Path file) throws InputRejectedException, IOException {
        long bound = Math.max(MIN_BOUND_BYTES, MAX_RATIO * Files.size(file));
        Path folder = Files.createTempDirectory("storyline-gzip");
        Path target = folder.resolve(innerName(file));
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 64 * 1024);
             OutputStream out = Files.newOutputStream(target)) {
            byte[] buffer = new byte[64 * 1024];
            long written = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                written += n;
                if (written > bound) {
                    throw new InputRejectedException("gzip archive expands past " + MAX_RATIO
                            + " times its size (" + bound / 1_000_000 + " MB): refused as a compression bomb");
                }
                out.write(buffer, 0, n);
            }
        } catch (EOFException e) {
            delete(target);
            throw new InputRejectedException("truncated gzip archive (it ends before its data does)");
        } catch (ZipException e) {
            delete(target);
            throw new InputRejectedException("corrupt gzip archive: " + e.getMessage());
        } catch (InputRejectedException | IOException | RuntimeException e) {
            delete(target);
            throw e;
        }
        return target;
    }

    /**
     * What a program pipes in ({@code zcat *.jsonl.gz | storyline ingest -}), copied to a temporary file named
     * {@code stdin} (its format then told by its content), which {@link #delete} removes. Read once: a second "-"
     * in one run finds it empty.
     */
    static Path ofStandardInput(InputStream in) throws IOException {
        Path folder = Files.createTempDirectory("storyline-stdin");
        Path target = folder.resolve(STANDARD_INPUT_NAME);
        try {
            Files.copy(in, target);
        } catch (IOException | RuntimeException e) {
            delete(target);
            throw e;
        }
        return target;
    }

    /** "news.jsonl.gz" is read as "news.jsonl", "feed.tgz" as "feed.tar"; a name without the suffix is kept. */
    static String innerName(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".gz") && name.length() > 3) {
            return name.substring(0, name.length() - 3);
        }
        if (lower.endsWith(".gzip") && name.length() > 5) {
            return name.substring(0, name.length() - 5);
        }
        if (lower.endsWith(".tgz")) {
            return name.substring(0, name.length() - 4) + ".tar";
        }
        return name;
    }

    /** Removes a copy and its temporary folder; null is nothing to do. */
    static void delete(Path decompressed) {
        if (decompressed == null) {
            return;
        }
        try (Stream<Path> tree = Files.walk(decompressed.getParent())) {
            for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | RuntimeException e) {
            // A temporary file left behind is the system's to clear; the run goes on.
        }
    }
}
