package news.storyline.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API over real HTTP on loopback, a real store in a temporary folder. */
class ServerApiTest {
    static final String TOKEN = "s3cret-token";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    StorylineServer server;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void start() {
        server = StorylineServer.start(ServerConfig.local(0, dir, TOKEN));
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String body, String contentType, String token) throws Exception {
        var builder = HttpRequest.newBuilder(URI.create(base() + "/api/articles"))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> response) throws Exception {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/json"));
        return JSON.readTree(response.body());
    }

    @Test
    void theSeedsPostedWithTheTokenMakeOneStoryWithBothOutletsAndTheDistanceContradicted() throws Exception {
        var response = post(Seeds.json(), "application/json", TOKEN);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode result = json(response);
        assertThat(result.get("errors")).isEmpty();
        assertThat(result.get("stored")).hasSize(2);
        String storyId = result.get("stored").get(0).get("storyId").asText();
        assertThat(result.get("stored").get(1).get("storyId").asText()).isEqualTo(storyId);

        JsonNode list = json(get("/api/stories")).get("stories");
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("outlets")).extracting(JsonNode::asText)
                .containsExactly("Gulf News", "Al Jazeera");

        JsonNode story = json(get("/api/stories/" + storyId));
        assertThat(story.get("articles")).extracting(a -> a.get("id").asText())
                .containsExactlyInAnyOrder(Seeds.A, Seeds.B);
        assertThat(story.get("merged").isArray()).isTrue();
        assertThat(story.get("resumed")).isEmpty();
        JsonNode distance = null;
        for (JsonNode c : story.get("comparisons")) {
            if (c.get("type").asText().equals("DISTANCE") && c.get("articleIds").size() == 2) {
                distance = c;
            }
        }
        assertThat(distance).as("a distance compared across both reports").isNotNull();
        assertThat(distance.get("agreement").asText()).isEqualTo("CONTRADICTED");
        assertThat(distance.get("note").asText()).contains("350 km north").contains("360 km northwest");
        assertThat(story.get("summary")).isNotEmpty();
        assertThat(story.get("entities")).isNotEmpty();
        assertThat(story.has("timeline")).isTrue();
        assertThat(story.has("copies")).isTrue();

        JsonNode article = json(get("/api/articles/" + Seeds.A));
        assertThat(article.get("storyId").asText()).isEqualTo(storyId);
        assertThat(article.get("removed")).anySatisfy(r -> assertThat(r.get("reason").asText())
                .isEqualTo("IMAGE_CAPTION"));

