package news.storyline.cli;

import java.util.LinkedHashMap;
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
        systems.put(AverageLinkBaseline.NAME, baseline);
        return systems;
    }
}
