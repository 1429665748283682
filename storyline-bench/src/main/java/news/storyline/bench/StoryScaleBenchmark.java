package news.storyline.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import news.storyline.article.Article;
import news.storyline.clean.CorpusCleaner;
import news.storyline.embed.BgeSmallEmbedder;
import news.storyline.ingest.ArticleSink;
import news.storyline.ingest.IngestReport;
import news.storyline.ingest.Ingestor;
import news.storyline.ingest.InputProblem;
import news.storyline.story.BackgroundClusterer;
import news.storyline.story.Story;
import news.storyline.story.StoryClusterer;
import news.storyline.story.evaluation.ClusterScores;
import news.storyline.text.TextEmbedder;
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
 * Story clustering over a long feed ({@link StoryStream}: 100,000 articles a simulated day), in a fixed heap of 2 GB
 * with the throughput collector, as the storyline launcher runs batch commands:
 * whether its speed holds as the stream grows and its memory stays bounded by the window. Each operation is one whole
 * run; after it the benchmark prints the articles per second of each tenth of the stream (so the first block and the
 * last can be compared), the largest heap in use after a collection, the live heap at the end (after a full
 * collection, before the active stories are retired) and the process's peak resident memory.
 *
 * <ul>
 *   <li>{@code cluster}: the engine alone ({@link StoryClusterer#fast}: dedup and clustering), fed cleaned articles
 *   made in memory; only the time inside the engine is counted.</li>
 *   <li>{@code endToEnd}: a JSON Lines file of the feed read, cleaned in its window and clustered, as a streaming
 *   consumer would run it (clustering on a thread of its own, {@link BackgroundClusterer}, while the next articles
 *   are read and cleaned); the wall time is counted.</li>
 * </ul>
 *
 * <pre>java -jar storyline-bench/target/benchmarks.jar StoryScaleBenchmark</pre>
 * (100,000 articles, both modes, a window of 7 days) and, taking many minutes (end to end it writes a file of about
 * 3 GB to the temporary folder), see storyline-bench/results/README.md for the million-article commands:
 * <pre>java -jar storyline-bench/target/benchmarks.jar StoryScaleBenchmark -p articles=1000000 -p mode=cluster</pre>
 * The state holds the stories of the window: at 100,000 articles a day a window of 7 days is 700,000 articles'
 * worth, more than a heap of 2 GB holds; {@code -p windowDays=1} shows the bound within one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
// The collector the storyline launcher gives batch commands (a stream consumer's long-lived story state costs G1's
// concurrent marking and write barriers about a tenth of the speed); -jvmArgs "-Xmx2g" alone measures G1.
@Fork(value = 1, jvmArgs = {"-Xmx2g", "-XX:+UseParallelGC"})
public class StoryScaleBenchmark {
    static final int ARTICLES_PER_DAY = 100_000;
    private static final long SEED = 1_000_000L;

    @Param({"100000"})
    int articles;

    @Param({"cluster", "endToEnd"})
    String mode;

    /**
     * The configuration: {@code fast} (lexical) or {@code default} (with the sentence embeddings of bge-small,
     * end to end only: the embedding is part of the pipeline's cost).
     */
    @Param({"fast"})
    String config;

    /** Days a story stays open after its last article: with the feed's rate, what the state must hold. */
    @Param({"7"})
    int windowDays;

    private Path dir;
    private Path input;
    private int trueStories;
    /** Each article's true story, by its number in the feed (end to end: recorded as the file is written). */
    private int[] truth;
    private HeapWatch heap;
    private Run run;

    /** The times of each block of articles, and what the run made. */
    record Run(String mode, int blockSize, List<Double> blockSeconds, List<Double> cpuSeconds, int articles,
               int stories, int trueStories, long liveBytes, ClusterScores quality) {
        String report(long largestAfterCollection, String peakResident) {
            var line = new StringBuilder(String.format(Locale.ROOT,
                    "%nstory scale, %s: %,d articles (%,d true stories) in %,d stories; articles/s per block of %,d:",
                    mode, articles, trueStories, stories, blockSize));
            blockSeconds.forEach(s -> line.append(String.format(Locale.ROOT, " %,.0f", blockSize / s)));
            line.append("; per processor second:");
            cpuSeconds.forEach(s -> line.append(String.format(Locale.ROOT, " %,.0f", blockSize / s)));
            line.append(String.format(Locale.ROOT, "; against the true stories B-cubed precision %.3f, recall %.3f, F1"
                    + " %.3f", quality.b3Precision(), quality.b3Recall(), quality.b3F1()));
            line.append(String.format(Locale.ROOT, "; the last block took %.2fx the first's time, %.2fx its processor"
                    + " time; heap limit %,d MB; largest heap "
                            + "after a collection %,d MB; live at the end %,d MB; peak resident %s",
                    blockSeconds.getLast() / blockSeconds.getFirst(), cpuSeconds.getLast() / cpuSeconds.getFirst(),
                    Runtime.getRuntime().maxMemory() / 1_000_000, largestAfterCollection / 1_000_000,
                    liveBytes / 1_000_000, peakResident));
            return line.toString();
        }
    }

    @Setup(Level.Trial)
    public void prepare() throws IOException {
        if (mode.equals("endToEnd")) {
            dir = Files.createTempDirectory("storyline-bench");
            var stream = new StoryStream(SEED, ARTICLES_PER_DAY);
            input = dir.resolve("feed.jsonl");
            truth = stream.writeJsonl(input, articles);
            trueStories = stream.stories();
        }
        System.gc();
        heap = HeapWatch.start();
    }

    @Benchmark
    public int clusterStream() throws IOException {
        Duration window = Duration.ofDays(windowDays);
        boolean embedded = config.equals("default");
        if (embedded && !mode.equals("endToEnd")) {
            throw new IllegalArgumentException("config=default is measured end to end only (mode=endToEnd)");
        }
        run = mode.equals("endToEnd") ? endToEnd(input, articles, trueStories, truth, window, embedded)
                : clusterOnly(new StoryStream(SEED, ARTICLES_PER_DAY), articles, window);
        return run.stories();
    }

    @TearDown(Level.Trial)
    public void report() throws IOException {
        System.out.println(run.report(heap.largestAfterCollection(), HeapWatch.peakResident()));
        if (dir != null) {
            Files.deleteIfExists(input);
            Files.delete(dir);
        }
    }

    /** The engine alone over {@code articles} of the feed, its time per tenth of them. */
    static Run clusterOnly(StoryStream stream, int articles, Duration window) {
        var timer = new BlockTimer(articles);
        int[] stories = {0};
        int[] truth = new int[articles];
        int[] predicted = new int[articles];
        var clusterer = StoryClusterer.fast(window, story -> number(story, stories[0]++, predicted));
        for (int i = 0; i < articles; i++) {
            StoryStream.Report report = stream.next();
            truth[i] = report.story();
            Article article = report.cleaned();
            long start = System.nanoTime();
            long cpu = threadCpu();
            clusterer.add(article);
            timer.took(System.nanoTime() - start, threadCpu() - cpu);
        }
        long live = HeapWatch.liveNow();
        clusterer.finish();
        return new Run("cluster (engine thread)", timer.blockSize, timer.blocks, timer.cpuBlocks, articles, stories[0],
                stream.stories(), live, quality(truth, predicted));
    }

    /** Marks each member of a retired story (articles are numbered in their ids, "r00000042") with its number. */
    private static void number(Story story, int number, int[] predicted) {
        for (Story.Member member : story.members()) {
            predicted[Integer.parseInt(member.id().substring(1))] = number;
        }
    }

    /** The engine's stories against the feed's true ones. */
    private static ClusterScores quality(int[] truth, int[] predicted) {
        return ClusterScores.of(java.util.Arrays.stream(truth).boxed().toList(),
                java.util.Arrays.stream(predicted).boxed().toList());
    }

    /** Read, clean and cluster a JSON Lines file, the wall time per tenth of its articles. */
    static Run endToEnd(Path input, int articles, int trueStories, int[] truth, Duration window, boolean embedded)
            throws IOException {
        var timer = new BlockTimer(articles);
        int[] stories = {0};
        int[] predicted = new int[articles];
        Consumer<Story> retired = story -> number(story, stories[0]++, predicted);
        var clusterer = embedded ? StoryClusterer.embedded(window, retired) : StoryClusterer.fast(window, retired);
        // The embedder is loaded before the clock starts, as a long-running consumer would have it.
        TextEmbedder embedder = embedded ? new BgeSmallEmbedder() : null;
        var problems = new ArrayList<InputProblem>();
        long[] last = {System.nanoTime(), processCpu()};
        // Cleaned articles are clustered on a thread of their own while reading and cleaning go on, as a streaming
        // consumer would run the two stages; each article is timed when its assignment comes out.
        var background = new BackgroundClusterer(clusterer, embedder, (article, assignment) -> {
            long now = System.nanoTime();
            long cpu = processCpu();
            timer.took(now - last[0], cpu - last[1]);
            last[0] = now;
            last[1] = cpu;
        });
        var cleaner = new CorpusCleaner(CorpusCleaner.DEFAULT_WINDOW_CHARS, background::accept, problems::add);
        IngestReport read = new Ingestor().ingest(List.of(input), new ArticleSink() {
            @Override
            public void accept(Article article) {
                cleaner.accept(article);
            }

            @Override
            public void skipped(InputProblem problem) {
                problems.add(problem);
            }
        }, Ingestor.Progress.NONE);
        cleaner.finish();
        background.finish();
        long live = HeapWatch.liveNow();
        clusterer.finish();
        if (!problems.isEmpty() || read.articles() != articles) {
            throw new IllegalStateException("the feed misread: " + read.articles() + " articles, " + problems);
        }
        String name = "endToEnd (whole process" + (embedded ? ", default configuration" : "") + ")";
        return new Run(name, timer.blockSize, timer.blocks, timer.cpuBlocks, articles, stories[0], trueStories, live,
                quality(truth, predicted));
    }

    /**
     * Sums the time of each article into blocks of a tenth of the run: the wall time, and the processor time it
     * used (on a machine shared with other work the wall time says more of the others than of the run).
     */
    private static final class BlockTimer {
        final int blockSize;
        final List<Double> blocks = new ArrayList<>();
        final List<Double> cpuBlocks = new ArrayList<>();
        private long nanos;
        private long cpuNanos;
        private int counted;

        BlockTimer(int articles) {
            this.blockSize = Math.max(1, articles / 10);
        }

        void took(long articleNanos, long articleCpuNanos) {
            nanos += articleNanos;
            cpuNanos += articleCpuNanos;
            if (++counted % blockSize == 0) {
                blocks.add(nanos / 1e9);
                cpuBlocks.add(cpuNanos / 1e9);
                // As it goes, so that a run of many minutes shows it is moving and at what speed.
                System.out.printf(Locale.ROOT, "%,d articles: %,.0f articles/s, %,.0f per processor second, in the "
                        + "last %,d%n", counted, blockSize / (nanos / 1e9), blockSize / (cpuNanos / 1e9), blockSize);
                nanos = 0;
                cpuNanos = 0;
            }
        }
    }

    /** Processor time of this thread alone: the engine runs on the caller's thread. */
    private static long threadCpu() {
        return THREADS.getCurrentThreadCpuTime();
    }

    /** Processor time of the whole process, every thread: reading, cleaning on all cores, clustering, collecting. */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
}
