package news.storyline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import news.storyline.article.Article;
import news.storyline.facts.ArticleFacts;
import news.storyline.facts.FactExtractor;
import news.storyline.facts.ReferenceDay;
import news.storyline.facts.StoryReport;
import news.storyline.facts.StoryReporter;
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
 * Facts of the 120 Wikinews sample articles, one thread, against the mention layer alone in the same run (fact
 * extraction runs it too: the baseline says what the fact finders add); then story reports (copies, reference days,
 * facts, names across reports, alignment, summary, timeline) of the sample's four topics as stories of 30 articles.
 * Scores are articles a second.
 *
 * <pre>java -jar storyline-bench/target/benchmarks.jar FactBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class FactBenchmark {
    private static final int SAMPLE_SIZE = 120;

    private final List<String[]> texts = new ArrayList<>();
    private final List<ReferenceDay> days = new ArrayList<>();
    private final List<Instant> published = new ArrayList<>();
    private final Map<String, List<Article>> topics = new LinkedHashMap<>();
    private MentionExtractor mentions;
    private FactExtractor facts;
    private StoryReporter reporter;

    @Setup
    public void read() {
        for (JsonNode record : BenchCorpus.readSample()) {
            String id = record.get("id").asText();
            String text = record.get("text").asText();
            Instant when = PublishedTimeParser.parse(record.get("date").asText()).orElse(null);
            texts.add(new String[] {id, text});
            published.add(when);
            days.add(when == null ? ReferenceDay.NONE : new ReferenceDay(when.atZone(ZoneOffset.UTC).toLocalDate(),
                    ReferenceDay.How.PUBLISHED, "published"));
            Article article = Article.read(id, null, null, record.get("title").asText(), when, text, List.of(),
                    Map.of(), "sample").cleaned(List.of(text.split("\n+")), List.of(), "en");
            topics.computeIfAbsent(record.get("cluster").asText(), k -> new ArrayList<>()).add(article);
        }
        if (texts.size() != SAMPLE_SIZE) {
            throw new IllegalStateException("expected " + SAMPLE_SIZE + " sample articles, read " + texts.size());
        }
        mentions = new MentionExtractor();
        facts = new FactExtractor(mentions);
        reporter = new StoryReporter(mentions);
    }

    @Benchmark
    @OperationsPerInvocation(SAMPLE_SIZE)
    public List<ArticleMentions> mentionsAlone() {
        List<ArticleMentions> all = new ArrayList<>(SAMPLE_SIZE);
        for (int i = 0; i < SAMPLE_SIZE; i++) {
            all.add(mentions.extract(texts.get(i)[0], texts.get(i)[1], published.get(i)));
        }
        return all;
    }

    @Benchmark
    @OperationsPerInvocation(SAMPLE_SIZE)
    public List<ArticleFacts> factsPerArticle() {
        List<ArticleFacts> all = new ArrayList<>(SAMPLE_SIZE);
        for (int i = 0; i < SAMPLE_SIZE; i++) {
            all.add(facts.extract(texts.get(i)[0], texts.get(i)[1], days.get(i)));
        }
        return all;
    }

    @Benchmark
    @OperationsPerInvocation(SAMPLE_SIZE)
    public int storyReports() {
        int n = 0;
        for (List<Article> topic : topics.values()) {
            StoryReport report = reporter.report(null, null, topic);
            n += report.comparisons().size();
        }
        return n;
    }
}
