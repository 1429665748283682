package news.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import news.storyline.article.Article;
import news.storyline.clean.ArticleCleaner;
import news.storyline.io.ArticleJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedReaderTest {
    private final FeedReader reader = new FeedReader();

    @TempDir
    Path tempDir;

    @Test
    void readsRss2ItemsWithFullContentOrDescription() throws Exception {
        Path file = resource("harbour-gazette-rss.xml");

        List<Article> articles = readAll(file).articles;

        assertThat(articles).extracting(Article::id).containsExactly(
                "https://www.harbourgazette.example/?p=48213",
                "https://www.harbourgazette.example/?p=48220",
                "https://www.harbourgazette.example/?p=48231");
        assertThat(articles).extracting(Article::title).containsExactly(
                "Council approves new harbour bridge & ferry plan",
                "Mayor\u2019s budget faces fierce questions",
                "Fog delays morning ferries");
        assertThat(articles).extracting(Article::url).containsExactly(
                "https://www.harbourgazette.example/2024/04/12/council-approves-bridge/",
                "https://www.harbourgazette.example/2024/04/12/mayor-budget-questions/",
                "https://www.harbourgazette.example/2024/04/13/fog-delays-ferries/");
        assertThat(articles).extracting(Article::published).containsExactly(
                Instant.parse("2024-04-12T09:30:00Z"),
                Instant.parse("2024-04-12T14:05:00Z"),
                Instant.parse("2024-04-13T05:15:00Z"));
        assertThat(articles).extracting(Article::source).containsOnly("Harbour Gazette");
        assertThat(articles).extracting(Article::attributes)
                .containsOnly(Map.of("feedUrl", "https://www.harbourgazette.example/", "feedTitle", "Harbour Gazette"));
        assertThat(articles.get(0).origin()).isEqualTo(file + "#1");
    }

    @Test
    void splitsHtmlContentIntoParagraphsWithoutTags() throws Exception {
        List<Article> articles = readAll(resource("harbour-gazette-rss.xml")).articles;

        assertThat(articles.get(0).rawText()).isEqualTo(
                "The city council voted 9 to 4 on Thursday night to approve a new bridge across the inner harbour."
                        + "\n\nThe plan also adds a ferry line to the east quay, running every twenty minutes at"
                        + " peak hours."
                        + "\n\nConstruction is expected to start next spring.");
        assertThat(articles.get(1).rawText()).isEqualTo(
                "Councillors pressed the mayor for two hours on Friday over cuts to school funding."
                        + "\n\n\u201CWe cannot balance the books on the backs of children,\u201D"
                        + " said councillor Ana Ruiz.");
        assertThat(articles.get(2).rawText()).isEqualTo(
                "Thick fog held all ferries in port until 9 a.m. on Saturday."
                        + "\n\nServices are back to the normal timetable.");
        assertThat(articles).extracting(Article::rawText).noneMatch(text -> text.contains("<"));
    }

    @Test
    void readsAtomEntriesWithHtmlContentOrPlainSummary() throws Exception {
        List<Article> articles = readAll(resource("alpine-wire-atom.xml")).articles;

        assertThat(articles).extracting(Article::id).containsExactly(
                "tag:alpinewire.example,2024:entry-101", "tag:alpinewire.example,2024:entry-100");
        assertThat(articles).extracting(Article::title).containsExactly(
                "Avalanche risk raised to level 4 in Valais", "Gotthard pass closed after heavy snow");
        assertThat(articles).extracting(Article::url).containsExactly(
                "https://www.alpinewire.example/2024/03/05/avalanche-risk-valais",
                "https://www.alpinewire.example/2024/03/04/gotthard-closed");
        assertThat(articles).extracting(Article::published).containsExactly(
                Instant.parse("2024-03-05T17:20:00Z"), Instant.parse("2024-03-04T06:45:00Z"));
        assertThat(articles).extracting(Article::source).containsOnly("Alpine Wire");
        // The site (the alternate link), as for RSS, not the feed's self link.
        assertThat(articles).extracting(article -> article.attributes().get("feedUrl"))
                .containsOnly("https://www.alpinewire.example/");
        assertThat(articles.get(0).rawText()).isEqualTo(
                "The avalanche warning service raised the risk to level 4 of 5 across upper Valais."
                        + "\n\nSki tourers are asked to stay on marked runs until Friday.");
        // Plain text is kept as written: "<A13>" is text here, not a tag to strip.
        assertThat(articles.get(1).rawText()).isEqualTo(
                "Snow closed the Gotthard pass on Monday. Traffic is diverted via the San Bernardino route <A13>.");
    }

    @Test
    void decodesTheEncodingDeclaredInTheXmlProlog() throws Exception {
        String feed = """
                <?xml version="1.0" encoding="ISO-8859-1"?>
                <rss version="2.0">
                  <channel>
                    <title>Nachrichten aus Zürich</title>
                    <link>https://www.zuerich-nachrichten.example/</link>
                    <item>
                      <title>Neues café am See in Zürich</title>
                      <link>https://www.zuerich-nachrichten.example/cafe-am-see</link>
                      <description>Am Utoquai in Zürich hat ein café eröffnet.</description>
                    </item>
                  </channel>
                </rss>
                """;
        byte[] latin1 = feed.getBytes(StandardCharsets.ISO_8859_1);
        assertThat(latin1).contains((byte) 0xFC).doesNotContain((byte) 0xC3);
        Path file = Files.write(tempDir.resolve("zuerich.xml"), latin1);

        Article article = readAll(file).articles.get(0);

        assertThat(article.source()).isEqualTo("Nachrichten aus Zürich");
        assertThat(article.title()).isEqualTo("Neues café am See in Zürich");
        assertThat(article.rawText()).isEqualTo("Am Utoquai in Zürich hat ein café eröffnet.");
    }

    @Test
    void keepsHeadlineOnlyItemsAndSkipsItemsWithNeitherTitleNorText() throws Exception {
        Path file = resource("item-without-text-rss.xml");

        CollectingSink sink = readAll(file);

        assertThat(sink.problems).containsExactly(
                new InputProblem(file + "#4", "feed item has neither title nor text"));
        assertThat(sink.articles).extracting(Article::title).containsExactly("Library opens on Sundays",
                "Photo gallery: spring market", "Tram line 3 extended to the stadium");
        Article headline = sink.articles.get(1);
        assertThat(headline.rawText()).isEmpty();
        assertThat(headline.attributes()).containsEntry(Article.HEADLINE_ONLY, "true");
        assertThat(headline.url()).isEqualTo("https://www.eastside-daily.example/news/gallery-spring-market");
        assertThat(headline.published()).isEqualTo(Instant.parse("2024-05-06T11:00:00Z"));
        assertThat(sink.articles.get(0).attributes()).doesNotContainKey(Article.HEADLINE_ONLY);
        assertThat(sink.articles).extracting(Article::origin).containsExactly(file + "#1", file + "#2", file + "#3");
    }

    @Test
    void aHeadlineOnlyArticleGoesThroughCleaningAndJsonAsItIs() throws Exception {
        Article headline = readAll(resource("item-without-text-rss.xml")).articles.get(1);

        Article cleaned = new ArticleCleaner().clean(headline);
        JsonNode json = new ObjectMapper().readTree(ArticleJson.line(cleaned));

        assertThat(cleaned.title()).isEqualTo("Photo gallery: spring market");
        assertThat(cleaned.rawText()).isEmpty();
        assertThat(cleaned.paragraphs()).isEmpty();
        assertThat(cleaned.attributes()).containsEntry(Article.HEADLINE_ONLY, "true");
        assertThat(json.get("rawText").asText()).isEmpty();
        assertThat(json.get("title").asText()).isEqualTo("Photo gallery: spring market");
        assertThat(json.get("attributes").get(Article.HEADLINE_ONLY).asText()).isEqualTo("true");
    }

    @Test
    void fallbackIdsAreThePathAsGivenAndThePosition() throws Exception {
        Path file = resource("item-without-text-rss.xml");

        assertThat(readAll(file).articles.get(2).id()).isEqualTo(file + "#3");
    }

    @Test
    void sameFileNameInTwoFoldersGivesDifferentFallbackIds() throws Exception {
        String feed = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>City Desk</title>
                <item><title>Bridge reopens</title><description>The bridge reopened on Monday.</description></item>
                </channel></rss>
                """;
        Path world = Files.createDirectories(tempDir.resolve("world"));
        Path local = Files.createDirectories(tempDir.resolve("local"));
        Path first = Files.writeString(world.resolve("rss.xml"), feed);
        Path second = Files.writeString(local.resolve("rss.xml"), feed);

        String firstId = readAll(first).articles.getFirst().id();
        String secondId = readAll(second).articles.getFirst().id();

        assertThat(firstId).isNotEqualTo(secondId).isEqualTo(first + "#1");
        assertThat(readAll(first).articles.getFirst().id()).isEqualTo(firstId);
    }

    @Test
    void namesTheOutletAfterTheFeedLinkHostWhenTheFeedHasNoTitle() throws Exception {
        List<Article> articles = readAll(resource("item-without-text-rss.xml")).articles;

        assertThat(articles).extracting(Article::source).containsOnly("eastside-daily.example");
    }

    @Test
    void rejectsTruncatedXml() throws URISyntaxException {
        Path file = resource("truncated-rss.xml");

        assertThatThrownBy(() -> readAll(file))
                .isInstanceOf(InputRejectedException.class)
                .hasMessageMatching("malformed feed: XML not well-formed at line \\d+: .+")
                .hasMessageNotContaining("Invalid XML")
                .hasMessageNotContaining("\n");
    }

    @Test
    void rejectsWellFormedXmlThatIsNotAFeed() throws IOException {
        Path file = Files.writeString(tempDir.resolve("page.xml"),
                "<?xml version=\"1.0\"?><html><body><p>Not a feed</p></body></html>");

        assertThatThrownBy(() -> readAll(file))
                .isInstanceOf(InputRejectedException.class)
                .hasMessage("malformed feed: not an RSS or Atom document");
    }

    @Test
    void rejectsUnknownDeclaredEncoding() throws IOException {
        Path file = Files.writeString(tempDir.resolve("odd.xml"), """
                <?xml version="1.0" encoding="x-no-such-charset"?>
                <rss version="2.0"><channel><title>T</title>
                <item><title>A</title><description>Text</description></item></channel></rss>
                """);

        assertThatThrownBy(() -> readAll(file))
                .isInstanceOf(InputRejectedException.class)
                .hasMessageStartingWith("malformed feed: unknown encoding");
    }

    @Test
    void rejectsDoctypeWithoutResolvingItsExternalEntity() throws IOException {
        Path secret = Files.writeString(tempDir.resolve("secret.txt"), "TOP-SECRET-ENTITY-TEXT");
        String feed = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE rss [ <!ENTITY leak SYSTEM "%s"> ]>
                <rss version="2.0">
                  <channel>
                    <title>Harbour Gazette</title>
                    <item>
                      <title>&leak;</title>
                      <description>&leak;</description>
                    </item>
                  </channel>
                </rss>
                """.formatted(secret.toUri());
        Path file = Files.writeString(tempDir.resolve("xxe.xml"), feed);
        var sink = new CollectingSink();

        assertThatThrownBy(() -> reader.read(file, sink))
                .isInstanceOf(InputRejectedException.class)
                .hasMessageStartingWith("malformed feed: ")
                .hasMessageContaining("DOCTYPE")
                .hasMessageNotContaining("TOP-SECRET-ENTITY-TEXT");
        assertThat(sink.articles).isEmpty();
    }

    @Test
    void readsAFeedWithoutItemsAsNoArticlesAndNoProblem() throws Exception {
        CollectingSink sink = readAll(resource("empty-channel-rss.xml"));

        assertThat(sink.articles).isEmpty();
        assertThat(sink.problems).isEmpty();
    }

    @Test
    void captionsAndShareWidgetsInsideItemMarkupAreRemovedAndRecorded(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("wire.rss"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
                <channel><title>Wire</title><link>https://wire.example/</link>
                <item><title>Mosul falls</title><link>https://wire.example/mosul</link>
                <content:encoded><![CDATA[
                  <figure><img src="x.jpg"><figcaption>Iraqi soldiers gather in Najaf. Image Credit: AFP</figcaption></figure>
                  <p>Militants seized Iraq's second-largest city on Tuesday, officials said.</p>
                  <div class="share-tools">Share on Facebook</div>
                  <p>Hundreds of gunmen launched an assault on Mosul overnight.</p>]]></content:encoded>
                </item></channel></rss>
                """);
        Article article = readAll(file).articles.getFirst();
        assertThat(article.rawText()).isEqualTo("Militants seized Iraq's second-largest city on Tuesday, officials said."
                + "\n\nHundreds of gunmen launched an assault on Mosul overnight.");
        assertThat(article.removed()).extracting(span -> span.reason().name() + ": " + span.text()).containsExactly(
                "IMAGE_CAPTION: Iraqi soldiers gather in Najaf. Image Credit: AFP",
                "PAGE_FURNITURE: Share on Facebook");
    }

    private CollectingSink readAll(Path file) throws InputRejectedException, IOException {
        var sink = new CollectingSink();
        reader.read(file, sink);
        return sink;
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(FeedReaderTest.class.getResource("/feeds/" + name).toURI());
    }
}
