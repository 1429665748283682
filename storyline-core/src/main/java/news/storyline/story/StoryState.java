package news.storyline.story;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import news.storyline.text.DocumentFrequencies;

/**
 * What the clustering engine remembers between articles: the active stories by id, the candidate index from keys
 * (key terms, name and place words) to the stories filed under them, which story holds each active article, and the
 * document frequencies. Behind an interface so that a store or a stream processor's keyed state can hold it; see
 * the design section of the README for how it partitions.
 */
public interface StoryState {
    DocumentFrequencies frequencies();

    /**
     * The ids of the active stories filed under this key, in the order they were filed; empty for none. Read-only,
     * and valid until the state next changes: a lookup runs for each of an arriving article's keys, so it copies
     * nothing.
     */
    Collection<String> storiesUnder(String key);

    /** An active story, or null. */
    Story story(String id);

    /** The id of the active story holding this article, or null. */
    String storyOf(String articleId);

    /** Records a new or changed story: files it under its keys, its members under it, and when it was last seen. */
    void save(Story story);

    /** Forgets a story (absorbed into another, whose {@link #save} then claims its members and keys). */
    void remove(String storyId);

    /** Removes and returns, oldest first, the stories last seen before this time: they left the active window. */
    List<Story> expire(Instant before);

    /** The active stories, in order of creation. */
    List<Story> active();

    /**
     * The stories past their active window kept to be taken up again, and their own index (see {@link QuietStories}):
     * the engine files a story there when it leaves the window, and takes it out when it resumes or is forgotten.
     */
    QuietStories quiet();

    /**
     * The stories of one report past their active window, the latest few thousand kept a while (same structure as
     * {@link #quiet}): no article takes such a story up again, but a backfill's report of its days may join it.
     */
    QuietStories passedSingles();

    /** A new story id, unique in this state and the same on every run over the same input. */
    String newStoryId();
}
