package news.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import news.storyline.article.Article;
import news.storyline.article.RemovalReason;
import news.storyline.article.RemovedSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlReaderTest {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @TempDir
    Path dir;

    @Test
    void readsTheStoryOfANewsPageWithoutItsFurniture() throws Exception {
        Article article = readOne(resource("mosul-news-page.html"));

        assertThat(paragraphs(article)).containsExactly(
                "Mosul falls to militants as Iraqi army melts away",
                "By Sarah Haddad, Correspondent June 10, 2014",
                "Baghdad: Militants seized control of Mosul, Iraq's second largest city, on Tuesday after soldiers"
                        + " and police abandoned their posts and fled, leaving weapons and vehicles behind them.",
                "Residents said the fighters, some of them carrying black flags, took over the provincial government"
                        + " headquarters, the airport and several police stations in the space of a few hours.",
                "Tens of thousands of people were reported to be leaving the city for the Kurdish region to the east,"
                        + " where checkpoints were overwhelmed by families travelling in cars and on foot.",
                "The speaker of parliament described the fall of the city as an invasion and called on lawmakers to"
                        + " declare a state of emergency at a session expected later this week.",
                "Officials in Baghdad said reinforcements were being sent north, but gave no details of their number"
                        + " or of when they would arrive in Nineveh province.",
                "Analysts said the collapse of the army in the city raised hard questions about the readiness of"
                        + " forces that had been trained and equipped at great cost over the past decade.");
        assertThat(article.rawText()).doesNotContain(
                "cookies", "Business", "Most read", "traffic fines", "Copyright", "Share on Facebook",
                "Related stories", "Iraq election results", "Image Credit");
    }

    @Test
    void keepsCaptionsAndWidgetsAsRemovedSpansInReadingOrder() throws Exception {
        Article article = readOne(resource("mosul-news-page.html"));

        assertThat(article.removed()).containsExactly(
                new RemovedSpan("Iraqi soldiers gather at a checkpoint on the outskirts of Erbil after fleeing Mosul."
                        + " Image Credit: AFP", RemovalReason.IMAGE_CAPTION, "HTML figure caption"),
                new RemovedSpan("Share on Facebook Share on Twitter", RemovalReason.PAGE_FURNITURE,
                        "div.share-tools"),
                new RemovedSpan("Related stories Iraq election results announced after weeks of delay"
                        + " Fighting continues in Fallujah as families flee", RemovalReason.PAGE_FURNITURE,
                        "section.related-stories"));
    }

    @Test
    void takesTheMetadataFromThePageHead() throws Exception {
        Path page = resource("mosul-news-page.html");
        Article article = readOne(page);

        String canonical = "https://www.gulfchronicle.example/world/mena/mosul-falls-to-militants-1.1345678";
        assertThat(article.title()).isEqualTo("Mosul falls to militants as Iraqi army melts away");
        assertThat(article.url()).isEqualTo(canonical);
        assertThat(article.id()).isEqualTo(canonical);
        assertThat(article.source()).isEqualTo("Gulf Chronicle");
        assertThat(article.published()).isEqualTo(Instant.parse("2014-06-10T10:22:00Z"));
        assertThat(article.attributes()).isEqualTo(Map.of("htmlLang", "en-GB"));
        assertThat(article.origin()).isEqualTo(page.toString());
        assertThat(article.paragraphs()).isEmpty();
    }

    @Test
    void findsTheStoryOfAPageWithoutArticleMarkupByItsProse() throws Exception {
        Article article = readOne(resource("old-cms-page.html"));

        assertThat(paragraphs(article)).hasSize(5);
        assertThat(paragraphs(article).get(0)).isEqualTo("Posted on 14 August 2018");
        assertThat(paragraphs(article).get(1)).startsWith("Heavy monsoon rain cut off more than a dozen villages");
        assertThat(paragraphs(article).get(4)).startsWith("Farmers in the area said the water had destroyed");
        assertThat(article.rawText()).doesNotContain(
                "Latest headlines", "Council approves", "Weather", "Rain: 84 mm", "Home", "News > Regional",
                "Webworks");
    }

    @Test
    void picksTheStoryAmongSeveralArticleElementsByItsParagraphText() throws Exception {
        String html = """
                <html><body>
                <article class="teaser"><h2>Markets rally</h2><p>Shares rose across the region on Monday.</p></article>
                <article class="story">
                <p>Heavy monsoon rain cut off more than a dozen villages in the hills above the river on Tuesday.</p>
                <p>District officials said rescue teams were using boats to reach families stranded in their homes.</p>
                </article>
                <article class="teaser"><h2>Cup final</h2><p>The home side won the cup on penalties.</p></article>
                </body></html>
                """;
        Path page = dir.resolve("several-articles.html");
        Files.writeString(page, html);

        assertThat(paragraphs(readOne(page))).containsExactly(
                "Heavy monsoon rain cut off more than a dozen villages in the hills above the river on Tuesday.",
                "District officials said rescue teams were using boats to reach families stranded in their homes.");
    }

    @Test
    void fallsBackToThePageTitleWithoutTheSiteNameAndToTheFileNameForTheId() throws Exception {
        Article article = readOne(resource("old-cms-page.html"));

        assertThat(article.title()).isEqualTo("Floods cut off villages in Kerala hills");
        assertThat(article.id()).isEqualTo("old-cms-page");
        assertThat(article.url()).isNull();
        assertThat(article.source()).isNull();
        assertThat(article.published()).isNull();
        assertThat(article.attributes()).isEmpty();
    }

    @Test
    void decodesAPageInTheCharsetItDeclares() throws Exception {
        String html = """
                <html><head><meta charset="windows-1252"><title>Caf\u00e9 society</title></head>
                <body><article><p>\u201cThe caf\u00e9 stayed open all night,\u201d the owner said, \
                \u2018as it always has.\u2019</p></article></body></html>
                """;
        Path page = dir.resolve("cafe.html");
        Files.write(page, html.getBytes(WINDOWS_1252));

        Article article = readOne(page);

        assertThat(article.title()).isEqualTo("Caf\u00e9 society");
        assertThat(article.rawText()).isEqualTo(
                "\u201cThe caf\u00e9 stayed open all night,\u201d the owner said, \u2018as it always has.\u2019");
    }

    @Test
    void letsTheDeclaredCharsetWinOverWhatTheBytesSuggest() throws Exception {
        // In ISO-8859-15 the euro sign is byte 0xA4, which a guess from the bytes alone reads as Latin-1's '\u00a4'.
        String html = """
                <html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-15"></head>
                <body><article><p>Bread now costs 2 \u20ac a loaf in the capital.</p></article></body></html>
                """;
        Path page = dir.resolve("latin9.html");
        Files.write(page, html.getBytes(Charset.forName("ISO-8859-15")));

        assertThat(readOne(page).rawText()).isEqualTo("Bread now costs 2 \u20ac a loaf in the capital.");
    }

    @Test
    void readsAPageSavedAsUtf8UnderItsOldSingleByteDeclarationAsUtf8() throws Exception {
        String html = """
                <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head>
                <body><article><p>La Guardia Civil ha detenido en un hotel de Macon, a 70 kilómetros de Lyon,                 a dos miembros de la banda.</p></article></body></html>
                """;
        Path page = dir.resolve("resaved.html");
        Files.write(page, html.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(readOne(page).rawText()).contains("70 kilómetros de Lyon");
    }

    @Test
    void decodesAPageThatDeclaresNoCharsetFromItsBytes() throws Exception {
        String html = """
                <html><head><title>Caf\u00e9 society</title></head>
                <body><article><p>\u201cThe caf\u00e9 stayed open all night,\u201d the owner said.</p></article>
                </body></html>
                """;
        Path page = dir.resolve("undeclared.html");
        Files.write(page, html.getBytes(WINDOWS_1252));

        assertThat(readOne(page).rawText())
                .isEqualTo("\u201cThe caf\u00e9 stayed open all night,\u201d the owner said.");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            """
            {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Floods",
             "datePublished": "2018-08-14T09:30:00+05:30"}""",
            """
            [{"@type": "Organization", "name": "The Valley Courier"},
             {"@type": "NewsArticle", "datePublished": "2018-08-14T09:30:00+05:30"}]""",
            """
            {"@context": "https://schema.org", "@graph": [
              {"@type": "WebSite", "name": "The Valley Courier"},
              {"@type": "NewsArticle", "author": {"@type": "Person", "name": "Anil Menon"},
               "datePublished": "2018-08-14T09:30:00+05:30"}]}"""})
    void readsThePublicationTimeFromJsonLd(String jsonLd) throws Exception {
        String html = """
                <html><head>
                <meta property="og:url" content="https://www.valleycourier.example/news/floods.html">
                <script type="application/ld+json">%s</script>
                </head><body><article><h1>Floods cut off villages</h1>
                <p>Heavy monsoon rain cut off more than a dozen villages in the hills above the river.</p>
                </article></body></html>
                """.formatted(jsonLd);
        Path page = dir.resolve("floods.html");
        Files.writeString(page, html);

        Article article = readOne(page);

        assertThat(article.published()).isEqualTo(Instant.parse("2018-08-14T04:00:00Z"));
        assertThat(article.title()).isEqualTo("Floods cut off villages");
        assertThat(article.url()).isEqualTo("https://www.valleycourier.example/news/floods.html");
        assertThat(article.source()).isEqualTo("valleycourier.example");
    }

    @Test
    void removesAdvertisementSlotsButNotBlocksWhoseNameOnlyContainsAd() throws Exception {
        String html = """
                <html><body><article>
                <div class="lead-paragraph"><p>The lead paragraph of the story stays in the body.</p></div>
                <div id="ad-slot-2"><p>Advertisement</p></div>
                <div class="newsletter-signup"><p>Get the morning briefing in your inbox.</p></div>
                <p>The last paragraph of the story stays too.</p>
                </article></body></html>
                """;
        Path page = dir.resolve("ads.html");
        Files.writeString(page, html);

        Article article = readOne(page);

        assertThat(paragraphs(article)).containsExactly(
                "The lead paragraph of the story stays in the body.", "The last paragraph of the story stays too.");
        assertThat(article.removed()).extracting(RemovedSpan::detail)
                .containsExactly("div#ad-slot-2", "div.newsletter-signup");
    }

    @Test
    void readsTheWholeBodyOfAPageTooShortToScoreButWithoutTheSiteHeaderAndFooter() throws Exception {
        String html = """
                <html><body>
                <header><a href="/">The Valley Courier</a> <a href="/news">News</a></header>
                <div class="notice"><p>The print edition will not appear on Monday.</p></div>
                <footer>&copy; 2018 The Valley Courier</footer>
                </body></html>
                """;
        Path page = dir.resolve("notice.html");
        Files.writeString(page, html);

        Article article = readOne(page);

        assertThat(article.rawText()).isEqualTo("The print edition will not appear on Monday.");
        assertThat(article.removed()).containsExactly(
                new RemovedSpan("The Valley Courier News", RemovalReason.PAGE_FURNITURE, "header"),
                new RemovedSpan("\u00a9 2018 The Valley Courier", RemovalReason.PAGE_FURNITURE, "footer"));
    }

    @Test
    void dropsTheSiteNameFromAnOpenGraphTitleWhenThePageShowsTheHeadlineWithout() throws Exception {
        Path page = dir.resolve("og-title.html");
        Files.writeString(page, """
                <html><head><meta property="og:title" content="Shovel Knight review: rewrite history | Polygon">
                </head><body><article><h1>Shovel Knight review: rewrite history</h1>
                <p>Shovel Knight is inspired by the past in all the right ways, but it is far from stuck in it.</p>
                </article></body></html>""");

        assertThat(readOne(page).title()).isEqualTo("Shovel Knight review: rewrite history");
    }

    @Test
    void takesThePageTitleThatTheContentShowsAsAHeadingOverAKickerSetAsH1() throws Exception {
        Path page = dir.resolve("kicker.html");
        Files.writeString(page, """
                <html><head><title>New blasts shake the port - world.example.hu</title></head><body>
                <div class="article"><h1>Death toll keeps rising</h1><h2>New blasts shake the port</h2>
                <p>New explosions shook the port district on Saturday, where a chemical store blew up on Wednesday.</p>
                </div></body></html>""");
        Path plain = dir.resolve("plain.html");
        Files.writeString(plain, """
                <html><head><title>Port news - world.example.hu</title></head><body>
                <div class="article"><h1>New blasts shake the port</h1><h2>What we know</h2>
                <p>New explosions shook the port district on Saturday, where a chemical store blew up on Wednesday.</p>
                </div></body></html>""");

        assertThat(readOne(page).title()).isEqualTo("New blasts shake the port");
        assertThat(readOne(plain).title()).isEqualTo("New blasts shake the port");
    }

    @Test
    void opensTheBodyWithTheStandfirstThePageShowsAboveIt() throws Exception {
        String standfirst = "The minister told the Wall Street Journal that the government is weighing changes to"
                + " the stakes the state holds.";
        String body = "<p>The remark, made in passing, set off a day of speculation about which companies the"
                + " state would sell, and how much of each.</p><p>The ministry later said no decision had been"
                + " taken, and that any sale would be gradual.</p>"
                + ("<p>Shares of the companies named in the reports rose in early trading and fell back by the"
                + " close, as analysts said a sale of minority stakes had long been expected.</p>").repeat(4);
        String page = """
                <html><head><meta name="description" content="%s"></head><body>
                <div class="story"><h1>State weighs partial sales</h1><p class="chapo">%s</p>
                <div class="ad-slot"></div><div class="story-body" itemprop="articleBody">%s</div></div>
                </body></html>""";
        Path shown = dir.resolve("standfirst.html");
        Files.writeString(shown, page.formatted(standfirst, standfirst.replace("Journal", "<i>Journal</i>"), body));
        Path teaser = dir.resolve("teaser-description.html");
        Files.writeString(teaser, page.formatted("A search teaser written for no page at all, long enough to count"
                + " as a standfirst if it were one.", "Another dek", body));
        Path inBody = dir.resolve("description-in-body.html");
        Files.writeString(inBody, page.formatted(standfirst, "Another dek",
                "<p>" + standfirst + "</p>" + body));

        assertThat(readOne(shown).rawText()).startsWith(standfirst + "\n\nThe remark, made in passing");
        assertThat(readOne(teaser).rawText()).startsWith("The remark, made in passing");
        assertThat(readOne(inBody).rawText()).startsWith(standfirst + "\n\nThe remark").containsOnlyOnce(
                "weighing changes");
    }

    @Test
    void readsTheBodyAPageDeclaresInItsStructuredDataWhenItShowsOnlyATeaser() throws Exception {
        Path page = dir.resolve("teaser.html");
        Files.writeString(page, """
                <html><head><title>Dam repairs begin</title>
                <script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
                 "headline": "Dam repairs begin", "articleBody": "Engineers began repairing the cracked dam on \
                Tuesday, two weeks after the flood that emptied the reservoir.\\nThe work is expected to take \
                six months and to cost about 40 million euros, the regional water board said.\\nFarmers \
                downstream will draw water from wells until the reservoir is filled again next spring."}
                </script></head><body><article><h1>Dam repairs begin</h1>
                <p>Engineers began repairing the cracked dam on Tuesday, two weeks after the flood.</p>
                <div class="paywall">Subscribe to read the whole story.</div></article></body></html>""");

        Article article = readOne(page);

        assertThat(paragraphs(article)).containsExactly(
                "Engineers began repairing the cracked dam on Tuesday, two weeks after the flood that emptied the"
                        + " reservoir.",
                "The work is expected to take six months and to cost about 40 million euros, the regional water"
                        + " board said.",
                "Farmers downstream will draw water from wells until the reservoir is filled again next spring.");
        assertThat(article.attributes()).containsEntry(HtmlReader.BODY_FROM, "json-ld articleBody");
    }

    @Test
    void keepsTheVisibleBodyWhenTheStructuredOneIsNoLonger() throws Exception {
        Path page = dir.resolve("copy.html");
        String text = "Engineers began repairing the cracked dam on Tuesday, two weeks after the flood that emptied"
                + " the reservoir, and expect the work to take six months.";
        Files.writeString(page, """
                <html><head><script type="application/ld+json">{"@type": "NewsArticle", "articleBody": "%s"}</script>
                </head><body><article><p>%s</p></article></body></html>""".formatted(text, text));

        Article article = readOne(page);

        assertThat(article.rawText()).isEqualTo(text);
        assertThat(article.attributes()).doesNotContainKey(HtmlReader.BODY_FROM);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<meta name=\"publish_date\" content=\"Sat, 09 Oct 2010 07:15:45 EST\">",
            "<meta itemprop=\"datePublished\" content=\"2010-10-09T12:15:45.0000000\">",
            "<meta name=\"DC.date.issue\" content=\"2010-10-09T12:15:45Z\">"})
    void readsThePublicationTimeFromTheMetaTagsOldSitesUsed(String meta) throws Exception {
        Path page = dir.resolve("meta.html");
        Files.writeString(page, "<html><head>" + meta + "</head><body><article><p>Census estimates redraw the "
                + "electoral map for the next presidential election.</p></article></body></html>");

        assertThat(readOne(page).published()).isEqualTo(Instant.parse("2010-10-09T12:15:45Z"));
    }

    @Test
    void takesTheDayInTheArticlesAddressWhenThePageGivesNoTime() throws Exception {
        Path page = dir.resolve("address.html");
        Files.writeString(page, """
                <html><head><link rel="canonical" href="http://www.cnn.com/2010/POLITICS/08/13/social.security/">
                </head><body><article><p>Democrats pledged Friday to make Social Security a campaign issue.</p>
                </article></body></html>""");

        Article article = readOne(page);

        assertThat(article.published()).isEqualTo(Instant.parse("2010-08-13T00:00:00Z"));
        assertThat(article.attributes()).containsEntry("publishedFrom", "url");
    }

    @Test
    void takesNoDayFromNumbersInAnAddressThatAreNoDate() {
        assertThat(HtmlMetadata.dayInAddress("http://example.com/2014/13/45/story")).isEmpty();
        assertThat(HtmlMetadata.dayInAddress("http://example.com/story/8301-30686_3-20014053-266.html")).isEmpty();
        assertThat(HtmlMetadata.dayInAddress("http://www.polygon.com/2014/6/26/5842180/shovel-knight-review"))
                .contains(Instant.parse("2014-06-26T00:00:00Z"));
    }

    @Test
    void takesABlockThatRepeatsAnImagesDescriptionForItsCaptionButNotAParagraph() throws Exception {
        Path page = dir.resolve("alt.html");
        String lead = "Democrats pledged Friday to make Social Security a campaign issue this fall, party leaders said.";
        Files.writeString(page, """
                <html><body><article>
                <img src="a.jpg" alt="Tim Kaine says Democrats will highlight their role in Social Security.">
                <div>Tim Kaine says Democrats will highlight their role in Social Security.</div>
                <img src="b.jpg" alt="%s"><p>%s</p>
                <p>Republicans have called for a revamp of the program, including private accounts for workers.</p>
                </article></body></html>""".formatted(lead, lead));

        Article article = readOne(page);

        assertThat(paragraphs(article).getFirst()).isEqualTo(lead);
        assertThat(article.removed()).extracting(RemovedSpan::reason, RemovedSpan::detail).containsExactly(
                org.assertj.core.groups.Tuple.tuple(RemovalReason.IMAGE_CAPTION,
                        "the description of an image above it"));
    }

    @Test
    void rejectsAPageWithNoArticleText() throws Exception {
        Path page = resource("script-only-page.html");

        assertThatThrownBy(() -> readOne(page))
                .isInstanceOf(InputRejectedException.class)
                .hasMessage("no article text found in the HTML page");
    }

    private static List<String> paragraphs(Article article) {
        return List.of(article.rawText().split("\n\n"));
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(Objects.requireNonNull(HtmlReaderTest.class.getResource("/html/" + name), name).toURI());
    }

    private static Article readOne(Path file) throws InputRejectedException, IOException {
        var sink = new CollectingSink();
        new HtmlReader().read(file, sink);
        assertThat(sink.problems).isEmpty();
        assertThat(sink.articles).hasSize(1);
        return sink.articles.get(0);
    }
}
