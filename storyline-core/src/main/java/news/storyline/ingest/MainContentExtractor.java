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
 * Finds the element of a page that holds the article body. The page is walked once, without recursion: each run of
 * text between block boundaries and {@code <br>}s is a paragraph, counted as prose when it is long or a sentence and
 * mostly not link text, as noise otherwise (link lists, labels, dates), and each element sums what its subtree
 * holds. Then, from the body down, the choice moves into the child that holds most of the prose, and stops where the
 * prose is spread over several children (a body split over sibling blocks, the posts of a live blog) or where the
 * element itself holds paragraphs of its own besides the child (a lede before the rest, whether as bare paragraphs
 * or each in a block of its own, as in {@code <div class="firstPar"><p>...</p></div>}). Commentary under a story
 * that holds less prose than the story is left behind, so is a wrapper that only adds menus.
 *
 * <p>The page's own markup ({@code itemprop=articleBody}, {@code <article>}, {@code <main>}, a class naming the
 * body) is a hint that weighs for a child, never a verdict: a teaser card, an ad slot or a reader's comment marked
 * {@code <article>} holds little prose and is not followed. Navigation, sidebars, comment threads and other blocks a
 * template names as furniture count for nothing, unless the name misdescribes a wrapper of the story: on a page with
 * next to no prose outside such blocks, the one that holds more prose than the rest of the page, around a block marked
 * as the article or with twice the rest's prose (an "ad-wallpaper" div around a whole page), is read as what it
 * holds. Comment threads are never read so: under a short story they may well hold more prose than it.
 */
final class MainContentExtractor {
    /** Elements whose text never counts: navigation and the page's own furniture. */
    private static final Set<String> NOT_CONTENT = Set.of("nav", "header", "footer", "aside", "menu", "dialog");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    /** Elements that are one paragraph: never the body, however much of the prose one holds. */
    private static final Set<String> PARAGRAPHS = Set.of("p", "li", "blockquote", "pre", "dd", "dt", "address",
            "h1", "h2", "h3", "h4", "h5", "h6", "a", "span", "b", "i", "em", "strong", "font", "small");
    /** A paragraph this long (letters, not spaces) is prose; a shorter one only when it ends a sentence. */
    private static final int PROSE_LENGTH = 60;
    private static final int SENTENCE_LENGTH = 20;
    /**
     * Below this length a paragraph counts for less than its length: one-sentence teaser summaries and captions are
     * short, story paragraphs are long.
     */
    private static final double FULL_WEIGHT_LENGTH = 150;
    /** The share of an element's prose a child must hold for the choice to move into it. */
    private static final double DOMINANT_SHARE = 0.6;
    /** The same for a child the markup names as the article or its body. */
    private static final double DOMINANT_SHARE_HINTED = 0.4;
    /** Prose of an element's own paragraphs beyond this share of the child's keeps the choice at the element. */
    private static final double OWN_PARAGRAPHS_SHARE = 0.15;
    private static final double ARTICLE_BODY_HINT = 1.5;
    private static final double ELEMENT_HINT = 1.25;
    /** How much more prose than the chosen block an enclosing article may hold and still be the same story. */
    private static final double ARTICLE_EXTRA_PROSE = 1.1;
    /** A body with less prose than this (letters) is no article body; the whole page is then safer. */
    private static final int MIN_PROSE = 120;
    /** Text other than the paragraph (a label, a link) a block may hold and still be one paragraph of a lede. */
    private static final double LEDE_NOISE = 0.1;
    /** How much more prose than the rest of the page an unmarked wrapper named as furniture must hold. */
    private static final double WRAPPER_PROSE_RATIO = 2;
    /** Prose letters outside furniture below which the page's furniture is scored too, for a misnamed wrapper. */
    private static final int LITTLE_PROSE = 600;
    /** Misnamed wrappers read as what they hold, at most, one inside the other. */
    private static final int MAX_WRAPPERS = 3;
    /**
     * The share of an element's prose that a child and its siblings of the same kind must hold together for the
     * element to be read as one body split into blocks alike (the sections of a Medium post).
     */
    private static final double SAME_KIND_SHARE = 0.9;

    private MainContentExtractor() {
    }

    static Element mainContent(Document page) {
        Element body = page.body();
        Scorer scorer = score(body);
        // Next to no prose outside the blocks named as furniture: the story may be inside one whose name
        // misdescribes it. Only then are those blocks scored, since on most pages they are a good part of the markup.
        for (int wrappers = 0; wrappers < MAX_WRAPPERS
                && (scorer.rootBlock == null || scorer.rootBlock.letters < LITTLE_PROSE); wrappers++) {
            Block wrapper = null;
            for (Element furniture : scorer.skippedFurniture) {
                Block block = score(furniture).rootBlock;
                if (block != null && (wrapper == null || block.prose > wrapper.prose)) {
                    wrapper = block;
                }
            }
            if (!holdsTheStory(wrapper, scorer.rootBlock)) {
                break;
            }
            wrapper.element.attr(HtmlClassNames.HOLDS_STORY, "");
            scorer = score(body);
        }
        Block chosen = scorer.rootBlock;
        for (Block next = chosen == null ? null : chosen.bestChild(); next != null && movesInto(chosen, next);
                next = chosen.bestChild()) {
            chosen = next;
        }
        if (chosen == null || chosen.letters < MIN_PROSE) {
            return body;
        }
        return enclosingArticle(chosen).element;
    }

