package news.storyline.cli;

import java.util.LinkedHashMap;
import java.util.List;
import news.storyline.article.Article;
import news.storyline.story.StoryClusterer;
import java.util.Map;
import news.storyline.story.evaluation.AverageLinkBaseline;
import news.storyline.story.evaluation.Clusterer;

/**
 * The systems {@code storyline eval} scores on each set, by name, in the order of its report. A new clusterer is
 * evaluated by adding it here; the baseline comes tuned for the set's corpus.
 */
final class EvaluatedSystems {
    private EvaluatedSystems() {
    }

    static Map<String, Clusterer> forSet(AverageLinkBaseline baseline) {
        var systems = new LinkedHashMap<String, Clusterer>();
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
}
