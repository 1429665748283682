package news.storyline.server;

import java.util.List;
import news.storyline.facts.StoryReport;
import news.storyline.store.StoredAssignment;
import news.storyline.store.StoredStory;
import news.storyline.story.StoryMerge;

/**
 * One story in full: its listing, each article's assignment (copies marked), the report on its articles (summary,
 * timeline, facts agreed and contradicted, entities), and what the engine did to it besides adding articles.
 *
 * @param merged  the stories merged into it, when and by which article
 * @param resumed when it was taken up again after going quiet, and by which article (since the server opened: the
 *                replay of the store on open finds them again)
 */
public record StoryDetail(StoredStory story, List<StoredAssignment> assignments, StoryReport report,
                          List<StoryMerge> merged, List<StoryMerge> resumed) {
    public StoryDetail {
        assignments = List.copyOf(assignments);
        merged = List.copyOf(merged);
        resumed = List.copyOf(resumed);
    }
}
