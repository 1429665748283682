package news.storyline.story;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The candidate index: each index key to the ids of the stories filed under it, the most recently filed last, at
 * most {@link InMemoryStoryState#MAX_STORIES_PER_KEY} a key (see there why). One for the active stories, one for the
 * quiet ones.
 */
final class KeyIndex {
    private final Map<String, FiledStories> index = new HashMap<>();

    /** Files the story under the key, last (again, when it is filed there already). */
    void file(String key, String storyId) {
        index.computeIfAbsent(key, k -> new FiledStories()).file(storyId, InMemoryStoryState.MAX_STORIES_PER_KEY);
    }

    /** Takes the story out from under each of these keys, and forgets a key left with none. */
    void unfile(Collection<String> keys, String storyId) {
        for (String key : keys) {
            FiledStories filed = index.get(key);
            if (filed != null && filed.unfile(storyId) && filed.isEmpty()) {
                index.remove(key);
            }
        }
    }

    /** The ids filed under the key, in filing order; read-only, valid until the index next changes. */
    Collection<String> under(String key) {
        FiledStories filed = index.get(key);
        return filed == null ? List.of() : filed;
    }
}
