package news.storyline.story.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import news.storyline.article.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryEvaluationTest {
    @TempDir
    Path dir;

    @Test
    void everySystemIsScoredOnTheSameStreamAndMissingArticlesAreStoriesOfTheirOwn() throws Exception {
        Path file = Files.write(dir.resolve("gold.jsonl"), List.of(
                "{\"id\": \"a1\", \"cluster\": \"A\", \"date\": \"2021-05-02\", \"text\": \"Second report of A.\"}",
                "{\"id\": \"a2\", \"cluster\": \"A\", \"date\": \"2021-05-01\", \"text\": \"First report of A.\"}",
                "{\"id\": \"b1\", \"cluster\": \"B\", \"date\": \"2021-05-03\", \"text\": \"Only report of B.\"}"),
                StandardCharsets.UTF_8);
        GoldSet set = GoldCorpus.read(file, p -> { }).select(null, 0);
        var seen = new LinkedHashMap<String, List<String>>();
        var systems = new LinkedHashMap<String, Clusterer>();
        systems.put("one-story", articles -> {
            seen.put("one-story", articles.stream().map(Article::id).toList());
            return articles.stream().collect(Collectors.toMap(Article::id, a -> "all"));
        });
        systems.put("silent", articles -> {
            seen.put("silent", articles.stream().map(Article::id).toList());
            return Map.of("a2", "x");
        });

        List<StoryEvaluation.Row> rows = StoryEvaluation.run("toy", set, systems);

        assertThat(seen.values()).containsOnly(List.of("a2", "a1", "b1"));
        assertThat(rows).extracting(StoryEvaluation.Row::system).containsExactly("one-story", "silent");
        assertThat(rows.get(0).scores()).isEqualTo(ClusterScores.of(List.of("A", "A", "B"), List.of(1, 1, 1)));
        assertThat(rows.get(1).scores()).isEqualTo(ClusterScores.of(List.of("A", "A", "B"), List.of(1, 2, 3)));
        assertThat(rows.get(1).assignments()).containsExactly(Map.entry("a2", "x"));
        assertThat(rows.get(0).articlesPerSecond()).isPositive();
        assertThat(rows.get(0).set()).isEqualTo("toy");
    }
}
