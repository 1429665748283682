package news.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import news.storyline.article.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Valid feeds the feed library alone loses or garbles: shapes, encodings, references and date elements. */
class FeedRepairsTest {
    private final FeedReader reader = new FeedReader();

    @TempDir
    Path tempDir;

    @Test
    void readsRssWhoseItemsAreNotWrappedInAChannel() throws Exception {
        List<Article> articles = read("no-channel.xml", """
                <?xml version="1.0" encoding="utf-8"?>
                <rss version="2.0">
                  <item>
                    <title>Harbour tunnel opens to cyclists</title>
                    <link>https://www.portside-news.example/2004/01/tunnel-cyclists</link>
                    <description>The harbour tunnel opened a cycle lane on Monday.</description>
                    <pubDate>Mon, 26 Jan 2004 16:31:00 EST</pubDate>
                  </item>
                  <item>
                    <title>Night buses return</title>
                    <link>https://www.portside-news.example/2004/01/night-buses</link>
                  </item>
                </rss>
                """.getBytes(StandardCharsets.UTF_8));

        assertThat(articles).extracting(Article::title)
                .containsExactly("Harbour tunnel opens to cyclists", "Night buses return");
        assertThat(articles.getFirst().rawText()).isEqualTo("The harbour tunnel opened a cycle lane on Monday.");
        assertThat(articles.getFirst().published()).isEqualTo(Instant.parse("2004-01-26T21:31:00Z"));
        assertThat(articles.get(1).attributes()).containsEntry(Article.HEADLINE_ONLY, "true");
    }

    @Test
    void readsRssOfAVersionTheFeedLibraryHasNoParserFor() throws Exception {
        List<Article> articles = read("odd-version.xml", """
                <?xml version="1.0" encoding="utf-8"?>
                <rss version="3.0">
                  <channel>
                    <title>Harbour Gazette</title>
                    <link>https://www.harbourgazette.example/</link>
                    <item>
                      <title>Bridge opens to traffic</title>
                      <link>https://www.harbourgazette.example/bridge-opens</link>
                      <description><![CDATA[<p>The new harbour bridge opened to traffic on Monday.</p>]]></description>
                      <pubDate>Mon, 26 Jan 2004 16:31:00 EST</pubDate>
                    </item>
                  </channel>
                </rss>
                """.getBytes(StandardCharsets.UTF_8));

        assertThat(articles).hasSize(1);
        Article article = articles.getFirst();
        assertThat(article.id()).isEqualTo("https://www.harbourgazette.example/bridge-opens");
        assertThat(article.title()).isEqualTo("Bridge opens to traffic");
        assertThat(article.rawText()).isEqualTo("The new harbour bridge opened to traffic on Monday.");
        assertThat(article.published()).isEqualTo(Instant.parse("2004-01-26T21:31:00Z"));
        assertThat(article.source()).isEqualTo("Harbour Gazette");
    }

    @Test
    void readsRss10WithDublinCoreDates() throws Exception {
        Path file = Path.of(FeedRepairsTest.class.getResource("/feeds/river-post-rdf.xml").toURI());
        var sink = new CollectingSink();

        reader.read(file, sink);

        assertThat(sink.articles).extracting(Article::published).containsExactly(
                Instant.parse("2009-11-30T08:15:00Z"), Instant.parse("2009-12-01T00:00:00Z"));
        assertThat(sink.articles).extracting(Article::source).containsOnly("River Post");
        assertThat(sink.articles.get(1).attributes()).containsEntry(Article.HEADLINE_ONLY, "true");
    }

    @Test
    void decodesBase64ContentOfAtom03() throws Exception {
        String html = "<p>The ferry to the north shore runs again after three weeks of repairs.</p>"
                + "<p>Tickets bought for cancelled trips will be refunded, the operator said.</p>";
        // Indented, line-wrapped and without its "=" padding, as Atom 0.3 generators wrote it; the feed library's
        // own decoder fails on both.
        String encoded = String.join("\n      ", Base64.getEncoder().withoutPadding()
                .encodeToString(html.getBytes(StandardCharsets.UTF_8)).split("(?<=\\G.{60})"));
        assertThat(html.getBytes(StandardCharsets.UTF_8).length % 3).isNotZero();
        List<Article> articles = read("atom03.xml", """
                <?xml version="1.0" encoding="utf-8"?>
                <feed version="0.3" xmlns="http://purl.org/atom/ns#">
                  <title>Lakeside Chronicle</title>
                  <link rel="alternate" type="text/html" href="https://lakeside-chronicle.example/"/>
                  <modified>2004-07-08T23:56:58Z</modified>
                  <entry>
                    <title>Ferry service resumes</title>
                    <link rel="alternate" type="text/html" href="https://lakeside-chronicle.example/2004/07/ferry"/>
                    <id>tag:lakeside-chronicle.example,2004:ferry</id>
                    <issued>2004-07-08T20:00:00-04:00</issued>
                    <modified>2004-07-08T23:56:58Z</modified>
                    <content type="text/html" mode="base64">%s</content>
                  </entry>
                </feed>
                """.formatted(encoded).getBytes(StandardCharsets.UTF_8));

        assertThat(articles).hasSize(1);
        assertThat(articles.getFirst().rawText()).isEqualTo(
                "The ferry to the north shore runs again after three weeks of repairs."
                        + "\n\nTickets bought for cancelled trips will be refunded, the operator said.");
        assertThat(articles.getFirst().published()).isEqualTo(Instant.parse("2004-07-09T00:00:00Z"));
    }

