package news.storyline.server;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import news.storyline.article.Article;
import news.storyline.ingest.Ingestor;
import news.storyline.ingest.InputProblem;

/**
 * Watches folders for new or changed files and ingests them through the live service: every few seconds each folder
 * is walked (hidden files passed over) and a file whose size or modification time changed since the last look, and
 * has stayed so for one more look (so that a file still being written is not read half), is read with the
 * {@link Ingestor} (every format it reads) and ingested. A file that cannot be read gets one line on the error
 * stream; the watch goes on. Articles already stored (same id or url) are duplicates, not errors.
 */
public final class FolderWatch implements AutoCloseable {
    private final List<Path> folders;
    private final StoryService service;
    private final PrintWriter err;
    private final Ingestor ingestor = new Ingestor();
    private final Map<Path, String> seen = new HashMap<>();
    private final Map<Path, String> pending = new HashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "storyline-watch");
        t.setDaemon(true);
        return t;
    });

    public FolderWatch(List<Path> folders, StoryService service, PrintWriter err) {
        this.folders = List.copyOf(folders);
        this.service = service;
        this.err = err;
    }

    /** Starts looking every {@code seconds}; the first look is at once. */
    public FolderWatch start(long seconds) {
        timer.scheduleWithFixedDelay(this::lookSafely, 0, seconds, TimeUnit.SECONDS);
        return this;
    }

    private void lookSafely() {
        try {
            look();
        } catch (RuntimeException | Error e) {
            // A watch that dies silently is worse than one line a look.
            err.println("error: watching " + folders + ": " + e);
            err.flush();
        }
    }

    /** One look over the folders: reads and ingests the files that changed and then held still. */
    synchronized int look() {
        int ingested = 0;
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            List<Path> files = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                        .sorted().forEach(files::add);
            } catch (IOException e) {
                err.println("error: " + folder + ": cannot list: " + e.getMessage());
                continue;
            }
            for (Path file : files) {
                String stamp = stamp(file);
                if (stamp == null || stamp.equals(seen.get(file))) {
                    continue;
                }
                if (!stamp.equals(pending.put(file, stamp))) {
                    continue; // changed since the last look: read it once it holds still
                }
                pending.remove(file);
                seen.put(file, stamp);
                ingested += ingest(file);
            }
        }
        err.flush();
        return ingested;
    }

    private int ingest(Path file) {
        List<InputProblem> problems = new ArrayList<>();
        List<Article> articles;
        try {
            articles = ingestor.readAll(List.of(file), problems);
        } catch (IOException e) {
            err.println("error: " + file + ": cannot read: " + e.getMessage());
            return 0;
        }
        problems.forEach(p -> err.println("error: " + p.oneLine()));
        if (articles.isEmpty()) {
            return 0;
        }
        int stored = 0;
        for (IngestOutcome outcome : service.ingest(articles)) {
            if (outcome.status() == IngestOutcome.Status.STORED) {
                stored++;
            } else if (outcome.status() == IngestOutcome.Status.REJECTED) {
                err.println("error: " + file + ": record " + outcome.record() + ": " + outcome.reason());
            }
        }
        return stored;
    }

    private static String stamp(Path file) {
        try {
            return Files.size(file) + ":" + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
