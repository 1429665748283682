package news.storyline.ingest.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.output.XMLOutputter;

/**
 * Reads items straight from a feed's XML. Used when the feed library fails on a feed that is well-formed and has
 * the shape of RSS or Atom: the feed is read as far as its elements allow rather than lost.
 */
public final class XmlFeedItems {
    private static final Set<String> PLAIN_TYPES = Set.of("text", "text/plain");
    private static final Set<String> CONTENTS = Set.of("encoded", "content");
    private static final Set<String> DESCRIPTIONS = Set.of("description", "summary");

    private XmlFeedItems() {
    }

    public static FeedChannel channel(FeedElements feed) {
        Element title = FeedElements.child(feed.channel(), "title");
        return new FeedChannel(title == null ? null : text(title, feed.atom()), link(feed.channel()));
    }

    public static FeedItem item(Element item, boolean atom) {
        Element titleElement = FeedElements.child(item, "title");
        List<FeedText> contents = new ArrayList<>();
        FeedText description = null;
        for (Element child : item.getChildren()) {
            String name = FeedDocument.name(child);
            if (CONTENTS.contains(name)) {
                contents.add(text(child, atom));
            } else if (description == null && DESCRIPTIONS.contains(name)) {
                description = text(child, atom);
            }
        }
        String id = present(childText(item, atom ? "id" : "guid"));
        Namespace rdf = item.getNamespace("rdf");
        if (id == null && rdf != null) {
            // RSS 1.0 names an item by its rdf:about address.
            id = present(item.getAttributeValue("about", rdf));
        }
        return new FeedItem(id, link(item), titleElement == null ? null : text(titleElement, atom), contents,
                description, ItemDates.of(item).orElse(null));
    }

    /** An element's text: its markup serialized when it holds inline XHTML, plain when typed as text. */
    static FeedText text(Element element, boolean atom) {
        String type = element.getAttributeValue("type");
        String mode = element.getAttributeValue("mode");
        boolean inlineXml = "xhtml".equalsIgnoreCase(type) || "xml".equalsIgnoreCase(mode)
                || type != null && type.toLowerCase(Locale.ROOT).endsWith("xml");
        if (inlineXml) {
            return new FeedText(new XMLOutputter().outputString(element.getContent()), false);
        }
        boolean plain = type == null ? atom : PLAIN_TYPES.contains(type.toLowerCase(Locale.ROOT));
        return new FeedText(element.getText(), plain);
    }

    /** An RSS link's text, else the href of the first alternate (or unqualified) Atom link. */
    private static String link(Element parent) {
        for (Element child : parent.getChildren()) {
            if (FeedDocument.name(child).equals("link")) {
                String link = linkOf(child);
                if (link != null) {
                    return link;
                }
            }
        }
        return null;
    }

    /** The address a link element gives: an RSS link's text, an alternate Atom link's href; null for others. */
    static String linkOf(Element link) {
        String href = link.getAttributeValue("href");
        String rel = link.getAttributeValue("rel");
        if (href != null) {
            return rel == null || rel.equals("alternate") ? present(href) : null;
        }
        return present(link.getText());
    }

    private static String childText(Element parent, String name) {
        Element child = FeedElements.child(parent, name);
        return child == null ? null : child.getText();
    }

    private static String present(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.strip();
    }
}
