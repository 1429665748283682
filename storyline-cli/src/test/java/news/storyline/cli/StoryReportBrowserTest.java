package news.storyline.cli;

import static news.storyline.facts.render.StoryReportFixtures.XSS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.LoadState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.storyline.article.Article;
import news.storyline.clean.CorpusCleaner;
import news.storyline.facts.StoryReporter;
import news.storyline.ingest.Ingestor;
import news.storyline.story.Story;
import news.storyline.story.StoryClusterer;
import news.storyline.facts.StoryReport;
import news.storyline.facts.render.ReportFormat;
import news.storyline.facts.render.StoryReportFixtures;
import news.storyline.facts.render.StoryReportRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the HTML story report in the machine's Chromium: no console error, no page error, no request that fails or
 * leaves the file, both pictures drawn, hostile article text shown as text and never run. Skipped where
 * /usr/bin/chromium is missing, except on CI (CI=true), where that fails.
 */
class StoryReportBrowserTest {
    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final Path TARGET = Paths.get("target");

    private static Playwright playwright;
    private static Browser browser;

    @BeforeAll
    static void launch() {
        if (!Files.isExecutable(CHROMIUM)) {
            String why = CHROMIUM + " is missing: install Debian's chromium (apt-get install chromium) to run the "
                    + "browser test of the HTML story report";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(why);
            }
            Assumptions.abort(why);
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu")));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /** A page with what went wrong on it recorded. */
    private record Opened(Page page, BrowserContext context, List<String> problems, List<String> dialogs) {
    }

    private static Opened open(StoryReport report, String name) throws IOException {
        Files.createDirectories(TARGET);
        Path file = TARGET.resolve(name).toAbsolutePath();
        Files.writeString(file, StoryReportRenderer.render(report, ReportFormat.HTML), StandardCharsets.UTF_8);
        return open(file);
    }

    private static Opened open(Path file) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1100, 900));
        Page page = context.newPage();
        List<String> problems = new ArrayList<>();
        List<String> dialogs = new ArrayList<>();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type()) || "warning".equals(m.type())) {
                problems.add("console " + m.type() + ": " + m.text());
            }
        });
        page.onPageError(e -> problems.add("page error: " + e));
        page.onRequestFailed(r -> problems.add("request failed: " + r.url() + " (" + r.failure() + ")"));
        page.onRequest(r -> {
            if (!r.url().equals(file.toUri().toString()) && !r.url().startsWith("data:")) {
                problems.add("request for " + r.url());
            }
        });
        page.onDialog(d -> {
            dialogs.add(d.type() + ": " + d.message());
            d.dismiss();
        });
        page.navigate(file.toUri().toString());
        page.waitForLoadState(LoadState.LOAD);
        return new Opened(page, context, problems, dialogs);
    }

    private static void assertDrawn(Page page, String selector) {
        Locator svg = page.locator(selector);
        assertThat(svg.count()).as(selector).isEqualTo(1);
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(svg.locator("title").first().textContent()).isNotBlank();
        BoundingBox box = svg.boundingBox();
        assertThat(box).as(selector + " is laid out").isNotNull();
        assertThat(box.width).as(selector + " width").isGreaterThan(100);
        assertThat(box.height).as(selector + " height").isGreaterThan(40);
    }

    @Test
    void theMosulReportOpensCleanlyWithBothPictures() throws IOException {
        Opened opened = open(StoryReportFixtures.mosul(), "story-report.html");
        Page page = opened.page();
        try {
            assertThat(page.title()).startsWith("Militants seize Mosul");
            assertDrawn(page, "#timeline svg");
            assertDrawn(page, "#who svg");
            assertThat(page.locator("#timeline svg g.event").count()).isEqualTo(3);
            assertThat(page.textContent("#disagree")).contains("350 km north").contains("360 km northwest");
            assertThat(page.textContent("#entities")).contains("Ninevah").contains("spelt 2 ways");
            // the contradiction stands out: a red left border
            assertThat(page.locator("#disagree .cmp").evaluate("e => getComputedStyle(e).borderLeftColor"))
                    .isEqualTo("rgb(179, 38, 30)");
            page.screenshot(new Page.ScreenshotOptions().setPath(TARGET.resolve("story-report.png"))
                    .setFullPage(true));
            assertThat(opened.problems()).isEmpty();
            assertThat(opened.dialogs()).isEmpty();
        } finally {
            opened.context().close();
        }
    }

    @Test
    void hostileArticleTextIsShownAndNeverRun() throws IOException {
        Opened opened = open(StoryReportFixtures.hostile(), "story-report-hostile.html");
        Page page = opened.page();
        try {
            assertThat(page.textContent("h1")).isEqualTo(XSS);
            assertThat(page.textContent("#sources")).contains(XSS);
            assertThat(page.textContent("#disagree")).contains(XSS);
            assertThat(page.textContent("#entities")).contains(XSS);
            assertThat(page.textContent("#summary")).contains(XSS);
            assertThat(page.locator("script, img, iframe, object, embed").count()).isZero();
            assertThat(page.locator("svg").count()).isEqualTo(2); // our two pictures, none from the text
            assertThat(page.locator("[onload], [onerror]").count()).isZero();
            assertDrawn(page, "#timeline svg");
            assertDrawn(page, "#who svg");
            page.locator("details").first().click(); // unfolding a sentence runs nothing either
            page.waitForTimeout(200);
            assertThat(opened.dialogs()).isEmpty();
            assertThat(opened.problems()).isEmpty();
        } finally {
            opened.context().close();
        }
    }

    @Test
    void theSeedsReportFromThePipelineOpensCleanlyAndShowsTheDisagreement(@TempDir Path dir) throws IOException {
        Path in = Seeds.copyTo(dir.resolve("in"));
        var problems = new ArrayList<news.storyline.ingest.InputProblem>();
        List<Article> articles = CorpusCleaner.clean(new Ingestor().readAll(List.of(in), problems));
        StoryReport report = new StoryReporter().report(null, null, articles);
        Opened opened = open(report, "story-report-seeds.html");
        Page page = opened.page();
        try {
            assertDrawn(page, "#timeline svg");
            assertDrawn(page, "#who svg");
            assertThat(page.textContent("#disagree")).contains("350 km north").contains("360 km northwest");
            assertThat(page.textContent("#entities")).contains("Nineveh").contains("Ninevah").contains("ISIL");
            page.screenshot(new Page.ScreenshotOptions().setPath(TARGET.resolve("story-report-seeds.png"))
                    .setFullPage(true));
            assertThat(opened.problems()).isEmpty();
        } finally {
            opened.context().close();
        }
    }

    @Test
    void theBundledCorpusStoriesOpenCleanlyAndEverySummarySentenceNamesItsSources(@TempDir Path dir)
            throws IOException {
        Path corpus = dir.resolve("wikinews.jsonl");
        try (var sample = StoryReportBrowserTest.class.getResourceAsStream(DemoCommand.SAMPLE_RESOURCE)) {
            Files.copy(sample, corpus);
        }
        var problems = new ArrayList<news.storyline.ingest.InputProblem>();
        List<Article> articles = CorpusCleaner.clean(new Ingestor().readAll(List.of(corpus), problems));
        var byId = new java.util.HashMap<String, Article>();
        articles.forEach(a -> byId.put(a.id(), a));
        ClusterCommand.Run run = ClusterCommand.cluster(articles, StoryClusterer.DEFAULT_WINDOW, null,
                ProgressDisplay.disabled(), new java.io.PrintWriter(java.io.Writer.nullWriter()));
        List<Story> largest = run.stories().stream().sorted(StoryListing.BIGGEST_FIRST).limit(3).toList();
        StoryReporter reporter = new StoryReporter();
        for (Story story : largest) {
            StoryReport report = reporter.report(story.id(), null,
                    story.members().stream().map(m -> byId.get(m.id())).toList());
            assertThat(report.summary()).isNotEmpty();
            Opened opened = open(report, "story-report-" + story.id() + ".html");
            try {
                Locator sentences = opened.page().locator("#summary li");
                assertThat(sentences.count()).isEqualTo(report.summary().size());
                for (int i = 0; i < sentences.count(); i++) {
                    String shown = sentences.nth(i).textContent();
                    assertThat(report.summary().get(i).outlets()).isNotEmpty()
                            .allSatisfy(outlet -> assertThat(shown).contains(outlet));
                }
                assertThat(opened.problems()).as(story.id()).isEmpty();
            } finally {
                opened.context().close();
            }
        }
    }

    @Test
    void theDemosStoryMapOpensCleanlyWithARowForEachStoryAndEveryDatedArticleOnIt(@TempDir Path dir)
            throws IOException {
        CommandRun run = CommandRun.of("demo", "-o", dir.toString());
        assertThat(run.status()).isZero();
        // inline in a page, as a report or the web UI would show it (and a screenshot can be taken)
        Path map = TARGET.resolve("story-map.html").toAbsolutePath();
        Files.createDirectories(TARGET);
        Files.writeString(map, "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Story map"
                + "</title></head><body>" + Files.readString(dir.resolve("story-map.svg")) + "</body></html>");

        Opened opened = open(map);
        Page page = opened.page();
        try {
            assertDrawn(page, "svg#storymap-chart");
            Locator rows = page.locator("g.story");
            int stories = DemoCommandTest.storiesOfTwoOrMore(run.out()); // all drawn: fewer than 40
            assertThat(rows.count()).isEqualTo(stories).isGreaterThan(5);
            // every mark inside the picture, none off its edge
            BoundingBox picture = page.locator("svg#storymap-chart").boundingBox();
            Locator dots = page.locator("svg#storymap-chart circle[r='4.5']");
            assertThat(dots.count()).isGreaterThanOrEqualTo(2 * stories);
            for (int i = 0; i < dots.count(); i++) {
                BoundingBox dot = dots.nth(i).boundingBox();
                assertThat(dot.x).isBetween(picture.x, picture.x + picture.width);
                assertThat(dot.y).isBetween(picture.y, picture.y + picture.height);
            }
            page.screenshot(new Page.ScreenshotOptions().setPath(TARGET.resolve("story-map.png")).setFullPage(true));
            assertThat(opened.problems()).isEmpty();
        } finally {
            opened.context().close();
        }
    }

    @Test
    void anEmptyReportOpensCleanly() throws IOException {
        Opened opened = open(StoryReportFixtures.empty(), "story-report-empty.html");
        try {
            assertThat(opened.page().textContent("#timeline")).contains("No event in these reports could be dated");
            assertThat(opened.problems()).isEmpty();
        } finally {
            opened.context().close();
        }
    }
}
