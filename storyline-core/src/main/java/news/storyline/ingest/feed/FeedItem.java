package news.storyline.ingest.feed;

import java.time.Instant;
import java.util.List;

/**
 * One item or entry of a feed, whichever way it was read.
 *
 * @param id          the item's own id (guid, Atom id), null when none
 * @param link        its address, null when none
 * @param title       its title, null when none
 * @param contents    its full contents (content:encoded, Atom content), possibly none
 * @param description its description or summary, null when none
 * @param published   when it was published, else last updated; null when unknown or not a valid date
 */
public record FeedItem(String id, String link, FeedText title, List<FeedText> contents, FeedText description,
                       Instant published) {
    public FeedItem {
        contents = List.copyOf(contents);
    }
}
