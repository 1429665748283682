package news.storyline.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import news.storyline.article.Article;
import news.storyline.article.RemovedSpan;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import news.storyline.text.Whitespace;

/**
 * Reads an RSS or Atom feed (every version ROME knows) into one article an item.
 *
 * <p>The body is the item's longest full content, else its description or summary. Both are usually HTML and are
 * turned into paragraphs, their photo captions and widgets taken out and kept as removed spans (as in a page);
 * content marked as plain text is kept as it is. An item with no text is reported as
 * skipped. The outlet is the feed's title, else the host of its link.
 */
public final class FeedReader implements ArticleReader {
    private static final String PARAGRAPH_BREAK = "\n\n";
    /** Content types meaning "not markup": Atom's {@code text} and the MIME type RSS modules and Atom 0.3 use. */
    private static final Set<String> PLAIN_TEXT_TYPES = Set.of("text", "text/plain");

    @Override
    public void read(Path file, ArticleSink sink) throws InputRejectedException, IOException {
        SyndFeed feed = parse(file);
        List<SyndEntry> entries = feed.getEntries();
        if (entries.isEmpty()) {
            throw new InputRejectedException("feed has no items");
        }
        var channel = Channel.of(feed);
        for (int index = 1; index <= entries.size(); index++) {
            SyndEntry entry = entries.get(index - 1);
            String origin = file + "#" + index;
            Optional<Body> body = bodyOf(entry);
            if (body.isEmpty()) {
                sink.skipped(new InputProblem(origin, "feed item has no text"));
                continue;
            }
            String fallbackId = file.getFileName() + "#" + index;
            sink.accept(toArticle(entry, body.get(), channel, fallbackId, origin));
        }
    }

    private static SyndFeed parse(Path file) throws InputRejectedException, IOException {
        var input = new SyndFeedInput();
        // ROME's default already, stated here because it is what keeps external entities (XXE) out: with no
        // DOCTYPE allowed, no entity can be declared.
        input.setAllowDoctypes(false);
        // XmlReader picks the encoding from the byte-order mark and the XML prolog, as a feed declares it.
        try (InputStream bytes = Files.newInputStream(file); var xml = new XmlReader(bytes)) {
            return input.build(xml);
        } catch (FeedException e) {
            throw new InputRejectedException("malformed feed: " + firstLine(e.getMessage()), e);
        } catch (IllegalArgumentException e) {
            // ROME's way of saying the XML is well-formed but neither RSS nor Atom; its message is "Invalid document".
            throw new InputRejectedException("malformed feed: not an RSS or Atom document", e);
        } catch (UnsupportedEncodingException e) {
            throw new InputRejectedException("malformed feed: unknown encoding " + firstLine(e.getMessage()), e);
        }
    }

    private static Article toArticle(SyndEntry entry, Body body, Channel channel, String fallbackId,
                                     String origin) {
        String id = firstPresent(entry.getUri(), entry.getLink()).orElse(fallbackId);
        return Article.read(id, channel.source(), present(entry.getLink()).orElse(null), lineOf(entry.getTitleEx()),
                publishedOf(entry), body.text(), body.removed(), channel.attributes(), origin);
    }

    /** An item's text, and the captions and widgets taken out of its markup. */
    private record Body(String text, List<RemovedSpan> removed) {
    }

    private static Optional<Body> bodyOf(SyndEntry entry) {
        Optional<Body> content = entry.getContents().stream()
                .max(Comparator.comparingInt(c -> c.getValue() == null ? 0 : c.getValue().length()))
                .map(FeedReader::bodyOf)
                .filter(body -> !body.text().isEmpty());
        return content.or(() -> Optional.ofNullable(entry.getDescription())
                .map(FeedReader::bodyOf)
                .filter(body -> !body.text().isEmpty()));
    }

    private static Body bodyOf(SyndContent content) {
        if (content.getValue() == null) {
            return new Body("", List.of());
        }
        if (isPlainText(content)) {
            return new Body(content.getValue().strip(), List.of());
        }
        Element markup = Jsoup.parseBodyFragment(content.getValue()).body();
        List<RemovedSpan> removed = HtmlFurniture.removeCaptionsAndWidgets(markup);
        return new Body(String.join(PARAGRAPH_BREAK, HtmlFragmentText.paragraphs(markup)), removed);
    }

    /** A title as one line of text; null when there is none. */
    private static String lineOf(SyndContent title) {
        if (title == null || title.getValue() == null) {
            return null;
        }
        String line = isPlainText(title) ? Whitespace.fold(title.getValue())
                : String.join(" ", HtmlFragmentText.paragraphs(title.getValue()));
        return line.isEmpty() ? null : line;
    }

    private static boolean isPlainText(SyndContent content) {
        return content.getType() != null && PLAIN_TEXT_TYPES.contains(content.getType());
    }

    private static Instant publishedOf(SyndEntry entry) {
        return Optional.ofNullable(entry.getPublishedDate())
                .or(() -> Optional.ofNullable(entry.getUpdatedDate()))
                .map(Date::toInstant)
                .orElse(null);
    }

    private static Optional<String> firstPresent(String first, String second) {
        return present(first).or(() -> present(second));
    }

    private static Optional<String> present(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "unreadable XML";
        }
        return message.strip().lines().findFirst().orElseThrow();
    }

    /** What every article of one feed shares: the outlet, and the feed's link as an attribute when it has one. */
    private record Channel(String source, Map<String, String> attributes) {
        static Channel of(SyndFeed feed) {
            Optional<String> link = present(feed.getLink());
            String source = Optional.ofNullable(lineOf(feed.getTitleEx()))
                    .or(() -> link.flatMap(OutletNames::fromUrl))
                    .orElse(null);
            return new Channel(source, link.map(url -> Map.of("feedUrl", url)).orElse(Map.of()));
        }
    }
}
