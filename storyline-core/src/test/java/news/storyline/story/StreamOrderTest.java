package news.storyline.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import news.storyline.article.Article;
import org.junit.jupiter.api.Test;

class StreamOrderTest {
    private static Article article(String id, String date) {
        return new Article(id, null, null, null, date == null ? null : Instant.parse(date + "T00:00:00Z"), "en",
                "Text of " + id + ".", List.of(), List.of(), Map.of(), "test");
    }

    @Test
    void undatedArticlesStayWithTheDatedOneBeforeThemInTheInput() {
        List<Article> input = List.of(article("u0", null), article("d5", "2020-01-05"), article("u1", null),
                article("d1", "2020-01-01"), article("u2", null), article("u3", null), article("d3", "2020-01-03"));
        // u0 heads the input: it takes the first date there is (d5's).
        assertThat(StreamOrder.of(input)).extracting(Article::id)
                .containsExactly("d1", "u2", "u3", "d3", "u0", "d5", "u1");
        assertThat(StreamOrder.of(input).get(1).published()).isNull();
    }

    @Test
    void anUndatedBatchKeepsItsInputOrder() {
        List<Article> input = List.of(article("c", null), article("a", null), article("b", null));
        assertThat(StreamOrder.of(input)).extracting(Article::id).containsExactly("c", "a", "b");
    }
}
