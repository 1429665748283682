package news.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The small recognisers the readers share: dates, id lines, formats and encodings. */
class SmallParsersTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2014-06-10|2014-06-10T00:00:00Z",
            "2014-06-10T08:15:00Z|2014-06-10T08:15:00Z",
            "2014-06-10T08:15:00+03:00|2014-06-10T05:15:00Z",
            "2014-06-10 08:15:00|2014-06-10T08:15:00Z",
            "Tue, 10 Jun 2014 08:15:00 GMT|2014-06-10T08:15:00Z",
            "January 09, 2008|2008-01-09T00:00:00Z",
            "June 10, 2014|2014-06-10T00:00:00Z",
            "10 June 2014|2014-06-10T00:00:00Z",
            "Jun 10th, 2014|2014-06-10T00:00:00Z",
            "Tuesday, June 10, 2014|2014-06-10T00:00:00Z"})
    void parsesPublicationTimes(String text, String expected) {
        assertThat(PublishedTimeParser.parse(text)).contains(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "Mosul fell on June 10, 2014", "2014"})
    void leavesOtherTextUnparsed(String text) {
        assertThat(PublishedTimeParser.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.1345264-3993115206", "AFP-20140610-0042", "2014061012345678"})
    void recognisesIdLines(String line) {
        assertThat(SourceIdLine.parse(line)).contains(line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mosul", "2014-06-10", "Also Read", "350 km", "ISIL-2014", "Page 12345"})
    void leavesWordsAndDatesAlone(String line) {
        assertThat(SourceIdLine.parse(line)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "a.jsonl|x|JSONL", "a.NDJSON|x|JSONL", "a.htm|x|HTML", "a.atom|x|FEED", "a.txt|{\"id\":1}|TEXT",
            "noext|{\"id\": 1}|JSONL", "a.xml|<?xml version='1.0'?><rss version='2.0'>|FEED",
            "a.xml|<feed xmlns='http://www.w3.org/2005/Atom'>|FEED", "page|<!DOCTYPE html><html>|HTML",
            "notes|Mosul fell.|TEXT", "a.json|x|JSON", "export|[{\"id\": 1}]|JSON", "sitemap.xml|<urlset>|FEED",
            "noext|<?xml version='1.0'?><urlset>|FEED", "page.xhtml|<?xml version='1.0'?><html>|HTML",
            "item|<rss><channel><description>&lt;html&gt; <html></description>|FEED",
            "page|<html><body><p>Subscribe via <feed></p>|HTML"})
    void tellsFormatsByExtensionThenContent(String name, String head, InputFormat expected) {
        assertThat(InputFormat.of(Path.of(name), head.getBytes(StandardCharsets.UTF_8))).isEqualTo(expected);
    }

    @Test
    void decodesUtf8Windows1252AndByteOrderMarks() {
        String text = "Le « café » de Zürich — déjà fermé, a dit l’été dernier le propriétaire à la presse.";
        assertThat(TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
        assertThat(TextDecoder.decode(text.getBytes(Charset.forName("windows-1252")))).isEqualTo(text);
        assertThat(TextDecoder.decode(("\uFEFF" + text).getBytes(StandardCharsets.UTF_16BE))).isEqualTo(text);
        assertThat(TextDecoder.decode(("\uFEFF" + text).getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
    }

    @Test
    void decodesCyrillicInALegacyEncoding() {
        String text = "Боевики захватили второй по величине город Ирака во вторник, сообщили официальные лица.";
        assertThat(TextDecoder.decode(text.getBytes(Charset.forName("windows-1251")))).isEqualTo(text);
    }
}
