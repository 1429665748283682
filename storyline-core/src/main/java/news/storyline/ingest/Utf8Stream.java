package news.storyline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A stream as UTF-8 bytes: as it is, unless it starts with a UTF-16 or UTF-32 byte-order mark, in which case it is
 * re-encoded as it is read, in bounded memory. JSON Lines saved by Windows tools (PowerShell's {@code Out-File}
 * writes UTF-16 with a mark) are read, not lost line by line as invalid UTF-8.
 */
final class Utf8Stream {
    private Utf8Stream() {
    }

    static InputStream of(InputStream in) throws IOException {
        var pushback = new PushbackInputStream(in, 4);
        byte[] head = pushback.readNBytes(4);
        pushback.unread(head);
        Optional<Charset> marked = TextDecoder.byteOrderMark(head);
        if (marked.isEmpty() || marked.get().equals(StandardCharsets.UTF_8)) {
            return pushback;
        }
        var decoder = marked.get().newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new Transcoding(new InputStreamReader(pushback, decoder));
    }

    /** Characters from a reader, handed out as UTF-8 bytes. */
    private static final class Transcoding extends InputStream {
        private final Reader reader;
        private final CharBuffer chars = CharBuffer.allocate(8192);
        /** Three bytes per char at most, as the encoder never leaves a surrogate pair split. */
        private final ByteBuffer bytes = ByteBuffer.allocate(8192 * 3 + 8).flip();
        private final CharsetEncoder utf8 = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        private boolean ended;

        Transcoding(Reader reader) {
            this.reader = reader;
        }

        @Override
        public int read() throws IOException {
            return fill() ? bytes.get() & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(len, bytes.remaining());
            bytes.get(b, off, n);
            return n;
        }

        private boolean fill() throws IOException {
            while (!bytes.hasRemaining()) {
                if (ended) {
                    return false;
                }
                bytes.clear();
                int read = reader.read(chars);
                chars.flip();
                if (read < 0) {
                    ended = true;
                    utf8.encode(chars, bytes, true);
                    utf8.flush(bytes);
                } else {
                    utf8.encode(chars, bytes, false);
                }
                chars.compact();
                bytes.flip();
            }
            return true;
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }
}
