package news.storyline.store;

import java.time.Instant;

/**
 * Which stories to list, the latest changed (a report arrived) first. Every filter may be null (not applied).
 *
 * @param since    last seen at or after
 * @param until    last seen before
 * @param text     words that one of its articles' titles or clean texts holds (all of them)
 * @param source   an outlet one of its articles comes from
 * @param language a language one of its articles is in
 */
public record StoryQuery(Instant since, Instant until, String text, String source, String language, int offset,
                         int limit) {
    public static final int MAX_LIMIT = 500;

    public StoryQuery {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be 0 or more, not " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ", not " + limit);
        }
    }

    /** All stories, the first {@code limit}. */
    public static StoryQuery all(int limit) {
        return new StoryQuery(null, null, null, null, null, 0, limit);
    }
}