    /** What the subtree holds, furniture below its root passed over. */
    private static Scorer score(Element root) {
        var scorer = new Scorer(root);
        NodeTraversor.filter(scorer, root);
        return scorer;
    }

    /** Whether a block named as furniture holds the story: see the class comment. */
    private static boolean holdsTheStory(Block furniture, Block page) {
        double rest = page == null ? 0 : page.prose;
        if (furniture == null || furniture.prose <= rest) {
            return false;
        }
        return (furniture.holdsMarkedArticle || furniture.prose >= WRAPPER_PROSE_RATIO * rest)
                && !HtmlClassNames.namesComments(furniture.element);
    }

    /**
     * The {@code <article>} (or articleBody) around the chosen block when it adds no prose of its own: then what it
     * adds is the headline, byline, figures and widgets of the same story, which the caption and widget pass and the
     * cleaner take out with their reasons, rather than leave them unrecorded outside the content.
     */
    private static Block enclosingArticle(Block chosen) {
        for (Block ancestor = chosen.parent; ancestor != null; ancestor = ancestor.parent) {
            if (ancestor.element.normalName().equals("article")
                    || ancestor.element.attr("itemprop").equalsIgnoreCase("articleBody")) {
                return ancestor.letters <= ARTICLE_EXTRA_PROSE * chosen.letters ? ancestor : chosen;
            }
        }
        return chosen;
    }

    private static boolean movesInto(Block parent, Block child) {
        double sameKind = sameKindSiblingsProse(parent, child);
        if (sameKind > 0 && child.prose + sameKind >= SAME_KIND_SHARE * parent.prose) {
            return false;
        }
        double share = child.hint() > 1 ? DOMINANT_SHARE_HINTED : DOMINANT_SHARE;
        // Paragraphs of the element's own, or a sibling the markup names as the body too, are part of the story.
        double namedBodyElsewhere = parent.namedBodyProse - (child.namesBody() ? child.prose : 0);
        double own = parent.ownProse + child.precedingLedeProse;
        boolean dominant = child.prose >= share * parent.prose
                && own + namedBodyElsewhere <= OWN_PARAGRAPHS_SHARE * child.prose;
        // A child with as much prose less noise as its parent leaves only noise behind.
        boolean cleaner = child.prose - child.noise >= parent.prose - parent.noise;
        return dominant || cleaner;
    }

    /**
     * The prose of the child's siblings of its own kind: the same tag and a class name in common, mostly prose (a
     * paragraph's worth at least), no headline of a story of their own ({@code <h1>}, {@code <h2>}) and not an
     * {@code <article>}. A template that splits a story into blocks alike ({@code div.section-inner} after
     * {@code div.section-inner}, the body around a wide figure) gives the last of them less than the rest, so the
     * choice would move into the first and lose the end of the story; a next story loaded below the first comes
     * with its own headline.
     */
    private static double sameKindSiblingsProse(Block parent, Block child) {
        Element element = child.element;
        if (parent.proseChildren == null || element.className().isBlank()
                || element.normalName().equals("article")) {
            return 0;
        }
        double sum = 0;
        for (Block sibling : parent.proseChildren) {
            Element other = sibling.element;
            if (sibling != child && other.normalName().equals(element.normalName()) && sibling.prose >= sibling.noise
                    && sibling.letters >= PROSE_LENGTH && sharesAClass(other, element)
                    && other.selectFirst("h1, h2") == null) {
                sum += sibling.prose;
            }
        }
        return sum;
    }

    private static boolean sharesAClass(Element a, Element b) {
        var names = b.classNames();
        return a.classNames().stream().anyMatch(names::contains);
    }

    /** What an element's subtree holds, summed as the walk leaves it. */
    private static final class Block {
        final Element element;
        final Block parent;
        /** The markup's hint, worked out only for elements that hold prose: most elements never need it. */
        private double hint;
        /** Prose, weighted by paragraph length. */
        double prose;
        /** Text that is not prose: link lists, labels, dates, linked headlines. */
        double noise;
        /** Prose in paragraphs of the element's own, not inside a child block. */
        double ownProse;
        /** Prose in children that name themselves the article's body (articleBody, "story-body"). */
        double namedBodyProse;
        /** Prose paragraphs in the subtree. */
        int proseParagraphs;
        /** Prose of the earlier siblings that each hold one paragraph and nothing else: a lede in blocks. */
        double precedingLedeProse;
        /** The same, summed over the children so far, handed to each child as it opens. */
        double ledeProseSoFar;
        /** Prose letters, unweighted: whether the element holds enough text to be an article. */
        double letters;
        /** Holds, below it, prose in a block the markup marks as the article or its body. */
        boolean holdsMarkedArticle;
        /** The children (blocks, not paragraphs) that hold prose, in page order; null for none (most elements). */
        List<Block> proseChildren;

