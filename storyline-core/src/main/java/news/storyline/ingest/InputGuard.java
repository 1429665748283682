package news.storyline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Checks an input before any reader sees it: that it can be read, is not empty, not binary and not oversized.
 * Returns the first bytes, which also tell the format.
 */
public final class InputGuard {
    static final int HEAD_BYTES = 8192;
    /** Control bytes enough to call a file data rather than text (a stray one or two are a copy-paste's). */
    private static final int MIN_CONTROL_BYTES = 4;

    /** File signatures of the binaries most often dropped among news files by mistake. */
    private static final Map<String, String> SIGNATURES = Map.of(
            "%PDF", "PDF", "\u0089PNG", "PNG image", "GIF8", "GIF image", "\u00FF\u00D8\u00FF", "JPEG image",
            "PK\u0003\u0004", "ZIP archive", "\u001F\u008B", "gzip archive", "\u007FELF", "executable",
            "RIFF", "RIFF media");

    private final long maxFileBytes;

    public InputGuard(long maxFileBytes) {
        this.maxFileBytes = maxFileBytes;
    }

    /** The file's first bytes, when it passes. */
    public byte[] check(Path file) throws InputRejectedException {
        long size;
        byte[] head;
        try {
            size = Files.size(file);
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(HEAD_BYTES);
            }
        } catch (NoSuchFileException e) {
            throw new InputRejectedException("no such file");
        } catch (AccessDeniedException e) {
            throw new InputRejectedException("cannot read: permission denied");
        } catch (IOException e) {
            throw new InputRejectedException("cannot read: " + e.getMessage(), e);
        }
        if (size == 0) {
            throw new InputRejectedException("empty file");
        }
        String binary = binaryKind(head);
        if (binary != null) {
            throw new InputRejectedException("binary content (" + binary + "), not text");
        }
        // JSON Lines are streamed record by record, so only other formats are bounded as a whole.
        if (InputFormat.of(file, head) != InputFormat.JSONL && size > maxFileBytes) {
            throw new InputRejectedException("too large (" + megabytes(size) + ", limit " + megabytes(maxFileBytes) + ")");
        }
        return head;
    }

    /**
     * What kind of data a file's first bytes show it to be (a known signature, NUL bytes, control bytes), or null for
     * text; a UTF-16 or UTF-32 file with its byte-order mark is text.
     */
    public static String binaryKind(byte[] head) {
        String latin1 = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1);
        for (var signature : SIGNATURES.entrySet()) {
            if (latin1.startsWith(signature.getKey())) {
                return signature.getValue();
            }
        }
        // UTF-16 and UTF-32 text has NUL bytes in it by nature; their byte-order marks say so.
        boolean wideText = latin1.startsWith("\u00FE\u00FF") || latin1.startsWith("\u00FF\u00FE")
                || latin1.startsWith("\u0000\u0000\u00FE\u00FF");
        if (wideText) {
            return null;
        }
        if (latin1.indexOf('\0') >= 0) {
            return "NUL bytes";
        }
        // No text encoding of the news (UTF-8, the Latin and Windows code pages, GBK, Big5, Shift-JIS, EUC) writes
        // a control byte other than tab, line and page breaks (and escape, of terminal colours): a file where one
        // byte in a hundred is such is data, however its first bytes look.
        int controls = 0;
        for (byte b : head) {
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
                controls++;
            }
        }
        return controls >= MIN_CONTROL_BYTES && controls * 100 >= head.length ? "control bytes" : null;
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }
}
