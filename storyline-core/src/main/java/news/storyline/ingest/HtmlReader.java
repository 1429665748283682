package news.storyline.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import news.storyline.article.Article;
import news.storyline.article.RemovalReason;
import news.storyline.article.RemovedSpan;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads one saved HTML page as one article. The metadata comes from the page head (Open Graph, article meta tags,
 * JSON-LD); the body is the page's main content (see {@link MainContentExtractor}) without its photo captions and
 * share, related and advertisement widgets, which are kept as removed spans.
 */
public final class HtmlReader implements ArticleReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> PUBLISHED_META = List.of("article:published_time", "date", "pubdate",
            "DC.date.issued", "parsely-pub-date", "sailthru.date");
    private static final List<String> TITLE_SITE_SEPARATORS = List.of(" | ", " - ", " — ", " – ");
    /** A class or id naming a widget; "ad" only as a whole word, so that "lead-text" or "header" do not match. */
    private static final Pattern WIDGET_NAME = Pattern.compile(
            "share|social|newsletter|related|promo|advert|subscribe|(^|[-_])ads?([-_]|$)", Pattern.CASE_INSENSITIVE);
    private static final String CAPTION_DETAIL = "HTML figure caption";

    @Override
    public void read(Path file, ArticleSink sink) throws InputRejectedException, IOException {
        Document page = parse(Files.readAllBytes(file));
        Element content = MainContentExtractor.mainContent(page);
        Element cleaned = content.clone();
        List<RemovedSpan> removed = removeCaptionsAndWidgets(cleaned);
        List<String> paragraphs = HtmlFragmentText.paragraphs(cleaned);
        if (paragraphs.isEmpty()) {
            throw new InputRejectedException("no article text found in the HTML page");
        }
        String url = url(page);
        sink.accept(Article.read(
                url != null ? url : fileNameWithoutExtension(file),
                source(page, url),
                url,
                title(page, content),
                published(page, content),
                String.join("\n\n", paragraphs),
                removed,
                attributes(page),
                file.toString()));
    }

    /**
     * The page's own charset declaration wins: jsoup honours a byte-order mark, then a meta tag. A page that declares
     * nothing is decoded by {@link TextDecoder}, which looks at the bytes instead of assuming UTF-8 as jsoup does.
     */
    private static Document parse(byte[] bytes) throws IOException {
        Document declared = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        if (declaresCharset(declared)) {
            return declared;
        }
        return Jsoup.parse(TextDecoder.decode(bytes), "");
    }

    private static boolean declaresCharset(Document page) {
        if (page.selectFirst("meta[charset]") != null) {
            return true;
        }
        return page.select("meta[http-equiv]").stream()
                .filter(meta -> meta.attr("http-equiv").equalsIgnoreCase("content-type"))
                .anyMatch(meta -> meta.attr("content").toLowerCase(Locale.ROOT).contains("charset="));
    }

    /**
     * Takes photo captions and widgets out of the content, in place, and returns them in reading order. On a page
     * where no content element was found, the site's own header and footer are furniture too.
     */
    private static List<RemovedSpan> removeCaptionsAndWidgets(Element content) {
        var removed = new ArrayList<RemovedSpan>();
        removeCaptionsAndWidgets(content, content.normalName().equals("body"), removed);
        return removed;
    }

    private static void removeCaptionsAndWidgets(Element parent, boolean wholePage, List<RemovedSpan> removed) {
        for (Element child : parent.children()) {
            Optional<RemovalReason> reason = removalReason(child, wholePage);
            if (reason.isEmpty()) {
                removeCaptionsAndWidgets(child, wholePage, removed);
                continue;
            }
            String text = child.text();
            if (!text.isBlank()) {
                String detail = reason.get() == RemovalReason.IMAGE_CAPTION ? CAPTION_DETAIL : describe(child);
                removed.add(new RemovedSpan(text, reason.get(), detail));
            }
            child.remove();
        }
    }

    private static Optional<RemovalReason> removalReason(Element element, boolean wholePage) {
        String tag = element.normalName();
        if (tag.equals("figcaption") || element.className().toLowerCase(Locale.ROOT).contains("caption")) {
            return Optional.of(RemovalReason.IMAGE_CAPTION);
        }
        boolean furnitureTag = tag.equals("nav") || tag.equals("aside")
                || (wholePage && (tag.equals("header") || tag.equals("footer")));
        boolean widget = element.classNames().stream().anyMatch(name -> WIDGET_NAME.matcher(name).find())
                || WIDGET_NAME.matcher(element.id()).find();
        return furnitureTag || widget ? Optional.of(RemovalReason.PAGE_FURNITURE) : Optional.empty();
    }

    /** The element as a CSS selector names it: "div.share-tools", "aside#related". */
    private static String describe(Element element) {
        var name = new StringBuilder(element.normalName());
        if (!element.id().isEmpty()) {
            name.append('#').append(element.id());
        }
        element.classNames().forEach(className -> name.append('.').append(className));
        return name.toString();
    }

    private static String title(Document page, Element content) {
        String openGraph = metaContent(page, "og:title");
        if (openGraph != null) {
            return openGraph;
        }
        Element headline = content.selectFirst("h1");
        if (headline != null && !headline.text().isBlank()) {
            return headline.text();
        }
        return withoutSiteName(nonBlank(page.title()));
    }

    /** "Mosul falls | Gulf News" is "Mosul falls": a page title usually ends with the site's name. */
    private static String withoutSiteName(String pageTitle) {
        if (pageTitle == null) {
            return null;
        }
        int cut = TITLE_SITE_SEPARATORS.stream().mapToInt(pageTitle::lastIndexOf).max().orElse(-1);
        return cut > 0 ? pageTitle.substring(0, cut).strip() : pageTitle;
    }

    private static String url(Document page) {
        Element canonical = page.selectFirst("link[rel=canonical]");
        String canonicalHref = canonical == null ? null : nonBlank(canonical.attr("href"));
        return canonicalHref != null ? canonicalHref : metaContent(page, "og:url");
    }

    private static String source(Document page, String url) {
        String siteName = metaContent(page, "og:site_name");
        return siteName != null ? siteName : hostWithoutWww(url);
    }

    private static String hostWithoutWww(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = new URI(url).getHost();
            return host == null ? null : host.replaceFirst("^www\\.", "");
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** The first of the page's date candidates that parses, most explicit first. */
    private static Instant published(Document page, Element content) {
        Stream<Supplier<String>> candidates = Stream.concat(
                PUBLISHED_META.stream().map(name -> () -> metaContent(page, name)),
                Stream.of(() -> timeInContent(content), () -> jsonLdDatePublished(page)));
        return candidates.map(Supplier::get)
                .map(PublishedTimeParser::parse)
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(null);
    }

    private static String timeInContent(Element content) {
        Element time = content.selectFirst("time[datetime]");
        return time == null ? null : time.attr("datetime");
    }

    /** {@code datePublished} of the page's JSON-LD, an object, an array or a {@code @graph}, wherever it nests. */
    private static String jsonLdDatePublished(Document page) {
        return page.select("script[type]").stream()
                .filter(script -> script.attr("type").equalsIgnoreCase("application/ld+json"))
                .map(script -> parseJson(script.data()))
                .flatMap(Optional::stream)
                .map(json -> json.findValue("datePublished"))
                .filter(value -> value != null && value.isTextual())
                .map(JsonNode::asText)
                .findFirst()
                .orElse(null);
    }

    private static Optional<JsonNode> parseJson(String text) {
        try {
            return Optional.ofNullable(JSON.readTree(text));
        } catch (JsonProcessingException e) {
            // Broken JSON-LD is common and only costs the page one date candidate.
            return Optional.empty();
        }
    }

    /** The content of the first meta tag named so by its property, name or itemprop attribute; null if none. */
    private static String metaContent(Document page, String key) {
        return page.select("meta[content]").stream()
                .filter(meta -> Stream.of("property", "name", "itemprop").anyMatch(
                        attribute -> meta.attr(attribute).equalsIgnoreCase(key)))
                .map(meta -> nonBlank(meta.attr("content")))
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    private static Map<String, String> attributes(Document page) {
        Element html = page.selectFirst("html");
        String lang = html == null ? null : nonBlank(html.attr("lang"));
        return lang == null ? Map.of() : Map.of("htmlLang", lang);
    }

    private static String fileNameWithoutExtension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String nonBlank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
