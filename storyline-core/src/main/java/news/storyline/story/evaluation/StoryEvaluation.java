package news.storyline.story.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs clusterers on a gold set and scores them: one report row per system, with its scores, its wall time and its
 * speed, and the assignments it made (for the reference scorer). Every system gets the same articles in the same
 * stream order.
 */
public final class StoryEvaluation {

    /**
     * One system on one set.
     *
     * @param set               the evaluation set's name
     * @param system            the system's name
     * @param settings          how the system was set up ({@link Clusterer#settings()})
     * @param seconds           wall time of its clustering call
     * @param articlesPerSecond articles clustered a second of that time
     * @param assignments       the story it gave each article id of the set (ids it left out are not here)
     */
    public record Row(String set, String system, String settings, ClusterScores scores, double seconds,
                      double articlesPerSecond, Map<String, String> assignments) {
    }

    private StoryEvaluation() {
    }

    /** Every system on the set, in the map's order. */
    public static List<Row> run(String setName, GoldSet set, Map<String, Clusterer> systems) {
        var rows = new ArrayList<Row>();
        systems.forEach((name, system) -> rows.add(run(setName, set, name, system)));
        return rows;
    }

    /** One system on the set. */
    public static Row run(String setName, GoldSet set, String systemName, Clusterer system) {
        long start = System.nanoTime();
        Map<String, String> predicted = system.cluster(set.articles());
        double seconds = (System.nanoTime() - start) / 1e9;
        var assignments = new LinkedHashMap<String, String>();
        var goldLabels = new ArrayList<String>(set.size());
        var predictedLabels = new ArrayList<Object>(set.size());
        set.articles().forEach(article -> {
            String story = predicted.get(article.id());
            goldLabels.add(set.gold().get(article.id()));
            if (story == null) {
                // As the reference scorer does: an article without a story is a story of its own, a label no
                // string can equal.
                predictedLabels.add(List.of(article.id()));
            } else {
                predictedLabels.add(story);
                assignments.put(article.id(), story);
            }
        });
        return new Row(setName, systemName, system.settings(), ClusterScores.of(goldLabels, predictedLabels), seconds,
                seconds > 0 ? set.size() / seconds : Double.POSITIVE_INFINITY, assignments);
    }
}
