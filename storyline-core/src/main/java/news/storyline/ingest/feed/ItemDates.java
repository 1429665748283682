package news.storyline.ingest.feed;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import news.storyline.ingest.PublishedTimeParser;
import org.jdom2.Element;

/**
 * The publication time of a feed item, read from its date elements as written: RSS pubDate, Atom published and
 * updated, Atom 0.3 issued, modified and created, Dublin Core dc:date and dcterms:issued, created and modified.
 * Publication dates come before update dates. The strings are read here, not by the feed library, whose lenient
 * date parsing rolls impossible dates over and misreads many common forms.
 */
public final class ItemDates {
    /** Element local names, most telling first. */
    private static final List<String> NAMES = List.of("pubdate", "published", "issued", "date", "created",
            "updated", "modified");

    private ItemDates() {
    }

    public static Optional<Instant> of(Element item) {
        for (String name : NAMES) {
            for (Element child : item.getChildren()) {
                if (FeedDocument.name(child).equals(name)) {
                    Optional<Instant> parsed = PublishedTimeParser.parseDateElement(child.getTextNormalize());
                    if (parsed.isPresent()) {
                        return parsed;
                    }
                }
            }
        }
        return Optional.empty();
    }
}
