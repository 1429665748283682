package news.storyline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import news.storyline.embed.BgeSmallEmbedder;
import news.storyline.similarity.ArticleProfile;
import news.storyline.similarity.Dimension;
import news.storyline.similarity.PairScorer;
import news.storyline.text.TextEmbedder;
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
 * The pair scorer, in pairs (or articles) per second. Pairs are made from the bundled Wikinews sample, each text cut
 * to about 1,000 characters (headline, head and tail of the body), the shape of the SemEval-2022 Task 8 pairs.
 *
 * <ul>
 *   <li>{@code pairFromTexts}: what {@code storyline pairs} does per line: analyse both texts (Lucene), count them
 *   in the document frequencies, score the seven dimensions and build the evidence.</li>
 *   <li>{@code pairFromProfiles}: scoring alone, for articles already profiled (each article analysed once however
 *   many pairs it is in, as clustering will use it).</li>
 *   <li>{@code embedPairText}: the default configuration's added cost per article: one bge-small-en-v1.5 embedding
 *   of a 1,000-character text (computed once per article however many pairs it is in).</li>
 *   <li>{@code embedFullArticle}: the same for a whole Wikinews article (about 2,000 characters on average; longer
 *   ones are cut into pieces of 1,800 characters, embedded and averaged).</li>
 *   <li>{@code pairFromEmbeddedProfiles}: scoring with the default configuration's model, for articles already
 *   profiled and embedded.</li>
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
    private final List<String> fullTexts = new ArrayList<>();
    private final List<ArticleProfile> profiles = new ArrayList<>();
    private final List<ArticleProfile> embedded = new ArrayList<>();
    private TextEmbedder embedder;
    private final AtomicInteger next = new AtomicInteger();
    private PairScorer scorer;
    private PairScorer accurate;

    @Setup(Level.Trial)
    public void readSample() {
        for (JsonNode record : BenchCorpus.readSample()) {
            String body = record.get("text").asText();
            fullTexts.add(record.get("title").asText() + "\n" + body);
            if (body.length() > TEXT_CHARS) {
                body = body.substring(0, TEXT_CHARS * 2 / 3) + " " + body.substring(body.length() - TEXT_CHARS / 3);
            }
            texts.add(new String[] {record.get("title").asText(), body});
        }
        scorer = PairScorer.fast();
        accurate = PairScorer.bundled();
        for (int i = 0; i < texts.size(); i++) {
            ArticleProfile profile = ArticleProfile.of("a" + i, texts.get(i)[0], texts.get(i)[1], "en", null);
            scorer.count(profile);
            profiles.add(profile);
        }
        embedder = new BgeSmallEmbedder();
        embedded.addAll(ArticleProfile.withEmbeddings(profiles, embedder));
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
        scorer.count(pa);
        scorer.count(pb);
        return scorer.score(pa, pb).score(Dimension.OVERALL);
    }

    @Benchmark
    public double pairFromProfiles() {
        int[] pair = nextPair();
        return scorer.score(profiles.get(pair[0]), profiles.get(pair[1])).score(Dimension.OVERALL);
    }

    @Benchmark
    public float[] embedPairText() {
        String[] text = texts.get(Math.floorMod(next.getAndIncrement(), texts.size()));
        return embedder.embed(text[0] + "\n" + text[1]);
    }

    @Benchmark
    public float[] embedFullArticle() {
        return embedder.embed(fullTexts.get(Math.floorMod(next.getAndIncrement(), fullTexts.size())));
    }

    @Benchmark
    public double pairFromEmbeddedProfiles() {
        int[] pair = nextPair();
        return accurate.score(embedded.get(pair[0]), embedded.get(pair[1])).score(Dimension.OVERALL);
    }
}
