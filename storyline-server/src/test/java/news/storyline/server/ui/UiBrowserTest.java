package news.storyline.server.ui;

import static news.storyline.facts.render.StoryReportFixtures.XSS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.WaitForSelectorState;
import io.javalin.Javalin;
import io.javalin.http.sse.SseClient;
import io.javalin.http.staticfiles.Location;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import news.storyline.article.Article;
import news.storyline.facts.StoryReport;
import news.storyline.facts.StoryReporter;
import news.storyline.facts.render.StoryReportFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pages in the machine's Chromium, served over real HTTP by a small Javalin app with the policy as a header:
 * no console error (a CSP violation is one), no failed request, hostile text shown as text and never run, the live
 * list gaining a story from a server-sent event, the article page's removed spans toggled without script. Skipped
 * where /usr/bin/chromium is missing, except on CI (CI=true), where that fails.
 */
class UiBrowserTest {
    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final Path TARGET = Paths.get("target");
    private static final String NEW_STORY = "{\"id\":\"s-new/1\",\"headline\":\"Flood waters reach <b>Basra</b>\","
            + "\"reports\":3,\"outlets\":[\"Reuters\",\"<i>AP</i>\"],\"firstSeen\":\"2014-06-11T08:00:00Z\","
            + "\"lastSeen\":\"2014-06-11T10:15:00Z\"}";

    private static Playwright playwright;
    private static Browser browser;
    private static Javalin app;
    private static String base;
    private static final List<SseClient> CLIENTS = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() {
        if (!Files.isExecutable(CHROMIUM)) {
            String why = CHROMIUM + " is missing: install Debian's chromium to run the browser tests of the web UI";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(why);
            }
            Assumptions.abort(why);
        }
        List<Article> seeds = UiFixtures.seeds();
        StoryReport seedReport = new StoryReporter().report("seeds", null, seeds);
        StoryReport mosul = StoryReportFixtures.mosul();
        StoryReport hostile = StoryReportFixtures.hostile();
        Article hostileArticle = UiFixtures.hostileArticle();
        Instant t = Instant.parse("2014-06-10T09:30:00Z");
        List<StoryListItem> items = List.of(
                new StoryListItem("seeds", seedReport.headline(), seeds.size(),
                        seeds.stream().map(a -> a.source() == null ? a.id() : a.source()).distinct().toList(), t,
                        t.plusSeconds(5 * 3600), seedReport.entities().stream().limit(5).map(e -> e.name()).toList()),
                new StoryListItem("mosul", mosul.headline(), 2, List.of("Reuters", "BBC News"), t, t,
                        List.of("Mosul", "Nineveh")),
                new StoryListItem("hostile", XSS, 2, List.of(XSS, "Plain Outlet"), t, t, List.of(XSS)));