        Block(Element element, Block parent) {
            this.element = element;
            this.parent = parent;
        }

        double hint() {
            if (hint == 0) {
                hint = hint(element);
            }
            return hint;
        }

        boolean namesBody() {
            return element.attr("itemprop").equalsIgnoreCase("articleBody") || HtmlClassNames.namesBody(element);
        }

        /** The child holding the most prose, weighed by the markup's hint (the first of equals); null for none. */
        Block bestChild() {
            Block best = null;
            if (proseChildren != null) {
                for (Block child : proseChildren) {
                    if (best == null || child.weight() > best.weight()) {
                        best = child;
                    }
                }
            }
            return best;
        }

        double weight() {
            return prose * hint();
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
    }

    private static final class Scorer implements NodeFilter {
        private final Element root;
        private final List<Block> open = new ArrayList<>();
        private int linkDepth;
        private int headingDepth;
        /** The paragraph being read: letters and digits, those of them inside links, and its last one. */
        private int chunkChars;
        private int chunkLinkChars;
        private char chunkLast;
        Block rootBlock;
        /** The blocks named as furniture that the walk passed over, in page order. */
        final List<Element> skippedFurniture = new ArrayList<>();

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
            if (HtmlFragmentText.BLOCKS.contains(tag) || tag.equals("br")) {
                endChunk();
            }
            if (element != root && NOT_CONTENT.contains(tag)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (element != root && isFurniture(element)) {
                skippedFurniture.add(element);
                return FilterResult.SKIP_ENTIRELY;
            }
            if (tag.equals("a")) {
                linkDepth++;
            } else if (HEADINGS.contains(tag)) {
                headingDepth++;
            }
            var block = new Block(element, open.isEmpty() ? null : open.getLast());
            block.precedingLedeProse = block.parent == null ? 0 : block.parent.ledeProseSoFar;
            open.add(block);
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
            Block block = open.removeLast();
            if (open.isEmpty()) {
                rootBlock = block;
                return FilterResult.CONTINUE;
            }
            Block parent = open.getLast();
            parent.holdsMarkedArticle |= block.holdsMarkedArticle || (block.prose > 0 && block.hint() > 1);
            parent.prose += block.prose;
            parent.noise += block.noise;
            parent.letters += block.letters;
            parent.proseParagraphs += block.proseParagraphs;
            if (PARAGRAPHS.contains(tag)) {
                parent.ownProse += block.prose;
                return FilterResult.CONTINUE;
            }
            if (block.prose > 0 && block.namesBody()) {
                parent.namedBodyProse += block.prose;
            }
            if (block.proseParagraphs == 1 && block.noise <= LEDE_NOISE * block.letters) {
                parent.ledeProseSoFar += block.prose;
            }
            if (block.prose > 0) {
                if (parent.proseChildren == null) {
                    parent.proseChildren = new ArrayList<>(2);
                }
                parent.proseChildren.add(block);
            }
            return FilterResult.CONTINUE;
        }

        private static boolean isFurniture(Element element) {
            return HtmlClassNames.namesFurniture(element) && !HtmlClassNames.namesBody(element);
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

        /**
         * Scores the paragraph just read for the innermost open element. A heading is neither prose nor noise, unless
         * it is a link: then it is a teaser's headline.
         */
        private void endChunk() {
            if (chunkChars > 0 && !open.isEmpty()) {
                Block owner = open.getLast();
                boolean ownParagraph = !PARAGRAPHS.contains(owner.element.normalName());
                boolean mostlyLinks = chunkLinkChars * 2 > chunkChars;
                boolean sentence = chunkChars >= SENTENCE_LENGTH && ".!?\"”’)".indexOf(chunkLast) >= 0;
                if (headingDepth > 0) {
                    owner.noise += mostlyLinks ? chunkChars : 0;
                } else if (!mostlyLinks && (chunkChars >= PROSE_LENGTH || sentence)) {
                    int letters = chunkChars - chunkLinkChars;
                    double prose = letters * Math.min(1, chunkChars / FULL_WEIGHT_LENGTH);
                    owner.prose += prose;
                    owner.ownProse += ownParagraph ? prose : 0;
                    owner.noise += chunkLinkChars;
                    owner.letters += letters;
                    owner.proseParagraphs++;
                } else {
                    owner.noise += chunkChars;
                }
            }
            chunkChars = 0;
            chunkLinkChars = 0;
        }
    }
}
