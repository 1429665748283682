package news.storyline.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import news.storyline.article.Article;
import news.storyline.clean.CorpusCleaner;
import news.storyline.ingest.Ingestor;
import org.junit.jupiter.api.Test;

/** Clustering on a thread of its own gives what clustering in the caller's thread gives, and fails as loudly. */
class BackgroundClustererTest {
    private static List<Article> wikinews() throws Exception {
        Path sample = Path.of("..", "storyline-cli", "src", "main", "resources", "samples", "wikinews-semeval2015.jsonl");
        return StreamOrder.of(CorpusCleaner.clean(new Ingestor().readAll(List.of(sample), new ArrayList<>())));
    }

    @Test
    void givesTheAssignmentsOfTheCallersThreadInOrder() throws Exception {
        List<Article> articles = wikinews();
        var direct = new ArrayList<String>();
        var inline = StoryClusterer.fast(StoryClusterer.DEFAULT_WINDOW, story -> { });
        for (int from = 0; from < articles.size(); from += StoryClusterer.EMBEDDING_BATCH) {
            inline.addAll(articles.subList(from, Math.min(articles.size(), from + StoryClusterer.EMBEDDING_BATCH)),
                    null).forEach(a -> direct.add(a.articleId() + " " + a.storyId() + " " + a.copyOf()));
        }
        var background = new ArrayList<String>();
        var stories = new ArrayList<Story>();
        var clusterer = StoryClusterer.fast(StoryClusterer.DEFAULT_WINDOW, stories::add);
        try (var pipeline = new BackgroundClusterer(clusterer, null, (article, a) -> {
            assertThat(a.articleId()).isEqualTo(article.id());
            background.add(a.articleId() + " " + a.storyId() + " " + a.copyOf());
        })) {
            articles.forEach(pipeline::accept);
        }
        clusterer.finish();
        assertThat(background).hasSize(articles.size()).isEqualTo(direct);
        assertThat(stories.stream().mapToInt(Story::size).sum()).isEqualTo(articles.size());
    }

    @Test
    void aFailureOnTheBackgroundThreadReachesTheCaller() throws Exception {
        List<Article> articles = wikinews();
        var clusterer = StoryClusterer.fast(Duration.ofDays(1), story -> { });
        var pipeline = new BackgroundClusterer(clusterer, null, (article, a) -> {
            throw new IllegalStateException("consumer broke on " + article.id());
        });
        assertThatThrownBy(() -> {
            articles.forEach(pipeline::accept);
            pipeline.finish();
        }).isInstanceOf(IllegalStateException.class).hasMessageStartingWith("consumer broke on ");
    }
}