        app = Javalin.create(config -> {
            config.staticFiles.add(sf -> {
                sf.hostedPath = Links.ASSETS;
                sf.directory = Assets.CLASSPATH_DIR;
                sf.location = Location.CLASSPATH;
                sf.headers = Csp.HEADERS;
            });
            config.routes.before(ctx -> Csp.HEADERS.forEach(ctx::header));
            // The report's sheet comes from core, not from the assets folder (the server's UiRoutes serve both).
            config.routes.get(Links.asset("report.css"), ctx -> ctx.contentType(Assets.TYPES.get("report.css"))
                    .result(Assets.read("report.css")));
            config.routes.get("/", ctx -> ctx.html(StoryListPage.render(items, StoryListFilters.NONE,
                    PageLinks.single(items.size()), List.of(), List.of())));
            config.routes.get("/stories/{id}", ctx -> {
                switch (ctx.pathParam("id")) {
                    case "seeds" -> ctx.html(StoryPage.render(seedReport, seeds));
                    case "mosul" -> ctx.html(StoryPage.render(mosul, List.of()));
                    case "hostile" -> ctx.html(StoryPage.render(hostile, List.of(hostileArticle)));
                    default -> ctx.status(404).html(ErrorPage.render(404, "No story " + ctx.pathParam("id") + "."));
                }
            });
            config.routes.get("/articles/{id}", ctx -> {
                String id = ctx.pathParam("id");
                Article a = id.equals("x0") ? hostileArticle : id.equals("ar1") ? UiFixtures.arabicArticle()
                        : seeds.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
                if (a == null) {
                    ctx.status(404).html(ErrorPage.render(404, "No article " + id + "."));
                } else {
                    ctx.html(ArticlePage.render(a, id.equals("x0") ? new StoryRef("hostile", XSS)
                            : new StoryRef("seeds", seedReport.headline())));
                }
            });
            config.routes.get(Links.MAP, ctx -> ctx.html(StoryMapPage.render(UiFixtures.map(), 500)));
            config.routes.get("/compare", ctx -> {
                Article a = seeds.get(0);
                Article b = seeds.get(1);
                ctx.html(ComparePage.render(a.id(), b.id(), a, b, UiFixtures.scores(a, b), null));
            });
            config.routes.get("/search", ctx -> ctx.html(SearchPage.render(ctx.queryParam("q"), List.of(
                    new SearchHit(seeds.get(0).id(), seeds.get(0).title(), seeds.get(0).source(),
                            seeds.get(0).published(), seeds.get(0).paragraphs().get(0), "seeds",
                            seedReport.headline()),
                    new SearchHit("x0", XSS, XSS, t, "Mosul " + XSS, "hostile", XSS)), PageLinks.of(1, 10, 2))));
            config.routes.sse(Links.EVENTS, client -> {
                client.keepAlive();
                CLIENTS.add(client);
                client.onClose(() -> CLIENTS.remove(client));
                client.sendEvent("story", NEW_STORY);
            });
        }).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();

        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu")));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        CLIENTS.forEach(SseClient::close);
        if (app != null) {
            app.stop();
        }
    }

    private record Opened(Page page, BrowserContext context, List<String> problems, List<String> dialogs) {
        void close() {
            context.close();
        }
    }

    private static Opened open(String path, int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height));
        Page page = context.newPage();
        List<String> problems = new CopyOnWriteArrayList<>();
        List<String> dialogs = new ArrayList<>();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type()) || "warning".equals(m.type())) {
                problems.add("console " + m.type() + ": " + m.text());
            }
        });
        page.onPageError(e -> problems.add("page error: " + e));
        page.onRequestFailed(r -> problems.add("request failed: " + r.url() + " (" + r.failure() + ")"));
        page.onResponse(r -> {
            if (r.status() >= 400) {
                problems.add("HTTP " + r.status() + " for " + r.url());
            }
        });
        page.onRequest(r -> {
            if (!r.url().startsWith(base) && !r.url().startsWith("data:")) {
                problems.add("request leaves the server: " + r.url());
            }
        });
        page.onDialog(d -> {
            dialogs.add(d.type() + ": " + d.message());
            d.dismiss();
        });
        page.navigate(base + path);
        page.waitForLoadState(LoadState.LOAD);
        return new Opened(page, context, problems, dialogs);
    }

    private static void shot(Page page, String name) throws Exception {
        Files.createDirectories(TARGET);
        page.screenshot(new Page.ScreenshotOptions().setPath(TARGET.resolve(name)).setFullPage(true));
    }

    @Test
    void arabicTextReadsRightToLeftBesideEnglishOnTheSamePage() throws Exception {
        Opened o = open("/articles/ar1", 1100, 800);
        Page page = o.page();
        try {
            // Where each block's words stand in its box: an Arabic block's text hugs the right edge, an English one
            // (the page's furniture and the one English paragraph) the left.
            String where = "e => { const r = document.createRange(); r.selectNodeContents(e);"
                    + " const t = r.getBoundingClientRect(), b = e.getBoundingClientRect();"
                    + " return (b.right - t.right) < 2 ? 'right' : (t.left - b.left) < 2 ? 'left' : 'middle'; }";
            assertThat(page.locator("article.doc").getAttribute("lang")).isEqualTo("ar");
            assertThat(page.locator("article.doc h1").evaluate(where)).isEqualTo("right");
            var paragraphs = page.locator(".clean.body p");
            assertThat(paragraphs.count()).isEqualTo(3);
            assertThat(paragraphs.nth(0).evaluate(where)).isEqualTo("right");
            assertThat(paragraphs.nth(1).evaluate(where)).isEqualTo("left");
            assertThat(paragraphs.nth(2).evaluate(where)).isEqualTo("right");
            assertThat(page.locator("article.doc p.meta").first().evaluate(where)).isEqualTo("left");
            shot(page, "ui-article-arabic.png");
            assertThat(o.problems()).isEmpty();
        } finally {
            o.close();
        }
    }

    @Test
    void theStoryListGainsTheNewStoryLive() throws Exception {
        Opened o = open("/", 1100, 800);
        Page page = o.page();
        try {
            assertThat(page.locator("#story-rows tr").count()).isGreaterThanOrEqualTo(3);
            page.waitForSelector("#story-rows tr[data-story-id='s-new/1']",
                    new Page.WaitForSelectorOptions().setTimeout(10_000));
            assertThat(page.locator("#story-rows tr").first().getAttribute("data-story-id")).isEqualTo("s-new/1");
            assertThat(page.locator("#story-rows tr").first().locator("a").textContent())
                    .isEqualTo("Flood waters reach <b>Basra</b>");
            assertThat(page.locator("#story-rows tr").first().locator("a").getAttribute("href"))
                    .isEqualTo("/stories/s-new%2F1");
            assertThat(page.locator("#story-rows tr").first().locator("td.outlets").textContent())
                    .isEqualTo("Reuters, <i>AP</i>");
            assertThat(page.locator("#story-rows b, #story-rows i, #story-rows img").count()).isZero();
            assertThat(page.locator("#live").textContent()).isEqualTo("live");
            assertThat(page.locator("tr[data-story-id=hostile] td.story a").textContent()).isEqualTo(XSS);
            assertThat(page.evaluate("() => document.querySelectorAll('script').length")).isEqualTo(1);
            page.waitForTimeout(3200); // the fresh row's highlight fades
            shot(page, "ui-story-list.png");
            page.setViewportSize(390, 800);
            shot(page, "ui-story-list-phone.png");
            assertThat(o.problems()).isEmpty();
            assertThat(o.dialogs()).isEmpty();
        } finally {
            o.close();
        }
    }

    @Test
    void theStoryListWorksWithoutScript() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false));
        try {
            Page page = context.newPage();
            page.navigate(base + "/");
            assertThat(page.locator("#story-rows tr").count()).isEqualTo(3);
            assertThat(page.locator("#live").isVisible()).isFalse();
        } finally {
            context.close();
        }
    }

    @Test
    void theStoryPageShowsTheDisagreementAndBothSpellings() throws Exception {
        Opened o = open("/stories/mosul", 1100, 900);
        Page page = o.page();
        try {
            assertThat(page.textContent("#disagree")).contains("350 km north").contains("360 km northwest");
            assertThat(page.locator("#disagree .cmp").evaluate("e => getComputedStyle(e).borderLeftColor"))
                    .isEqualTo("rgb(179, 38, 30)");
            assertThat(page.textContent("#entities")).contains("Nineveh").contains("Ninevah");
            assertThat(page.locator("#timeline svg").boundingBox().width).isGreaterThan(300);
            assertThat(page.locator("#who svg").boundingBox().width).isGreaterThan(200);
            assertThat(page.locator("#articles .card").count()).isEqualTo(2);
            shot(page, "ui-story-page.png");
            assertThat(o.problems()).isEmpty();
            assertThat(o.dialogs()).isEmpty();
        } finally {
            o.close();
        }
        Opened seeds = open("/stories/seeds", 1100, 900);
        try {
            assertThat(seeds.page().locator("#articles .card").count()).isGreaterThanOrEqualTo(1);
            assertThat(seeds.page().locator("#timeline").isVisible()).isTrue();
            shot(seeds.page(), "ui-story-seeds.png");
            assertThat(seeds.problems()).isEmpty();
        } finally {
            seeds.close();
        }
    }

    @Test
    void hostileTextIsShownAndNeverRun() {
        for (String path : List.of("/stories/hostile", "/articles/x0", "/search?q=Mosul")) {
            Opened o = open(path, 1100, 900);
            try {
                o.page().waitForTimeout(300);
                assertThat(o.page().textContent("main")).as(path).contains(XSS);
                assertThat(o.page().locator("main img, main script, main iframe").count()).as(path).isZero();
                assertThat(o.problems()).as(path).isEmpty();
                assertThat(o.dialogs()).as(path).isEmpty();
            } finally {
                o.close();
            }
        }
    }

    @Test
    void theArticlePageTogglesTheRemovedSpansWithoutScript() throws Exception {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false)
                .setViewportSize(1100, 900));
        try {
            Page page = context.newPage();
            page.navigate(base + "/articles/x0");
            assertThat(page.locator(".clean").isVisible()).isTrue();
            assertThat(page.locator(".asread").isVisible()).isFalse();
            page.click("label[for=show-removed]");
            page.waitForSelector(".asread", new Page.WaitForSelectorOptions().setState(WaitForSelectorState.VISIBLE));
            assertThat(page.locator(".clean").isVisible()).isFalse();
            assertThat(page.locator(".asread .removed").count()).isEqualTo(3);
            assertThat(page.locator(".asread .removed .why").first().textContent()).startsWith("share subscribe");
            shot(page, "ui-article-removed.png");
            page.click("label[for=show-removed]");
            assertThat(page.locator(".asread").isVisible()).isFalse();
        } finally {
            context.close();
        }
    }

    @Test
    void theMapPageDrawsItsStoriesUnderThePolicyAndARowOpensItsStory() throws Exception {
        Opened o = open(Links.MAP, 1100, 700);
        try {
            Page page = o.page();
            assertThat(page.locator("svg#storymap-chart g.story").count()).isEqualTo(2);
            // the picture's styles come from the report's sheet, not from inside it (the policy allows none)
            assertThat(page.locator("svg#storymap-chart .label").first().evaluate("e => getComputedStyle(e).fontSize"))
                    .isEqualTo("12px");
            assertThat(page.locator("svg#storymap-chart").boundingBox().width).isGreaterThan(600);
            assertThat(page.locator("script, img, iframe").count()).isZero();
            shot(page, "ui-map.png");
            page.locator("svg#storymap-chart a").first().click();
            page.waitForURL(base + "/stories/seeds");
            assertThat(page.textContent("h1")).isNotBlank();
            assertThat(o.problems()).isEmpty();
            assertThat(o.dialogs()).isEmpty();
        } finally {
            o.close();
        }
    }

    @Test
    void theComparePageDrawsItsChart() throws Exception {
        Opened o = open("/compare", 1100, 900);
        try {
            assertThat(o.page().locator("#scores svg g.dim").count()).isEqualTo(7);
            assertThat(o.page().locator(".evidence .dimension").count()).isEqualTo(7);
            shot(o.page(), "ui-compare.png");
            assertThat(o.problems()).isEmpty();
        } finally {
            o.close();
        }
    }

    @Test
    void aMissingStoryIsA404Page() {
        BrowserContext context = browser.newContext();
        try {
            Page page = context.newPage();
            var response = page.navigate(base + "/stories/nope");
            assertThat(response.status()).isEqualTo(404);
            assertThat(response.headers().get("content-security-policy")).isEqualTo(Csp.POLICY);
            assertThat(page.textContent(".reason")).isEqualTo("No story nope.");
            for (String sheet : List.of("app.css", "report.css")) {
                var css = page.navigate(base + "/ui/" + sheet);
                assertThat(css.status()).isEqualTo(200);
                assertThat(css.headers().get("content-security-policy")).isEqualTo(Csp.POLICY);
            }
        } finally {
            context.close();
        }
    }
}
