package news.storyline.article;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import news.storyline.text.Surrogates;

/**
 * One news article as Storyline knows it: where it came from, what was read, and what cleaning kept and removed.
 *
 * <p>A reader fills the identity and {@code rawText}; {@link #paragraphs()} stays empty until the article is cleaned.
 * {@code removed} holds every span taken out of the body, by the reader (an HTML caption, say) or by cleaning, each
 * with its reason, so that a user can see why text is missing.
 *
 * @param id         the outlet's own id where the input carries one, else one derived from the input's name
 * @param source     the outlet (site name, feed title or the {@code source} field); null when unknown
 * @param url        the article's address; null when unknown
 * @param title      the headline; null when the input has none
 * @param published  when it was published; null when unknown
 * @param language   ISO 639-1 code ("en"), or "und" when undetermined; null before cleaning
 * @param rawText    the body as read, before cleaning
 * @param paragraphs the clean body, one paragraph an entry
 * @param removed    what was taken out of the body, in reading order
 * @param attributes further fields of the input kept verbatim (a corpus label such as {@code cluster}, say)
 * @param origin     where it was read: a file, or a file and line
 */
public record Article(
        String id,
        String source,
        String url,
        String title,
        Instant published,
        String language,
        String rawText,
        List<String> paragraphs,
        List<RemovedSpan> removed,
        Map<String, String> attributes,
        String origin) {

    /**
     * The attribute marking an article that stands by its headline alone: its input had no body (a headline-only
     * feed item or record), or cleaning removed all of it. Readers and cleaning set it alike.
     */
    public static final String HEADLINE_ONLY = "headlineOnly";
    /** The attribute marking text that was UTF-8 with stray legacy bytes, read as Windows-1252: a guess, said so. */
    public static final String ENCODING_REPAIRED = "encodingRepaired";
    /** The attribute marking a headline the input did not give: cleaning took the first line of the text for it. */
    public static final String HEADLINE_FROM_TEXT = "headlineFromText";
    /**
     * Attribute saying where a publication time was found when it is less than the page's own: "url" for the day
     * its address files it under ("/2013/05/03/"), having given no date otherwise (its day, or a day off where a
     * newspaper files by its print edition).
     */
    public static final String PUBLISHED_FROM = "publishedFrom";

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(rawText, "rawText");
        // Every text passes through here, whichever reader made it: an unpaired surrogate (from "\udc00" in JSON or
        // "&#xD800;" in HTML) becomes U+FFFD, so that no record can make the UTF-8 output fail. Texts without one
        // are kept as they are, not copied.
        id = Surrogates.repair(id);
        source = Surrogates.repair(source);
        url = Surrogates.repair(url);
        title = Surrogates.repair(title);
        language = Surrogates.repair(language);
        rawText = Surrogates.repair(rawText);
        origin = Surrogates.repair(origin);
        paragraphs = List.copyOf(paragraphs.stream().map(Surrogates::repair).toList());
        removed = List.copyOf(removed.stream().map(Article::repaired).toList());
        var repairedAttributes = new LinkedHashMap<String, String>();
        attributes.forEach((key, value) -> repairedAttributes.put(Surrogates.repair(java.util.Objects.requireNonNull(key)),
                Surrogates.repair(java.util.Objects.requireNonNull(value, key))));
        // In the input's order, as written back: Map.copyOf's order changes from one run to the next.
        attributes = java.util.Collections.unmodifiableMap(repairedAttributes);
    }

    private static RemovedSpan repaired(RemovedSpan span) {
        String text = Surrogates.repair(span.text());
        String detail = Surrogates.repair(span.detail());
        return text == span.text() && detail == span.detail() ? span : new RemovedSpan(text, span.reason(), detail);
    }

    /** An article as a reader makes it: not cleaned yet. */
    public static Article read(String id, String source, String url, String title, Instant published,
                               String rawText, List<RemovedSpan> removedByReader,
                               Map<String, String> attributes, String origin) {
        return new Article(id, source, url, title, published, null, rawText, List.of(), removedByReader,
                attributes, origin);
    }

    /** This article with its clean body, language and the spans cleaning removed added to the reader's. */
    public Article cleaned(List<String> cleanParagraphs, List<RemovedSpan> removedByCleaning, String detectedLanguage) {
        var allRemoved = new java.util.ArrayList<>(removed);
        allRemoved.addAll(removedByCleaning);
        return new Article(id, source, url, title, published, detectedLanguage, rawText, cleanParagraphs, allRemoved,
                attributes, origin);
    }

    /** The article with a different publication time (a cleaner may find the date in a dateline). */
    public Article withPublished(Instant newPublished) {
        return new Article(id, source, url, title, newPublished, language, rawText, paragraphs, removed, attributes,
                origin);
    }

    /** The article with a headline (a cleaner may find it at the top of the body when the input gave none). */
    public Article withTitle(String newTitle) {
        return new Article(id, source, url, newTitle, published, language, rawText, paragraphs, removed, attributes,
                origin);
    }

    /** The article with its outlet named (when the input did not name it). */
    public Article withSource(String newSource) {
        return new Article(id, newSource, url, title, published, language, rawText, paragraphs, removed, attributes,
                origin);
    }

    /** The clean body as text, paragraphs separated by a blank line. */
    public String cleanText() {
        return String.join("\n\n", paragraphs);
    }

    /** The clean body, or where cleaning kept no paragraph (an article read but not cleaned), the raw text. */
    public String cleanTextOrRaw() {
        return paragraphs.isEmpty() ? rawText : cleanText();
    }

    /** The article with its address (a cleaner may find it at the top of the body). */
    public Article withUrl(String newUrl) {
        return new Article(id, source, newUrl, title, published, language, rawText, paragraphs, removed, attributes,
                origin);
    }

    /** The article as read from another place (a compressed input's name rather than its decompressed copy's). */
    public Article withOrigin(String newOrigin) {
        return new Article(id, source, url, title, published, language, rawText, paragraphs, removed, attributes,
                newOrigin);
    }

    /** The article with one attribute set, the others kept. */
    public Article withAttribute(String key, String value) {
        var newAttributes = new LinkedHashMap<>(attributes);
        newAttributes.put(key, value);
        return new Article(id, source, url, title, published, language, rawText, paragraphs, removed, newAttributes,
                origin);
    }
}