        JsonNode compare = json(get("/api/compare?a=" + enc(Seeds.A) + "&b=" + enc(Seeds.B)));
        assertThat(compare.has("overall")).isTrue();
        assertThat(compare.has("evidence")).isTrue();
        assertThat(get("/api/compare?a=" + enc(Seeds.A) + "&b=nope").statusCode()).isEqualTo(404);
        assertThat(get("/api/compare?a=" + enc(Seeds.A)).statusCode()).isEqualTo(400);
        assertThat(get("/api/stories/nope").statusCode()).isEqualTo(404);
        assertThat(get("/api/articles/nope").statusCode()).isEqualTo(404);
    }

    @Test
    void withoutTheTokenNothingChanges() throws Exception {
        var none = post(Seeds.json(), "application/json", null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(json(none).get("error").asText()).contains("Bearer");
        assertThat(none.headers().firstValue("WWW-Authenticate")).isPresent();
        assertThat(post(Seeds.json(), "application/json", "wrong").statusCode()).isEqualTo(401);
        JsonNode health = json(get("/api/health"));
        assertThat(health.get("articles").asLong()).isZero();
        assertThat(health.get("stories").asLong()).isZero();
        assertThat(server.service().articleCount()).isZero();
    }

    @Test
    void aServerWithoutATokenRefusesWritesSayingHowToSetOne() throws Exception {
        server.stop();
        server = StorylineServer.start(ServerConfig.local(0, dir, null));
        var response = post(Seeds.json(), "application/json", TOKEN);
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json(response).get("error").asText()).contains(ServerConfig.TOKEN_ENV);
        assertThat(server.service().articleCount()).isZero();
    }

    @Test
    void badRecordsGet400EachNamedWhileTheGoodOnesLand() throws Exception {
        String lines = String.join("\n",
                "{\"id\":\"good-1\",\"title\":\"Floods in Dhaka\",\"text\":\"Floods hit Dhaka on Monday, officials said.\"}",
                "{\"id\":\"bad-json\",\"text\": oops}",
                "{\"id\":\"no-text\"}",
                "",
                "{\"id\":\"bad-date\",\"text\":\"Rain fell.\",\"date\":\"the day after tomorrow-ish\"}",
                "{\"id\":\"good-2\",\"title\":\"Rains ease\",\"text\":\"The rains eased in Dhaka on Tuesday.\"}");
        var response = post(lines, "application/x-ndjson", TOKEN);
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode result = json(response);
        assertThat(result.get("errors")).extracting(e -> e.get("record").asInt()).containsExactly(2, 3, 4);
        assertThat(result.get("errors").get(0).get("message").asText()).startsWith("malformed JSON");
        assertThat(result.get("errors").get(1).get("message").asText()).contains("no text and no title");
        assertThat(result.get("errors").get(2).get("message").asText()).contains("bad date");
        for (JsonNode e : result.get("errors")) {
            assertThat(e.get("message").asText()).doesNotContain("\n");
        }
        assertThat(result.get("stored")).extracting(s -> s.get("id").asText()).containsExactly("good-1", "good-2");
        assertThat(get("/api/articles/good-2").statusCode()).isEqualTo(200);
        assertThat(server.service().articleCount()).isEqualTo(2);

        var malformed = post("{\"id\": ", "application/json", TOKEN);
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(json(malformed).get("errors").get(0).get("message").asText()).startsWith("malformed JSON");
        assertThat(server.service().articleCount()).isEqualTo(2);
        assertThat(get("/api/stories?since=yesterday").statusCode()).isEqualTo(400);
        assertThat(get("/api/stories?limit=0").statusCode()).isEqualTo(400);
    }

    @Test
    void aBodyOverTheLimitGets413AndChangesNothing() throws Exception {
        server.stop();
        server = StorylineServer.start(ServerConfig.local(0, dir, TOKEN).withMaxBodyBytes(10_000));
        String big = "{\"id\":\"big\",\"text\":\"" + "word ".repeat(5_000) + "\"}";
        var response = post(big, "application/json", TOKEN);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json(response).get("error").asText()).contains("too large");
        assertThat(server.service().articleCount()).isZero();
        // and the server goes on
        var small = post("{\"id\":\"small\",\"text\":\"A short report from Lagos.\"}", "application/json", TOKEN);
        assertThat(small.statusCode()).isEqualTo(200);
    }

    @Test
    void postingIsIdempotentByIdAndByUrl() throws Exception {
        assertThat(post(Seeds.json(), "application/json", TOKEN).statusCode()).isEqualTo(200);
        JsonNode again = json(post(Seeds.json(), "application/json", TOKEN));
        assertThat(again.get("stored")).isEmpty();
        assertThat(again.get("duplicates")).extracting(d -> d.get("duplicateOf").asText())
                .containsExactly(Seeds.A, Seeds.B);
        var sameUrl = Seeds.record(Seeds.read().get(0));
        sameUrl.put("id", "another-id");
        JsonNode byUrl = json(post(JSON.writeValueAsString(sameUrl), "application/json", TOKEN));
        assertThat(byUrl.get("duplicates").get(0).get("duplicateOf").asText()).isEqualTo(Seeds.A);
        assertThat(json(get("/api/health")).get("articles").asLong()).isEqualTo(2);
        assertThat(get("/api/articles/another-id").statusCode()).isEqualTo(404);
    }

    @Test
    void aRestartOnTheSameFolderKeepsStoriesAndAssignments() throws Exception {
        String storyId = json(post(Seeds.json(), "application/json", TOKEN)).get("stored").get(0).get("storyId")
                .asText();
        server.stop();
        server = StorylineServer.start(ServerConfig.local(0, dir, TOKEN));
        JsonNode list = json(get("/api/stories")).get("stories");
        assertThat(list).extracting(s -> s.get("id").asText()).containsExactly(storyId);
        assertThat(json(get("/api/articles/" + enc(Seeds.B))).get("storyId").asText()).isEqualTo(storyId);
        assertThat(json(get("/api/stories/" + storyId)).get("articles")).hasSize(2);
        assertThat(server.service().replayedArticles()).isEqualTo(2);
    }

    @Test
    void searchFindsAnArticleByAWord() throws Exception {
        post(Seeds.json(), "application/json", TOKEN);
        JsonNode hits = json(get("/api/search?q=insurgency")).get("hits");
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).get("articleId").asText()).isEqualTo(Seeds.B);
        assertThat(hits.get(0).get("snippet").asText()).containsIgnoringCase("[insurgency]");
        assertThat(json(get("/api/stories?q=insurgency")).get("stories")).hasSize(1);
        assertThat(json(get("/api/stories?q=volcano")).get("stories")).isEmpty();
        assertThat(json(get("/api/stories?source=" + enc("Al Jazeera"))).get("stories")).hasSize(1);
        assertThat(json(get("/api/stories?until=2014-06-01")).get("stories")).isEmpty();
        assertThat(json(get("/api/search?q=" + enc("\"( -*"))).get("hits")).isEmpty(); // no words, no error
        assertThat(get("/api/search?q=" + enc("\"insurgency AND (")).statusCode()).isEqualTo(200);
        assertThat(get("/api/search").statusCode()).isEqualTo(400);
    }

    @Test
    void theOpenApiDocumentParsesAndNamesEveryRoute() throws Exception {
        JsonNode doc = json(get("/api/openapi.json"));
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        List<String> paths = new ArrayList<>();
        doc.get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).containsExactlyInAnyOrder("/api/health", "/api/openapi.json", "/metrics", "/api/articles",
                "/api/articles/{id}", "/api/stories", "/api/stories/{id}", "/api/compare", "/api/search",
                "/api/events");
        assertThat(doc.get("paths").get("/api/articles").has("post")).isTrue();
    }

    @Test
    void metricsAreInThePrometheusTextFormat() throws Exception {
        post(Seeds.json(), "application/json", TOKEN);
        get("/api/health");
        get("/no/such/route");
        var response = get("/metrics");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain")
                .contains("version=0.0.4");
        String text = response.body();
        assertThat(text).contains("# TYPE storyline_articles gauge", "storyline_articles 2", "storyline_stories 1",
                "storyline_ingest_seconds_count 2", "storyline_ingest_seconds_bucket{le=\"+Inf\"} 2",
                "storyline_http_requests_total{route=\"/api/articles\",method=\"POST\",status=\"200\"} 1",
                "storyline_http_requests_total{route=\"/api/health\",method=\"GET\",status=\"200\"} 1",
                "status=\"404\"");
        for (String line : text.split("\n")) {
            assertThat(line).matches("# (HELP|TYPE) .+|[a-z_]+(\\{[a-z]+=\"[^\"]*\"(,[a-z]+=\"[^\"]*\")*\\})? "
                    + "[0-9.eE+-]+");
        }
    }

    @Test
    void markupInAnArticleComesBackAsJsonTextUnchanged() throws Exception {
        String title = "<script>alert(1)</script> Floods <img src=x onerror=alert(1)>";
        String body = "Floods hit the city. <script>alert(1)</script> Officials said <img src=x onerror=alert(1)> "
                + "that the water was rising.";
        var record = JSON.createObjectNode().put("id", "xss-1").put("title", title).put("text", body)
                .put("source", "<b>Outlet</b>");
        var response = post(JSON.writeValueAsString(record), "application/json", TOKEN);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String storyId = json(response).get("stored").get(0).get("storyId").asText();
        var articleResponse = get("/api/articles/xss-1");
        assertThat(articleResponse.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        JsonNode article = json(articleResponse);
        assertThat(article.get("title").asText()).isEqualTo(title);
        assertThat(article.get("rawText").asText()).isEqualTo(body);
        assertThat(article.get("text").asText()).contains("<script>alert(1)</script>")
                .contains("<img src=x onerror=alert(1)>");
        assertThat(article.get("source").asText()).isEqualTo("<b>Outlet</b>");
        JsonNode story = json(get("/api/stories/" + storyId));
        assertThat(story.get("headline").asText()).isEqualTo(title);
        assertThat(story.get("articles").get(0).get("title").asText()).isEqualTo(title);
        JsonNode hits = json(get("/api/search?q=floods")).get("hits");
        assertThat(hits.get(0).get("title").asText()).isEqualTo(title);
        for (String path : List.of("/api/articles/xss-1", "/api/stories/" + storyId, "/api/stories",
                "/api/search?q=floods", "/api/health", "/no/such/thing")) {
            var r = get(path);
            assertThat(r.headers().firstValue("Content-Type").orElseThrow()).as(path).startsWith("application/json");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
        }
    }

    @Test
    void eventsAnnounceEachChangedStory() throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base() + "/api/events"))
                .header("Accept", "text/event-stream").GET().build();
        var stream = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/event-stream");
        CompletableFuture<List<String>> lines = CompletableFuture.supplyAsync(() -> {
            List<String> seen = new ArrayList<>();
            try (var reader = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    seen.add(line);
                    if (line.startsWith("data:") && seen.stream().filter(l -> l.startsWith("data:")).count() == 2) {
                        return seen;
                    }
                }
            } catch (Exception e) {
                seen.add("failed: " + e);
            }
            return seen;
        });
        Thread.sleep(200);
        post(Seeds.json(), "application/json", TOKEN);
        List<String> seen = lines.get(20, TimeUnit.SECONDS);
        assertThat(seen).contains("event: story");
        String last = seen.get(seen.size() - 1).substring("data:".length()).strip();
        JsonNode story = JSON.readTree(last);
        assertThat(story.get("outlets")).hasSize(2);
    }

    @Test
    void htmlPagesAddedByTheUiGetAStrictContentSecurityPolicy() throws Exception {
        server.stop();
        var service = StoryService.open(dir.resolve("ui"));
        try {
            server = StorylineServer.start(ServerConfig.local(0, dir, TOKEN), service, routes -> routes.get("/",
                    ctx -> ctx.contentType("text/html; charset=utf-8").result("<!doctype html><title>x</title>")));
            var page = get("/");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Security-Policy")).contains(StorylineServer.HTML_CSP);
            assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(StorylineServer.HTML_CSP).doesNotContain("unsafe");
            assertThat(get("/api/health").headers().firstValue("Content-Security-Policy"))
                    .contains(StorylineServer.API_CSP);
        } finally {
            server.stop();
            server = null;
            service.close();
        }
    }

    @Test
    void concurrentPostsAreAllStoredAndGarbageEndsNothing() throws Exception {
        var garbage = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/articles"))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {(byte) 0xff, 0, (byte) 0xfe, 7, '{'}))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(garbage.statusCode()).isEqualTo(400);
        assertThat(json(garbage).get("errors").get(0).get("message").asText()).startsWith("malformed JSON");
        List<CompletableFuture<HttpResponse<String>>> posts = new ArrayList<>();
        String[] cities = {"Lagos", "Dhaka", "Lima", "Quito", "Hanoi", "Accra", "Minsk", "Sofia"};
        for (int i = 0; i < cities.length; i++) {
            var record = JSON.createObjectNode().put("id", "c" + i).put("source", "Wire " + i)
                    .put("title", "Bridge opens in " + cities[i])
                    .put("text", "A new bridge opened in " + cities[i] + " on Monday, the mayor of " + cities[i]
                            + " said, after " + (i + 2) + " years of work.");
            posts.add(http.sendAsync(HttpRequest.newBuilder(URI.create(base() + "/api/articles"))
                    .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(record))).build(),
                    HttpResponse.BodyHandlers.ofString()));
            posts.add(http.sendAsync(HttpRequest.newBuilder(URI.create(base() + "/api/stories")).GET().build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        for (var p : posts) {
            assertThat(p.get(60, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        }
        assertThat(json(get("/api/health")).get("articles").asLong()).isEqualTo(cities.length);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unused")
    private static <T> List<T> list(Iterator<T> it) {
        List<T> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
