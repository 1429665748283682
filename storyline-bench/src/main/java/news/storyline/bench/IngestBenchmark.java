package news.storyline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import news.storyline.article.Article;
import news.storyline.clean.CorpusCleaner;
import news.storyline.ingest.FolderOutlet;
import news.storyline.ingest.Ingestor;
import news.storyline.ingest.InputProblem;
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
 * Ingest of 10,000 articles: reading alone, and reading plus cleaning (repeats, boilerplate, outlet footers,
 * language), from one JSON Lines file and from a tree of 10,000 text files kept a folder an outlet (read as with
 * {@code --outlet-from-folder}). Each operation is one whole run, so the
 * score is seconds per 10,000 articles.
 *
 * <pre>java -jar storyline-bench/target/benchmarks.jar IngestBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 8)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class IngestBenchmark {
    @Param({"10000"})
    int articles;

    @Param({"jsonl", "text-files"})
    String layout;

    private Path dir;
    private Path input;

    @Setup(Level.Trial)
    public void writeCorpus() throws IOException {
        dir = Files.createTempDirectory("storyline-bench");
        var corpus = new BenchCorpus();
        input = layout.equals("jsonl") ? corpus.writeJsonl(dir, articles) : corpus.writeTextFiles(dir, articles);
    }

    /** Each run starts on an empty heap, so one run's garbage is not collected in the next one's time. */
    @Setup(Level.Iteration)
    public void collectGarbage() {
        System.gc();
    }

    @TearDown(Level.Trial)
    public void deleteCorpus() throws IOException {
        BenchFiles.deleteTree(dir);
    }

    @Benchmark
    public List<Article> read() throws IOException {
        return readAll();
    }

    @Benchmark
    public List<Article> readAndClean() throws IOException {
        return CorpusCleaner.clean(readAll());
    }

    private List<Article> readAll() throws IOException {
        var problems = new ArrayList<InputProblem>();
        List<Article> read = new Ingestor().readAll(List.of(input), problems).stream().map(FolderOutlet::assign)
                .toList();
        if (!problems.isEmpty() || read.size() != articles) {
            throw new IllegalStateException("benchmark corpus misread: " + problems);
        }
        return read;
    }
}
