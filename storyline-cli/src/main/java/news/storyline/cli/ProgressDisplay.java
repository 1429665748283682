package news.storyline.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import news.storyline.ingest.Ingestor;

/**
 * A progress bar on the terminal for long runs: it appears only once a run has taken a second, so short runs print
 * nothing, and never when standard error is not a terminal (a pipe, a log file, a test).
 */
final class ProgressDisplay implements Ingestor.Progress, AutoCloseable {
    private static final Duration QUIET_START = Duration.ofSeconds(1);

    private final String task;
    private final boolean enabled;
    private final long startNanos = System.nanoTime();
    private int files;
    private int filesDone;
    private ProgressBar bar;

    private ProgressDisplay(String task, boolean enabled) {
        this.task = task;
        this.enabled = enabled;
    }

    static ProgressDisplay onConsole(String task) {
        return new ProgressDisplay(task, interactive());
    }

    /**
     * Whether a person is watching. Up to Java 21 {@code System.console()} is null when not interactive; from Java 22
     * on it may exist anyway and {@code Console.isTerminal()}, absent from the Java 21 API, tells.
     */
    private static boolean interactive() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException olderJava) {
            return true;
        }
    }

    static ProgressDisplay disabled() {
        return new ProgressDisplay("", false);
    }

    @Override
    public void started(int fileCount) {
        files = fileCount;
    }

    @Override
    public void articleRead(int articlesSoFar) {
        show(articlesSoFar);
    }

    @Override
    public void fileDone(Path file, int articlesSoFar) {
        filesDone++;
        show(articlesSoFar);
    }

    private void show(int articles) {
        if (bar == null && enabled && System.nanoTime() - startNanos > QUIET_START.toNanos()) {
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(files).setUnit(" files", 1)
                    .setStyle(ProgressBarStyle.ASCII).continuousUpdate().build();
        }
        if (bar != null) {
            bar.stepTo(filesDone);
            bar.setExtraMessage(articles + " articles");
        }
    }

    /** Prints a line without tearing the bar: the line goes above it. */
    void printAbove(PrintWriter out, String line) {
        if (bar != null) {
            System.err.print("\r\033[K");
        }
        out.println(line);
        out.flush();
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
