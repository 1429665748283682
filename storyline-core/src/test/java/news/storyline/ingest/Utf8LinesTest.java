package news.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Utf8LinesTest {
    @Test
    void lfCrlfAndBareCrEachEndALine() throws IOException {
        byte[] bytes = "first\rsecond\r\nthird\n\nfifth\r\rseventh".getBytes(StandardCharsets.UTF_8);
        assertThat(texts(new ByteArrayInputStream(bytes)))
                .containsExactly("1 first", "2 second", "3 third", "4 ", "5 fifth", "6 ", "7 seventh");
    }

    @Test
    void aCrlfSplitAcrossReadsIsOneLineEnd() throws IOException {
        // A stream that hands over one byte per read puts every CR and LF on a buffer boundary.
        byte[] bytes = "{\"id\": 1}\r\n{\"id\": 2}\r\n\r\n{\"id\": 4}\r".getBytes(StandardCharsets.UTF_8);
        assertThat(texts(oneByteAtATime(bytes)))
                .containsExactly("1 {\"id\": 1}", "2 {\"id\": 2}", "3 ", "4 {\"id\": 4}");
    }

    @Test
    void bytesReadCountsTheLinesReturnedAndTheirEnds() throws IOException {
        byte[] bytes = "caf\u00e9\r\nna\u00efve\rend".getBytes(StandardCharsets.UTF_8);
        try (var lines = new Utf8Lines(new ByteArrayInputStream(bytes), 100)) {
            assertThat(lines.bytesRead()).isZero();
            lines.next();
            assertThat(lines.bytesRead()).isEqualTo("caf\u00e9\r\n".getBytes(StandardCharsets.UTF_8).length);
            lines.next();
            lines.next();
            assertThat(lines.next()).isNull();
            assertThat(lines.bytesRead()).isEqualTo(bytes.length);
        }
    }

    @Test
    void aLineWithStrayWindows1252BytesIsReadAndMarkedRepaired() throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        bytes.writeBytes("{\"text\": \"r\u00e9sum\u00e9 ".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("\u201cquoted\u201d\"}\nclean\n".getBytes(Charset.forName("windows-1252")));
        try (var lines = new Utf8Lines(new ByteArrayInputStream(bytes.toByteArray()), 100)) {
            Utf8Lines.Line mixed = lines.next();
            assertThat(mixed.text()).isEqualTo("{\"text\": \"r\u00e9sum\u00e9 \u201cquoted\u201d\"}");
            assertThat(mixed.repaired()).isTrue();
            assertThat(lines.next().repaired()).isFalse();
        }
    }

    @Test
    void anOverlongLineIsReportedWithItsLengthAndTheNextLineIsRead() throws IOException {
        byte[] bytes = ("x".repeat(300) + "\r" + "short").getBytes(StandardCharsets.UTF_8);
        try (var lines = new Utf8Lines(oneByteAtATime(bytes), 100)) {
            assertThat(lines.next().problem()).isEqualTo("record too large (300 bytes, limit 100)");
            assertThat(lines.next().text()).isEqualTo("short");
        }
    }

    private static List<String> texts(InputStream in) throws IOException {
        var texts = new ArrayList<String>();
        try (var lines = new Utf8Lines(in, 1000)) {
            for (Utf8Lines.Line line = lines.next(); line != null; line = lines.next()) {
                texts.add(line.number() + " " + line.text());
            }
        }
        return texts;
    }

    private static InputStream oneByteAtATime(byte[] bytes) {
        return new FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, 1));
            }
        };
    }
}
