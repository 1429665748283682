package news.storyline.facts.render;

import static news.storyline.facts.render.StoryReportFixtures.XSS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StoryReportRendererTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void formatsParseFromTheirLowerCaseNames() {
        assertThat(ReportFormat.parse("text")).isEqualTo(ReportFormat.TEXT);
        assertThat(ReportFormat.parse("markdown")).isEqualTo(ReportFormat.MARKDOWN);
        assertThat(ReportFormat.parse(" HTML ")).isEqualTo(ReportFormat.HTML);
        assertThat(ReportFormat.parse("json")).isEqualTo(ReportFormat.JSON);
        assertThat(ReportFormat.HTML.extension()).isEqualTo("html");
        assertThatThrownBy(() -> ReportFormat.parse("pdf")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'pdf'").hasMessageContaining("text, markdown, html, json");
        assertThatThrownBy(() -> ReportFormat.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void textShowsTheSectionsWithinATerminalsWidth() {
        String text = StoryReportRenderer.render(StoryReportFixtures.mosul(), ReportFormat.TEXT);
        assertThat(text.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(110));
        assertThat(text).contains("Story 17: Militants seize Mosul, Iraq's second city")
                .contains("2 reports from Reuters and BBC News, published 10 Jun 2014");
        assertThat(sectionOrder(text, "SUMMARY", "WHERE THE SOURCES DISAGREE (1)", "WHAT THEY AGREE ON (2)",
                "REPORTED BY ONE SOURCE ONLY (3)", "TIMELINE (3)", "ENTITIES (3)")).isTrue();
        String disagree = between(text, "WHERE THE SOURCES DISAGREE", "WHAT THEY AGREE ON");
        assertThat(disagree).contains("distance of Mosul from Baghdad").contains("Reuters: 350 km north")
                .contains("BBC News: 360 km northwest").contains("note: 350 km north (000) vs 360 km northwest (001)");
        assertThat(between(text, "WHAT THEY AGREE ON", "REPORTED BY ONE")).contains("rank of Mosul")
                .contains("day Mosul was seized").doesNotContain("distance of Mosul");
        String single = between(text, "REPORTED BY ONE SOURCE ONLY", "TIMELINE");
        assertThat(single.indexOf("Only Reuters:")).isLessThan(single.indexOf("Only BBC News:"));
        assertThat(single).contains("more than 4,800 families").contains("about 500,000 people");
        assertThat(text).contains("[BBC News, Reuters]")
                .contains("6 Jun 2014 to 9 Jun 2014")
                .contains("Nineveh (place, Nineveh, Iraq)  <- spelt 2 ways")
                .contains("written \"Nineveh\" Reuters; \"Ninevah\" BBC News")
                .contains("\"Isil\" Reuters; \"ISIL\" BBC News")
                .doesNotContain("PROBLEMS");
    }

    @Test
    void textDropsTerminalControlCharacters() {
        String text = StoryReportRenderer.render(new news.storyline.facts.StoryReport(null,
                "Title \u001b[31mred\u001b[0m\nnext", List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of("bad \u0007 bell")), ReportFormat.TEXT);
        assertThat(text).doesNotContain("\u001b").doesNotContain("\u0007").contains("Title [31mred [0m next");
    }

    /** Wikinews 113219 (CC BY 2.5), one sentence dating three things: each step says which of them it is. */
    @Test
    void stepsInTheSameWordsSayWhatDatesEach() {
        String sentence = "Lehman Brothers filed for bankruptcy on Monday after Barclays pulled out of talks over the "
                + "weekend.";
        var monday = StoryReportFixtures.fact("a", news.storyline.facts.FactType.DATE, "on Monday", sentence, 0,
                "filed", "filed", null, null, null, null, null, java.time.LocalDate.of(2008, 9, 15),
                java.time.LocalDate.of(2008, 9, 15), null);
        var weekend = StoryReportFixtures.fact("a", news.storyline.facts.FactType.DATE, "over the weekend", sentence,
                0, "pulled", "pulled", null, null, null, null, null, java.time.LocalDate.of(2008, 9, 13),
                java.time.LocalDate.of(2008, 9, 14), null);
        var timeline = List.of(
                new news.storyline.facts.TimelineEvent(weekend.from(), weekend.to(), sentence, List.of(weekend),
                        List.of("a"), List.of("Wikinews")),
                new news.storyline.facts.TimelineEvent(monday.from(), monday.to(), sentence, List.of(monday),
                        List.of("a"), List.of("Wikinews")));
        var report = new news.storyline.facts.StoryReport(null, "Markets fall", List.of(), List.of(), timeline,
                List.of(), List.of(), List.of(), List.of());
        String text = StoryReportRenderer.render(report, ReportFormat.TEXT);
        assertThat(text).contains("(over the weekend) Lehman Brothers", "(on Monday) Lehman Brothers");
        assertThat(StoryReportRenderer.render(report, ReportFormat.MARKDOWN)).contains("(on Monday) Lehman");
        assertThat(StoryReportRenderer.render(report, ReportFormat.HTML)).contains("(over the weekend) Lehman");
    }

    @Test
    void markdownShowsTheSameSectionsAsTables() {
        String md = StoryReportRenderer.render(StoryReportFixtures.mosul(), ReportFormat.MARKDOWN);
        assertThat(md).startsWith("# Militants seize Mosul, Iraq's second city\n");
        assertThat(sectionOrder(md, "## Summary", "## Where the sources disagree", "## What they agree on",
                "## Reported by one source only", "## Timeline", "## Entities")).isTrue();
        assertThat(md).contains("| **distance of Mosul from Baghdad**<br>350 km north (000) vs 360 km northwest "
                        + "(001) | Reuters | 350 km north | Mosul, Iraq's second-largest city, lies **350 km north of "
                        + "Baghdad**. |")
                .contains("|  | BBC News | 360 km northwest |")
                .contains("### Only Reuters").contains("### Only BBC News")
                .contains("| Nineveh ⚠ spelt 2 ways | place | Nineveh, Iraq | Nineveh (Reuters); Ninevah (BBC News) |")
                .contains("[Militants seize Iraq's second city of Mosul](<https://example.com/reuters/mosul>)");
    }

    @Test
    void markdownEscapesUntrustedText() {
        String md = StoryReportRenderer.render(StoryReportFixtures.hostile(), ReportFormat.MARKDOWN);
        assertThat(md).doesNotContain("<script").doesNotContain("<img").doesNotContain("<svg")
                .doesNotContain("javascript:alert").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("Plain &lt;b&gt;title&lt;/b&gt;");
        // no table row gets more cells from a '|' in the text
        assertThat(StoryReportRenderer.render(new news.storyline.facts.StoryReport(null, "a | b * c _d_",
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of()), ReportFormat.MARKDOWN))
                .startsWith("# a \\| b \\* c \\_d\\_\n");
    }

    @Test
    void jsonCarriesEveryFactWithItsSourceSentenceAndOffsets() throws Exception {
        String json = StoryReportRenderer.render(StoryReportFixtures.mosul(), ReportFormat.JSON);
        assertThat(json).endsWith("}\n").doesNotContain("\n  ");
        JsonNode root = JSON.readTree(json);
        assertThat(fieldNames(root)).containsExactly("storyId", "headline", "articles", "summary", "timeline",
                "comparisons", "entities", "facts", "problems");
        assertThat(root.get("storyId").asText()).isEqualTo("17");
        assertThat(root.at("/articles/0/published").asText()).isEqualTo("2014-06-10T09:30:00Z");
        assertThat(root.at("/articles/0/reference/day").asText()).isEqualTo("2014-06-10");
        assertThat(root.at("/articles/0/reference/how").asText()).isEqualTo("PUBLISHED");
        JsonNode dist = root.at("/comparisons/0");
        assertThat(dist.get("agreement").asText()).isEqualTo("CONTRADICTED");
        assertThat(dist.at("/facts/0/value").asDouble()).isEqualTo(350.0);
        assertThat(dist.at("/facts/1/direction").asText()).isEqualTo("northwest");

        JsonNode fact = root.at("/facts/0/facts/0");
        assertThat(fieldNames(fact)).startsWith("articleId", "type", "text", "start", "end", "sentence",
                "sentenceStart").contains("subject", "measure", "value", "upper", "unit", "direction")
                .doesNotContain("qualifier", "from", "to", "speaker");
        String sentence = fact.get("sentence").asText();
        int start = fact.get("start").asInt() - fact.get("sentenceStart").asInt();
        int end = fact.get("end").asInt() - fact.get("sentenceStart").asInt();
        assertThat(sentence.substring(start, end)).isEqualTo(fact.get("text").asText())
                .isEqualTo("350 km north of Baghdad");
        assertThat(root.at("/facts/0/reference/day").asText()).isEqualTo("2014-06-10");
        JsonNode families = root.at("/facts/0/facts/2");
        assertThat(families.get("qualifier").asText()).isEqualTo("more than");
        assertThat(families.get("upper").asText()).isEqualTo("Infinity");
        assertThat(families.get("speaker").asText()).isEqualTo("an official");
        assertThat(root.at("/facts/0/facts/3/from").asText()).isEqualTo("2014-06-10");
        assertThat(root.at("/timeline/1/from").asText()).isEqualTo("2014-06-06");
        assertThat(root.at("/timeline/1/to").asText()).isEqualTo("2014-06-09");
        assertThat(root.at("/entities/1/formsByArticle/001/0").asText()).isEqualTo("Ninevah");
        assertThat(root.at("/entities/1/variantSpellings").asBoolean()).isTrue();
        // the same report gives the same bytes
        assertThat(StoryReportRenderer.render(StoryReportFixtures.mosul(), ReportFormat.JSON)).isEqualTo(json);
    }

    @Test
    void jsonKeepsHostileTextIntactAndInert() throws Exception {
        String json = StoryReportRenderer.render(StoryReportFixtures.hostile(), ReportFormat.JSON);
        assertThat(json).doesNotContain("<").doesNotContain(">").contains("\\u003Cscript\\u003E");
        JsonNode root = JSON.readTree(json);
        assertThat(root.get("headline").asText()).isEqualTo(XSS);
        assertThat(root.at("/articles/0/outlet").asText()).isEqualTo(XSS);
        assertThat(root.at("/entities/0/name").asText()).isEqualTo(XSS);
        assertThat(root.at("/facts/0/facts/2/text").asText()).isEqualTo(XSS);
        assertThat(root.at("/summary/0/text").asText()).contains(XSS);
    }

    @Test
    void htmlShowsTheDisagreementTheSpellingsAndBothPictures() {
        String html = StoryReportRenderer.render(StoryReportFixtures.mosul(), ReportFormat.HTML);
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .isEqualTo("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.select("link[rel=stylesheet], img, iframe, object, embed")).isEmpty();
        assertThat(doc.select("[src]")).isEmpty();

        Element disagree = doc.selectFirst("#disagree");
        assertThat(disagree.select(".cmp.contradicted")).hasSize(1);
        assertThat(disagree.text()).contains("distance of Mosul from Baghdad").contains("Reuters 350 km north")
                .contains("BBC News 360 km northwest").contains("350 km north (000) vs 360 km northwest (001)");
        assertThat(disagree.select("details[open] mark").eachText())
                .containsExactly("350 km north of Baghdad", "360km northwest of Baghdad");
        assertThat(doc.select("#agree .cmp.agreed")).hasSize(2);
        assertThat(doc.select("#single h3").eachText()).containsExactly("Only in Reuters", "Only in BBC News");

        Element nineveh = doc.select("#entities tr.variant").first();
        assertThat(nineveh.text()).contains("Nineveh").contains("spelt 2 ways").contains("Ninevah BBC News")
                .contains("Nineveh Reuters");
        assertThat(doc.select("#entities tr.variant")).hasSize(2); // Nineveh/Ninevah and Isil/ISIL, not Mosul

        Element timeline = doc.selectFirst("#timeline svg");
        assertThat(timeline.attr("role")).isEqualTo("img");
        assertThat(timeline.selectFirst("title").text()).startsWith("Timeline of 3 dated events");
        assertThat(timeline.select("g.event")).hasSize(3);
        assertThat(timeline.select("g.event rect")).hasSize(1); // the range 6-9 June is a bar
        assertThat(timeline.select("text.tick").eachText()).contains("10 Jun");
        Element who = doc.selectFirst("#who svg");
        assertThat(who.attr("role")).isEqualTo("img");
        assertThat(who.select("text.outlet").eachText()).containsExactly("Reuters", "BBC News");
        // event 1 by BBC only, 2 and 3 by both: 5 dots; one publication day with a diamond for each outlet
        assertThat(who.select("circle[r=7]")).hasSize(5);
        assertThat(who.select("rect[transform]")).hasSize(2 + 1); // two diamonds and the legend's
        assertThat(doc.selectFirst(".glance").text()).contains("1 disagreement").contains("2 facts agreed")
                .contains("2 names spelt differently");
    }

    @Test
    void htmlEscapesEveryPieceOfHostileText() {
        String html = StoryReportRenderer.render(StoryReportFixtures.hostile(), ReportFormat.HTML);
        assertThat(html.toLowerCase()).doesNotContain("<script").doesNotContain("<img").doesNotContain("<svg onload");
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("script, img, iframe, object, embed, [src]")).isEmpty();
        for (Element element : doc.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).as("attribute of <%s>", element.tagName()).doesNotStartWith("on");
            }
        }
        // only our own two pictures, nothing from the text
        assertThat(doc.select("svg")).hasSize(2).allSatisfy(svg -> assertThat(svg.attr("role")).isEqualTo("img"));
        assertThat(doc.title()).startsWith(XSS);
        assertThat(doc.selectFirst("h1").text()).isEqualTo(XSS);
        assertThat(doc.selectFirst("#sources").text()).contains(XSS).contains("Plain <b>title</b>");
        assertThat(doc.selectFirst("#entities").text()).contains(XSS);
        assertThat(doc.selectFirst("#disagree").text()).contains(XSS);
        assertThat(doc.selectFirst("#problems").text()).contains(XSS);
        assertThat(doc.select("a[href]")).allSatisfy(a -> assertThat(a.attr("href")).startsWith("https://"));
    }

    @Test
    void theHtmlFragmentIsThePagesSectionsWithNoStyleOrScript() {
        String page = StoryReportRenderer.render(StoryReportFixtures.mosul(), ReportFormat.HTML);
        String fragment = StoryReportRenderer.htmlFragment(StoryReportFixtures.mosul());
        assertThat(fragment).startsWith("<div class=\"story-report\">").doesNotContain("<html")
                .doesNotContain("<head>").doesNotContain("<main").doesNotContain("<style").doesNotContain("<meta");
        assertThat(fragment.toLowerCase()).doesNotContain("style=").doesNotContain("<script");
        String inner = fragment.substring(fragment.indexOf('\n') + 1, fragment.lastIndexOf("</div>"));
        assertThat(page).contains(inner); // the same sections as the standalone page
        Document doc = Jsoup.parseBodyFragment(fragment);
        assertThat(doc.select("#timeline svg, #who svg")).hasSize(2);
        assertThat(doc.selectFirst("#disagree").text()).contains("350 km north").contains("360 km northwest");

        String hostile = StoryReportRenderer.htmlFragment(StoryReportFixtures.hostile());
        assertThat(hostile.toLowerCase()).doesNotContain("<script").doesNotContain("<img")
                .doesNotContain("<svg onload");
        assertThat(Jsoup.parseBodyFragment(hostile).selectFirst("h1").text()).isEqualTo(XSS);
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void anEmptyReportRendersInEveryFormat(ReportFormat format) throws Exception {
        for (var report : List.of(StoryReportFixtures.empty(), StoryReportFixtures.undated())) {
            String out = StoryReportRenderer.render(report, format);
            assertThat(out).isNotBlank().endsWith("\n");
            if (format == ReportFormat.JSON) {
                assertThat(JSON.readTree(out).get("articles").isArray()).isTrue();
            }
            if (format == ReportFormat.HTML) {
                Document doc = Jsoup.parse(out);
                assertThat(doc.select("svg")).isEmpty();
                assertThat(doc.selectFirst("#timeline").text()).contains("No event in these reports could be dated");
            }
        }
        assertThat(StoryReportRenderer.render(StoryReportFixtures.undated(), ReportFormat.TEXT))
                .contains("1 report from u1").contains("PROBLEMS (1)").contains("u1: dates: no reference day");
    }

    @Test
    void timelineLabelsOnOneDayStackInLanesAndTheAxisIsLabelled() {
        for (int n : new int[] {1, 6}) {
            Document doc = Jsoup.parse(StoryReportRenderer.render(StoryReportFixtures.sameDay(n), ReportFormat.HTML));
            Element svg = doc.selectFirst("#timeline svg");
            List<Element> labels = svg.select("text.label");
            assertThat(labels).hasSize(n);
            Set<String> ys = new HashSet<>();
            labels.forEach(label -> ys.add(label.attr("y")));
            assertThat(ys).as("one lane per label").hasSize(n);
            assertThat(svg.select("text.tick").eachText()).contains("10 Jun");
            List<String> columns = new ArrayList<>(doc.select("#who svg text.colhead").eachText());
            assertThat(columns).hasSize(n + 1).last().isEqualTo("published");
        }
    }

    @Test
    void ticksFitTheSpan() {
        assertThat(ReportPictures.ticks(16230, 16236)).hasSizeBetween(3, 9);
        assertThat(ReportPictures.ticks(16000, 17000)).hasSizeBetween(3, 9)
                .allSatisfy(t -> assertThat(t.day().getDayOfMonth()).isEqualTo(1));
        assertThat(ReportPictures.ticks(0, 36500)).hasSizeBetween(3, 11)
                .allSatisfy(t -> assertThat(t.label()).matches("\\d{4}"));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static boolean sectionOrder(String text, String... headings) {
        int at = -1;
        for (String heading : headings) {
            int next = text.indexOf(heading, at + 1);
            if (next < 0) {
                throw new AssertionError("no '" + heading + "' after offset " + at + " in\n" + text);
            }
            at = next;
        }
        return true;
    }

    private static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        return text.substring(start, text.indexOf(to, start));
    }
}
