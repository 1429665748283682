package news.storyline.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import news.storyline.article.Article;
import news.storyline.article.PageTitles;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about its article: the headline, address, outlet and publication time, from Open Graph and
 * article meta tags, JSON-LD, the content itself and the page title, the most explicit first.
 */
record HtmlMetadata(String title, String url, String source, Instant published, Map<String, String> attributes,
                    String declaredBody, String description) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> META_NAME_ATTRIBUTES = List.of("property", "name", "itemprop");
    /** Meta tags that give the publication time, the most explicit first; looked up in lower case. */
    private static final List<String> PUBLISHED_META = List.of("article:published_time", "og:published_time",
            "datepublished", "dc.date.issued", "dcterms.issued", "dc.date.issue", "publish_date", "publish-date",
            "publishdate", "published_date", "published-date", "article.published", "originalpublicationdate",
            "date", "pubdate", "dc.date", "dcterms.date", "dcterms.created", "parsely-pub-date", "sailthru.date");

    /**
     * The page's metadata, its meta tags and JSON-LD each read once; {@code declaredBody} is the JSON-LD's
     * {@code articleBody} (null if none), which {@link StructuredArticleBody} weighs against the visible body;
     * {@code description} the page's summary of itself (Open Graph's, else the plain or Twitter one; null if none),
     * which {@link Standfirst} looks for on the page.
     */
    static HtmlMetadata of(Document page, Element content) {
        Map<String, String> meta = metaTags(page);
        List<JsonNode> jsonLd = jsonLd(page);
        String url = url(page, meta);
        Instant published = published(content, meta, jsonLd);
        Optional<Instant> dayInAddress = published == null ? dayInAddress(url) : Optional.empty();
        return new HtmlMetadata(title(page, content, meta), url, source(meta, url),
                dayInAddress.orElse(published), attributes(page, dayInAddress.isPresent()),
                firstText(jsonLd, "articleBody"), description(meta));
    }

    /**
     * The Open Graph title, else the content's headline, else the page title without the site's name. An Open Graph
     * title that carries the site's name too loses it when the page's headline shows it without; a page title that
     * the content shows as an h2 or h3 wins over the content's h1.
     */
    private static String title(Document page, Element content, Map<String, String> meta) {
        Element contentHeadline = content.selectFirst("h1");
        Element headline = contentHeadline != null ? contentHeadline : page.selectFirst("h1");
        String shown = headline == null ? null : nonBlank(headline.text());
        String openGraph = meta.get("og:title");
        if (openGraph != null) {
            String withoutSite = PageTitles.withoutSiteName(openGraph);
            return shown != null && !withoutSite.equals(openGraph) && shown.equalsIgnoreCase(withoutSite)
                    ? withoutSite : openGraph;
        }
        String pageTitle = PageTitles.withoutSiteName(nonBlank(page.title()));
        if (shown != null && contentHeadline != null) {
            // A page title the content shows as a heading of its own is the headline, and the h1 above it a
            // kicker or a section's name ("A halálos áldozatok száma egyre nő" over the h2 the title names).
            return pageTitle != null && !pageTitle.equalsIgnoreCase(shown) && showsAsHeading(content, pageTitle)
                    ? pageTitle : shown;
        }
        return pageTitle;
    }

    private static boolean showsAsHeading(Element content, String text) {
        for (Element heading : content.select("h2, h3")) {
            if (heading.text().strip().equalsIgnoreCase(text)) {
                return true;
            }
        }
        return false;
    }

    private static String url(Document page, Map<String, String> meta) {
        Element canonical = page.selectFirst("link[rel=canonical]");
        String canonicalHref = canonical == null ? null : nonBlank(canonical.attr("href"));
        return canonicalHref != null ? canonicalHref : meta.get("og:url");
    }

    private static String source(Map<String, String> meta, String url) {
        String siteName = meta.get("og:site_name");
        return siteName != null ? siteName : OutletNames.fromUrl(url).orElse(null);
    }

    /** The first of the page's date candidates that parses, most explicit first. */
    private static Instant published(Element content, Map<String, String> meta, List<JsonNode> jsonLd) {
        Stream<Supplier<String>> candidates = Stream.concat(
                PUBLISHED_META.stream().map(name -> () -> meta.get(name)),
                Stream.of(() -> timeInContent(content), () -> firstText(jsonLd, "datePublished")));
        return candidates.map(Supplier::get)
                .map(PublishedTimeParser::parse)
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(null);
    }

    /** The day an article's address files it under ({@link UrlDate}), as the start of that day in UTC. */
    static Optional<Instant> dayInAddress(String url) {
        return UrlDate.dayStart(url, LocalDate.now(ZoneOffset.UTC).plusDays(1));
    }

    private static String timeInContent(Element content) {
        Element time = content.selectFirst("time[datetime]");
        return time == null ? null : time.attr("datetime");
    }

    /** The page's JSON-LD blocks that parse. */
    private static List<JsonNode> jsonLd(Document page) {
        return page.select("script[type]").stream()
                .filter(script -> script.attr("type").equalsIgnoreCase("application/ld+json"))
                .map(script -> parseJson(script.data()))
                .flatMap(Optional::stream)
                .toList();
    }

    /**
     * The first text the JSON-LD gives a field ({@code datePublished}, {@code articleBody}), in an object, an array
     * or a {@code @graph}, wherever it nests; null if none.
     */
    private static String firstText(List<JsonNode> jsonLd, String field) {
        return jsonLd.stream()
                .map(json -> json.findValue(field))
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

    /**
     * The page's meta tags by the lower-cased name their property, name or itemprop attribute gives them, the first
     * non-blank content of each name winning, read in one pass over the page.
     */
    private static Map<String, String> metaTags(Document page) {
        Map<String, String> meta = new HashMap<>();
        for (Element tag : page.select("meta[content]")) {
            String content = nonBlank(tag.attr("content"));
            if (content == null) {
                continue;
            }
            for (String attribute : META_NAME_ATTRIBUTES) {
                String name = tag.attr(attribute);
                if (!name.isEmpty()) {
                    meta.putIfAbsent(name.toLowerCase(Locale.ROOT), content);
                }
            }
        }
        return meta;
    }

    private static String description(Map<String, String> meta) {
        for (String name : List.of("og:description", "description", "twitter:description")) {
            String value = meta.get(name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static Map<String, String> attributes(Document page, boolean publishedFromAddress) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Element html = page.selectFirst("html");
        String lang = html == null ? null : nonBlank(html.attr("lang"));
        if (lang != null) {
            attributes.put("htmlLang", lang);
        }
        if (publishedFromAddress) {
            attributes.put(Article.PUBLISHED_FROM, "url");
        }
        return attributes;
    }

    private static String nonBlank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
