package news.storyline.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import news.storyline.article.Article;
import news.storyline.facts.render.StoryMap;
import news.storyline.server.ui.ArticlePage;
import news.storyline.server.ui.Assets;
import news.storyline.server.ui.ComparePage;
import news.storyline.server.ui.Csp;
import news.storyline.server.ui.ErrorPage;
import news.storyline.server.ui.PageLinks;
import news.storyline.server.ui.SearchHit;
import news.storyline.server.ui.SearchPage;
import news.storyline.server.ui.Links;
import news.storyline.server.ui.StoryListFilters;
import news.storyline.server.ui.StoryListItem;
import news.storyline.server.ui.StoryListPage;
import news.storyline.server.ui.StoryMapPage;
import news.storyline.server.ui.StoryPage;
import news.storyline.server.ui.StoryRef;
import news.storyline.similarity.PairScores;
import news.storyline.store.StoredStory;
import news.storyline.store.StoryQuery;

/**
 * The web UI's routes over the live service: the story list ({@code /}), a story ({@code /stories/{id}}), an article
 * ({@code /articles/{id}}), compare ({@code /compare?a=&b=}), search ({@code /search?q=}) and the assets under
 * {@code /ui}. Handlers are plain functions of the request; the pages are rendered by {@code server.ui}, which
 * escapes all article text. Every page and asset carries {@link Csp#HEADERS}.
 */
public final class UiRoutes {
    static final int PAGE_SIZE = 30;

    private final StoryService service;

    public UiRoutes(StoryService service) {
        this.service = service;
    }

    /** Registers the pages and assets. */
    public void register(RoutesConfig r) {
        r.get("/", this::storyList);
        r.get(Links.MAP, this::storyMap);
        r.get("/stories/{id}", this::story);
        r.get("/articles/{id}", this::article);
        r.get("/compare", this::compare);
        r.get("/search", this::search);
        r.get("/ui/{name}", this::asset);
    }

    private void storyList(Context ctx) {
        int page = page(ctx);
        var filters = new StoryListFilters(blank(ctx.queryParam("q")), blank(ctx.queryParam("source")),
                blank(ctx.queryParam("language")));
        // One more than a page, to know whether a next page follows.
        List<StoredStory> stories = service.stories(new StoryQuery(null, null, filters.q(), filters.source(),
                filters.language(), (page - 1) * PAGE_SIZE, PAGE_SIZE + 1));
        boolean hasNext = stories.size() > PAGE_SIZE;
        List<StoryListItem> items = stories.stream().limit(PAGE_SIZE).map(UiRoutes::item).toList();
        long total = filters.any() ? -1 : service.storyCount();
        html(ctx, 200, StoryListPage.render(items, filters, new PageLinks(page, PAGE_SIZE, total, hasNext),
                List.of(), List.of()));
    }

    private void storyMap(Context ctx) {
        html(ctx, 200, StoryMapPage.render(service.storyMap(StoryMap.DEFAULT_STORIES, Links::story),
                StoryService.MAP_LOOKS_AT));
    }

    static StoryListItem item(StoredStory s) {
        List<String> top = new ArrayList<>(s.topNames());
        s.topPlaces().stream().filter(p -> !top.contains(p)).forEach(top::add);
        return new StoryListItem(s.id(), s.headline(), s.reports(), s.outlets(), s.firstSeen(), s.lastSeen(),
                top.stream().limit(6).toList());
    }

    private void story(Context ctx) {
        String id = ctx.pathParam("id");
        Optional<StoryDetail> detail = service.story(id);
        if (detail.isEmpty()) {
            html(ctx, 404, ErrorPage.render(404, "No story " + id + "."));
            return;
        }
        List<Article> articles = new ArrayList<>();
        detail.get().assignments().forEach(a -> service.article(a.articleId()).ifPresent(articles::add));
        html(ctx, 200, StoryPage.render(detail.get().report(), articles, detail.get().merged(),
                detail.get().resumed()));
    }

    private void article(Context ctx) {
        String id = ctx.pathParam("id");
        Optional<Article> article = service.article(id);
        if (article.isEmpty()) {
            html(ctx, 404, ErrorPage.render(404, "No article " + id + "."));
            return;
        }
        StoryRef story = service.assignment(id).flatMap(a -> service.story(a.storyId()))
                .map(d -> new StoryRef(d.story().id(), d.story().headline())).orElse(null);
        html(ctx, 200, ArticlePage.render(article.get(), story));
    }

    private void compare(Context ctx) {
        String a = blank(ctx.queryParam("a"));
        String b = blank(ctx.queryParam("b"));
        if (a == null || b == null) {
            html(ctx, 200, ComparePage.render(a, b, null, null, null, a == null && b == null ? null
                    : "Give two article ids."));
            return;
        }
        Article first = service.article(a).orElse(null);
        Article second = service.article(b).orElse(null);
        if (first == null || second == null) {
            html(ctx, 404, ComparePage.render(a, b, first, second, null, "No article " + (first == null ? a : b)
                    + "."));
            return;
        }
        PairScores scores;
        try {
            scores = service.compare(a, b);
        } catch (NoSuchElementException e) {
            html(ctx, 404, ComparePage.render(a, b, first, second, null, e.getMessage() + "."));
            return;
        }
        html(ctx, 200, ComparePage.render(a, b, first, second, scores, null));
    }

    private void search(Context ctx) {
        String q = blank(ctx.queryParam("q"));
        int page = page(ctx);
        List<SearchHit> hits = new ArrayList<>();
        boolean hasNext = false;
        if (q != null) {
            List<news.storyline.store.SearchHit> found = service.search(q, (page - 1) * PAGE_SIZE, PAGE_SIZE + 1);
            hasNext = found.size() > PAGE_SIZE;
            for (news.storyline.store.SearchHit h : found.stream().limit(PAGE_SIZE).toList()) {
                String headline = h.storyId() == null ? null
                        : service.storyHeadline(h.storyId()).orElse(null);
                // The store marks the matched words with [ ]; the page marks the query's words itself.
                String snippet = h.snippet() == null ? null : h.snippet().replace("[", "").replace("]", "");
                hits.add(new SearchHit(h.articleId(), h.title(), h.source(), h.published(), snippet, h.storyId(),
                        headline));
            }
        }
        html(ctx, 200, SearchPage.render(q, hits, new PageLinks(page, PAGE_SIZE, -1, hasNext)));
    }

    private void asset(Context ctx) {
        String name = ctx.pathParam("name");
        byte[] body = Assets.read(name);
        if (body == null) {
            html(ctx, 404, ErrorPage.render(404, "No such file."));
            return;
        }
        Csp.HEADERS.forEach(ctx::header);
        ctx.status(200).contentType(Assets.TYPES.get(name))
                .header("Cache-Control", "no-cache").result(body);
    }

    private static void html(Context ctx, int status, String page) {
        Csp.HEADERS.forEach(ctx::header);
        ctx.status(status).html(page);
    }

    private static int page(Context ctx) {
        try {
            return Math.max(1, Integer.parseInt(Optional.ofNullable(ctx.queryParam("page")).orElse("1")));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
