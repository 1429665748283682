package news.storyline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import news.storyline.article.Article;
import news.storyline.clean.ArticleCleaner;
import news.storyline.facts.FactExtractor;
import news.storyline.facts.ReferenceDays;
import news.storyline.mention.MentionExtractor;
import news.storyline.server.ServerConfig;
import news.storyline.server.StoryService;
import news.storyline.server.StorylineServer;
import news.storyline.story.InMemoryStoryState;
import news.storyline.story.StoryClusterer;
import news.storyline.story.StoryModel;
import news.storyline.text.DocumentFrequencies;

/**
 * A load benchmark of the REST server: writer clients post a synthetic feed ({@link StoryStream}) to
 * {@code POST /api/articles} over loopback while reader clients read stories ({@code GET /api/stories?limit=30}, one
 * listed story in full, {@code GET /api/search}); it reports, per route, requests, errors (not 2xx), throughput and
 * the p50, p90, p99 and largest latency, and checks that the store holds exactly what was posted.
 *
 * <p>Not a JMH benchmark: what it measures is latency under concurrency, each request's own time while other clients
 * contend for the server's one writer and the machine's cores, over one long run of a server with its durable store.
 * JMH times a method called repeatedly in one process with warm-up iterations and forks; a client-server run with a
 * store that grows as it goes, whose figures are per-request latency distributions, does not fit that shape. The
 * server runs in this process (its threads and the clients' share the machine's cores), on 127.0.0.1, port 0, over a
 * fresh temporary data folder that is deleted afterwards.
 *
 * <p>Run: {@code java -cp storyline-bench/target/benchmarks.jar news.storyline.bench.ServerLoadBenchmark
 * [--articles 20000] [--writers 8] [--readers 4] [--batch 1] [--profile 2000] [--json FILE]}. {@code --batch} posts
 * that many articles a request (a JSON array); {@code --profile N} then times, in process and on one thread, a
 * {@link StoryService#ingest} of the feed's first N articles into a fresh store and, on their own, the cleaning, fact
 * extraction and clustering of the same articles, to say where a post's time goes (0 skips it).
 */
