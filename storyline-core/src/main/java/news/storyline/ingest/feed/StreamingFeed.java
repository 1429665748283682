package news.storyline.ingest.feed;

import com.rometools.rome.io.impl.XmlFixerReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import news.storyline.ingest.InputRejectedException;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.input.StAXStreamBuilder;

/**
 * Reads a feed item by item, for feeds too big to hold as a tree (a tree and the feed library's model of a 12 MB
 * feed of 100,000 items take over 2 GB). The file is read as a stream (FeedDocument.open) and only one
 * item is held at a time: each item element is built as a small
 * tree, repaired and read as {@link XmlFeedItems} reads it, and handed on. The channel's title and link are those
 * seen before the item, which is where feeds put them.
 */
public final class StreamingFeed {
    private static final Set<String> ITEM_PARENTS = Set.of("rss", "channel", "rdf", "feed");

    /** Where the items go, as they are read. */
    public interface ItemSink {
        void item(FeedChannel channel, FeedItem item);
    }

    private StreamingFeed() {
    }

    public static void read(Path file, ItemSink sink) throws InputRejectedException, IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        // As for the tree: no DTD, so no entity (XXE) can be declared or fetched.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (Reader text = new XmlFixerReader(FeedDocument.open(file))) {
            XMLStreamReader xml = factory.createXMLStreamReader(text);
            try {
                read(xml, sink);
            } finally {
                xml.close();
            }
        } catch (JDOMException e) {
            if (e.getCause() instanceof XMLStreamException cause) {
                throw notWellFormed(cause);
            }
            throw new InputRejectedException("malformed feed: XML not readable: " + FeedDocument.firstLine(
                    e.getMessage()), e);
        } catch (XMLStreamException e) {
            throw notWellFormed(e);
        }
    }

    private static InputRejectedException notWellFormed(XMLStreamException e) {
        int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
        // The JDK's message is "ParseError at [row,col]:[10,1]" and, on the next line, "Message: " and the reason.
        String message = e.getMessage() == null ? "" : e.getMessage();
        int reason = message.indexOf("Message:");
        return new InputRejectedException("malformed feed: XML not well-formed at line " + line + ": "
                + FeedDocument.firstLine(reason < 0 ? message : message.substring(reason + "Message:".length())), e);
    }

    private static void read(XMLStreamReader xml, ItemSink sink)
            throws XMLStreamException, JDOMException, InputRejectedException {
        var builder = new StAXStreamBuilder();
        Deque<String> open = new ArrayDeque<>();
        boolean atom = false;
        FeedText channelTitle = null;
        String channelLink = null;
        boolean advanced = false;
        while (advanced || xml.hasNext()) {
            // Building an element leaves the reader on the event after its end tag: that event is read next.
            int event = advanced ? xml.getEventType() : xml.next();
            advanced = false;
            if (event == XMLStreamConstants.DTD) {
                throw new InputRejectedException("malformed feed: DOCTYPE is not allowed in a feed");
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                open.pop();
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = xml.getLocalName().toLowerCase(Locale.ROOT);
            String parent = open.peek();
            if (parent == null) {
                if (!ITEM_PARENTS.contains(name) || name.equals("channel")) {
                    throw new InputRejectedException("malformed feed: not an RSS or Atom document");
                }
                atom = name.equals("feed");
                open.push(name);
                continue;
            }
            boolean item = name.equals(atom ? "entry" : "item") && ITEM_PARENTS.contains(parent);
            boolean channelLevel = parent.equals("channel") || atom && parent.equals("feed");
            boolean wanted = item || channelLevel && (name.equals("title") && channelTitle == null
                    || name.equals("link") && channelLink == null);
            if (!wanted) {
                open.push(name);
                continue;
            }
            Element element = (Element) builder.fragment(xml);
            advanced = true;
            FeedDocument.repair(element);
            if (item) {
                sink.item(new FeedChannel(channelTitle, channelLink), XmlFeedItems.item(element, atom));
            } else if (name.equals("title")) {
                channelTitle = XmlFeedItems.text(element, atom);
            } else {
                channelLink = XmlFeedItems.linkOf(element);
            }
        }
    }
}
