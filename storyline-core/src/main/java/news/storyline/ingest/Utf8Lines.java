package news.storyline.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The lines of a UTF-8 stream, one at a time, each decoded on its own: a line with bad bytes or over the length
 * bound spoils only itself, and an over-long line is passed over without being held in memory.
 *
 * <p>A line ends at LF, CRLF or a bare CR, so files with old Mac line endings are not read as one line. A line that
 * is not valid UTF-8 is read with its stray bytes as Windows-1252 (see {@link MixedUtf8}) and marked as repaired.
 */
final class Utf8Lines implements Closeable {
    /**
     * One line: its text, or why it has none.
     *
     * @param repaired whether the line was not valid UTF-8 and its stray bytes were read as Windows-1252
     */
    record Line(int number, String text, String problem, boolean repaired) {
    }

    private final InputStream in;
    private final int maxBytes;
    private final byte[] buffer = new byte[1 << 16];
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private byte[] line = new byte[1024];
    private int position;
    private int limit;
    private long consumed;
    private int number;
    /** The last line ended with CR: an LF right after it belongs to that line end. */
    private boolean afterCr;

    Utf8Lines(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        if (!available()) {
            return null;
        }
        if (afterCr && buffer[position] == '\n') {
            position++;
            consumed++;
            if (!available()) {
                return null;
            }
        }
        afterCr = false;
        long length = 0;
        int kept = 0;
        while (available()) {
            int end = position;
            while (end < limit && buffer[end] != '\n' && buffer[end] != '\r') {
                end++;
            }
            int take = (int) Math.min(end - position, Math.max(0, maxBytes - length));
            if (take > 0) {
                kept = keep(kept, position, take);
            }
            length += end - position;
            consumed += end - position;
            position = end;
            if (end < limit) {
                afterCr = buffer[end] == '\r';
                position++;
                consumed++;
                if (afterCr && position < limit && buffer[position] == '\n') {
                    afterCr = false;
                    position++;
                    consumed++;
                }
                break;
            }
        }
        number++;
        if (length > maxBytes) {
            return new Line(number, null, "record too large (" + length + " bytes, limit " + maxBytes + ")", false);
        }
        return decode(kept);
    }

    /**
     * Bytes of the stream consumed so far: the lines returned and their line ends (but for the LF of a CRLF split
     * across two reads, counted with the next line). A field read, cheap enough to ask after every line. These are
     * bytes of the stream given, so of the re-encoded UTF-8 for a UTF-16 or UTF-32 file (see {@link Utf8Stream}),
     * not of the file.
     */
    long bytesRead() {
        return consumed;
    }

    private Line decode(int length) {
        try {
            String text = utf8.reset().decode(ByteBuffer.wrap(line, 0, length)).toString();
            return new Line(number, withoutMark(text), null, false);
        } catch (CharacterCodingException e) {
            return new Line(number, withoutMark(MixedUtf8.decode(line, 0, length)), null, true);
        }
    }

    private int keep(int kept, int from, int count) {
        if (kept + count > line.length) {
            line = Arrays.copyOf(line, Math.max(kept + count, Math.min(maxBytes, line.length * 2)));
        }
        System.arraycopy(buffer, from, line, kept, count);
        return kept + count;
    }

    /** Whether a byte is waiting in the buffer, reading more when it is empty. */
    private boolean available() throws IOException {
        while (position == limit) {
            int read = in.read(buffer, 0, buffer.length);
            if (read < 0) {
                return false;
            }
            position = 0;
            limit = read;
        }
        return true;
    }

    private static String withoutMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
