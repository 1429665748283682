package news.storyline.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import news.storyline.article.Article;
import news.storyline.ingest.InputProblem;
import news.storyline.ingest.Ingestor;

/** The two seed reports of the fall of Mosul (fixtures/seeds), read by core's Ingestor, dated, with their outlets. */
final class Seeds {
    static final String A = "1.1345264-3993115206";
    static final String B = "001_f2e9581c621b58c2";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Seeds() {
    }

    static List<Article> read() throws Exception {
        Path seeds = Path.of(Seeds.class.getResource("/seeds").toURI());
        List<Article> read = new Ingestor().readAll(List.of(seeds.resolve("000_44105980e39676fe.txt"),
                seeds.resolve("001_f2e9581c621b58c2.txt")), new ArrayList<InputProblem>());
        return List.of(read.get(0).withSource("Gulf News").withPublished(java.time.Instant.parse(
                        "2014-06-10T09:00:00Z")).withUrl("https://gulfnews.example/mosul"),
                read.get(1).withSource("Al Jazeera").withPublished(java.time.Instant.parse("2014-06-10T14:00:00Z"))
                        .withUrl("https://aljazeera.example/mosul"));
    }

    /** The seeds as one JSON array of posted records. */
    static String json() throws Exception {
        ArrayNode array = JSON.createArrayNode();
        for (Article a : read()) {
            array.add(record(a));
        }
        return JSON.writeValueAsString(array);
    }

    static ObjectNode record(Article a) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", a.id());
        node.put("title", a.title());
        node.put("text", a.rawText());
        node.put("date", a.published().toString());
        node.put("source", a.source());
        node.put("url", a.url());
        return node;
    }
}
