package news.storyline.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import news.storyline.text.Whitespace;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The text of an HTML element as paragraphs: each block element (p, h1-h6, li, blockquote, div, ...) starts a
 * paragraph, {@code <br>} ends a line, inline elements run on. Used for article bodies in pages and in feed items.
 * The tree is walked without recursion, so no nesting depth can exhaust the stack.
 */
public final class HtmlFragmentText {
    static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
            "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "table", "tr", "td", "th", "figure", "figcaption",
            "header", "footer", "aside", "dd", "dt", "dl", "address", "hr", "nav", "details", "summary");
    static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "svg", "iframe",
            "button", "input", "select", "textarea");

    private HtmlFragmentText() {
    }

    /** Paragraphs of an HTML fragment (a feed item's description, say). */
    public static List<String> paragraphs(String html) {
        return paragraphs(Jsoup.parseBodyFragment(html).body());
    }

    /** Paragraphs of an element, in document order, whitespace folded, empty ones dropped. */
    public static List<String> paragraphs(Element root) {
        var collector = new Collector();
        NodeTraversor.filter(collector, root);
        collector.endParagraph();
        return collector.paragraphs;
    }

    private static final class Collector implements NodeFilter {
        final List<String> paragraphs = new ArrayList<>();
        final StringBuilder current = new StringBuilder();
        /** An inline element just closed: pages lay out such spans as lines of their own, so words must not fuse. */
        boolean afterInlineElement;
        /** And another element opened after it, before any text: two sibling spans, not the rest of a word. */
        boolean nextElementOpened;

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                append(text.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element element)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            String tag = element.normalName();
            if (SKIPPED.contains(tag)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (tag.equals("br") || BLOCKS.contains(tag)) {
                endParagraph();
            }
            nextElementOpened = afterInlineElement;
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element && element.childNodeSize() > 0) {
                if (BLOCKS.contains(element.normalName())) {
                    endParagraph();
                } else {
                    afterInlineElement = true;
                }
            }
            return FilterResult.CONTINUE;
        }

        /**
         * Text after a closed inline element gets a space where a lower-case letter or a digit would otherwise run
         * into a capital ("By Sofia Bettiza" + "BBC News"), a junction no word has, and between two sibling elements
         * ("April 30, 2024" + "9:15 PM"); "<b>T</b>he" stays one word.
         */
        private void append(String text) {
            if (afterInlineElement && !text.isEmpty() && !current.isEmpty()) {
                char before = current.charAt(current.length() - 1);
                char after = text.charAt(0);
                boolean intoCapital = (Character.isLowerCase(before) || Character.isDigit(before)
                        || ".,;:!?)".indexOf(before) >= 0) && Character.isUpperCase(after);
                boolean siblings = nextElementOpened && Character.isLetterOrDigit(before)
                        && Character.isLetterOrDigit(after);
                if (intoCapital || siblings) {
                    current.append(' ');
                }
            }
            current.append(text);
            afterInlineElement = false;
            nextElementOpened = false;
        }

        void endParagraph() {
            String text = Whitespace.fold(current.toString());
            if (!text.isEmpty()) {
                paragraphs.add(text);
            }
            current.setLength(0);
            afterInlineElement = false;
            nextElementOpened = false;
        }
    }
}
