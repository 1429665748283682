package news.storyline.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import news.storyline.facts.ReportArticle;
import news.storyline.facts.render.ReportFormat;
import news.storyline.facts.render.StoryReportRenderer;
import news.storyline.io.ArticleJson;
import news.storyline.similarity.PairScores;
import news.storyline.store.SearchHit;
import news.storyline.store.StoredAssignment;
import news.storyline.store.StoredStory;
import news.storyline.store.StoryQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: the REST API over a {@link StoryService}, JSON in and out, on Javalin. It listens on 127.0.0.1
 * unless told otherwise. Writes need the configured bearer token. Every response says {@code nosniff}; every HTML
 * response carries {@link #HTML_CSP}. The routes are documented in {@code openapi.json}, served at
 * {@code /api/openapi.json}.
 */
public final class StorylineServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StorylineServer.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    public static final String JSON_TYPE = "application/json; charset=utf-8";
    /** The Content-Security-Policy of every HTML page: nothing from elsewhere, no inline script or style. */
    public static final String HTML_CSP = news.storyline.server.ui.Csp.POLICY;
    /** The policy of every other response: it may load nothing. */
    public static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";
    /** Records one POST may carry at most. */
    public static final int MAX_RECORDS = 10_000;
    public static final int DEFAULT_PAGE = 50;
    static final String OPENAPI_RESOURCE = "/news/storyline/server/openapi.json";

    private final ServerConfig config;
    private final StoryService service;
    private final boolean ownsService;
    private final Metrics metrics = new Metrics();
    private final List<SseClient> clients = new CopyOnWriteArrayList<>();
    private final Runnable stopListening;
    private final Javalin app;
    private final byte[] openApi;

    private StorylineServer(ServerConfig config, StoryService service, boolean ownsService,
                            Consumer<RoutesConfig> extraRoutes) {
        this.config = config;
        this.service = service;
        this.ownsService = ownsService;
        this.openApi = resource(OPENAPI_RESOURCE);
        service.onIngested((outcome, nanos) -> metrics.ingested(nanos, outcome.status()));
        this.stopListening = service.onStoryChanged(this::broadcast);
        this.app = Javalin.create(cfg -> {
            cfg.jetty.host = config.host();
            cfg.jetty.port = config.port();
            cfg.http.maxRequestSize = config.maxBodyBytes();
            cfg.startup.showJavalinBanner = false;
            cfg.router.ignoreTrailingSlashes = true;
            routes(cfg.routes);
            if (extraRoutes != null) {
                extraRoutes.accept(cfg.routes);
            }
        });
    }

    /** Opens the store in the configured folder and starts serving it. */
    public static StorylineServer start(ServerConfig config) {
        StoryService service = StoryService.open(config.dataFolder());
        try {
            return start(config, service, true, null);
        } catch (RuntimeException e) {
            service.close();
            throw e;
        }
    }

    /**
     * Starts serving an open service (the caller closes it), with further routes (the web UI's pages), which get the
     * same headers: {@code nosniff} everywhere, {@link #HTML_CSP} on HTML.
     */
    public static StorylineServer start(ServerConfig config, StoryService service, Consumer<RoutesConfig> extraRoutes) {
        return start(config, service, false, extraRoutes);
    }

    private static StorylineServer start(ServerConfig config, StoryService service, boolean owns,
                                         Consumer<RoutesConfig> extraRoutes) {
        StorylineServer server = new StorylineServer(config, service, owns, extraRoutes);
        server.app.start();
        LOG.info("Storyline serving {} on http://{}:{}/ ({})", config.dataFolder(), config.host(), server.port(),
                config.token() == null ? "read-only: no token set" : "writes need the token");
        return server;
    }

    /** The port it listens on (the one chosen, when configured with 0). */
    public int port() {
        return app.port();
    }

    public ServerConfig config() {
        return config;
    }

    public StoryService service() {
        return service;
    }

    public Metrics metrics() {
        return metrics;
    }

    /** Stops serving; closes the service when this server opened it. */
    public void stop() {
        stopListening.run();
        clients.forEach(c -> {
            try {
                c.close();
            } catch (RuntimeException ignored) {
                // closing anyway
            }
        });
        app.stop();
        if (ownsService) {
            service.close();
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void routes(RoutesConfig r) {
        r.before(ctx -> {
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Content-Security-Policy", API_CSP);
            ctx.header("Referrer-Policy", "no-referrer");
        });
        r.after(ctx -> {
            String type = ctx.res().getContentType();
            if (type != null && type.toLowerCase(Locale.ROOT).startsWith("text/html")) {
                ctx.header("Content-Security-Policy", HTML_CSP);
            }
            String route = "unmatched";
            try {
                var matched = ctx.endpoints().matchedHttpEndpoint();
                if (matched != null) {
                    route = matched.path;
                }
            } catch (RuntimeException e) {
                // no route matched
            }
            metrics.request(route, ctx.req().getMethod(), ctx.statusCode());
        });
        r.get("/api/health", ctx -> json(ctx, 200, health()));
        r.get("/api/openapi.json", ctx -> ctx.status(200).contentType(JSON_TYPE).result(openApi));
        r.get("/metrics", ctx -> ctx.status(200).contentType(Metrics.CONTENT_TYPE)
                .result(metrics.text(service::articleCount, service::storyCount)));
        r.get("/api/stories", this::stories);
        r.get("/api/stories/{id}", this::story);
        r.get("/api/articles/{id}", this::article);
        r.post("/api/articles", this::post);
        r.get("/api/compare", this::compare);
        r.get("/api/search", this::search);
        r.sse("/api/events", client -> {
            client.keepAlive();
            client.onClose(() -> clients.remove(client));
            clients.add(client);
            client.sendComment("connected");
        });
        r.exception(BadRequest.class, (e, ctx) -> json(ctx, 400, error(e.getMessage())));
        r.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.req().getMethod(), ctx.path(), e);
            json(ctx, 500, error("internal error: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage())));
        });
        r.error(404, ctx -> {
            String type = ctx.res().getContentType();
            if (type == null || !type.startsWith("application/json")) {
                json(ctx, 404, error("no such route: " + ctx.req().getMethod() + " " + ctx.path()
                        + " (see /api/openapi.json)"));
            }
        });
        r.error(405, ctx -> json(ctx, 405, error("method " + ctx.req().getMethod() + " not allowed on " + ctx.path())));
    }

    /** A request that cannot be served as asked; the message says why. */
    static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }

    // Reads.

    private ObjectNode health() {
        ObjectNode node = JSON.createObjectNode();
        node.put("status", "ok");
        node.put("articles", service.articleCount());
        node.put("stories", service.storyCount());
        node.put("schemaVersion", service.store().schemaVersion());
        node.put("configuration", service.configuration());
        node.put("writes", config.token() != null);
        return node;
    }

    private void stories(Context ctx) {
        int offset = intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        int limit = intParam(ctx, "limit", DEFAULT_PAGE, 1, StoryQuery.MAX_LIMIT);
        Instant since = timeParam(ctx, "since");
        Instant until = timeParam(ctx, "until");
        var query = new StoryQuery(since, until, ctx.queryParam("q"), ctx.queryParam("source"),
                ctx.queryParam("language"), offset, limit);
        ObjectNode node = JSON.createObjectNode();
        ArrayNode list = node.putArray("stories");
        service.stories(query).forEach(s -> list.add(storyNode(s)));
        node.put("offset", offset);
        node.put("limit", limit);
        json(ctx, 200, node);
    }

    /** A story as listed: the JSON of its line in the story list, and of its server-sent event. */
    public static ObjectNode storyNode(StoredStory s) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", s.id());
        node.put("headline", s.headline());
        node.put("firstSeen", iso(s.firstSeen()));
        node.put("lastSeen", iso(s.lastSeen()));
        node.put("reports", s.reports());
        node.put("articleCount", s.articleCount());
        strings(node.putArray("outlets"), s.outlets());
        strings(node.putArray("topNames"), s.topNames());
        strings(node.putArray("topPlaces"), s.topPlaces());
        node.put("updatedAt", iso(s.updatedAt()));
        return node;
    }

    private void story(Context ctx) throws JsonProcessingException {
        String id = ctx.pathParam("id");
        var detail = service.story(id);
        if (detail.isEmpty()) {
            json(ctx, 404, error("no story " + id));
            return;
        }
        var d = detail.get();
        ObjectNode node = storyNode(d.story());
        if (!d.story().id().equals(id)) {
            node.put("mergedFrom", id);
        }
        ObjectNode report = (ObjectNode) JSON.readTree(StoryReportRenderer.render(d.report(), ReportFormat.JSON));
        ArrayNode articles = node.putArray("articles");
        ArrayNode copies = node.putArray("copies");
        for (StoredAssignment a : d.assignments()) {
            ObjectNode an = articles.addObject();
            an.put("id", a.articleId());
            ReportArticle ra = d.report().article(a.articleId());
            if (ra != null) {
                an.put("outlet", ra.outlet());
                an.put("title", ra.title());
                an.put("url", ra.url());
                an.put("published", iso(ra.published()));
            }
            an.put("copyOf", a.copyOf());
            an.put("probability", Math.round(a.probability() * 1000) / 1000.0);
            if (a.copyOf() != null) {
                copies.addObject().put("id", a.articleId()).put("copyOf", a.copyOf());
            }
        }
        ArrayNode merged = node.putArray("merged");
        d.merged().forEach(m -> merged.addObject().put("absorbed", m.absorbed()).put("at", iso(m.at()))
                .put("byArticle", m.byArticle()));
        ArrayNode resumed = node.putArray("resumed");
        d.resumed().forEach(r -> resumed.addObject().put("at", iso(r.at())).put("byArticle", r.byArticle())
                .put("why", r.why()));
        for (String field : List.of("summary", "timeline", "comparisons", "entities", "facts", "problems")) {
            node.set(field, report.get(field));
        }
        json(ctx, 200, node);
    }

    private void article(Context ctx) {
        String id = ctx.pathParam("id");
        var article = service.article(id);
        if (article.isEmpty()) {
            json(ctx, 404, error("no article " + id));
            return;
        }
        ObjectNode node = ArticleJson.node(article.get());
        var assignment = service.assignment(id);
        node.put("storyId", assignment.map(StoredAssignment::storyId).orElse(null));
        node.put("copyOf", assignment.map(StoredAssignment::copyOf).orElse(null));
        json(ctx, 200, node);
    }

    private void compare(Context ctx) {
        String a = required(ctx, "a");
        String b = required(ctx, "b");
        PairScores scores;
        try {
            scores = service.compare(a, b);
        } catch (NoSuchElementException e) {
            json(ctx, 404, error(e.getMessage()));
            return;
        }
        ObjectNode node = scores.toJson(null);
        node.put("a", a);
        node.put("b", b);
        json(ctx, 200, node);
    }

    private void search(Context ctx) {
        String q = required(ctx, "q");
        int offset = intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        int limit = intParam(ctx, "limit", DEFAULT_PAGE, 1, StoryQuery.MAX_LIMIT);
        ObjectNode node = JSON.createObjectNode();
        node.put("q", q);
        ArrayNode hits = node.putArray("hits");
        for (SearchHit h : service.search(q, offset, limit)) {
            hits.addObject().put("articleId", h.articleId()).put("title", h.title()).put("source", h.source())
                    .put("published", iso(h.published())).put("storyId", h.storyId()).put("snippet", h.snippet());
        }
        node.put("offset", offset);
        node.put("limit", limit);
        json(ctx, 200, node);
    }

    // Writes.

    private void post(Context ctx) {
        if (!authorised(ctx)) {
            return;
        }
        long declared = ctx.req().getContentLengthLong();
        if (declared > config.maxBodyBytes()) {
            refuseTooLarge(ctx);
            return;
        }
        byte[] body;
        try {
            body = readAtMost(ctx.bodyInputStream(), config.maxBodyBytes());
        } catch (IOException e) {
            json(ctx, 400, error("could not read the request body: " + e.getMessage()));
            return;
        }
        if (body == null) {
            refuseTooLarge(ctx);
            return;
        }
        List<JsonNode> records = new ArrayList<>();
        List<IngestOutcome> parseErrors = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        String problem = parse(body, ctx.contentType(), records, numbers, parseErrors);
        if (problem != null) {
            json(ctx, 400, errors(List.of(IngestOutcome.rejected(1, null, problem)), List.of()));
            return;
        }
        if (records.size() + parseErrors.size() > MAX_RECORDS) {
            json(ctx, 413, error("too many records: " + (records.size() + parseErrors.size()) + ", at most "
                    + MAX_RECORDS + " a request"));
            return;
        }
        List<IngestOutcome> outcomes = new ArrayList<>(parseErrors);
        List<IngestOutcome> ingested = service.ingestJson(records, "POST /api/articles");
        for (IngestOutcome o : ingested) {
            // Renumbered to the record's place in the request (a malformed line before it counts).
            outcomes.add(new IngestOutcome(numbers.get(o.record() - 1), o.status(), o.articleId(), o.storyId(),
                    o.duplicateOf(), o.reason()));
            if (o.status() == IngestOutcome.Status.REJECTED) {
                metrics.rejected();
            }
        }
        parseErrors.forEach(e -> metrics.rejected());
        outcomes.sort(java.util.Comparator.comparingInt(IngestOutcome::record));
        List<IngestOutcome> bad = outcomes.stream().filter(o -> o.status() == IngestOutcome.Status.REJECTED).toList();
        json(ctx, bad.isEmpty() ? 200 : 400, errors(bad, outcomes));
    }

    private boolean authorised(Context ctx) {
        if (config.token() == null) {
            json(ctx, 403, error("writes are disabled: the server has no token; start it with a token (environment "
                    + "variable " + ServerConfig.TOKEN_ENV + ") and send it as 'Authorization: Bearer TOKEN'"));
            return false;
        }
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"storyline\"");
            json(ctx, 401, error("writes need the token: send 'Authorization: Bearer TOKEN'"));
            return false;
        }
        byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, config.token().getBytes(StandardCharsets.UTF_8))) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"storyline\", error=\"invalid_token\"");
            json(ctx, 401, error("wrong token"));
            return false;
        }
        return true;
    }

    private ObjectNode tooLarge() {
        return error("request body too large: at most " + config.maxBodyBytes() + " bytes; send fewer records a "
                + "request");
    }

    /** The most of a refused body read and dropped before the 413, so that a client still sending it sees the answer. */
    static final long REFUSED_BODY_DRAINED = 8L * 1024 * 1024;

    /**
     * Answers 413 to a body over the limit. A client that sends the whole body before reading (one that does not ask
     * "Expect: 100-continue") would otherwise find the connection closed under it and never read the 413: up to
     * {@link #REFUSED_BODY_DRAINED} of the body is read and dropped first, and the connection is closed after.
     */
    private void refuseTooLarge(Context ctx) {
        try {
            InputStream in = ctx.bodyInputStream();
            byte[] buffer = new byte[65536];
            long drained = 0;
            int n;
            while (drained < REFUSED_BODY_DRAINED && (n = in.read(buffer)) > 0) {
                drained += n;
            }
        } catch (IOException e) {
            // The client went away: the answer below is for whoever is still there.
        }
        ctx.header("Connection", "close");
        json(ctx, 413, tooLarge());
    }

    /** The body, or null when it is longer than {@code max}. */
    private static byte[] readAtMost(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[65536];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > max) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /**
     * Reads the body's records: a JSON object, an array of them, or JSON Lines (one object a line; by content type
     * {@code application/x-ndjson} or {@code application/jsonl}, or a body that is not one JSON value). A malformed
     * line is an error of that record; the others are read.
     *
     * @return a problem with the whole body, or null
     */
    static String parse(byte[] body, String contentType, List<JsonNode> records, List<Integer> numbers,
                        List<IngestOutcome> errors) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return "empty body: send a JSON object, an array of them, or JSON Lines";
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        boolean lines = type.contains("ndjson") || type.contains("jsonl") || type.contains("json-lines");
        if (!lines) {
            try {
                JsonNode root = JSON.readTree(text);
                if (root.isArray()) {
                    int i = 0;
                    for (JsonNode item : root) {
                        records.add(item);
                        numbers.add(++i);
                    }
                    if (i == 0) {
                        return "empty array: no records";
                    }
                } else {
                    records.add(root);
                    numbers.add(1);
                }
                return null;
            } catch (JsonProcessingException e) {
                String trimmed = text.strip();
                if (!(trimmed.startsWith("{") && trimmed.contains("\n"))) {
                    return "malformed JSON: " + oneLine(e);
                }
                // Several objects, one a line, sent as application/json: read as JSON Lines.
            }
        }
        String[] split = text.split("\r\n|\r|\n", -1);
        int number = 0;
        for (String line : split) {
            if (line.isBlank()) {
                continue;
            }
            number++;
            try {
                records.add(JSON.readTree(line));
                numbers.add(number);
            } catch (JsonProcessingException e) {
                errors.add(IngestOutcome.rejected(number, null, "malformed JSON: " + oneLine(e)));
            }
        }
        if (number == 0) {
            return "no records";
        }
        return null;
    }

    private static String oneLine(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? e.toString() : e.getOriginalMessage();
        String location = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr();
        return message.replaceAll("\\s+", " ") + location;
    }

    private static ObjectNode errors(List<IngestOutcome> bad, List<IngestOutcome> all) {
        ObjectNode node = JSON.createObjectNode();
        ArrayNode errors = node.putArray("errors");
        for (IngestOutcome o : bad) {
            ObjectNode e = errors.addObject();
            e.put("record", o.record());
            if (o.articleId() != null) {
                e.put("id", o.articleId());
            }
            e.put("message", o.reason());
        }
        ArrayNode stored = node.putArray("stored");
        ArrayNode duplicates = node.putArray("duplicates");
        for (IngestOutcome o : all) {
            if (o.status() == IngestOutcome.Status.STORED) {
                stored.addObject().put("record", o.record()).put("id", o.articleId()).put("storyId", o.storyId());
            } else if (o.status() == IngestOutcome.Status.DUPLICATE) {
                duplicates.addObject().put("record", o.record()).put("id", o.articleId())
                        .put("duplicateOf", o.duplicateOf()).put("storyId", o.storyId());
            }
        }
        return node;
    }

    // Server-sent events.

    private void broadcast(StoredStory story) {
        String data;
        try {
            data = JSON.writeValueAsString(storyNode(story));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        for (SseClient client : clients) {
            if (client.terminated()) {
                clients.remove(client);
                continue;
            }
            try {
                client.sendEvent("story", data);
            } catch (RuntimeException e) {
                clients.remove(client);
            }
        }
    }

    // Helpers.

    private static void json(Context ctx, int status, JsonNode node) {
        try {
            ctx.status(status).contentType(JSON_TYPE).result(JSON.writeValueAsBytes(node));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode error(String message) {
        ObjectNode node = JSON.createObjectNode();
        node.put("error", message);
        return node;
    }

    private static String required(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            throw new BadRequest("missing query parameter '" + name + "'");
        }
        return value;
    }

    private static int intParam(Context ctx, String name, int fallback, int min, int max) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < min || n > max) {
                throw new BadRequest("'" + name + "' must be " + min + " to " + max + ", not " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new BadRequest("'" + name + "' must be a whole number, not '" + value + "'");
        }
    }

    /** An ISO 8601 instant (2014-06-10T09:30:00Z) or day (2014-06-10, its start in UTC). */
    private static Instant timeParam(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(value.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e2) {
                throw new BadRequest("'" + name + "' must be an ISO 8601 time (2014-06-10T09:30:00Z) or day "
                        + "(2014-06-10), not '" + value + "'");
            }
        }
    }

    private static String iso(Instant t) {
        return t == null ? null : t.toString();
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static byte[] resource(String name) {
        try (InputStream in = StorylineServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
