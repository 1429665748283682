package news.storyline.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import news.storyline.article.Article;
import news.storyline.similarity.DuplicateFinder;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Dedup of 100,000 cleaned articles, one thread: each operation runs a fresh {@link DuplicateFinder} over the whole
 * stream and lists its groups, so the score is seconds per 100,000 articles. The articles are made from the
 * sentences of the bundled sample corpus, drawn at random into paragraphs (so texts differ as independent reports
 * do, sharing a sentence now and then), and one in ten is a planted copy of an earlier one: exact, with an intro, cut,
 * or with a few words changed. Cleaning is measured in {@link IngestBenchmark}, not here.
 *
 * <pre>java -jar storyline-bench/target/benchmarks.jar DedupBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class DedupBenchmark {
    @Param({"100000"})
    int articles;

    private List<Article> stream;

    @Setup(Level.Trial)
    public void makeStream() {
        stream = stream(articles, new BenchCorpus().sentences());
    }

    @Setup(Level.Iteration)
    public void collectGarbage() {
        System.gc();
    }

    @Benchmark
    public int dedup() {
        var finder = new DuplicateFinder();
        stream.forEach(finder::add);
        int copies = finder.groups().stream().mapToInt(g -> g.copies().size()).sum();
        if (copies < articles / 10) {
            throw new IllegalStateException("planted copies missed: found " + copies);
        }
        return copies;
    }

    static List<Article> stream(int count, List<String> sentences) {
        var random = new SplittableRandom(2014);
        var made = new ArrayList<Article>(count);
        for (int i = 0; i < count; i++) {
            List<String> paragraphs;
            if (i % 10 == 9) {
                paragraphs = copyOf(made.get(random.nextInt(i)).paragraphs(), i, random);
            } else {
                paragraphs = new ArrayList<>();
                int length = 4 + random.nextInt(8);
                for (int p = 0; p < length; p++) {
                    var paragraph = new StringBuilder();
                    for (int s = 1 + random.nextInt(3); s > 0; s--) {
                        paragraph.append(paragraph.isEmpty() ? "" : " ").append(sentences.get(random.nextInt(sentences.size())));
                    }
                    paragraphs.add(paragraph.toString());
                }
            }
            Article read = Article.read("a" + i, BenchCorpus.outlet(i), null, null,
                    Instant.ofEpochSecond(1_400_000_000L + i * 60L), String.join("\n\n", paragraphs), List.of(),
                    Map.of(), "bench");
            made.add(read.cleaned(paragraphs, List.of(), "en"));
        }
        return made;
    }

    private static List<String> copyOf(List<String> original, int i, SplittableRandom random) {
        var copy = new ArrayList<>(original);
        switch (i / 10 % 4) {
            case 0 -> { }
            case 1 -> copy.addFirst("Our correspondent adds that the news reached the capital late in the evening.");
            case 2 -> copy.subList(Math.max(2, copy.size() * 3 / 4), copy.size()).clear();
            default -> copy.set(0, copy.getFirst().replaceFirst("\\b(the|a|and)\\b", "this"));
        }
        return copy;
    }
}
