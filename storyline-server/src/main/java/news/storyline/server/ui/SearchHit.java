package news.storyline.server.ui;

import java.time.Instant;

/**
 * One article found by a search.
 *
 * @param articleId     the article's id
 * @param title         its headline; null when none
 * @param outlet        its outlet; null when unknown
 * @param published     its publication time; null when unknown
 * @param snippet       a passage of its text around the match, plain text (the page marks the query's words)
 * @param storyId       the story it belongs to; null when none yet
 * @param storyHeadline that story's headline; null when none
 */
public record SearchHit(String articleId, String title, String outlet, Instant published, String snippet,
                        String storyId, String storyHeadline) {
}
