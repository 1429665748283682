package news.storyline.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the element of a page that holds the article body: the one whose text is most prose and least everything
 * else. The page is walked once, without recursion; each run of text between block boundaries and {@code <br>}s is
 * a paragraph, counted as prose when it is long or a sentence and mostly not link text, as noise otherwise, and each
 * element sums what its subtree holds. The element with the most prose less noise wins, the innermost of equals, so a
 * body split over sibling blocks lifts the block that holds them all while a wrapper that adds only menus loses.
 * The page's own markup ({@code itemprop=articleBody}, {@code <article>}, {@code <main>}, a class naming the body) is
 * a hint that lifts an element's score, never a verdict: a teaser card, an ad slot or a reader's comment marked
 * {@code <article>} holds little prose and loses. Navigation, sidebars, comment threads and other blocks a template
 * names as furniture count for nothing.
 */
final class MainContentExtractor {
    /** Elements whose text never counts: code, navigation and the page's own furniture. */
    private static final Set<String> NOT_CONTENT = Set.of("nav", "header", "footer", "aside", "menu", "dialog");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    /** A paragraph this long (letters, not spaces) is prose; a shorter one only when it ends a sentence. */
    private static final int PROSE_LENGTH = 60;
    private static final int SENTENCE_LENGTH = 20;
    private static final double ARTICLE_BODY_HINT = 1.25;
    private static final double ELEMENT_HINT = 1.1;
    /** A best candidate with less prose than this is no article body; the whole body is then safer. */
    private static final int MIN_PROSE = 120;

    private MainContentExtractor() {
    }

    static Element mainContent(Document page) {
        Element body = page.body();
        var scorer = new Scorer(body);
        NodeTraversor.filter(scorer, body);
        return scorer.best == null || scorer.bestProse < MIN_PROSE ? body : scorer.best;
    }

    /** How much prose and noise an element's subtree holds, summed as the walk leaves it. */
    private static final class Frame {
        final Element element;
        double prose;
        double noise;

        Frame(Element element) {
            this.element = element;
        }
    }

    private static final class Scorer implements NodeFilter {
        private final Element root;
        private final List<Frame> frames = new ArrayList<>();
        private int linkDepth;
        private int headingDepth;
        /** The paragraph being read: letters and digits, those of them inside links, and its last one. */
        private int chunkChars;
        private int chunkLinkChars;
        private char chunkLast;
        Element best;
        double bestScore;
        double bestProse;

        Scorer(Element root) {
            this.root = root;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                countText(text.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element element)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            String tag = element.normalName();
            if (HtmlFragmentText.SKIPPED.contains(tag)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            boolean block = HtmlFragmentText.BLOCKS.contains(tag);
            if (block || tag.equals("br")) {
                endChunk();
            }
            if (element != root && (NOT_CONTENT.contains(tag) || isFurniture(element))) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (tag.equals("a")) {
                linkDepth++;
            } else if (HEADINGS.contains(tag)) {
                headingDepth++;
            }
            frames.add(new Frame(element));
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element element)) {
                return FilterResult.CONTINUE;
            }
            String tag = element.normalName();
            if (HtmlFragmentText.BLOCKS.contains(tag) || element == root) {
                endChunk();
            }
            if (tag.equals("a")) {
                linkDepth--;
            } else if (HEADINGS.contains(tag)) {
                headingDepth--;
            }
            Frame frame = frames.removeLast();
            consider(frame);
            if (!frames.isEmpty()) {
                Frame parent = frames.getLast();
                parent.prose += frame.prose;
                parent.noise += frame.noise;
            }
            return FilterResult.CONTINUE;
        }

        private static boolean isFurniture(Element element) {
            return HtmlClassNames.namesFurniture(element) && !HtmlClassNames.namesBody(element);
        }

        /** Children are left before their parents, so of equal scores the innermost element wins. */
        private void consider(Frame frame) {
            if (frame.prose <= 0) {
                return;
            }
            double score = (frame.prose - frame.noise) * hint(frame.element);
            if (best == null || score > bestScore) {
                best = frame.element;
                bestScore = score;
                bestProse = frame.prose;
            }
        }

        private static double hint(Element element) {
            if (element.attr("itemprop").equalsIgnoreCase("articleBody")) {
                return ARTICLE_BODY_HINT;
            }
            String tag = element.normalName();
            boolean marked = tag.equals("article") || tag.equals("main")
                    || element.attr("role").equalsIgnoreCase("main") || HtmlClassNames.namesBody(element);
            return marked ? ELEMENT_HINT : 1;
        }

        private void countText(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (!Character.isWhitespace(c) && c != '\u00a0') {
                    chunkChars++;
                    if (linkDepth > 0) {
                        chunkLinkChars++;
                    }
                    chunkLast = c;
                }
            }
        }

        /** Scores the paragraph just read for the innermost open element; headings are neither prose nor noise. */
        private void endChunk() {
            if (chunkChars > 0 && !frames.isEmpty() && headingDepth == 0) {
                Frame owner = frames.getLast();
                boolean mostlyLinks = chunkLinkChars * 2 > chunkChars;
                boolean sentence = chunkChars >= SENTENCE_LENGTH && ".!?\"”’)".indexOf(chunkLast) >= 0;
                if (!mostlyLinks && (chunkChars >= PROSE_LENGTH || sentence)) {
                    owner.prose += chunkChars - chunkLinkChars;
                    owner.noise += chunkLinkChars;
                } else {
                    owner.noise += chunkChars;
                }
            }
            chunkChars = 0;
            chunkLinkChars = 0;
        }
    }
}
