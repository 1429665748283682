package news.storyline.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import news.storyline.article.Article;
import news.storyline.story.StoryClusterer;
import news.storyline.story.StoryModel;
import news.storyline.story.evaluation.AverageLinkBaseline;
import news.storyline.story.evaluation.Clusterer;
import news.storyline.text.CachedEmbedder;
import news.storyline.text.TextEmbedder;

/**
 * The systems {@code storyline eval} scores on each set, by name, in the order of its report. A new clusterer is
 * evaluated by adding it here; the baseline comes tuned for the set's corpus.
 */
final class EvaluatedSystems {
    private EvaluatedSystems() {
    }

    /**
     * @param embedder the default configuration's embedder, made when first asked for (loading it takes a second);
     *                 its embedding time counts in the system's speed
     */
    static Map<String, Clusterer> forSet(AverageLinkBaseline baseline, Supplier<TextEmbedder> embedder) {
        var systems = new LinkedHashMap<String, Clusterer>();
        systems.put("storyline", new Embedded(embedder));
        systems.put("storyline-fast", new Clusterer() {
            @Override
            public Map<String, String> cluster(List<Article> articles) {
                return StoryClusterer.cluster(articles, StoryClusterer.DEFAULT_WINDOW);
            }

            @Override
            public String settings() {
                return "online, lexical, window " + StoryClusterer.DEFAULT_WINDOW.toDays() + " days";
            }
        });
        systems.put(AverageLinkBaseline.NAME, baseline);
        return systems;
    }

    /** The default configuration: each article embedded (in the timed run), then the online engine. */
    private static final class Embedded implements Clusterer {
        private final Supplier<TextEmbedder> embedder;
        private String settings = "";

        Embedded(Supplier<TextEmbedder> embedder) {
            this.embedder = embedder;
        }

        @Override
        public Map<String, String> cluster(List<Article> articles) {
            TextEmbedder model = embedder.get();
            int before = model instanceof CachedEmbedder cached ? cached.computed() : 0;
            Map<String, String> stories = StoryClusterer.cluster(articles, StoryClusterer.DEFAULT_WINDOW,
                    StoryModel.embedded(), model);
            settings = String.format(Locale.ROOT, "online, %s embeddings, window %d days; %s",
                    model.model(), StoryClusterer.DEFAULT_WINDOW.toDays(),
                    model instanceof CachedEmbedder cached
                            ? "speed with cached vectors: " + (cached.computed() - before) + " texts embedded, the rest "
                            + "read from the cache"
                            : "speed includes embedding every article but copies");
            return stories;
        }

        @Override
        public String settings() {
            return settings;
        }
    }
}
