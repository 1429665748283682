package news.storyline.server.ui;

import java.time.Instant;
import java.util.List;

/**
 * One row of the story list.
 *
 * @param id          the story's id
 * @param headline    its representative headline; null when none
 * @param reports     how many articles it holds
 * @param outlets     the outlets reporting it, most reports first
 * @param firstSeen   when its first article was published (or arrived); null when unknown
 * @param lastSeen    when its latest article was; null when unknown
 * @param topEntities the people, organisations and places it names most, most first
 */
public record StoryListItem(String id, String headline, int reports, List<String> outlets, Instant firstSeen,
                            Instant lastSeen, List<String> topEntities) {
    public StoryListItem {
        outlets = outlets == null ? List.of() : List.copyOf(outlets);
        topEntities = topEntities == null ? List.of() : List.copyOf(topEntities);
    }
}
