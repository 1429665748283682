package news.storyline.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns the bytes of a text input into a string, finding the encoding: a byte-order mark first, then strict
 * UTF-8 (most of the web), then a statistical guess, then Windows-1252, which decodes any byte sequence and is what
 * legacy Western pages usually are.
 */
public final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    /** The decoded text, without a byte-order mark. */
    public static String decode(byte[] bytes) {
        return new String(bytes, detect(bytes)).replaceFirst("^\uFEFF", "");
    }

    /** The charset {@link #decode} uses for these bytes. */
    public static Charset detect(byte[] bytes) {
        return byteOrderMark(bytes)
                .or(() -> isUtf8(bytes) ? Optional.of(StandardCharsets.UTF_8) : Optional.empty())
                .or(() -> guess(bytes))
                .orElse(WINDOWS_1252);
    }

    private static Optional<Charset> byteOrderMark(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return Optional.empty();
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static Optional<Charset> guess(byte[] bytes) {
        var detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name == null || !Charset.isSupported(name)) {
            return Optional.empty();
        }
        return Optional.of(Charset.forName(name));
    }
}
