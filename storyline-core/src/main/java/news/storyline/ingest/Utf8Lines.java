package news.storyline.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The lines of a UTF-8 stream, one at a time, each decoded on its own: a line with bad bytes or over the length
 * bound spoils only itself, and an over-long line is passed over without being held in memory.
 */
final class Utf8Lines implements Closeable {
    /** One line: its text, or why it has none. */
    record Line(int number, String text, String problem) {
    }

    private final InputStream in;
    private final int maxBytes;
    private int number;

    Utf8Lines(InputStream in, int maxBytes) {
        this.in = new BufferedInputStream(in, 1 << 16);
        this.maxBytes = maxBytes;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        var bytes = new ByteArrayOutputStream();
        long length = 0;
        int b = in.read();
        if (b < 0) {
            return null;
        }
        for (; b >= 0 && b != '\n'; b = in.read()) {
            if (length++ < maxBytes) {
                bytes.write(b);
            }
        }
        number++;
        if (length > maxBytes) {
            return new Line(number, null, "record too large (" + length + " bytes, limit " + maxBytes + ")");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
            return new Line(number, stripLineEnd(text), null);
        } catch (CharacterCodingException e) {
            return new Line(number, null, "not valid UTF-8 (JSON Lines must be UTF-8)");
        }
    }

    private static String stripLineEnd(String text) {
        String withoutCr = text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
        return withoutCr.startsWith("\uFEFF") ? withoutCr.substring(1) : withoutCr;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
