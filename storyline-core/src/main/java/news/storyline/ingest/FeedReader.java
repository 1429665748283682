package news.storyline.ingest;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.storyline.article.Article;
import news.storyline.article.RemovedSpan;
import news.storyline.ingest.feed.FeedChannel;
import news.storyline.ingest.feed.FeedDocument;
import news.storyline.ingest.feed.FeedElements;
import news.storyline.ingest.feed.FeedItem;
import news.storyline.ingest.feed.FeedText;
import news.storyline.ingest.feed.RomeFeedItems;
import news.storyline.ingest.feed.StreamingFeed;
import news.storyline.ingest.feed.XmlFeedItems;
import news.storyline.text.Whitespace;
import org.jdom2.Document;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Reads an RSS or Atom feed (every version ROME knows) into one article an item.
 *
 * <p>The body is the item's longest full content, else its description or summary. Both are usually HTML and are
 * turned into paragraphs, their photo captions and widgets taken out and kept as removed spans (as in a page);
 * content marked as plain text is kept as it is. An item with a title but no text is kept as a headline: empty raw
 * text and the attribute {@value Article#HEADLINE_ONLY} set to "true" (headline feeds are common, and their items are what
 * stories are clustered from). An item with neither is reported as skipped. A feed without items is read as no
 * articles: it is a valid feed with nothing new.
 *
 * <p>The outlet is the outlet part of the feed's title ("World : NPR" is NPR), the whole title kept as the attribute
 * "feedTitle"; without a title, the host of the feed's link. An item's id is its guid or Atom id, else its link,
 * else the file path as given and its position ("feeds/world/rss.xml#3"): unique per file, the same on every run.
 *
 * <p>When the feed library fails on a well-formed RSS or Atom document, the items are read from the XML directly.
 * Feeds above {@link #STREAM_ABOVE_BYTES} are read that way too, one item at a time from a stream, so that memory is
 * bounded by one item rather than by a tree of the whole feed (except for a feed whose bytes are not UTF-8 and declare
 * no encoding: its bytes are decoded whole).
 */
public final class FeedReader implements ArticleReader {
    private static final String PARAGRAPH_BREAK = "\n\n";

    /** Feeds above this size are read item by item (see {@link StreamingFeed}) rather than as a whole tree. */
    public static final long STREAM_ABOVE_BYTES = 4L * 1024 * 1024;
    private final long streamAboveBytes;

    public FeedReader() {
        this(STREAM_ABOVE_BYTES);
    }

    /** A reader that streams feeds above the given size. */
    FeedReader(long streamAboveBytes) {
        this.streamAboveBytes = streamAboveBytes;
    }

    @Override
    public void read(Path file, ArticleSink sink) throws InputRejectedException, IOException {
        var articles = new ItemArticles(file, sink);
        if (Files.size(file) > streamAboveBytes) {
            StreamingFeed.read(file, articles::accept);
            return;
        }
        Document document = FeedDocument.parse(Files.readAllBytes(file));
        Optional<FeedElements> elements = FeedElements.of(document);
        Feed feed = read(document, elements);
        for (FeedItem item : feed.items()) {
            articles.accept(feed.channel(), item);
        }
    }

    /** Turns the items of one feed file into articles, numbering them in reading order. */
    private static final class ItemArticles {
        private final Path file;
        private final ArticleSink sink;
        private int index;
        private FeedChannel channel;
        private String source;
        private Map<String, String> channelAttributes;

        ItemArticles(Path file, ArticleSink sink) {
            this.file = file;
            this.sink = sink;
        }

        void accept(FeedChannel itemChannel, FeedItem item) {
            if (!itemChannel.equals(channel)) {
                channel = itemChannel;
                source = outlet(channel);
                channelAttributes = channelAttributes(channel);
            }
            index++;
            String origin = file + "#" + index;
            Optional<Body> body = bodyOf(item);
            String title = lineOf(item.title());
            if (body.isEmpty() && title == null) {
                sink.skipped(new InputProblem(origin, "feed item has neither title nor text"));
                return;
            }
            Map<String, String> attributes = channelAttributes;
            if (body.isEmpty()) {
                attributes = new HashMap<>(channelAttributes);
                attributes.put(Article.HEADLINE_ONLY, "true");
            }
            String id = item.id() != null ? item.id() : item.link() != null ? item.link() : origin;
            sink.accept(Article.read(id, source, item.link(), title,
                    item.published(), body.map(Body::text).orElse(""), body.map(Body::removed).orElse(List.of()),
                    attributes, origin));
        }
    }

    /** A feed's channel and items, however they were read. */
    private record Feed(FeedChannel channel, List<FeedItem> items) {
    }

    private static Feed read(Document document, Optional<FeedElements> elements) throws InputRejectedException {
        SyndFeed feed;
        try {
            feed = new SyndFeedInput().build(document);
        } catch (IllegalArgumentException | FeedException e) {
            // ROME says "Invalid document" for a root it has no parser for (a page, a sitemap).
            return elements.map(FeedReader::readXml).orElseThrow(
                    () -> new InputRejectedException("malformed feed: not an RSS or Atom document", e));
        } catch (RuntimeException e) {
            // ROME fails on some valid feeds (NullPointerException and the like): read the elements ourselves.
            return elements.map(FeedReader::readXml).orElseThrow(() -> new InputRejectedException(
                    "malformed feed: the feed library failed on it (" + e.getClass().getSimpleName() + ")", e));
        }
        FeedChannel channel = RomeFeedItems.channel(feed);
        // The site's address as the feed's XML gives it: ROME gives an Atom feed's self link, RSS's site link.
        String siteLink = elements.map(XmlFeedItems::channel).map(FeedChannel::link).orElse(channel.link());
        return new Feed(new FeedChannel(channel.title(), siteLink),
                RomeFeedItems.items(feed, elements.map(FeedElements::items).orElse(List.of())));
    }

    private static Feed readXml(FeedElements elements) {
        return new Feed(XmlFeedItems.channel(elements),
                elements.items().stream().map(item -> XmlFeedItems.item(item, elements.atom())).toList());
    }

    private static String outlet(FeedChannel channel) {
        String title = lineOf(channel.title());
        Optional<String> link = present(channel.link());
        if (title != null) {
            return OutletNames.fromFeedTitle(title, link.orElse(null));
        }
        return link.flatMap(OutletNames::fromUrl).orElse(null);
    }

    private static Map<String, String> channelAttributes(FeedChannel channel) {
        var attributes = new HashMap<String, String>();
        present(channel.link()).ifPresent(url -> attributes.put("feedUrl", url));
        Optional.ofNullable(lineOf(channel.title())).ifPresent(title -> attributes.put("feedTitle", title));
        return Map.copyOf(attributes);
    }

    /** An item's text, and the captions and widgets taken out of its markup. */
    private record Body(String text, List<RemovedSpan> removed) {
    }

    private static Optional<Body> bodyOf(FeedItem item) {
        Optional<Body> content = item.contents().stream()
                .max(Comparator.comparingInt(c -> c.value().length()))
                .map(FeedReader::bodyOf)
                .filter(body -> !body.text().isEmpty());
        return content.or(() -> Optional.ofNullable(item.description())
                .map(FeedReader::bodyOf)
                .filter(body -> !body.text().isEmpty()));
    }

    private static Body bodyOf(FeedText content) {
        if (content.plain()) {
            return new Body(content.value().strip(), List.of());
        }
        Element markup = Jsoup.parseBodyFragment(content.value()).body();
        List<RemovedSpan> removed = HtmlFurniture.removeCaptionsAndWidgets(markup);
        return new Body(String.join(PARAGRAPH_BREAK, HtmlFragmentText.paragraphs(markup)), removed);
    }

    /** A title as one line of text; null when there is none. */
    private static String lineOf(FeedText title) {
        if (title == null) {
            return null;
        }
        String line = title.plain() ? Whitespace.fold(title.value())
                : String.join(" ", HtmlFragmentText.paragraphs(title.value()));
        return line.isEmpty() ? null : line;
    }

    private static Optional<String> present(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(s -> !s.isEmpty());
    }
}
