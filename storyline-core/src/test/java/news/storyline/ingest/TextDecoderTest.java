package news.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import news.storyline.article.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextDecoderTest {
    private static final String FRENCH = "Le « café » de Zürich — déjà fermé, a dit l’été dernier le propriétaire.";
    @TempDir
    Path dir;

    @Test
    void utf32ByteOrderMarksAreTakenBeforeUtf16() {
        for (String name : List.of("UTF-32LE", "UTF-32BE")) {
            byte[] bytes = ("\uFEFF" + FRENCH).getBytes(Charset.forName(name));
            TextDecoder.Decoded decoded = TextDecoder.read(bytes);
            assertThat(decoded.text()).as(name).isEqualTo(FRENCH);
            assertThat(decoded.charset()).isEqualTo(Charset.forName(name));
        }
    }

    @Test
    void utf8WithAFewWindows1252BytesIsDecodedPieceByPieceAndSaysSo() {
        // A UTF-8 CV with a legacy snippet pasted in: its curly quotes and the pound sign are Windows-1252 bytes.
        var bytes = new ByteArrayOutputStream();
        bytes.writeBytes("Mon résumé: née à Zürich, diplômée en 2004.\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("Salary \u201cnegotiable\u201d from \u00a330,000.\n".getBytes(Charset.forName("windows-1252")));
        TextDecoder.Decoded decoded = TextDecoder.read(bytes.toByteArray());
        assertThat(decoded.text())
                .isEqualTo("Mon résumé: née à Zürich, diplômée en 2004.\nSalary \u201cnegotiable\u201d from \u00a330,000.\n");
        assertThat(decoded.repaired()).isTrue();
    }

    @Test
    void wholeLegacyFilesAreStillGuessedAndCleanUtf8IsNotRepaired() {
        assertThat(TextDecoder.read(FRENCH.getBytes(Charset.forName("windows-1252"))))
                .satisfies(d -> assertThat(d.text()).isEqualTo(FRENCH))
                .satisfies(d -> assertThat(d.repaired()).isFalse());
        String russian = "Боевики захватили второй по величине город Ирака во вторник, сообщили официальные лица.";
        assertThat(TextDecoder.read(russian.getBytes(Charset.forName("windows-1251"))).text()).isEqualTo(russian);
        assertThat(TextDecoder.read(FRENCH.getBytes(StandardCharsets.UTF_8)).repaired()).isFalse();
    }

    @Test
    void aPlainTextFileOfMixedEncodingsIsReadAsItsWriterMeantAndMarked() throws Exception {
        var bytes = new ByteArrayOutputStream();
        bytes.writeBytes("Café owner’s résumé\n\nThe café in Zürich closed après 40 years, ".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("its owner said \u2013 \u201cwe are tired\u201d.\n".getBytes(Charset.forName("windows-1252")));
        Path file = Files.write(dir.resolve("cafe.txt"), bytes.toByteArray());
        var sink = new CollectingSink();
        new PlainTextReader().read(file, sink);
        Article article = sink.articles.getFirst();
        assertThat(article.title()).isEqualTo("Café owner’s résumé");
        assertThat(article.rawText()).endsWith("après 40 years, its owner said \u2013 \u201cwe are tired\u201d.");
        assertThat(article.attributes()).containsEntry("encodingRepaired", "true");
    }

    @Test
    void formatsAreSniffedInUtf16AndUtf32() {
        for (String name : List.of("UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE")) {
            byte[] head = ("\uFEFF<!DOCTYPE html><html><body>").getBytes(Charset.forName(name));
            assertThat(InputFormat.of(Path.of("page"), head)).as(name).isEqualTo(InputFormat.HTML);
        }
    }
}
