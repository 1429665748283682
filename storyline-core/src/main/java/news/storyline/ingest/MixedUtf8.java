package news.storyline.ingest;

import java.nio.charset.Charset;

/**
 * Text that is UTF-8 with stray Windows-1252 bytes, as when a legacy snippet is pasted into a UTF-8 file: each valid
 * UTF-8 sequence is read as UTF-8 and each byte that starts no valid sequence as Windows-1252. Decoding such a file
 * wholly as Windows-1252 would garble every UTF-8 character ("résumé" as "rÃ©sumÃ©"), and wholly as UTF-8 would
 * lose the stray characters.
 */
final class MixedUtf8 {
    /** Windows-1252 for the bytes 0x80-0xFF; its five unassigned bytes map to the C1 controls, as browsers do. */
    private static final char[] WINDOWS_1252_HIGH = windows1252High();

    private MixedUtf8() {
    }

    /** How many valid multi-byte UTF-8 sequences and how many bytes outside any valid sequence. */
    record Counts(long multiByteSequences, long invalidBytes) {
        /** Mostly UTF-8: some bytes are not, and the valid multi-byte sequences outnumber them. */
        boolean mostlyUtf8() {
            return invalidBytes > 0 && multiByteSequences > invalidBytes;
        }
    }

    static Counts count(byte[] bytes, int from, int to) {
        long multiByte = 0;
        long invalid = 0;
        for (int i = from; i < to; ) {
            int length = sequenceLength(bytes, i, to);
            if (length == 0) {
                invalid++;
                i++;
            } else {
                multiByte += length > 1 ? 1 : 0;
                i += length;
            }
        }
        return new Counts(multiByte, invalid);
    }

    static String decode(byte[] bytes, int from, int to) {
        var text = new StringBuilder(to - from);
        for (int i = from; i < to; ) {
            int length = sequenceLength(bytes, i, to);
            int b0 = bytes[i] & 0xFF;
            if (length == 0) {
                text.append(WINDOWS_1252_HIGH[b0 - 0x80]);
                i++;
            } else if (length == 1) {
                text.append((char) b0);
                i++;
            } else {
                int codePoint = b0 & (0xFF >> (length + 1));
                for (int k = 1; k < length; k++) {
                    codePoint = codePoint << 6 | bytes[i + k] & 0x3F;
                }
                text.appendCodePoint(codePoint);
                i += length;
            }
        }
        return text.toString();
    }

    /**
     * The length of the well-formed UTF-8 sequence starting at {@code i} (1 for ASCII), or 0 when none starts there.
     * Well-formed as the Unicode standard's table 3-7 says: no overlong forms, no surrogates, nothing past U+10FFFF.
     */
    static int sequenceLength(byte[] b, int i, int to) {
        int b0 = b[i] & 0xFF;
        if (b0 < 0x80) {
            return 1;
        }
        int length;
        int secondLow = 0x80;
        int secondHigh = 0xBF;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            length = 2;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            length = 3;
            secondLow = b0 == 0xE0 ? 0xA0 : 0x80;
            secondHigh = b0 == 0xED ? 0x9F : 0xBF;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            length = 4;
            secondLow = b0 == 0xF0 ? 0x90 : 0x80;
            secondHigh = b0 == 0xF4 ? 0x8F : 0xBF;
        } else {
            return 0;
        }
        if (i + length > to) {
            return 0;
        }
        int b1 = b[i + 1] & 0xFF;
        if (b1 < secondLow || b1 > secondHigh) {
            return 0;
        }
        for (int k = 2; k < length; k++) {
            int bk = b[i + k] & 0xFF;
            if (bk < 0x80 || bk > 0xBF) {
                return 0;
            }
        }
        return length;
    }

    private static char[] windows1252High() {
        var table = new char[0x80];
        Charset windows1252 = Charset.forName("windows-1252");
        for (int b = 0x80; b <= 0xFF; b++) {
            char c = new String(new byte[] {(byte) b}, windows1252).charAt(0);
            table[b - 0x80] = c == '\uFFFD' ? (char) b : c;
        }
        return table;
    }
}
