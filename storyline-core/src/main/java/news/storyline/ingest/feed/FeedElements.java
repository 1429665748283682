package news.storyline.ingest.feed;

import java.util.List;
import java.util.Optional;
import org.jdom2.Document;
import org.jdom2.Element;

/**
 * Where a feed's parts are in its XML, for RSS 0.9x-2.0, RSS 1.0 (RDF) and Atom 0.3 and 1.0 alike.
 *
 * @param channel the element that describes the feed (an RSS channel, the Atom feed)
 * @param items   the item or entry elements, in document order
 * @param atom    whether it is Atom, whose texts are plain unless typed otherwise
 */
public record FeedElements(Element channel, List<Element> items, boolean atom) {
    /** The parts, when the root is rss, rdf:RDF or feed; empty for any other document. */
    public static Optional<FeedElements> of(Document document) {
        Element root = document.getRootElement();
        return switch (FeedDocument.name(root)) {
            case "rss" -> Optional.ofNullable(child(root, "channel"))
                    .map(channel -> new FeedElements(channel, children(channel, "item"), false));
            case "rdf" -> {
                Element channel = child(root, "channel");
                yield Optional.of(new FeedElements(channel == null ? root : channel, children(root, "item"), false));
            }
            case "feed" -> Optional.of(new FeedElements(root, children(root, "entry"), true));
            default -> Optional.empty();
        };
    }

    static Element child(Element parent, String name) {
        for (Element child : parent.getChildren()) {
            if (FeedDocument.name(child).equals(name)) {
                return child;
            }
        }
        return null;
    }

    static List<Element> children(Element parent, String name) {
        return parent.getChildren().stream().filter(child -> FeedDocument.name(child).equals(name)).toList();
    }
}
