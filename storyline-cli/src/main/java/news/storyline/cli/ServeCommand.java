package news.storyline.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import news.storyline.article.Article;
import news.storyline.embed.BgeSmallEmbedder;
import news.storyline.ingest.Ingestor;
import news.storyline.ingest.InputProblem;
import news.storyline.server.FeedPoller;
import news.storyline.server.FolderWatch;
import news.storyline.server.IngestOutcome;
import news.storyline.server.ServerConfig;
import news.storyline.server.StoryService;
import news.storyline.server.StorylineServer;
import news.storyline.server.UiRoutes;
import news.storyline.story.StreamOrder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code storyline serve [--data DIR] [--port 8080] [--host 127.0.0.1] [--token T] [--watch DIR]... [--feed URL]...}: the live
 * pipeline behind the REST API and the web UI. A store without articles starts with the bundled sample corpus, so
 * that a new user sees stories at once.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        header = "Serve the stories: the REST API and the web UI over a durable store.",
        description = "Opens (or creates) the store in --data, rebuilds the story engine from it, and serves the web "
                + "UI and the REST API (/api/openapi.json documents it) on http://HOST:PORT/. Every article posted "
                + "to /api/articles or dropped into a --watch folder is cleaned, deduplicated, clustered, its facts "
                + "extracted and committed before it is acknowledged. Writes need the bearer token (--token or the "
                + "STORYLINE_TOKEN environment variable); without one the server is read-only. An empty store starts "
                + "with the bundled sample corpus unless --no-sample. Stories and comparisons run the default "
                + "configuration (headline embeddings, kept in the store) unless --fast.")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "storyline-data",
            description = "The store's folder, created if missing (default: ${DEFAULT-VALUE}); back it up whole.")
    Path data;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 for any free one).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = ServerConfig.DEFAULT_HOST,
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "Bearer token that writes need (default: the STORYLINE_TOKEN environment variable; none: "
                    + "read-only).")
    String token;

    @Option(names = "--watch", paramLabel = "DIR",
            description = "A folder to watch: new and changed files in it are ingested (any format ingest reads).")
    List<Path> watch = new ArrayList<>();

    @Option(names = "--feed", paramLabel = "URL",
            description = "An RSS or Atom feed to poll: its new items are ingested. Polled politely: conditional "
                    + "GETs (ETag, If-Modified-Since), twice the wait after each failure, Retry-After honoured.")
    List<java.net.URI> feeds = new ArrayList<>();

    @Option(names = "--feed-minutes", paramLabel = "MINUTES", defaultValue = "10",
            description = "Minutes between two polls of a feed (default: ${DEFAULT-VALUE}).")
    int feedMinutes;

    @Option(names = "--no-sample", description = "Start an empty store empty (no bundled sample corpus).")
    boolean noSample;

    @Option(names = "--fast", description = "The fast, lexical configuration (as cluster --fast and compare --fast): "
            + "no sentence-embedding model. By default each headline is embedded with " + BgeSmallEmbedder.MODEL
            + " as cluster does, and the vectors are kept in the store.")
    boolean fast;

    /** A started server with what it runs beside it. */
    record Running(StorylineServer server, StoryService service, List<AutoCloseable> watches) implements AutoCloseable {
        @Override
        public void close() {
            for (AutoCloseable watch : watches) {
                try {
                    watch.close();
                } catch (Exception e) {
                    // stopping anyway
                }
            }
            server.stop();
            service.close();
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Running running = start(out, spec.commandLine().getErr());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            running.close();
            stopped.countDown();
        }, "storyline-stop"));
        stopped.await();
        return 0;
    }

    Running start(PrintWriter out, PrintWriter err) throws IOException {
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be 0 to 65535 (got " + port + ")");
        }
        if (feedMinutes < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--feed-minutes must be at least 1 (got "
                    + feedMinutes + ")");
        }
        for (java.net.URI feed : feeds) {
            if (feed.getScheme() == null || !feed.getScheme().matches("https?") || feed.getHost() == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--feed " + feed
                        + ": not an http(s) address");
            }
        }
        for (Path folder : watch) {
            if (!Files.isDirectory(folder)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--watch " + folder + ": no such folder");
            }
        }
        String secret = token != null ? token : System.getenv(ServerConfig.TOKEN_ENV);
        ServerConfig config = new ServerConfig(host, port, data, secret, ServerConfig.DEFAULT_MAX_BODY_BYTES);
        StoryService service = StoryService.open(data, fast ? null : new BgeSmallEmbedder());
        try {
            if (service.articleCount() == 0 && !noSample) {
                out.println("serve: an empty store; loading the bundled sample corpus (120 Wikinews articles)...");
                out.flush();
                loadSample(service, err);
            }
            UiRoutes ui = new UiRoutes(service);
            StorylineServer server = StorylineServer.start(config, service, ui::register);
            List<AutoCloseable> watches = new ArrayList<>();
            if (!watch.isEmpty()) {
                watches.add(new FolderWatch(watch, service, err).start(2));
            }
            if (!feeds.isEmpty()) {
                watches.add(new FeedPoller(feeds, service, err, java.time.Duration.ofMinutes(feedMinutes),
                        java.time.Clock.systemUTC()).start());
            }
            out.println("serve: " + service.storyCount() + " stories from " + service.articleCount()
                    + " articles in " + data + ", " + service.configuration() + " configuration; open http://"
                    + config.host() + ":" + server.port() + "/");
            out.println("       API: http://" + config.host() + ":" + server.port() + "/api/openapi.json; writes "
                    + (config.token() == null ? "refused (set --token or " + ServerConfig.TOKEN_ENV + ")"
                    : "need the bearer token") + (watch.isEmpty() ? "" : "; watching " + watch)
                    + (feeds.isEmpty() ? "" : "; polling " + feeds.size() + " feed" + (feeds.size() == 1 ? "" : "s")
                    + " every " + feedMinutes + " min"));
            out.flush();
            return new Running(server, service, watches);
        } catch (RuntimeException | IOException e) {
            service.close();
            throw e;
        }
    }

    /** The bundled sample, read as ingest reads it, through the live pipeline. */
    static void loadSample(StoryService service, PrintWriter err) throws IOException {
        Path temp = Files.createTempFile("storyline-sample", ".jsonl");
        try {
            try (InputStream sample = ServeCommand.class.getResourceAsStream(DemoCommand.SAMPLE_RESOURCE)) {
                Files.copy(sample, temp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            List<InputProblem> problems = new ArrayList<>();
            List<Article> articles = new Ingestor().readAll(List.of(temp), problems);
            problems.forEach(p -> err.println("error: " + p.oneLine()));
            // In publication order, as a clustering run takes a collected batch (a live stream arrives so).
            for (IngestOutcome outcome : service.ingest(StreamOrder.of(articles))) {
                if (outcome.status() == IngestOutcome.Status.REJECTED) {
                    err.println("note: a sample record skipped (" + outcome.articleId() + "): " + outcome.reason());
                }
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
