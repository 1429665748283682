package news.storyline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import news.storyline.ingest.PublishedTimeParser;
import news.storyline.mention.ArticleMentions;
import news.storyline.mention.MentionExtractor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Mentions of the 120 Wikinews sample articles, one thread: names found, grouped and places resolved, dates
 * resolved against each article's date; then the names of all 120 grouped across articles. Scores are articles a
 * second. The gazetteer is read once, before measuring.
 *
 * <pre>java -jar storyline-bench/target/benchmarks.jar MentionBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class MentionBenchmark {
    private static final int SAMPLE_SIZE = 120;

    private final List<String[]> articles = new ArrayList<>();
    private MentionExtractor extractor;
    private List<ArticleMentions> extracted;

    @Setup
    public void read() {
        for (JsonNode record : BenchCorpus.readSample()) {
            articles.add(new String[] {record.get("id").asText(),
                    record.get("title").asText() + "\n\n" + record.get("text").asText(), record.get("date").asText()});
        }
        if (articles.size() != SAMPLE_SIZE) {
            throw new IllegalStateException("expected " + SAMPLE_SIZE + " sample articles, read " + articles.size());
        }
        extractor = new MentionExtractor();
        extracted = extractAll();
    }

    private List<ArticleMentions> extractAll() {
        List<ArticleMentions> all = new ArrayList<>(articles.size());
        for (String[] a : articles) {
            // The sample writes its dates in more than one form; an unreadable one leaves relative dates unresolved.
            Instant published = PublishedTimeParser.parse(a[2]).orElse(null);
            all.add(extractor.extract(a[0], a[1], published));
        }
        return all;
    }

    @Benchmark
    @OperationsPerInvocation(SAMPLE_SIZE)
    public List<ArticleMentions> perArticle() {
        return extractAll();
    }

    @Benchmark
    @OperationsPerInvocation(SAMPLE_SIZE)
    public int acrossArticles() {
        return extractor.across(extracted).size();
    }
}
