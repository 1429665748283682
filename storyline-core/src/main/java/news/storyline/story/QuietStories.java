package news.storyline.story;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Stories that have gone quiet (past their active window) but were reported often enough to be taken up again: a
 * trial months after the crime, a report on the anniversary, the verdict of an inquiry. They take no article by the
 * usual rule; an article that would otherwise start a story looks here, and one that belongs to a quiet story as
 * surely as two stories must to be merged resumes it (see {@link StoryClusterer}).
 *
 * <p>Bounded by count, so memory stays bounded whatever the stream: the engine has {@link #forget} all but the most
 * recently quiet. Filed under their index keys like the active stories, at most
 * {@link InMemoryStoryState#MAX_STORIES_PER_KEY} a key.
 */
public final class QuietStories {
    /** In the order they went quiet, so the front is the first to go. */
    private final LinkedHashMap<String, Story> stories = new LinkedHashMap<>();
    private final KeyIndex index = new KeyIndex();

    /** Files a story that has left the active window. */
    void add(Story story) {
        stories.put(story.id(), story);
        for (String key : story.keys()) {
            index.file(key, story.id());
        }
    }

    /** Takes a story out (it resumed, or is forgotten); null when it is not here. */
    Story remove(String id) {
        Story story = stories.remove(id);
        if (story != null) {
            index.unfile(story.keys(), id);
        }
        return story;
    }

    /** The ids of the quiet stories filed under this key; read-only, valid until the next change. */
    Collection<String> under(String key) {
        return index.under(key);
    }

    Story story(String id) {
        return stories.get(id);
    }

    boolean isEmpty() {
        return stories.isEmpty();
    }

    int size() {
        return stories.size();
    }

    /** Removes and returns the earliest quiet stories while there are more than {@code limit}. */
    List<Story> forget(int limit) {
        var forgotten = new ArrayList<Story>();
        while (stories.size() > limit) {
            forgotten.add(remove(stories.firstEntry().getKey()));
        }
        return forgotten;
    }

    /** All the quiet stories, in the order they went quiet. */
    List<Story> all() {
        return List.copyOf(stories.values());
    }
}
