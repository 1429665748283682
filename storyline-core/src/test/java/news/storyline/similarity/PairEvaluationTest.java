package news.storyline.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/** Cross-validation on the SemEval-2022 Task 8 dev pairs (read from ../shared/data, never copied). */
class PairEvaluationTest {
    private static final Path DEV = Path.of("../../shared/data/semeval2022t8_dev_pairs.jsonl");

    @Test
    void crossValidatedModelBeatsPlainTfidfCosineOnEnglishPairsAndOverall() throws Exception {
        var lines = devPairs();
        var problems = new ArrayList<String>();
        PairEvaluation evaluation = PairEvaluation.of(lines, problems);
        assertThat(problems).isEmpty();
        var report = evaluation.crossValidate(5, 1, PairModel.LAMBDA);
        for (String group : new String[] {"all", "en-en"}) {
            double model = report.model().get(group).get(Dimension.OVERALL).pearson();
            double tfidf = report.tfidfOverall().get(group).pearson();
            assertThat(model).as(group).isGreaterThan(tfidf);
        }
        assertThat(report.predictions()).hasSize(lines.size());
    }

    @Test
    void aLanguageLeftOutIsScoredByModelsFittedOnTheOthersAlone() throws Exception {
        var lines = devPairs();
        PairEvaluation evaluation = PairEvaluation.of(lines, new ArrayList<>());
        var report = evaluation.leaveEachLanguageOut(PairModel.LAMBDA);
        assertThat(report.predictions()).hasSize(lines.size());
        assertThat(report.model()).containsKeys("all", "en-en", "de-en", "ar-ar");
        // Fitted with no English pair at all, the lexical models still rank English pairs better than the cosine.
        assertThat(report.model().get("en-en").get(Dimension.OVERALL).pearson())
                .isGreaterThan(report.tfidfOverall().get("en-en").pearson());
        // Not the cross-validated predictions: each pair's model never saw its language combination.
        assertThat(report.predictions().values().iterator().next())
                .isNotEqualTo(evaluation.crossValidate(5, 1, PairModel.LAMBDA).predictions().values().iterator().next());
    }

    private static java.util.List<JsonNode> devPairs() throws Exception {
        assumeTrue(Files.isRegularFile(DEV), "SemEval dev pairs not present");
        var json = new ObjectMapper();
        var lines = new ArrayList<JsonNode>();
        for (String line : Files.readAllLines(DEV, StandardCharsets.UTF_8)) {
            lines.add(json.readTree(line));
        }
        return lines;
    }
}