    @Test
    void decodesAnUndeclaredWindows1252Feed() throws Exception {
        String feed = """
                <?xml version="1.0"?>
                <rss version="2.0">
                  <channel>
                    <title>Gazette de Montréal</title>
                    <link>https://www.gazette-montreal.example/</link>
                    <item>
                      <title>Le café du marché rouvre l’été</title>
                      <description>Le café a rouvert ses portes — enfin, disent les habitués.</description>
                    </item>
                  </channel>
                </rss>
                """;
        Article article = read("legacy.xml", feed.getBytes(Charset.forName("windows-1252"))).getFirst();

        assertThat(article.title()).isEqualTo("Le café du marché rouvre l’été");
        assertThat(article.rawText()).isEqualTo("Le café a rouvert ses portes — enfin, disent les habitués.");
        assertThat(article.source()).isEqualTo("Gazette de Montréal");
    }

    @Test
    void numericReferencesToC1ControlsBecomeTheWindows1252CharactersTheyMean() throws Exception {
        Article article = read("refs.xml", """
                <?xml version="1.0" encoding="iso-8859-1"?>
                <rss version="2.0">
                  <channel>
                    <title>Valley Courier</title>
                    <item>
                      <title>Mayor&#146;s plan &#147;works&#148;, council says</title>
                      <description>The mayor&#146;s plan &#150; a new bus line &#151; starts in May&#133;</description>
                    </item>
                  </channel>
                </rss>
                """.getBytes(StandardCharsets.ISO_8859_1)).getFirst();

        assertThat(article.title()).isEqualTo("Mayor’s plan “works”, council says");
        assertThat(article.rawText()).isEqualTo("The mayor’s plan – a new bus line — starts in May…");
    }

    @Test
    void readsDublinCoreDatesWhenThereIsNoPubDateAndRefusesImpossibleOnes() throws Exception {
        List<Article> articles = read("dates.xml", """
                <?xml version="1.0" encoding="utf-8"?>
                <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
                     xmlns:dcterms="http://purl.org/dc/terms/">
                  <channel>
                    <title>River Post</title>
                    <item><title>Issued</title><description>Dam inspection finished.</description>
                      <dcterms:issued>2009-11-30T09:15:00+01:00</dcterms:issued></item>
                    <item><title>Modified</title><description>Flood gates tested.</description>
                      <dcterms:modified>2009-12-01T10:00:00Z</dcterms:modified></item>
                    <item><title>Dc date</title><description>Levee repaired.</description>
                      <dc:date>031231</dc:date></item>
                    <item><title>Impossible</title><description>Water level falls.</description>
                      <pubDate>Sun, 99 Jun 2009 12:00:00 GMT</pubDate></item>
                    <item><title>Ancient</title><description>Bridge repainted.</description>
                      <pubDate>Thu, 01 Jan 0100 00:00:01 +0100</pubDate></item>
                  </channel>
                </rss>
                """.getBytes(StandardCharsets.UTF_8));

        assertThat(articles).extracting(Article::published).containsExactly(
                Instant.parse("2009-11-30T08:15:00Z"), Instant.parse("2009-12-01T10:00:00Z"),
                Instant.parse("2003-12-31T00:00:00Z"), null, null);
    }

    @Test
    void namesTheOutletAfterTheOutletPartOfTheFeedTitle() throws Exception {
        Article article = read("npr.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0">
                  <channel>
                    <title>World : NPR</title>
                    <link>https://www.npr.org/sections/world/</link>
                    <item><title>Quake shakes coast</title><description>A strong quake shook the coast.</description></item>
                  </channel>
                </rss>
                """.getBytes(StandardCharsets.UTF_8)).getFirst();

        assertThat(article.source()).isEqualTo("NPR");
        assertThat(article.attributes()).containsEntry("feedTitle", "World : NPR");
    }

    private List<Article> read(String name, byte[] feed) throws Exception {
        Path file = Files.write(tempDir.resolve(name), feed);
        var sink = new CollectingSink();
        reader.read(file, sink);
        assertThat(sink.problems).isEmpty();
        return sink.articles;
    }
}
