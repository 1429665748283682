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
        set.articles().forEach(article -> {
            String story = predicted.get(article.id());
            if (story != null) {
                assignments.put(article.id(), story);
            }
        });
        return new Row(setName, systemName, system.settings(),
                ClusterScores.of(goldLabels(set), predictedLabels(set, assignments)), seconds,
                seconds > 0 ? set.size() / seconds : Double.POSITIVE_INFINITY, assignments);
    }

    /** Intervals for the figures of these rows, all of one set (see {@link StoryBootstrap}). */
    public static StoryBootstrap bootstrap(GoldSet set, List<Row> rows) {
        var predicted = new LinkedHashMap<String, List<?>>();
        rows.forEach(row -> predicted.put(row.system(), predictedLabels(set, row.assignments())));
        return StoryBootstrap.of(goldLabels(set), predicted);
    }

    private static List<String> goldLabels(GoldSet set) {
        return set.articles().stream().map(article -> set.gold().get(article.id())).toList();
    }

    private static List<Object> predictedLabels(GoldSet set, Map<String, String> assignments) {
        var labels = new ArrayList<Object>(set.size());
        set.articles().forEach(article -> {
            String story = assignments.get(article.id());
            // As the reference scorer does: an article without a story is a story of its own, a label no string
            // can equal.
            labels.add(story == null ? List.of(article.id()) : story);
        });
        return labels;
    }
}
