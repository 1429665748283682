package news.storyline.ingest.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdom2.Element;

/** A feed as the feed library (ROME) reads it, in this package's terms, with dates read from the XML itself. */
public final class RomeFeedItems {
    /** Content types meaning "not markup": Atom's {@code text} and the MIME type RSS modules and Atom 0.3 use. */
    private static final Set<String> PLAIN_TEXT_TYPES = Set.of("text", "text/plain");

    private RomeFeedItems() {
    }

    public static FeedChannel channel(SyndFeed feed) {
        return new FeedChannel(text(feed.getTitleEx()), feed.getLink());
    }

    /**
     * The feed's items. {@code elements} are the item elements of the same XML, in the same order: their dates are
     * read with this project's parser; the library's are used only if the two lists do not line up.
     */
    public static List<FeedItem> items(SyndFeed feed, List<Element> elements) {
        List<SyndEntry> entries = feed.getEntries();
        boolean aligned = elements.size() == entries.size();
        var items = new ArrayList<FeedItem>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            SyndEntry entry = entries.get(i);
            Instant published = aligned ? ItemDates.of(elements.get(i)).orElse(null) : libraryDate(entry);
            items.add(new FeedItem(present(entry.getUri()).or(() -> present(entry.getLink())).orElse(null),
                    present(entry.getLink()).orElse(null), text(entry.getTitleEx()),
                    entry.getContents().stream().map(RomeFeedItems::text).filter(t -> t != null).toList(),
                    text(entry.getDescription()), published));
        }
        return items;
    }

    private static Instant libraryDate(SyndEntry entry) {
        return Optional.ofNullable(entry.getPublishedDate())
                .or(() -> Optional.ofNullable(entry.getUpdatedDate()))
                .map(Date::toInstant)
                .orElse(null);
    }

    private static FeedText text(SyndContent content) {
        if (content == null || content.getValue() == null) {
            return null;
        }
        return new FeedText(content.getValue(),
                content.getType() != null && PLAIN_TEXT_TYPES.contains(content.getType()));
    }

    private static Optional<String> present(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(s -> !s.isEmpty());
    }
}
