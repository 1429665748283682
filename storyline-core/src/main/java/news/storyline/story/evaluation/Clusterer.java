package news.storyline.story.evaluation;

import java.util.List;
import java.util.Map;
import news.storyline.article.Article;

/**
 * A story clusterer under evaluation: it is given the articles of one evaluation set in the order a stream would
 * bring them (publication time, then input order) and says which story each belongs to.
 */
@FunctionalInterface
public interface Clusterer {

    /**
     * The story of each article, keyed by article id. A story label is any string; only which articles share one
     * matters. An article left out counts as a story of its own.
     */
    Map<String, String> cluster(List<Article> articles);

    /** How this clusterer was set up for the run (a tuned threshold, say), for the report; empty when nothing. */
    default String settings() {
        return "";
    }
}
