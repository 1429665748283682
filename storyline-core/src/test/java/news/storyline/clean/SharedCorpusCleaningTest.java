package news.storyline.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import news.storyline.article.Article;
import news.storyline.article.RemovalReason;
import news.storyline.article.RemovedSpan;
import news.storyline.ingest.Ingestor;
import news.storyline.ingest.InputProblem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The ECB+ corpus from the shared data folder, cleaned whole; skipped where the folder is missing. */
class SharedCorpusCleaningTest {
    /** The repository root's sibling, seen from the module folder the tests run in. */
    private static final Path ECBPLUS = Path.of("..", "..", "shared", "data", "ecbplus_event_clusters.jsonl");

    private static List<Article> cleaned;

    @BeforeAll
    static void cleanTheCorpus() throws Exception {
        assumeThat(Files.isRegularFile(ECBPLUS)).as("%s is there", ECBPLUS.toAbsolutePath()).isTrue();
        var problems = new ArrayList<InputProblem>();
        List<Article> read = new Ingestor().readAll(List.of(ECBPLUS), problems);
        assertThat(problems).isEmpty();
        cleaned = CorpusCleaner.clean(read);
    }

    @Test
    void theSecondQuakeOf38_1ecbKeepsItsTimeAndDepth() {
        Article quake = cleaned.stream().filter(article -> article.id().equals("38_1ecb")).findFirst().orElseThrow();
        assertThat(quake.paragraphs()).contains(
                "The earthquake struck at about 7:30 a.m. and had a depth of 1.4 miles, according to the USGS.");
        assertThat(quake.removed()).extracting(RemovedSpan::reason)
                .doesNotContain(RemovalReason.NEAR_REPEATED_PARAGRAPH);
    }

    @Test
    void everyEcbPlusRecordGetsItsAddressAsUrlAndNoLongerStartsWithIt() {
        List<Article> ecbPlus = cleaned.stream().filter(article -> article.id().endsWith("ecbplus")).toList();
        assertThat(ecbPlus).hasSize(502);
        assertThat(ecbPlus).allSatisfy(article -> {
            assertThat(article.url()).startsWith("http").doesNotContain(" ");
            assertThat(article.paragraphs().stream().findFirst()).isNotEqualTo(article.rawText().lines().findFirst());
            assertThat(article.removed().getFirst().reason()).isEqualTo(RemovalReason.SOURCE_URL);
        });
    }
}
