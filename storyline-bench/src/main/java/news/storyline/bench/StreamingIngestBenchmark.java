package news.storyline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import news.storyline.cli.StorylineCommand;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole {@code storyline ingest} run (read, clean in its window, write) over one large JSON Lines file, in a heap
 * of 1 GB: the run must fit whatever the input's size. Each operation is one run; after it the benchmark prints the
 * articles per second, the largest heap in use after a collection (what the run really holds) and the process's peak
 * resident memory.
 *
 * <pre>java -jar storyline-bench/target/benchmarks.jar StreamingIngestBenchmark -p megabytes=1000</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class StreamingIngestBenchmark {
    @Param({"1000"})
    long megabytes;

    private Path dir;
    private Path input;
    private long started;
    private int articles;
    private HeapWatch heap;

    @Setup(Level.Trial)
    public void writeCorpus() throws IOException {
        dir = Files.createTempDirectory("storyline-bench");
        input = new BenchCorpus().writeJsonlOfSize(dir, megabytes * 1_000_000);
        try (Stream<String> lines = Files.lines(input)) {
            articles = (int) lines.count();
        }
        System.gc();
        heap = HeapWatch.start();
        started = System.nanoTime();
    }

    @Benchmark
    public int ingest() throws IOException {
        Path output = dir.resolve("articles.jsonl");
        int status = StorylineCommand.commandLine().execute("ingest", "--no-progress", input.toString(),
                "-o", output.toString());
        if (status != 0) {
            throw new IllegalStateException("ingest failed with status " + status);
        }
        return status;
    }

    @TearDown(Level.Trial)
    public void report() throws IOException {
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "%nstreaming ingest: %,d MB of JSON Lines, %,d articles in %.1f s: %,.0f articles/s,"
                        + " %.1f MB/s; heap limit %,d MB; largest heap after a collection %,d MB; peak resident %s%n",
                Files.size(input) / 1_000_000, articles, seconds, articles / seconds,
                Files.size(input) / 1e6 / seconds, Runtime.getRuntime().maxMemory() / 1_000_000,
                heap.largestAfterCollection() / 1_000_000, HeapWatch.peakResident());
        BenchFiles.deleteTree(dir);
    }
}
