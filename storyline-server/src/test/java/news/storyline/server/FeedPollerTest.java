package news.storyline.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Feed polling against a real HTTP server on loopback: conditional GETs, items ingested once, back-off on errors. */
class FeedPollerTest {
    private static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>World : Test Wire</title><link>https://example.org/</link>
            <item><title>Dam bursts in the valley</title><link>https://example.org/dam</link>
            <pubDate>Mon, 30 Nov 2026 10:00:00 GMT</pubDate>
            <description>A dam burst in the valley on Monday, flooding two villages, rescuers said.</description></item>
            <item><title>Bridge reopens after repairs</title><link>https://example.org/bridge</link>
            <pubDate>Mon, 30 Nov 2026 11:00:00 GMT</pubDate>
            <description>The city's main bridge reopened on Monday after three months of repairs, officials said.</description></item>
            </channel></rss>
            """;

    @TempDir
    Path dir;
    HttpServer http;

    @AfterEach
    void stop() {
        if (http != null) {
            http.stop(0);
        }
    }

    @Test
    void askOnlyForWhatChangedIngestItemsOnceAndBackOffOnErrors() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        AtomicInteger conditional = new AtomicInteger();
        AtomicInteger failWith = new AtomicInteger();
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/feed.xml", exchange -> {
            requests.incrementAndGet();
            if (failWith.get() != 0) {
                exchange.getResponseHeaders().add("Retry-After", "7200");
                exchange.sendResponseHeaders(failWith.get(), -1);
                exchange.close();
                return;
            }
            if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                conditional.incrementAndGet();
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
                return;
            }
            byte[] body = RSS.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("ETag", "\"v1\"");
            exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        http.start();
        URI feed = URI.create("http://127.0.0.1:" + http.getAddress().getPort() + "/feed.xml");
        StringWriter errors = new StringWriter();
        try (StoryService service = StoryService.open(dir.resolve("data"));
             FeedPoller poller = new FeedPoller(List.of(feed), service, new PrintWriter(errors),
                     Duration.ofMinutes(5), Clock.systemUTC())) {
            FeedPoller.FeedState state = poller.states().get(0);
            assertThat(poller.poll(state)).isEqualTo(2);
            assertThat(service.articleCount()).isEqualTo(2);
            assertThat(service.article(service.search("dam", 0, 1).get(0).articleId()).orElseThrow().source())
                    .isEqualTo("Test Wire");

            // Unchanged: a conditional GET answered 304, nothing read or stored again.
            assertThat(poller.poll(state)).isZero();
            assertThat(conditional.get()).isEqualTo(1);
            assertThat(service.articleCount()).isEqualTo(2);

            // Failing: the wait doubles, and a Retry-After longer than it is honoured.
            failWith.set(503);
            var before = java.time.Instant.now();
            assertThat(poller.poll(state)).isZero();
            assertThat(state.failures).isEqualTo(1);
            assertThat(Duration.between(before, state.next)).isGreaterThanOrEqualTo(Duration.ofSeconds(7190));
            assertThat(errors.toString()).contains("HTTP 503").contains(feed.toString());
            assertThat(service.articleCount()).isEqualTo(2);
        }
        assertThat(requests.get()).isEqualTo(3);
    }

    @Test
    void backOffDoublesUpToSixHours() {
        Duration five = Duration.ofMinutes(5);
        assertThat(FeedPoller.backoff(five, 1)).isEqualTo(Duration.ofMinutes(10));
        assertThat(FeedPoller.backoff(five, 3)).isEqualTo(Duration.ofMinutes(40));
        assertThat(FeedPoller.backoff(five, 30)).isEqualTo(FeedPoller.MAX_BACKOFF);
    }
}
