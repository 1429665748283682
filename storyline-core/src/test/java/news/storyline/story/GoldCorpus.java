package news.storyline.story;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.storyline.article.Article;

/**
 * A split of a gold cluster file of the shared data (ECB+, AllSides, Wikinews), read as articles in file order with
 * their gold story in the {@code cluster} attribute. The texts stay in the shared data folder (beside the worktree); nothing is copied.
 */
record GoldCorpus(List<Article> articles) {
    static final Path DATA = Path.of("..", "..", "shared", "data");
    static final Path ECB_PLUS = DATA.resolve("ecbplus_event_clusters.jsonl");
    static final Path ALLSIDES = DATA.resolve("allsides_dev_story_clusters.jsonl");

    static boolean available() {
        return Files.isReadable(ECB_PLUS) && Files.isReadable(ALLSIDES);
    }

    /** The records of one split (all of them for a null split). */
    static GoldCorpus read(Path file, String split) throws IOException {
        var mapper = new ObjectMapper();
        var articles = new ArrayList<Article>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = reader.readLine()) != null; ) {
                JsonNode record = mapper.readTree(line);
                if (split != null && !split.equals(record.path("split").asText())) {
                    continue;
                }
                String date = record.path("date").asText(null);
                Instant published = date == null || date.isBlank() ? null : Instant.parse(
                        date.length() == 10 ? date + "T00:00:00Z" : date);
                articles.add(new Article(record.get("id").asText(), null, null, record.path("title").asText(null),
                        published, record.path("lang").asText("en"), record.get("text").asText(), List.of(),
                        List.of(), Map.of("cluster", record.get("cluster").asText()), file.getFileName().toString()));
            }
        }
        return new GoldCorpus(articles);
    }

    static String gold(Article article) {
        return article.attributes().get("cluster");
    }

    /** Scores a clustering (article id to story id) of these articles; a missing article counts as a story alone. */
    news.storyline.story.evaluation.ClusterScores score(Map<String, String> stories) {
        var gold = new ArrayList<String>();
        var predicted = new ArrayList<String>();
        for (Article article : articles) {
            gold.add(gold(article));
            predicted.add(stories.getOrDefault(article.id(), "alone:" + article.id()));
        }
        return news.storyline.story.evaluation.ClusterScores.of(gold, predicted);
    }
}
