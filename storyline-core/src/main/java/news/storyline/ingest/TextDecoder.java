package news.storyline.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns the bytes of a text input into a string, finding the encoding: a byte-order mark first (UTF-32 before
 * UTF-16, whose mark begins UTF-32LE's), then strict UTF-8 (most of the web), then UTF-8 with a few stray
 * Windows-1252 bytes (see {@link MixedUtf8}), then a statistical guess, then Windows-1252, which decodes any byte
 * sequence and is what legacy Western pages usually are.
 */
public final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");

    private TextDecoder() {
    }

    /**
     * Decoded text.
     *
     * @param charset  the encoding found; UTF-8 for mixed text
     * @param repaired whether stray bytes that were not valid UTF-8 were read as Windows-1252 in otherwise UTF-8 text
     */
    public record Decoded(String text, Charset charset, boolean repaired) {
    }

    /** The decoded text, without a byte-order mark. */
    public static String decode(byte[] bytes) {
        return read(bytes).text();
    }

    /** The charset {@link #decode} uses for these bytes. */
    public static Charset detect(byte[] bytes) {
        return read(bytes).charset();
    }

    /** The decoded text, without a byte-order mark, and how it was decoded. */
    public static Decoded read(byte[] bytes) {
        Optional<Charset> marked = byteOrderMark(bytes);
        if (marked.isPresent()) {
            return new Decoded(withoutMark(new String(bytes, marked.get())), marked.get(), false);
        }
        MixedUtf8.Counts counts = MixedUtf8.count(bytes, 0, bytes.length);
        if (counts.invalidBytes() == 0) {
            return new Decoded(withoutMark(new String(bytes, StandardCharsets.UTF_8)), StandardCharsets.UTF_8, false);
        }
        if (counts.mostlyUtf8()) {
            return new Decoded(withoutMark(MixedUtf8.decode(bytes, 0, bytes.length)), StandardCharsets.UTF_8, true);
        }
        Charset legacy = guess(bytes).orElse(WINDOWS_1252);
        return new Decoded(withoutMark(new String(bytes, legacy)), legacy, false);
    }

    /** The charset a byte-order mark at the start names, if there is one. */
    static Optional<Charset> byteOrderMark(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (b.length >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0) {
            return Optional.of(UTF_32LE);
        }
        if (b.length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF) {
            return Optional.of(UTF_32BE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return Optional.empty();
    }

    private static String withoutMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
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
