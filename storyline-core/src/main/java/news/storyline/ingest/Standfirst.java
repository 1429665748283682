package news.storyline.ingest;

import java.util.Locale;
import java.util.Optional;
import news.storyline.text.Whitespace;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The standfirst a page shows above its body but outside the block read as the body: Le Figaro's
 * {@code <p class="fig-chapo">} before the {@code articleBody}, a dek in the article's header. Such a paragraph
 * often holds the story's main facts, so it must not be lost. It is recognised by what the page says of itself: a
 * paragraph before the body whose text is the page's own description (its Open Graph or meta description), word for
 * word. A description written apart from the page (a search teaser) is found nowhere and changes nothing; one that is
 * the body's first paragraph is in the body already.
 */
final class Standfirst {
    /** Letters a description needs to be a standfirst rather than a label. */
    private static final int MIN_LETTERS = 60;
    /** Child elements an element may have and still be one paragraph (a link, an emphasis). */
    private static final int MAX_INLINE_CHILDREN = 6;

    private Standfirst() {
    }

    /** The standfirst's text, when the page shows its description as a paragraph before the content. */
    static Optional<String> before(Element body, Element content, String description) {
        if (body == null || description == null || letters(description) < MIN_LETTERS || content == body) {
            return Optional.empty();
        }
        String wanted = fold(description);
        var found = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node == content) {
                    return FilterResult.STOP;
                }
                if (!(node instanceof Element element) || node == body) {
                    return FilterResult.CONTINUE;
                }
                String tag = element.normalName();
                if (HtmlFragmentText.SKIPPED.contains(tag) || tag.equals("a") || tag.equals("nav")) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (!isParagraph(tag) || element.childrenSize() > MAX_INLINE_CHILDREN || holdsABlock(element)) {
                    return FilterResult.CONTINUE;
                }
                // One paragraph: its text is read once, and nothing inside it is looked at again.
                String text = element.text();
                if (Math.abs(text.length() - wanted.length()) <= wanted.length() / 4 && fold(text).equals(wanted)) {
                    found.append(Whitespace.fold(text));
                    return FilterResult.STOP;
                }
                return FilterResult.SKIP_ENTIRELY;
            }
        }, body);
        // Asked only when found: one that the body holds too is there already.
        if (found.isEmpty() || fold(content.text()).contains(wanted)) {
            return Optional.empty();
        }
        return Optional.of(found.toString());
    }

    private static boolean holdsABlock(Element element) {
        for (Element child : element.children()) {
            if (HtmlFragmentText.BLOCKS.contains(child.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isParagraph(String tag) {
        return tag.equals("p") || tag.equals("div") || tag.equals("h2") || tag.equals("h3") || tag.equals("span")
                || tag.equals("section");
    }

    private static String fold(String text) {
        return Whitespace.fold(text).toLowerCase(Locale.ROOT);
    }

    private static int letters(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            count += Character.isLetter(text.charAt(i)) ? 1 : 0;
        }
        return count;
    }
}