public final class ServerLoadBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long SEED = 2_026_120_2L;
    private static final String TOKEN = "load-benchmark-token";
    static final String POSTS = "POST /api/articles";
    static final String LIST = "GET /api/stories?limit=30";
    static final String STORY = "GET /api/stories/{id}";
    static final String SEARCH = "GET /api/search?q=";

    private ServerLoadBenchmark() {
    }

    /** The options, with their defaults. */
    record Options(int articles, int writers, int readers, int batch, int profile, Path json) {
        static Options parse(String[] args) {
            int articles = 20_000;
            int writers = 8;
            int readers = 4;
            int batch = 1;
            Integer profile = null;
            Path json = null;
            for (int i = 0; i < args.length; i++) {
                String name = args[i];
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("option " + name + " needs a value");
                }
                String value = args[++i];
                switch (name) {
                    case "--articles" -> articles = Integer.parseInt(value);
                    case "--writers" -> writers = Integer.parseInt(value);
                    case "--readers" -> readers = Integer.parseInt(value);
                    case "--batch" -> batch = Integer.parseInt(value);
                    case "--profile" -> profile = Integer.parseInt(value);
                    case "--json" -> json = Path.of(value);
                    default -> throw new IllegalArgumentException("unknown option " + name + " (options: --articles "
                            + "N, --writers N, --readers N, --batch N, --profile N, --json FILE)");
                }
            }
            if (articles < 1 || writers < 1 || readers < 0 || batch < 1 || batch > StorylineServer.MAX_RECORDS) {
                throw new IllegalArgumentException("need articles >= 1, writers >= 1, readers >= 0, batch 1 to "
                        + StorylineServer.MAX_RECORDS);
            }
            int p = profile == null ? Math.min(articles, 2_000) : Math.min(articles, Math.max(0, profile));
            return new Options(articles, writers, readers, batch, p, json);
        }
    }

    /** One article as posted (its JSON) and as read in process (for the profile). */
    record Item(String json, Article raw) {
    }

    /** Latencies and statuses of one route, as one thread saw them. */
    static final class Recorder {
        long[] nanos = new long[1024];
        int count;
        int errors;
        long articles;

        void add(long latency, boolean ok) {
            if (count == nanos.length) {
                nanos = Arrays.copyOf(nanos, count * 2);
            }
            nanos[count++] = latency;
            if (!ok) {
                errors++;
            }
        }

        static Recorder merge(List<Recorder> parts) {
            Recorder all = new Recorder();
            all.nanos = new long[Math.max(1, parts.stream().mapToInt(r -> r.count).sum())];
            for (Recorder r : parts) {
                System.arraycopy(r.nanos, 0, all.nanos, all.count, r.count);
                all.count += r.count;
                all.errors += r.errors;
                all.articles += r.articles;
            }
            Arrays.sort(all.nanos, 0, all.count);
            return all;
        }

        /** The q-quantile in ms (nearest rank). */
        double quantileMs(double q) {
            if (count == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(q * count);
            return nanos[Math.max(0, Math.min(count - 1, rank - 1))] / 1e6;
        }
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        String load = loadAverage();
        System.out.printf(Locale.ROOT, "Server load: %,d articles, %d writers, %d readers, %d a post; making the feed%n",
                options.articles(), options.writers(), options.readers(), options.batch());
        List<Item> items = feed(options.articles());
        List<String> words = searchWords(items);

        Path dir = Files.createTempDirectory("storyline-server-load");
        StorylineServer server = StorylineServer.start(ServerConfig.local(0, dir, TOKEN));
        String base = "http://127.0.0.1:" + server.port();
        Map<String, Recorder> routes = new LinkedHashMap<>();
        long wallNanos;
        long postWindow;
        long storedTotal;
        Check check;
        try {
            List<Recorder> posts = new ArrayList<>();
            Map<String, List<Recorder>> reads = new LinkedHashMap<>();
            for (String route : List.of(LIST, STORY, SEARCH)) {
                reads.put(route, new ArrayList<>());
            }
            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicLong stored = new AtomicLong();
            CountDownLatch go = new CountDownLatch(1);
            List<Thread> writers = new ArrayList<>();
            for (int w = 0; w < options.writers(); w++) {
                Recorder r = new Recorder();
                posts.add(r);
                List<Item> share = new ArrayList<>();
                for (int i = w; i < items.size(); i += options.writers()) {
                    share.add(items.get(i));
                }
                writers.add(Thread.ofPlatform().name("writer-" + w).start(
                        () -> write(base, share, options.batch(), r, stored, go)));
            }
            List<Thread> readers = new ArrayList<>();
            for (int t = 0; t < options.readers(); t++) {
                Map<String, Recorder> mine = new LinkedHashMap<>();
                reads.forEach((route, list) -> {
                    Recorder r = new Recorder();
                    list.add(r);
                    mine.put(route, r);
                });
                long seed = SEED + t;
                readers.add(Thread.ofPlatform().name("reader-" + t).start(
                        () -> read(base, words, mine, writing, go, seed)));
            }
            long start = System.nanoTime();
            go.countDown();
            for (Thread t : writers) {
                t.join();
            }
            postWindow = System.nanoTime() - start;
            writing.set(false);
            for (Thread t : readers) {
                t.join();
            }
            wallNanos = System.nanoTime() - start;
            routes.put(POSTS, Recorder.merge(posts));
            reads.forEach((route, list) -> routes.put(route, Recorder.merge(list)));
            storedTotal = stored.get();
            check = check(base, options.articles(), storedTotal, routes.get(POSTS).errors);
        } finally {
            server.stop();
            delete(dir);
        }

        Profile profile = options.profile() > 0 ? profile(items.subList(0, options.profile())) : null;

        String machine = machine();
        String text = table(options, routes, postWindow, wallNanos, check, profile, machine, load);
        System.out.print(text);
        if (options.json() != null) {
            Files.writeString(options.json(), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(
                    json(options, routes, postWindow, wallNanos, check, profile, machine, load)) + "\n");
            System.out.println("JSON written to " + options.json());
        }
        if (!check.pass()) {
            System.exit(1);
        }
    }

    // The feed.

    /** The feed's first {@code n} articles, each with a distinct id, address and date. */
    static List<Item> feed(int n) {
        StoryStream stream = new StoryStream(SEED, StoryScaleBenchmark.ARTICLES_PER_DAY);
        List<Item> items = new ArrayList<>(n);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < n; i++) {
            StoryStream.Report r = stream.next();
            String url = "https://" + host(r.outlet()) + ".example/" + r.id();
            String text = String.join("\n", r.paragraphs()) + "\n" + BenchCorpus.footer(r.outlet());
            if (!ids.add(r.id())) {
                throw new IllegalStateException("the feed repeats the id " + r.id());
            }
            String json;
            try {
                json = JSON.writeValueAsString(JSON.createObjectNode().put("id", r.id()).put("source", r.outlet())
                        .put("url", url).put("title", r.title()).put("date", r.published().toString())
                        .put("text", text));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            items.add(new Item(json, Article.read(r.id(), r.outlet(), url, r.title(), r.published(), text,
                    List.of(), Map.of(), "bench")));
        }
        return items;
    }

    private static String host(String outlet) {
        String h = outlet.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return h.isEmpty() ? "outlet" : h;
    }

    /** Words of the feed's titles (six letters or more) for the readers to search for. */
    static List<String> searchWords(List<Item> items) {
        Set<String> words = new java.util.LinkedHashSet<>();
        for (Item item : items.subList(0, Math.min(items.size(), 500))) {
            String title = item.raw().title() == null ? "" : item.raw().title();
            for (String w : title.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (w.length() >= 6) {
                    words.add(w);
                }
            }
        }
        if (words.isEmpty()) {
            words.add("council");
        }
        return List.copyOf(words);
    }

    // The clients.

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    private static void write(String base, List<Item> share, int batch, Recorder r, AtomicLong stored,
                              CountDownLatch go) {
        HttpClient http = client();
        URI uri = URI.create(base + "/api/articles");
        try {
            go.await();
            for (int from = 0; from < share.size(); from += batch) {
                List<Item> part = share.subList(from, Math.min(share.size(), from + batch));
                String body = part.size() == 1 && batch == 1 ? part.get(0).json()
                        : "[" + String.join(",", part.stream().map(Item::json).toList()) + "]";
                HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(2))
                        .header("Authorization", "Bearer " + TOKEN)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                long start = System.nanoTime();
                boolean ok;
                try {
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    long latency = System.nanoTime() - start;
                    ok = response.statusCode() / 100 == 2;
                    if (ok) {
                        int n = JSON.readTree(response.body()).path("stored").size();
                        stored.addAndGet(n);
                        r.articles += n;
                    }
                    r.add(latency, ok);
                } catch (IOException e) {
                    r.add(System.nanoTime() - start, false);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void read(String base, List<String> words, Map<String, Recorder> mine, AtomicBoolean writing,
                             CountDownLatch go, long seed) {
        HttpClient http = client();
        SplittableRandom random = new SplittableRandom(seed);
        try {
            go.await();
            while (writing.get()) {
                JsonNode list = get(http, base + "/api/stories?limit=30", mine.get(LIST));
                JsonNode stories = list == null ? null : list.path("stories");
                if (stories != null && stories.size() > 0) {
                    String id = stories.get(random.nextInt(stories.size())).path("id").asText();
                    get(http, base + "/api/stories/" + URLEncoder.encode(id, StandardCharsets.UTF_8)
                            .replace("+", "%20"), mine.get(STORY));
                }
                String word = words.get(random.nextInt(words.size()));
                get(http, base + "/api/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8), mine.get(SEARCH));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The response's JSON when 2xx, else null; the latency recorded either way. */
    private static JsonNode get(HttpClient http, String url, Recorder r) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2)).GET().build();
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            long latency = System.nanoTime() - start;
            boolean ok = response.statusCode() / 100 == 2;
            r.add(latency, ok);
            return ok ? JSON.readTree(response.body()) : null;
        } catch (IOException e) {
            r.add(System.nanoTime() - start, false);
            return null;
        }
    }

    // The check.

    /**
     * What the store holds at the end against what was posted: its article count must be the articles posted, every
     * one stored (none a duplicate, none rejected); the stories listed page by page must be as many as it counts, and
     * their article counts must add up to the articles posted.
     */
    record Check(long posted, long stored, long articles, long stories, long listed, long listedArticles,
                 int postErrors) {
        boolean pass() {
            return postErrors == 0 && stored == posted && articles == posted && listed == stories
                    && listedArticles == posted;
        }
    }

    private static Check check(String base, long posted, long stored, int postErrors) throws Exception {
        HttpClient http = client();
        Recorder ignored = new Recorder();
        JsonNode health = get(http, base + "/api/health", ignored);
        if (health == null) {
            throw new IllegalStateException("/api/health failed at the end");
        }
        long listed = 0;
        long listedArticles = 0;
        for (int offset = 0; ; offset += 500) {
            JsonNode page = get(http, base + "/api/stories?limit=500&offset=" + offset, ignored);
            if (page == null) {
                throw new IllegalStateException("/api/stories failed at offset " + offset);
            }
            JsonNode stories = page.path("stories");
            for (JsonNode s : stories) {
                listed++;
                listedArticles += s.path("articleCount").asLong();
            }
            if (stories.size() < 500) {
                break;
            }
        }
        return new Check(posted, stored, health.path("articles").asLong(), health.path("stories").asLong(), listed,
                listedArticles, postErrors);
    }

    // The profile: where an ingest's time goes, in process, one thread.

    record Profile(int articles, double ingestMs, double cleanMs, double factsMs, double clusterMs) {
        /** Per article. */
        double per(double ms) {
            return ms / articles;
        }

        /** What the stages timed alone leave of an ingest: mostly the store's transaction, with its fsync. */
        double restMs() {
            return ingestMs - cleanMs - factsMs - clusterMs;
        }
    }

    static Profile profile(List<Item> items) throws IOException {
        List<Article> raw = items.stream().map(Item::raw).toList();
        Path dir = Files.createTempDirectory("storyline-server-load-profile");
        long ingest;
        try (StoryService service = StoryService.open(dir)) {
            long start = System.nanoTime();
            service.ingest(raw);
            ingest = System.nanoTime() - start;
        } finally {
            delete(dir);
        }
        ArticleCleaner cleaner = new ArticleCleaner();
        long start = System.nanoTime();
        List<Article> clean = raw.stream().map(cleaner::clean).toList();
        long cleanNanos = System.nanoTime() - start;
        FactExtractor facts = new FactExtractor(new MentionExtractor());
        start = System.nanoTime();
        long found = 0;
        for (Article a : clean) {
            found += facts.extract(a.id(), a.cleanText(), ReferenceDays.of(a)).hashCode() & 1;
        }
        long factNanos = System.nanoTime() - start;
        StoryClusterer clusterer = new StoryClusterer(new InMemoryStoryState(DocumentFrequencies.withBackground()),
                StoryModel.fast(), StoryService.WINDOW, s -> {
        });
        start = System.nanoTime();
        for (Article a : clean) {
            found += clusterer.add(a).storyId().length() & 1;
        }
        long clusterNanos = System.nanoTime() - start;
        if (found < 0) {
            System.out.println(found);
        }
        return new Profile(items.size(), ingest / 1e6, cleanNanos / 1e6, factNanos / 1e6, clusterNanos / 1e6);
    }

    // The report.

    private static String machine() {
        Runtime rt = Runtime.getRuntime();
        return String.format(Locale.ROOT, "%d cores, %s %s (%s), max heap %,d MB, %s %s", rt.availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
                System.getProperty("java.vm.vendor"), rt.maxMemory() / 1_000_000, System.getProperty("os.name"),
                System.getProperty("os.arch"));
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return String.valueOf(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    static String table(Options o, Map<String, Recorder> routes, long postWindow, long wall, Check c, Profile p,
                        String machine, String load) {
        StringBuilder out = new StringBuilder();
        double postSeconds = postWindow / 1e9;
        out.append(String.format(Locale.ROOT, "%nServer load benchmark: %,d articles, %d writers (%d a post), %d "
                + "readers, over loopback%n%n", o.articles(), o.writers(), o.batch(), o.readers()));
        out.append(String.format(Locale.ROOT, "%-28s %8s %6s %9s %10s %8s %8s %8s %9s%n", "route", "requests",
                "errors", "req/s", "articles/s", "p50 ms", "p90 ms", "p99 ms", "max ms"));
        routes.forEach((route, r) -> {
            double seconds = route.equals(POSTS) ? postSeconds : wall / 1e9;
            out.append(String.format(Locale.ROOT, "%-28s %8d %6d %9.1f %10s %8.1f %8.1f %8.1f %9.1f%n", route,
                    r.count, r.errors, r.count / seconds,
                    route.equals(POSTS) ? String.format(Locale.ROOT, "%.1f", r.articles / seconds) : "",
                    r.quantileMs(0.5), r.quantileMs(0.9), r.quantileMs(0.99),
                    r.count == 0 ? Double.NaN : r.nanos[r.count - 1] / 1e6));
        });
        out.append(String.format(Locale.ROOT, "%nposting took %.1f s; wall time %.1f s (readers stop when the "
                + "writers are done)%n", postSeconds, wall / 1e9));
        out.append(String.format(Locale.ROOT, "store at the end: %,d articles, %,d stories (listed: %,d stories "
                + "holding %,d articles); posted %,d, stored %,d, failed posts %d: %s%n", c.articles(), c.stories(),
                c.listed(), c.listedArticles(), c.posted(), c.stored(), c.postErrors(), c.pass() ? "PASS" : "FAIL"));
        if (p != null) {
            double rest = p.restMs();
            out.append(String.format(Locale.ROOT, "in process, one thread, the first %,d articles: StoryService.ingest "
                    + "%.2f ms an article; alone: cleaning %.2f (%.0f%%), facts %.2f (%.0f%%), clustering %.2f "
                    + "(%.0f%%), the rest (store transaction with fsync, names, duplicate checks) %.2f (%.0f%%)%n",
                    p.articles(), p.per(p.ingestMs()), p.per(p.cleanMs()), 100 * p.cleanMs() / p.ingestMs(),
                    p.per(p.factsMs()), 100 * p.factsMs() / p.ingestMs(), p.per(p.clusterMs()),
                    100 * p.clusterMs() / p.ingestMs(), p.per(rest), 100 * rest / p.ingestMs()));
        }
        out.append("machine: ").append(machine).append("; load average before the run: ").append(load)
                .append('\n');
        return out.toString();
    }

    static ObjectNode json(Options o, Map<String, Recorder> routes, long postWindow, long wall, Check c, Profile p,
                           String machine, String load) {
        ObjectNode root = JSON.createObjectNode();
        root.put("benchmark", "ServerLoadBenchmark");
        ObjectNode opts = root.putObject("options");
        opts.put("articles", o.articles()).put("writers", o.writers()).put("readers", o.readers())
                .put("batch", o.batch()).put("profile", o.profile());
        ArrayNode list = root.putArray("routes");
        routes.forEach((route, r) -> {
            double seconds = (route.equals(POSTS) ? postWindow : wall) / 1e9;
            ObjectNode n = list.addObject();
            n.put("route", route).put("requests", r.count).put("errors", r.errors)
                    .put("requestsPerSecond", round(r.count / seconds));
            if (route.equals(POSTS)) {
                n.put("articles", r.articles).put("articlesPerSecond", round(r.articles / seconds));
            }
            // No requests: no latencies (null, as JSON has no NaN).
            n.put("p50Ms", ms(r, 0.5)).put("p90Ms", ms(r, 0.9)).put("p99Ms", ms(r, 0.99)).put("maxMs", ms(r, 1));
        });
        root.put("postingSeconds", round(postWindow / 1e9));
        root.put("wallSeconds", round(wall / 1e9));
        ObjectNode check = root.putObject("check");
        check.put("posted", c.posted()).put("stored", c.stored()).put("storeArticles", c.articles())
                .put("storeStories", c.stories()).put("listedStories", c.listed())
                .put("listedArticles", c.listedArticles()).put("failedPosts", c.postErrors())
                .put("result", c.pass() ? "PASS" : "FAIL");
        if (p != null) {
            ObjectNode n = root.putObject("inProcessProfile");
            n.put("articles", p.articles()).put("ingestMsPerArticle", round(p.per(p.ingestMs())))
                    .put("cleanMsPerArticle", round(p.per(p.cleanMs())))
                    .put("factsMsPerArticle", round(p.per(p.factsMs())))
                    .put("clusterMsPerArticle", round(p.per(p.clusterMs())))
                    .put("restMsPerArticle", round(p.per(p.restMs())));
        }
        root.put("machine", machine);
        root.put("loadAverageBefore", load);
        return root;
    }

    private static Double ms(Recorder r, double q) {
        return r.count == 0 ? null : round(r.quantileMs(q));
    }

    private static double round(double v) {
        return Double.isNaN(v) ? v : Math.round(v * 100) / 100.0;
    }

    private static void delete(Path dir) throws IOException {
        BenchFiles.deleteTree(dir);
    }
}
