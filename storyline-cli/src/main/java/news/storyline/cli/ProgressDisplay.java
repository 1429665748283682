package news.storyline.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import news.storyline.ingest.Ingestor;

/**
 * A progress bar on the terminal for long runs: it appears only once a run has taken a second, so short runs print
 * nothing, and never when standard error is not a terminal (a pipe, a log file, a test).
 *
 * <p>The bar counts megabytes of input, read and cleaned: reading is told in bytes as streamed files move on, and
 * cleaning lags reading by its window, so the bar stands at the bytes read scaled by the share of the articles read
 * that are written. It reaches the end only when the last article is written, and its estimate of the time left
 * follows both phases. Beside it: articles read and written, and the rate of writing.
 */
final class ProgressDisplay implements Ingestor.Progress, AutoCloseable {
    private static final Duration QUIET_START = Duration.ofSeconds(1);
    private static final long MEGABYTE = 1_000_000;

    private final String task;
    private final boolean enabled;
    /** For a phase over items already in memory (clustering, naming): their number and name; else null. */
    private final String unit;
    private final long startNanos = System.nanoTime();
    /** What the bar runs to: the input's bytes, or the items of a counting phase. */
    private long total;
    private long bytesRead;
    private int articlesRead;
    private int articlesWritten;
    private ProgressBar bar;

    private ProgressDisplay(String task, boolean enabled, String unit, long total) {
        this.task = task;
        this.enabled = enabled;
        this.unit = unit;
        this.total = total;
    }

    /** Progress of reading input: megabytes read and cleaned. */
    static ProgressDisplay onConsole(String task) {
        return new ProgressDisplay(task, interactive(), null, 0);
    }

    /**
     * Progress of a phase over {@code total} items already read (articles clustered, stories named): the bar counts
     * them, {@link #articleWritten} telling how many are done, beside it their rate ("1,200 stories/s").
     */
    static ProgressDisplay counting(String task, long total, String unit) {
        return new ProgressDisplay(task, interactive(), unit, Math.max(total, 1));
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
        return new ProgressDisplay("", false, null, 0);
    }

    @Override
    public void started(int files, long bytes) {
        total = Math.max(bytes, 1);
    }

    @Override
    public void articleRead(int articlesSoFar) {
        articlesRead = articlesSoFar;
        show();
    }

    @Override
    public void bytesRead(long bytesSoFar) {
        bytesRead = bytesSoFar;
        show();
    }

    void articleWritten(int articlesSoFar) {
        articlesWritten = articlesSoFar;
        show();
    }

    /** Where the bar stands, in bytes: read, scaled by the share of read articles already written. */
    long position() {
        if (unit != null) {
            return Math.min(total, articlesWritten);
        }
        if (articlesRead == 0) {
            return bytesRead;
        }
        double written = Math.min(1.0, (double) articlesWritten / articlesRead);
        return Math.min(total, (long) (bytesRead * written));
    }

    /** What stands beside the bar: "12,400 read, 9,800 written, 3,150/s". */
    String status() {
        double seconds = Math.max((System.nanoTime() - startNanos) / 1e9, 1e-3);
        if (unit != null) {
            return String.format(Locale.ROOT, "%,.0f %s/s", articlesWritten / seconds, unit);
        }
        return String.format(Locale.ROOT, "%,d read, %,d written, %,.0f/s", articlesRead, articlesWritten,
                articlesWritten / seconds);
    }

    private void show() {
        if (bar == null && enabled && System.nanoTime() - startNanos > QUIET_START.toNanos()) {
            var builder = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII).continuousUpdate();
            bar = (unit == null ? builder.setUnit(" MB", MEGABYTE).showSpeed() : builder.setUnit(" " + unit, 1))
                    .build();
        }
        if (bar != null) {
            bar.stepTo(position());
            bar.setExtraMessage(status());
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
            bar.stepTo(position());
            bar.setExtraMessage(status());
            bar.close();
        }
    }
}
