package news.storyline.ingest.feed;

/**
 * A text of a feed (title, content, description) as the feed gives it.
 *
 * @param value the text; markup unless {@code plain}
 * @param plain true when the feed marks it as plain text (Atom's "text", "text/plain"): not to be read as HTML
 */
public record FeedText(String value, boolean plain) {
}
