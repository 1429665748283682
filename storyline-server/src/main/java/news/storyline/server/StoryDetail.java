package news.storyline.server;

import java.util.List;
import news.storyline.facts.StoryReport;
import news.storyline.store.StoredAssignment;
import news.storyline.store.StoredStory;

/**
 * One story in full: its listing, each article's assignment (copies marked), and the report on its articles
 * (summary, timeline, facts agreed and contradicted, entities).
 */
public record StoryDetail(StoredStory story, List<StoredAssignment> assignments, StoryReport report) {
    public StoryDetail {
        assignments = List.copyOf(assignments);
    }
}
