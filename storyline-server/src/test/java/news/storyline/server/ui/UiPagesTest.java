package news.storyline.server.ui;

import static news.storyline.facts.render.StoryReportFixtures.XSS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import news.storyline.article.Article;
import news.storyline.facts.StoryReporter;
import news.storyline.facts.render.StoryReportFixtures;
import news.storyline.similarity.PairScores;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class UiPagesTest {
    private static final Instant T0 = Instant.parse("2014-06-10T09:30:00Z");

    private static List<String> hostilePages() {
        Article hostile = UiFixtures.hostileArticle();
        List<SearchHit> hits = List.of(new SearchHit("x0/..?a=1&b=<2>", XSS, XSS, T0, "Officials said " + XSS,
                XSS, XSS));
        return List.of(
                StoryListPage.render(List.of(new StoryListItem(XSS, XSS, 3, List.of(XSS, "Plain"), T0, T0,
                        List.of(XSS))), new StoryListFilters(XSS, XSS, XSS), PageLinks.of(2, 1, 5), List.of(XSS),
                        List.of()),
                StoryPage.render(StoryReportFixtures.hostile(), List.of(hostile)),
                ArticlePage.render(hostile, new StoryRef(XSS, XSS)),
                ComparePage.render(XSS, XSS, hostile, hostile, UiFixtures.scores(hostile, hostile), XSS),
                SearchPage.render(XSS, hits, PageLinks.of(1, 10, 30)),
                StoryMapPage.render(UiFixtures.map(), 500),
                ErrorPage.render(404, XSS));
    }

    @Test
    void aStoryPageSaysWhenTheStoryWasTakenUpAgainAndWhatWasMergedIntoIt() {
        var resumed = new news.storyline.story.StoryMerge("s1", "s1", Instant.parse("2014-09-10T08:00:00Z"), "later",
                "names \"in June 2014\" (2014-06-01 to 2014-06-30), when it was reported, and is alike to it (0.61)");
        var merged = new news.storyline.story.StoryMerge("s7", "s1", Instant.parse("2014-06-11T10:00:00Z"), XSS);
        Document page = Jsoup.parse(StoryPage.render(StoryReportFixtures.mosul(), List.of(), List.of(merged),
                List.of(resumed)));

        assertThat(page.select("#history li").eachText()).containsExactly(
                "Taken up again on 10 Sep 2014 08:00 by later, after it had gone quiet: it names \"in June 2014\" "
                        + "(2014-06-01 to 2014-06-30), when it was reported, and is alike to it (0.61)",
                "Merged with story s7 on 11 Jun 2014 10:00, when " + XSS + " belonged to both");
        assertThat(page.select("#history a").eachAttr("href")).containsExactly("/articles/later",
                Links.article(XSS));
        assertThat(Jsoup.parse(StoryPage.render(StoryReportFixtures.mosul(), List.of())).select("#history"))
                .isEmpty();
    }

    @Test
    void theMapPageDrawsEachStoryAsARowLinkedToItsPage() {
        Document doc = Jsoup.parse(StoryMapPage.render(UiFixtures.map(), 500));

        assertThat(doc.select("nav a[aria-current]").text()).isEqualTo("Map");
        assertThat(doc.select("svg#storymap-chart g.story")).hasSize(2);
        assertThat(doc.select("svg#storymap-chart a").eachAttr("href")).containsExactly("/stories/seeds",
                Links.story(XSS + "/..?a=1"));
        assertThat(doc.select("p.muted").text()).startsWith("The 2 stories with the most independent reports among "
                + "the 500 latest to change");
        assertThat(doc.select("svg#storymap-chart circle")).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void everyPageCarriesThePolicyAndNothingFromTheTextRuns() {
        for (String html : hostilePages()) {
            Document doc = Jsoup.parse(html);
            assertThat(doc.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
                    .isEqualTo(Csp.META_POLICY);
            assertThat(html.toLowerCase()).doesNotContain("<img").doesNotContain("<svg onload")
                    .doesNotContain("style=").doesNotContain("<style");
            // the only script is our own live.js, on the story list
            assertThat(doc.select("script")).allSatisfy(s -> {
                assertThat(s.attr("src")).isEqualTo("/ui/live.js");
                assertThat(s.html()).isEmpty();
            });
            assertThat(doc.select("img, iframe, object, embed")).isEmpty();
            for (Element element : doc.getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    assertThat(attribute.getKey()).as("attribute of <%s>", element.tagName())
                            .doesNotStartWith("on");
                }
            }
            assertThat(doc.select("a[href]")).allSatisfy(a -> assertThat(a.attr("href"))
                    .matches("(/|#|https?://).*").doesNotContainIgnoringCase("javascript:"));
            assertThat(doc.select("link[rel=stylesheet]").eachAttr("href")).containsExactly("/ui/app.css",
                    "/ui/report.css");
        }
    }

    @Test
    void hostileTextShowsAsTextOnEveryPage() {
        List<String> pages = hostilePages();
        Document list = Jsoup.parse(pages.get(0));
        Element row = list.selectFirst("#story-rows tr");
        assertThat(row.attr("data-story-id")).isEqualTo(XSS);
        assertThat(row.selectFirst("td.story a").text()).isEqualTo(XSS);
        assertThat(row.selectFirst(".entities").text()).isEqualTo(XSS);
        assertThat(row.selectFirst("td.outlets").text()).isEqualTo(XSS + ", Plain");
        assertThat(list.selectFirst("form.filters input[name=q]").val()).isEqualTo(XSS);
        assertThat(list.selectFirst("form.filters option[selected]").val()).isEqualTo(XSS);

        Document story = Jsoup.parse(pages.get(1));
        assertThat(story.selectFirst("h1").text()).isEqualTo(XSS);
        assertThat(story.selectFirst("#entities").text()).contains(XSS);
        assertThat(story.selectFirst("#articles .card .lead").text()).contains(XSS);
        assertThat(story.select("svg")).hasSize(2).allSatisfy(svg -> assertThat(svg.attr("role")).isEqualTo("img"));

        Document article = Jsoup.parse(pages.get(2));
        assertThat(article.selectFirst("h1").text()).isEqualTo(XSS);
        assertThat(article.selectFirst(".meta .outlet").text()).isEqualTo(XSS);
        assertThat(article.selectFirst(".clean p").text()).isEqualTo("Officials said " + XSS + " on Monday.");
        // javascript: is shown, never linked
        assertThat(article.selectFirst("span.url").text()).isEqualTo("javascript:alert(1)");
        assertThat(article.select(".removed-list li")).hasSize(3);
        assertThat(article.selectFirst(".removed-list li").text()).contains("share subscribe").contains(XSS);
        // in place: the two spans found in the text as read, the caption after it
        assertThat(article.select(".asread .raw").first().select(".removed del").eachText())
                .containsExactly("Share this: " + XSS, "Read more: " + XSS);
        assertThat(article.select(".asread .raw").get(1).text()).contains("Photo: " + XSS);
        assertThat(article.selectFirst(".storylink").text()).isEqualTo(XSS);

        Document compare = Jsoup.parse(pages.get(3));
        assertThat(compare.selectFirst(".problem").text()).isEqualTo(XSS);
        assertThat(compare.select("input[name=a]").val()).isEqualTo(XSS);
        assertThat(compare.select(".pair .card h3").eachText()).containsExactly(XSS, XSS);

        Document search = Jsoup.parse(pages.get(4));
        assertThat(search.selectFirst(".hit h2").text()).isEqualTo(XSS);
        assertThat(search.selectFirst(".hit .snippet").text()).isEqualTo("Officials said " + XSS);
        assertThat(search.selectFirst(".hit .storylink").text()).isEqualTo(XSS);
        assertThat(search.select(".hit .snippet mark").eachText()).contains("script", "alert", "img");

        Document map = Jsoup.parse(pages.get(5));
        assertThat(map.select("svg#storymap-chart g.story > title").eachText()).anySatisfy(t -> assertThat(t)
                .startsWith(XSS + " (story " + XSS + "/..?a=1): 2 independent reports"));
        assertThat(map.select("svg#storymap-chart g > title").eachText()).anySatisfy(t -> assertThat(t).startsWith(XSS
                + " (x0), "));

        assertThat(Jsoup.parse(pages.get(6)).selectFirst(".reason").text()).isEqualTo(XSS);
    }

    @Test
    void linksToStoriesAndArticlesAreEncodedAsOneSegment() {
        assertThat(Links.story("a/b?c#d <x>&y")).isEqualTo("/stories/a%2Fb%3Fc%23d%20%3Cx%3E%26y");
        assertThat(Links.article("1.1345264-3993115206")).isEqualTo("/articles/1.1345264-3993115206");
        assertThat(Links.article("ü é")).isEqualTo("/articles/%C3%BC%20%C3%A9");
        assertThat(Links.compare("a&b", "c")).isEqualTo("/compare?a=a%26b&b=c");
        assertThat(Links.search("Mosul 350 km", 2)).isEqualTo("/search?q=Mosul%20350%20km&page=2");
        assertThat(Links.stories(new StoryListFilters("x", null, "en"), 1)).isEqualTo("/?q=x&language=en");

        Document search = Jsoup.parse(hostilePages().get(4));
        assertThat(search.selectFirst(".hit h2 a").attr("href")).isEqualTo("/articles/x0%2F..%3Fa%3D1%26b%3D%3C2%3E");
        assertThat(search.selectFirst(".pager a[rel=next]").attr("href")).startsWith("/search?q=%3Cscript%3E")
                .endsWith("&page=2");
        Document list = Jsoup.parse(hostilePages().get(0));
        assertThat(list.selectFirst("td.story a").attr("href")).startsWith("/stories/%3Cscript%3Ealert%281%29%3C%2Fscript%3E");
        assertThat(list.selectFirst(".pager a[rel=prev]").attr("href")).startsWith("/?q=%3Cscript");
    }

    @Test
    void theMetaPolicyIsTheHeaderPolicyLessWhatAMetaCannotCarry() {
        assertThat(Csp.POLICY).isEqualTo("default-src 'none'; style-src 'self'; script-src 'self'; "
                + "img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; "
                + "frame-ancestors 'none'");
        assertThat(Csp.META_POLICY).isEqualTo("default-src 'none'; style-src 'self'; script-src 'self'; "
                + "img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'");
        assertThat(Csp.HEADERS).containsEntry("Content-Security-Policy", Csp.POLICY);
    }

    @Test
    void onlyHttpAddressesAreLinked() {
        assertThat(Html.safeUrl("https://example.com/a?b=1")).isEqualTo("https://example.com/a?b=1");
        assertThat(Html.safeUrl(" HTTP://example.com ")).isEqualTo("HTTP://example.com");
        for (String bad : List.of("javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,x", "//evil.com",
                "https://a.com/\"onmouseover=x", "vbscript:x", "https://", "/relative")) {
            assertThat(Html.safeUrl(bad)).as(bad).isNull();
            assertThat(Html.externalLink(bad, "t")).doesNotContain("href");
        }
        assertThat(Html.esc("<a href='x'>&\"\u0007")).isEqualTo("&lt;a href=&#39;x&#39;&gt;&amp;&quot;");
    }

    @Test
    void theStoryPageHasTheReportThenTheArticlesWithCopiesFolded() {
        List<Article> seeds = UiFixtures.seeds();
        var report = new StoryReporter().report("s1", null, seeds);
        Document doc = Jsoup.parse(StoryPage.render(report, seeds));
        assertThat(doc.select("#summary, #disagree, #agree, #single, #timeline, #who, #entities, #articles"))
                .hasSize(8);
        assertThat(doc.select("#articles .card")).hasSizeGreaterThanOrEqualTo(1);
        assertThat(doc.select("#articles .card h3 a").eachAttr("href")).allSatisfy(h -> assertThat(h)
                .startsWith("/articles/"));

        Document mosul = Jsoup.parse(StoryPage.render(StoryReportFixtures.mosul(), List.of()));
        assertThat(mosul.selectFirst("#disagree .cmp.contradicted").text()).contains("350 km north")
                .contains("360 km northwest");
        assertThat(mosul.selectFirst("#entities").text()).contains("Nineveh").contains("Ninevah");
        assertThat(mosul.select("#articles .card")).hasSize(2);

        Document hostile = Jsoup.parse(StoryPage.render(StoryReportFixtures.hostile(), List.of()));
        // x1 copies x0: one card, its copy folded under it
        assertThat(hostile.select("#articles .card")).hasSize(1);
        assertThat(hostile.select("#articles .card details.copies li a").eachAttr("href"))
                .containsExactly("/articles/x1");
    }

    @Test
    void theComparePageDrawsSevenBarsWithTheirEvidence() {
        List<Article> seeds = UiFixtures.seeds();
        PairScores scores = UiFixtures.scores(seeds.get(0), seeds.get(1));
        Document doc = Jsoup.parse(ComparePage.render(seeds.get(0).id(), seeds.get(1).id(), seeds.get(0),
                seeds.get(1), scores, null));
        assertThat(doc.select("#scores svg g.dim")).hasSize(7);
        assertThat(doc.select("#scores svg g.dim rect")).allSatisfy(r -> assertThat(Double.parseDouble(r.attr("width")))
                .isBetween(3.0, 400.0));
        assertThat(doc.select(".evidence .dimension h3").eachText()).hasSize(7).first().asString()
                .startsWith("Overall");
        assertThat(doc.selectFirst("#dim-geography").text()).contains("Shared places");
        Document empty = Jsoup.parse(ComparePage.render(null, null, null, null, null, null));
        assertThat(empty.select("form.compare-form input")).hasSize(2);
        assertThat(empty.select("#scores")).isEmpty();
    }

    @Test
    void searchMarksTheQueryWordsOnly() {
        assertThat(SearchPage.highlight("Mosul's fall <b>Mosul</b>", SearchPage.words("mosul")))
                .isEqualTo("<mark>Mosul&#39;s</mark> fall &lt;b&gt;<mark>Mosul</mark>&lt;/b&gt;");
        assertThat(SearchPage.highlight("a < b", SearchPage.words("lt"))).isEqualTo("a &lt; b");
        assertThat(SearchPage.words("Mosul AND \"Nineveh\"")).containsExactly("mosul", "nineveh");
    }

    @Test
    void theStoryListShowsRowsFiltersAndPaging() {
        Document doc = Jsoup.parse(StoryListPage.render(List.of(
                new StoryListItem("s1", "Militants seize Mosul", 12, List.of("Reuters", "BBC", "AP", "AFP", "DW"),
                        T0, T0.plusSeconds(3600), List.of("Mosul", "Nineveh"))),
                StoryListFilters.NONE, PageLinks.of(1, 1, 2), List.of("BBC", "Reuters"), List.of("en", "fr")));
        Element row = doc.selectFirst("#story-rows tr[data-story-id=s1]");
        assertThat(row.selectFirst("a").attr("href")).isEqualTo("/stories/s1");
        assertThat(row.selectFirst("td.n").text()).isEqualTo("12");
        assertThat(row.selectFirst("td.outlets").text()).isEqualTo("Reuters, BBC, AP, AFP +1");
        assertThat(row.select("time").eachText()).containsExactly("10 Jun 2014 09:30", "10 Jun 2014 10:30");
        assertThat(doc.select("select[name=source] option").eachText()).containsExactly("any", "BBC", "Reuters");
        assertThat(doc.selectFirst(".pager a[rel=next]").attr("href")).isEqualTo("/?page=2");
        assertThat(doc.select(".pager a[rel=prev]")).isEmpty();
        assertThat(doc.select("script[src=/ui/live.js]")).hasSize(1);
        assertThat(doc.selectFirst("#live")).isNotNull();
        assertThat(Assets.read("app.css")).isNotEmpty();
        // One set of report rules: the sheet the standalone report inlines, served for the story page.
        assertThat(new String(Assets.read("report.css"), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(news.storyline.facts.render.StoryReportRenderer.stylesheet()).contains(".cmp.contradicted");
        assertThat(new String(Assets.read("app.css"), java.nio.charset.StandardCharsets.UTF_8))
                .doesNotContain(".cmp.contradicted");
        assertThat(Assets.read("live.js")).isNotEmpty();
        assertThat(Assets.read("../Layout.class")).isNull();
        assertThat(new String(Assets.read("live.js"))).doesNotContain("innerHTML").doesNotContain("eval(");
    }

    @Test
    void errorPagesSayWhy() {
        Document doc = Jsoup.parse(ErrorPage.render(404, "No story 42."));
        assertThat(doc.title()).startsWith("Not found");
        assertThat(doc.selectFirst(".reason").text()).isEqualTo("No story 42.");
        assertThat(Jsoup.parse(ErrorPage.render(400, "Bad page number.")).title()).startsWith("Bad request");
    }

    @Test
    void anArticleWithoutRemovedSpansHasNoToggle() {
        Article plain = new Article("p1", "Reuters", "https://example.com/p1", "Title", T0, "en", "Text.",
                List.of("Text."), List.of(), Map.of(), "test");
        Document doc = Jsoup.parse(ArticlePage.render(plain, null));
        assertThat(doc.select("input.toggle, .asread, .removed-list")).isEmpty();
        assertThat(doc.selectFirst(".url-line a").attr("href")).isEqualTo("https://example.com/p1");
        assertThat(doc.selectFirst(".url-line a").attr("rel")).contains("noopener").contains("noreferrer");
    }
}
