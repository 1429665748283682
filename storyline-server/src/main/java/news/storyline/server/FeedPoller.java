package news.storyline.server;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import news.storyline.article.Article;
import news.storyline.ingest.Ingestor;
import news.storyline.ingest.InputProblem;

/**
 * Polls RSS and Atom feeds politely and ingests their new items through the live service. Each feed is asked again
 * after the interval with the validators it last gave ({@code If-None-Match} with its ETag, {@code If-Modified-Since}
 * with its Last-Modified), so an unchanged feed costs a 304 and no parsing. A feed that fails (no answer, an error
 * status, a body that is no feed) waits twice as long after each failure in a row, up to six hours, and a
 * {@code Retry-After} it sends is honoured. Items already stored (same id or link) are duplicates, not errors. Each
 * problem is one line on the error stream; polling goes on.
 */
public final class FeedPoller implements AutoCloseable {
    static final Duration MAX_BACKOFF = Duration.ofHours(6);
    static final long MAX_FEED_BYTES = 16L * 1024 * 1024;
    private static final String USER_AGENT = "Storyline/0.1 (feed poller; polite: conditional GET, back-off)";

    /** What is remembered of one feed between polls. */
    static final class FeedState {
        final URI uri;
        String etag;
        String lastModified;
        int failures;
        Instant next = Instant.EPOCH;
        long notModified;
        long fetched;

        FeedState(URI uri) {
            this.uri = uri;
        }
    }

    private final Map<URI, FeedState> feeds = new LinkedHashMap<>();
    private final StoryService service;
    private final PrintWriter err;
    private final Duration interval;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(15)).build();
    private final Ingestor ingestor = new Ingestor();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "storyline-feeds");
        t.setDaemon(true);
        return t;
    });

    public FeedPoller(List<URI> uris, StoryService service, PrintWriter err, Duration interval, Clock clock) {
        for (URI uri : uris) {
            feeds.put(uri, new FeedState(uri));
        }
        this.service = service;
        this.err = err;
        this.interval = interval;
        this.clock = clock;
    }

    /** Starts polling: each feed at once, then after the interval (or its back-off). */
    public FeedPoller start() {
        timer.scheduleWithFixedDelay(this::pollDue, 0, 5, TimeUnit.SECONDS);
        return this;
    }

    private void pollDue() {
        for (FeedState feed : feeds.values()) {
            if (!clock.instant().isBefore(feed.next)) {
                try {
                    poll(feed);
                } catch (RuntimeException | Error e) {
                    fail(feed, e.toString(), null);
                }
            }
        }
        err.flush();
    }

    /** Polls one feed now; returns the articles it stored. */
    synchronized int poll(FeedState feed) {
        HttpRequest.Builder request = HttpRequest.newBuilder(feed.uri).timeout(Duration.ofSeconds(30))
                .header("User-Agent", USER_AGENT)
                .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8");
        if (feed.etag != null) {
            request.header("If-None-Match", feed.etag);
        }
        if (feed.lastModified != null) {
            request.header("If-Modified-Since", feed.lastModified);
        }
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            fail(feed, "no answer: " + e.getMessage(), null);
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
        int status = response.statusCode();
        if (status == 304) {
            feed.notModified++;
            succeed(feed);
            return 0;
        }
        if (status != 200) {
            fail(feed, "HTTP " + status, response.headers().firstValue("Retry-After").orElse(null));
            return 0;
        }
        if (response.body().length > MAX_FEED_BYTES) {
            fail(feed, "feed of " + response.body().length + " bytes, over " + MAX_FEED_BYTES, null);
            return 0;
        }
        List<Article> articles;
        List<InputProblem> problems = new ArrayList<>();
        try {
            Path temp = Files.createTempFile("storyline-feed", ".xml");
            try {
                Files.write(temp, response.body());
                articles = ingestor.readAll(List.of(temp), problems);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            fail(feed, "cannot read: " + e.getMessage(), null);
            return 0;
        }
        if (articles.isEmpty() && !problems.isEmpty()) {
            fail(feed, problems.get(0).oneLine().replaceFirst("^\\S*storyline-feed\\S*: ", ""), null);
            return 0;
        }
        feed.etag = response.headers().firstValue("ETag").orElse(null);
        feed.lastModified = response.headers().firstValue("Last-Modified").orElse(null);
        feed.fetched++;
        succeed(feed);
        int stored = 0;
        for (IngestOutcome outcome : service.ingest(articles)) {
            if (outcome.status() == IngestOutcome.Status.STORED) {
                stored++;
            } else if (outcome.status() == IngestOutcome.Status.REJECTED) {
                err.println("error: feed " + feed.uri + ": item " + outcome.record() + ": " + outcome.reason());
            }
        }
        return stored;
    }

    private void succeed(FeedState feed) {
        feed.failures = 0;
        feed.next = clock.instant().plus(interval);
    }

    private void fail(FeedState feed, String why, String retryAfter) {
        feed.failures++;
        Duration wait = backoff(interval, feed.failures);
        if (retryAfter != null && retryAfter.matches("\\d{1,7}")) {
            wait = Duration.ofSeconds(Math.max(wait.toSeconds(), Long.parseLong(retryAfter)));
        }
        feed.next = clock.instant().plus(wait);
        err.println("error: feed " + feed.uri + ": " + why + "; next try in " + wait.toMinutes() + " min");
    }

    /** The wait after {@code failures} failures in a row: the interval doubled each time, at most six hours. */
    static Duration backoff(Duration interval, int failures) {
        Duration wait = interval;
        for (int i = 0; i < failures && wait.compareTo(MAX_BACKOFF) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }

    /** The feeds' states, for tests and metrics. */
    List<FeedState> states() {
        return List.copyOf(feeds.values());
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
