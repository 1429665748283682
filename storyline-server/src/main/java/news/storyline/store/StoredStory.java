package news.storyline.store;

import java.time.Instant;
import java.util.List;

/**
 * A story as the store keeps it for listing: what a reader sees before opening it.
 *
 * @param reports      its independent reports (copies not counted)
 * @param articleCount all its articles, copies included
 * @param outlets      its outlets, each once, in order of arrival
 * @param updatedAt    when the store last changed it
 */
public record StoredStory(String id, String headline, Instant firstSeen, Instant lastSeen, int reports,
                          int articleCount, List<String> outlets, List<String> topNames, List<String> topPlaces,
                          Instant updatedAt) {
    public StoredStory {
        outlets = List.copyOf(outlets);
        topNames = List.copyOf(topNames);
        topPlaces = List.copyOf(topPlaces);
    }
}
