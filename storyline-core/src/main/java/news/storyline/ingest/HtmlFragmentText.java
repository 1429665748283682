package news.storyline.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import news.storyline.text.Whitespace;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The text of an HTML element as paragraphs: each block element (p, h1-h6, li, blockquote, div, ...) starts a
 * paragraph, {@code <br>} ends a line, inline elements run on. Used for article bodies in pages and in feed items.
 */
public final class HtmlFragmentText {
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
            "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "table", "tr", "td", "th", "figure", "figcaption",
            "header", "footer", "aside", "dd", "dt", "dl", "address", "hr");
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "svg", "iframe",
            "button", "form", "input", "select", "textarea");

    private HtmlFragmentText() {
    }

    /** Paragraphs of an HTML fragment (a feed item's description, say). */
    public static List<String> paragraphs(String html) {
        return paragraphs(Jsoup.parseBodyFragment(html).body());
    }

    /** Paragraphs of an element, in document order, whitespace folded, empty ones dropped. */
    public static List<String> paragraphs(Element root) {
        var collector = new Collector();
        collector.walk(root);
        collector.endParagraph();
        return collector.paragraphs;
    }

    private static final class Collector {
        final List<String> paragraphs = new ArrayList<>();
        final StringBuilder current = new StringBuilder();

        void walk(Node node) {
            if (node instanceof TextNode text) {
                current.append(text.getWholeText());
                return;
            }
            if (!(node instanceof Element element)) {
                return;
            }
            String tag = element.normalName();
            if (SKIPPED.contains(tag)) {
                return;
            }
            if (tag.equals("br")) {
                endParagraph();
                return;
            }
            boolean block = BLOCKS.contains(tag);
            if (block) {
                endParagraph();
            }
            for (Node child : element.childNodes()) {
                walk(child);
            }
            if (block) {
                endParagraph();
            }
        }

        void endParagraph() {
            String text = Whitespace.fold(current.toString());
            if (!text.isEmpty()) {
                paragraphs.add(text);
            }
            current.setLength(0);
        }
    }
}
