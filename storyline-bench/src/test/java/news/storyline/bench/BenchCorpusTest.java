package news.storyline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import news.storyline.article.Article;
import news.storyline.article.RemovalReason;
import news.storyline.article.RemovedSpan;
import news.storyline.clean.CorpusCleaner;
import news.storyline.ingest.FolderOutlet;
import news.storyline.ingest.Ingestor;
import news.storyline.ingest.InputProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark measures real work only if its corpus is as messy as it claims and reads back whole. */
class BenchCorpusTest {
    @TempDir
    Path dir;

    @Test
    void bothLayoutsReadBackWholeAndCleaningFindsWhatWasPlanted() throws Exception {
        var corpus = new BenchCorpus();
        for (Path input : List.of(corpus.writeJsonl(dir, 200), corpus.writeTextFiles(dir, 200))) {
            var problems = new ArrayList<InputProblem>();
            List<Article> cleaned = CorpusCleaner.clean(new Ingestor().readAll(List.of(input), problems).stream()
                    .map(FolderOutlet::assign).toList());
            assertThat(problems).isEmpty();
            assertThat(cleaned).hasSize(200);
            assertThat(reasons(cleaned)).contains(RemovalReason.READ_ALSO, RemovalReason.REPEATED_PARAGRAPH,
                    RemovalReason.DATELINE, RemovalReason.OUTLET_BOILERPLATE);
            assertThat(cleaned).allSatisfy(a -> assertThat(a.cleanText()).doesNotContain("Also Read")
                    .doesNotContain("may not be republished"));
        }
    }

    private static List<RemovalReason> reasons(List<Article> articles) {
        return articles.stream().flatMap(a -> a.removed().stream()).map(RemovedSpan::reason).distinct().toList();
    }
}
