package news.storyline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import news.storyline.similarity.ArticleProfile;
import news.storyline.similarity.Dimension;
import news.storyline.similarity.PairScorer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The fast (lexical) pair scorer, in pairs per second. Pairs are made from the bundled Wikinews sample, each text cut
 * to about 1,000 characters (headline, head and tail of the body), the shape of the SemEval-2022 Task 8 pairs.
 *
 * <ul>
 *   <li>{@code pairFromTexts}: what {@code storyline pairs} does per line: analyse both texts (Lucene), count them
 *   in the document frequencies, score the seven dimensions and build the evidence.</li>
 *   <li>{@code pairFromProfiles}: scoring alone, for articles already profiled (each article analysed once however
 *   many pairs it is in, as clustering will use it).</li>
 * </ul>
 *
 * <pre>java -jar storyline-bench/target/benchmarks.jar CompareBenchmark -t 2</pre>
 * ({@code -t 2}: two threads, for two cores; the scorer is thread-safe.)
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class CompareBenchmark {
    private static final int TEXT_CHARS = 1000;

    private final List<String[]> texts = new ArrayList<>();
    private final List<ArticleProfile> profiles = new ArrayList<>();
    private final AtomicInteger next = new AtomicInteger();
    private PairScorer scorer;

    @Setup(Level.Trial)
    public void readSample() throws IOException {
        var json = new ObjectMapper();
        try (InputStream in = Objects.requireNonNull(
                CompareBenchmark.class.getResourceAsStream("/samples/wikinews-semeval2015.jsonl"))) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    JsonNode record = json.readTree(line);
                    String body = record.get("text").asText();
                    if (body.length() > TEXT_CHARS) {
                        body = body.substring(0, TEXT_CHARS * 2 / 3) + " "
                                + body.substring(body.length() - TEXT_CHARS / 3);
                    }
                    texts.add(new String[] {record.get("title").asText(), body});
                }
            }
        }
        scorer = PairScorer.bundled();
        for (int i = 0; i < texts.size(); i++) {
            ArticleProfile profile = ArticleProfile.of("a" + i, texts.get(i)[0], texts.get(i)[1], "en", null);
            profile.countIn(scorer.frequencies());
            profiles.add(profile);
        }
    }

    /** Pair k: article k with article k * 7 + 1, so pairs mix articles of one topic and of others. */
    private int[] nextPair() {
        int k = Math.floorMod(next.getAndIncrement(), texts.size() * texts.size());
        return new int[] {k % texts.size(), (k / texts.size() * 7 + 1 + k) % texts.size()};
    }

    @Benchmark
    public double pairFromTexts() {
        int[] pair = nextPair();
        String[] a = texts.get(pair[0]);
        String[] b = texts.get(pair[1]);
        ArticleProfile pa = ArticleProfile.of("a", a[0], a[1], "en", null);
        ArticleProfile pb = ArticleProfile.of("b", b[0], b[1], "en", null);
        pa.countIn(scorer.frequencies());
        pb.countIn(scorer.frequencies());
        return scorer.score(pa, pb).score(Dimension.OVERALL);
    }

    @Benchmark
    public double pairFromProfiles() {
        int[] pair = nextPair();
        return scorer.score(profiles.get(pair[0]), profiles.get(pair[1])).score(Dimension.OVERALL);
    }
}
