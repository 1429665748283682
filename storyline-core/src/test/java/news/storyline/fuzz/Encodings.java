package news.storyline.fuzz;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.random.RandomGenerator;

/** Text written in the encodings and line endings files really arrive in, right and wrong. */
final class Encodings {
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};
    private static final byte[] UTF32LE_BOM = {(byte) 0xFF, (byte) 0xFE, 0, 0};
    private static final byte[] UTF32BE_BOM = {0, 0, (byte) 0xFE, (byte) 0xFF};
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Words with the letters and punctuation that differ between encodings. */
    private static final String ACCENTED = " Le résumé du café « naïve » coûte 5 € – “quoted” ‘too’ — Zürich, Kraków. ";

    private Encodings() {
    }

    static byte[] encode(String text, RandomGenerator random) {
        return switch (random.nextInt(12)) {
            case 0 -> text.getBytes(StandardCharsets.UTF_16LE);
            case 1 -> ByteMutations.concat(UTF16LE_BOM, text.getBytes(StandardCharsets.UTF_16LE));
            case 2 -> text.getBytes(StandardCharsets.UTF_16BE);
            case 3 -> ByteMutations.concat(UTF16BE_BOM, text.getBytes(StandardCharsets.UTF_16BE));
            case 4 -> ByteMutations.concat(UTF32LE_BOM, text.getBytes(UTF_32LE));
            case 5 -> ByteMutations.concat(UTF32BE_BOM, text.getBytes(UTF_32BE));
            case 6 -> ByteMutations.concat(UTF8_BOM, text.getBytes(StandardCharsets.UTF_8));
            case 7 -> withAccents(text, random).getBytes(WINDOWS_1252);
            case 8 -> mixedUtf8And1252(text, random);
            case 9 -> invalidUtf8(withAccents(text, random).getBytes(StandardCharsets.UTF_8), random);
            // A BOM that says one thing over bytes that are another.
            case 10 -> ByteMutations.concat(UTF16LE_BOM, text.getBytes(StandardCharsets.UTF_8));
            default -> withAccents(text, random).getBytes(StandardCharsets.ISO_8859_1);
        };
    }

    /** UTF-8 text with a few Windows-1252 bytes pasted in, as a hand-edited file or a merge of two feeds has. */
    static byte[] mixedUtf8And1252(String text, RandomGenerator random) {
        byte[] out = withAccents(text, random).getBytes(StandardCharsets.UTF_8);
        int pastes = 1 + random.nextInt(4);
        for (int i = 0; i < pastes; i++) {
            out = ByteMutations.insert(out, asciiBoundary(out, random), " caf\u00E9 \u2019s ".getBytes(WINDOWS_1252));
        }
        return out;
    }

    /** Bytes UTF-8 forbids: lone continuation bytes, overlong forms, cut sequences, encoded surrogates. */
    static byte[] invalidUtf8(byte[] in, RandomGenerator random) {
        byte[][] bad = {{(byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xE2, (byte) 0x82},
                {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80},
                {(byte) 0xFF}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}};
        byte[] out = in;
        int insertions = 1 + random.nextInt(6);
        for (int i = 0; i < insertions; i++) {
            out = ByteMutations.insert(out, asciiBoundary(out, random), bad[random.nextInt(bad.length)]);
        }
        return out;
    }

    static String lineEndings(String text, RandomGenerator random) {
        String unix = text.replace("\r\n", "\n");
        return switch (random.nextInt(4)) {
            case 0 -> unix.replace('\n', '\r');
            case 1 -> unix.replace("\n", "\r\n");
            case 2 -> mixedLineEndings(unix, random);
            default -> unix.replace('\n', ' ');
        };
    }

    private static String mixedLineEndings(String unix, RandomGenerator random) {
        var out = new StringBuilder(unix.length() + unix.length() / 20);
        String[] endings = {"\n", "\r\n", "\r", "\n\r", "\u2028", "\u0085"};
        for (int i = 0; i < unix.length(); i++) {
            char c = unix.charAt(i);
            out.append(c == '\n' ? endings[random.nextInt(endings.length)] : String.valueOf(c));
        }
        return out.toString();
    }

    private static String withAccents(String text, RandomGenerator random) {
        int at = text.indexOf(' ', random.nextInt(Math.max(1, text.length())));
        return at < 0 ? text + ACCENTED : text.substring(0, at) + ACCENTED + text.substring(at + 1);
    }

    /** A position before an ASCII byte, so that an inserted sequence does not split a valid character. */
    private static int asciiBoundary(byte[] bytes, RandomGenerator random) {
        for (int tries = 0; tries < 16 && bytes.length > 0; tries++) {
            int at = random.nextInt(bytes.length);
            if (bytes[at] >= 0) {
                return at;
            }
        }
        return bytes.length;
    }
}
