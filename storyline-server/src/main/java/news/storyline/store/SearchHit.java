package news.storyline.store;

import java.time.Instant;

/**
 * An article that matches a full-text search.
 *
 * @param snippet the matching passage, the matched words between {@code [} and {@code ]}, as plain text
 */
public record SearchHit(String articleId, String title, String source, Instant published, String storyId,
                        String snippet) {
}
