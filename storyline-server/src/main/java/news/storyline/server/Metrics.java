package news.storyline.server;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/** The server's counters, written in the Prometheus text exposition format (version 0.0.4). */
public final class Metrics {
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    /** Upper bounds of the ingest latency histogram, in seconds. */
    static final double[] BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

    private record RequestKey(String route, String method, int status) {
    }

    private final Map<RequestKey, LongAdder> requests = new ConcurrentHashMap<>();
    private final LongAdder[] latencyBuckets = new LongAdder[BUCKETS.length];
    private final LongAdder latencyCount = new LongAdder();
    private final LongAdder latencyMicros = new LongAdder();
    private final Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();

    public Metrics() {
        for (int i = 0; i < BUCKETS.length; i++) {
            latencyBuckets[i] = new LongAdder();
        }
    }

    public void request(String route, String method, int status) {
        requests.computeIfAbsent(new RequestKey(route, method, status), k -> new LongAdder()).increment();
    }

    /** One article's ingest, from reading to commit. */
    public void ingested(long nanos, IngestOutcome.Status status) {
        outcomes.computeIfAbsent(status.name().toLowerCase(Locale.ROOT), k -> new LongAdder()).increment();
        double seconds = nanos / 1e9;
        for (int i = 0; i < BUCKETS.length; i++) {
            if (seconds <= BUCKETS[i]) {
                latencyBuckets[i].increment();
            }
        }
        latencyCount.increment();
        latencyMicros.add(nanos / 1000);
    }

    public void rejected() {
        outcomes.computeIfAbsent("rejected", k -> new LongAdder()).increment();
    }

    /** The metrics as Prometheus text, with the store's counts. */
    public String text(LongSupplier articles, LongSupplier stories) {
        StringBuilder out = new StringBuilder(2048);
        out.append("# HELP storyline_articles Articles in the store.\n# TYPE storyline_articles gauge\n")
                .append("storyline_articles ").append(articles.getAsLong()).append('\n');
        out.append("# HELP storyline_stories Stories in the store.\n# TYPE storyline_stories gauge\n")
                .append("storyline_stories ").append(stories.getAsLong()).append('\n');
        out.append("# HELP storyline_ingested_records_total Posted records by outcome.\n")
                .append("# TYPE storyline_ingested_records_total counter\n");
        for (String o : new String[] {"stored", "duplicate", "rejected"}) {
            out.append("storyline_ingested_records_total{outcome=\"").append(o).append("\"} ")
                    .append(outcomes.getOrDefault(o, new LongAdder()).sum()).append('\n');
        }
        out.append("# HELP storyline_http_requests_total HTTP requests by route, method and status.\n")
                .append("# TYPE storyline_http_requests_total counter\n");
        var sorted = new TreeMap<String, Long>();
        requests.forEach((k, v) -> sorted.put("{route=\"" + escape(k.route()) + "\",method=\"" + escape(k.method())
                + "\",status=\"" + k.status() + "\"}", v.sum()));
        sorted.forEach((labels, n) -> out.append("storyline_http_requests_total").append(labels).append(' ')
                .append(n).append('\n'));
        out.append("# HELP storyline_ingest_seconds Time to clean, cluster, extract and commit one article.\n")
                .append("# TYPE storyline_ingest_seconds histogram\n");
        for (int i = 0; i < BUCKETS.length; i++) {
            out.append("storyline_ingest_seconds_bucket{le=\"").append(BUCKETS[i]).append("\"} ")
                    .append(latencyBuckets[i].sum()).append('\n');
        }
        out.append("storyline_ingest_seconds_bucket{le=\"+Inf\"} ").append(latencyCount.sum()).append('\n');
        out.append("storyline_ingest_seconds_sum ").append(String.format(Locale.ROOT, "%.6f",
                latencyMicros.sum() / 1e6)).append('\n');
        out.append("storyline_ingest_seconds_count ").append(latencyCount.sum()).append('\n');
        return out.toString();
    }

    private static String escape(String label) {
        return label.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
