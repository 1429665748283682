package news.storyline.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import news.storyline.article.Article;
import news.storyline.article.RemovedSpan;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads one saved HTML page as one article. The metadata comes from the page head (see {@link HtmlMetadata}); the
 * body is the page's main content (see {@link MainContentExtractor}) without its photo captions and share, related
 * and advertisement widgets, which are kept as removed spans (see {@link HtmlFurniture}). Where the page's structured
 * data carries a body much longer than the visible one (a page that renders its story by script, or shows a teaser
 * of what it gives search engines whole), that body is read instead (see {@link StructuredArticleBody}). A standfirst
 * the page shows above the body, outside it, opens the body (see {@link Standfirst}).
 */
public final class HtmlReader implements ArticleReader {
    /** Attribute naming where the body came from when it is not the page's visible text. */
    public static final String BODY_FROM = "bodyFrom";

    @Override
    public void read(Path file, ArticleSink sink) throws InputRejectedException, IOException {
        Document page = parse(Files.readAllBytes(file));
        Element content = MainContentExtractor.mainContent(page);
        Element cleaned = content.clone();
        List<RemovedSpan> removed = HtmlFurniture.removeCaptionsAndWidgets(cleaned);
        List<String> paragraphs = HtmlFragmentText.paragraphs(cleaned);
        HtmlMetadata metadata = HtmlMetadata.of(page, content);
        List<String> declared = StructuredArticleBody.paragraphs(metadata.declaredBody());
        boolean readDeclared = StructuredArticleBody.holdsMoreThan(declared, paragraphs);
        if (readDeclared) {
            paragraphs = declared;
        } else {
            var standfirst = Standfirst.before(page.body(), content, metadata.description());
            if (standfirst.isPresent()) {
                paragraphs = new ArrayList<>(paragraphs);
                paragraphs.addFirst(standfirst.get());
            }
        }
        if (paragraphs.isEmpty()) {
            throw new InputRejectedException("no article text found in the HTML page");
        }
        Article article = Article.read(
                metadata.url() != null ? metadata.url() : InputNames.stem(file),
                metadata.source(),
                metadata.url(),
                metadata.title(),
                metadata.published(),
                String.join("\n\n", paragraphs),
                removed,
                metadata.attributes(),
                file.toString());
        sink.accept(readDeclared ? article.withAttribute(BODY_FROM, StructuredArticleBody.SOURCE) : article);
    }

    /**
     * Bytes that are all valid UTF-8 are read as UTF-8, whatever the page declares: a saved or archived page is often
     * re-encoded with its old meta tag kept ("iso-8859-15" over UTF-8 bytes: "kilÃ³metros"), while text really in a
     * single-byte charset is almost never valid UTF-8 by chance (an accented letter there is one high byte before a
     * plain one), and plain ASCII reads the same in every charset a page may declare. Otherwise the page's own
     * declaration wins: jsoup honours a byte-order mark, then a meta tag; a page that declares nothing is decoded by
     * {@link TextDecoder}, which looks at the bytes instead of assuming UTF-8 as jsoup does. One parse for most pages.
     */
    private static Document parse(byte[] bytes) throws IOException {
        if (TextDecoder.byteOrderMark(bytes).isEmpty() && MixedUtf8.count(bytes, 0, bytes.length).invalidBytes() == 0) {
            return Jsoup.parse(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8.name(), "");
        }
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
}
