package news.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import news.storyline.article.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Big feeds are read item by item; what comes out is what the whole-tree reading gives. */
class StreamingFeedTest {
    @TempDir
    Path tempDir;

    @ParameterizedTest
    @ValueSource(strings = {"harbour-gazette-rss.xml", "alpine-wire-atom.xml", "item-without-text-rss.xml",
            "river-post-rdf.xml"})
    void streamingGivesTheSameArticlesAsTheTree(String name) throws Exception {
        Path file = Path.of(StreamingFeedTest.class.getResource("/feeds/" + name).toURI());

        CollectingSink tree = read(new FeedReader(), file);
        CollectingSink streamed = read(new FeedReader(0), file);

        assertThat(streamed.articles).isNotEmpty().containsExactlyElementsOf(tree.articles);
        assertThat(streamed.problems).containsExactlyElementsOf(tree.problems);
    }

    @ParameterizedTest
    @ValueSource(strings = {"windows-1252", "UTF-8"})
    void streamingDecodesFeedsThatDeclareNoEncodingAsTheTreeDoes(String charset) throws Exception {
        Path file = Files.write(tempDir.resolve("undeclared.xml"), """
                <?xml version="1.0"?>
                <rss version="2.0"><channel><title>Gazette de Montréal</title>
                <item><title>Le café du marché rouvre l’été</title>
                <description>Le café a rouvert ses portes — enfin.</description></item></channel></rss>
                """.getBytes(java.nio.charset.Charset.forName(charset)));

        CollectingSink tree = read(new FeedReader(), file);
        CollectingSink streamed = read(new FeedReader(0), file);

        assertThat(streamed.articles).containsExactlyElementsOf(tree.articles);
        assertThat(streamed.articles.getFirst().title()).isEqualTo("Le café du marché rouvre l’été");
        assertThat(streamed.articles.getFirst().rawText()).isEqualTo("Le café a rouvert ses portes — enfin.");
    }

    @Test
    void readsAFeedAboveTheStreamingSizeItemByItem() throws Exception {
        int items = 20_000;
        var feed = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
                <channel><title>Reuters: Top News</title><link>https://www.reuters.com/</link>
                """);
        var rfc822 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH);
        Instant start = Instant.parse("2024-01-01T00:00:00Z");
        for (int i = 1; i <= items; i++) {
            feed.append("<item><title>Markets update number ").append(i).append("</title>")
                    .append("<link>https://www.reuters.com/markets/update-").append(i).append("</link>")
                    .append("<description>&lt;p&gt;Shares moved in early trading on day ").append(i)
                    .append(" of the quarter, brokers said.&lt;/p&gt;&lt;p&gt;Oil prices were steady.&lt;/p&gt;")
                    .append("</description><pubDate>")
                    .append(rfc822.format(start.plusSeconds(60L * i).atOffset(ZoneOffset.UTC)))
                    .append("</pubDate></item>\n");
        }
        feed.append("</channel></rss>\n");
        Path file = Files.writeString(tempDir.resolve("big.xml"), feed);
        assertThat(Files.size(file)).isGreaterThan(FeedReader.STREAM_ABOVE_BYTES);

        CollectingSink sink = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> read(new FeedReader(), file));

        assertThat(sink.problems).isEmpty();
        assertThat(sink.articles).hasSize(items);
        Article last = sink.articles.getLast();
        assertThat(last.title()).isEqualTo("Markets update number " + items);
        assertThat(last.id()).isEqualTo("https://www.reuters.com/markets/update-" + items);
        assertThat(last.published()).isEqualTo(start.plusSeconds(60L * items));
        assertThat(last.rawText()).isEqualTo("Shares moved in early trading on day " + items
                + " of the quarter, brokers said.\n\nOil prices were steady.");
        assertThat(last.source()).isEqualTo("Reuters");
        assertThat(last.origin()).isEqualTo(file + "#" + items);
    }

    @Test
    void streamingRejectsADoctypeWithoutResolvingIt() throws Exception {
        Path secret = Files.writeString(tempDir.resolve("secret.txt"), "TOP-SECRET-ENTITY-TEXT");
        Path file = Files.writeString(tempDir.resolve("xxe.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE rss [ <!ENTITY leak SYSTEM "%s"> ]>
                <rss version="2.0"><channel><title>Harbour Gazette</title>
                <item><title>&leak;</title><description>&leak;</description></item></channel></rss>
                """.formatted(secret.toUri()));
        var sink = new CollectingSink();

        assertThatThrownBy(() -> new FeedReader(0).read(file, sink))
                .isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("DOCTYPE")
                .hasMessageNotContaining("TOP-SECRET-ENTITY-TEXT");
        assertThat(sink.articles).isEmpty();
    }

    @Test
    void streamingSaysWhereTruncatedXmlBreaks() throws URISyntaxException {
        Path file = Path.of(StreamingFeedTest.class.getResource("/feeds/truncated-rss.xml").toURI());

        assertThatThrownBy(() -> read(new FeedReader(0), file))
                .isInstanceOf(InputRejectedException.class)
                .hasMessageMatching("malformed feed: XML not well-formed at line \\d+: .+")
                .hasMessageNotContaining("\n");
    }

    private static CollectingSink read(FeedReader reader, Path file) throws Exception {
        var sink = new CollectingSink();
        reader.read(file, sink);
        return sink;
    }
}
