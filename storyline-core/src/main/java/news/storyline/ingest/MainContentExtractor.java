package news.storyline.ingest;

import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the element of a page that holds the article body. The page's own markup decides when it says where the
 * body is ({@code itemprop=articleBody}, {@code <article>}, {@code <main>}); otherwise the element whose paragraphs
 * carry the most prose wins, scored the way readability tools do.
 */
final class MainContentExtractor {
    /** Elements whose paragraphs are never the article: code, navigation and the page's own furniture. */
    private static final String NOT_CONTENT = "script, style, nav, header, footer, aside, form, noscript";
    /** Paragraphs shorter than this are labels, bylines or buttons more often than prose. */
    private static final int SHORT_PARAGRAPH = 25;
    private static final double SHORT_PARAGRAPH_WEIGHT = 0.25;
    /** A best candidate with less text than this is no article body; the whole body is then safer. */
    private static final int MIN_CONTENT_TEXT = 200;

    private MainContentExtractor() {
    }

    static Element mainContent(Document page) {
        Element marked = page.selectFirst("[itemprop=articleBody]");
        if (marked != null) {
            return marked;
        }
        // Teasers for other stories are often <article>s too: the story is the one with the most paragraph text.
        Element article = page.select("article").stream()
                .max(Comparator.comparingInt(MainContentExtractor::paragraphTextLength))
                .orElse(null);
        if (article != null) {
            return article;
        }
        Element main = page.selectFirst("main");
        if (main != null) {
            return main;
        }
        return bestScored(page);
    }

    private static int paragraphTextLength(Element element) {
        return element.select("p").stream().mapToInt(p -> p.text().length()).sum();
    }

    /**
     * Each paragraph scores for its parent, half of that for the grandparent, a quarter for the next, and so on: a
     * body split over several sibling blocks still lifts the block that holds them all.
     */
    private static Element bestScored(Document page) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element paragraph : page.body().select("p")) {
            if (paragraph.closest(NOT_CONTENT) != null) {
                continue;
            }
            double share = paragraphWeight(paragraph);
            for (Element ancestor = paragraph.parent(); ancestor != null; ancestor = ancestor.parent()) {
                scores.merge(ancestor, share, Double::sum);
                share /= 2;
            }
        }
        Element best = null;
        double bestScore = 0;
        // Document order, so that of equal scores the first one wins whatever the map's order.
        for (Element element : page.body().getAllElements()) {
            double score = scores.getOrDefault(element, 0.0);
            if (score > bestScore) {
                best = element;
                bestScore = score;
            }
        }
        return best == null || best.text().length() < MIN_CONTENT_TEXT ? page.body() : best;
    }

    /** The paragraph's text length; little for a short one, nothing for one that is mostly link text. */
    private static double paragraphWeight(Element paragraph) {
        int length = paragraph.text().length();
        int linkLength = paragraph.select("a").text().length();
        if (linkLength * 2 > length) {
            return 0;
        }
        return length < SHORT_PARAGRAPH ? length * SHORT_PARAGRAPH_WEIGHT : length;
    }
}
