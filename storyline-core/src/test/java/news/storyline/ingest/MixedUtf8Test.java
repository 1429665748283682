package news.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MixedUtf8Test {
    @Test
    void validSequencesAreUtf8AndStrayBytesWindows1252() {
        byte[] utf8 = "naïve €5 😀 ".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[utf8.length + 5];
        System.arraycopy(utf8, 0, bytes, 0, utf8.length);
        // 0x93 and 0x94 are Windows-1252 curly quotes, 0xE9 "é" with no continuation, 0x81 unassigned.
        bytes[utf8.length] = (byte) 0x93;
        bytes[utf8.length + 1] = (byte) 0xE9;
        bytes[utf8.length + 2] = ' ';
        bytes[utf8.length + 3] = (byte) 0x94;
        bytes[utf8.length + 4] = (byte) 0x81;
        assertThat(MixedUtf8.decode(bytes, 0, bytes.length)).isEqualTo("naïve €5 😀 \u201cé \u201d\u0081");
        assertThat(MixedUtf8.count(bytes, 0, bytes.length)).isEqualTo(new MixedUtf8.Counts(3, 4));
    }

    @Test
    void overlongFormsSurrogatesAndCutSequencesAreNotUtf8() {
        // C0 AF is an overlong "/", ED A0 80 an encoded surrogate, E2 82 a cut "€".
        byte[] bytes = {(byte) 0xC0, (byte) 0xAF, (byte) 0xED, (byte) 0xA0, (byte) 0x80, (byte) 0xE2, (byte) 0x82};
        assertThat(MixedUtf8.count(bytes, 0, bytes.length)).isEqualTo(new MixedUtf8.Counts(0, 7));
        assertThat(MixedUtf8.decode(bytes, 0, bytes.length)).isEqualTo("\u00c0\u00af\u00ed\u00a0\u20ac\u00e2\u201a");
    }
}
