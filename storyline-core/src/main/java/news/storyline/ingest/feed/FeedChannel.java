package news.storyline.ingest.feed;

/**
 * What a feed says about itself.
 *
 * @param title its title, null when none
 * @param link  its site's address, null when none
 */
public record FeedChannel(FeedText title, String link) {
}
