package news.storyline.story;

import java.time.Instant;

/**
 * Two stories found to be one: an article scored high with both, so the younger was absorbed into the older.
 *
 * @param at        the stream's time when it happened (null while nothing dated has arrived)
 * @param byArticle the article that joined the two
 */
public record StoryMerge(String absorbed, String into, Instant at, String byArticle) {
}
