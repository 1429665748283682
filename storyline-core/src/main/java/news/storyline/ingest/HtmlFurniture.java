package news.storyline.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import news.storyline.article.RemovalReason;
import news.storyline.article.RemovedSpan;
import news.storyline.text.Whitespace;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Takes what is not the story out of a page's content element: photo captions; share, social, newsletter,
 * related-link, advertisement, comment, author-bio and tag blocks (as templates name them, see
 * {@link HtmlClassNames}); forms; and lists that are mostly links. Each goes into a {@link RemovedSpan}, so the reader
 * can see it. Both passes walk the tree without recursion, so no nesting depth can exhaust the stack.
 */
final class HtmlFurniture {
    private static final String CAPTION_DETAIL = "HTML figure caption";
    private static final String IMAGE_TEXT_DETAIL = "the description of an image above it";
    /** Blocks that, when they are mostly links, are lists of other pages: related stories, tags, menus. */
    private static final Set<String> LIST_BLOCKS = Set.of("ul", "ol", "dl", "table", "div", "section");
    private static final int MIN_LIST_LINKS = 2;
    /** Blocks a caption written out under an image comes in. */
    private static final Set<String> CAPTION_BLOCKS = Set.of("div", "span", "td", "small", "em", "i", "figcaption");
    /** Words an image's alternative text needs before a block repeating it is taken for its caption. */
    private static final int MIN_CAPTION_WORDS = 5;
    private static final double LIST_LINK_SHARE = 0.7;
    /** Letters outside links a block named as furniture needs before it can be read as the story's continuation. */
    private static final int MIN_CONTINUATION = 400;

    private HtmlFurniture() {
    }

    /**
     * Takes photo captions and widgets out of the content, in place, and returns them in reading order. On a page
     * where no content element was found, the site's own header and footer are furniture too.
     */
    static List<RemovedSpan> removeCaptionsAndWidgets(Element content) {
        var removed = new ArrayList<RemovedSpan>();
        boolean wholePage = content.normalName().equals("body");
        Map<Element, LinkShare> links = linkShares(content);
        Set<String> imageTexts = imageTexts(content);
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node == content || !(node instanceof Element element)) {
                    return FilterResult.CONTINUE;
                }
                boolean repeatsImageText = repeatsAnImagesText(element, imageTexts);
                Optional<RemovalReason> reason = repeatsImageText ? Optional.of(RemovalReason.IMAGE_CAPTION)
                        : removalReason(element, wholePage, links.get(element));
                if (reason.isEmpty() || reason.get() == RemovalReason.PAGE_FURNITURE
                        && continuesTheStory(element, links.get(element), links.get(content))) {
                    return FilterResult.CONTINUE;
                }
                String text = element.text();
                if (!text.isBlank()) {
                    String detail = repeatsImageText ? IMAGE_TEXT_DETAIL
                            : reason.get() == RemovalReason.IMAGE_CAPTION ? CAPTION_DETAIL : describe(element);
                    removed.add(new RemovedSpan(text, reason.get(), detail));
                }
                return FilterResult.REMOVE;
            }
        }, content);
        return removed;
    }

    private static Optional<RemovalReason> removalReason(Element element, boolean wholePage, LinkShare links) {
        String tag = element.normalName();
        if (tag.equals("figcaption") || element.className().toLowerCase(Locale.ROOT).contains("caption")) {
            return Optional.of(RemovalReason.IMAGE_CAPTION);
        }
        if (HtmlClassNames.namesBody(element)) {
            return Optional.empty();
        }
        boolean furnitureTag = tag.equals("nav") || tag.equals("aside") || tag.equals("form")
                || (wholePage && (tag.equals("header") || tag.equals("footer")));
        boolean linkList = links != null && LIST_BLOCKS.contains(tag) && links.isLinkList();
        return furnitureTag || linkList || HtmlClassNames.namesFurniture(element)
                ? Optional.of(RemovalReason.PAGE_FURNITURE) : Optional.empty();
    }

    /**
     * A block named as furniture that holds more text outside links than the rest of the content: the story's own
     * continuation, behind a "Read more" button ({@code div#read-more} under the first paragraphs), not a widget.
     * Never a comment thread, which may well outgrow a short story. Its parts are still looked at one by one (the ad
     * inside it goes).
     */
    private static boolean continuesTheStory(Element element, LinkShare block, LinkShare content) {
        if (block == null || content == null || !HtmlClassNames.namesFurniture(element)
                || HtmlClassNames.namesComments(element)) {
            return false;
        }
        int text = block.chars - block.linkChars;
        int rest = content.chars - content.linkChars - text;
        return text >= MIN_CONTINUATION && text > rest;
    }

    /** The alternative texts of the content's images, long enough to be a caption (folded, lower case). */
    private static Set<String> imageTexts(Element content) {
        Set<String> texts = new HashSet<>();
        for (Element image : content.select("img[alt]")) {
            String alt = Whitespace.fold(image.attr("alt")).toLowerCase(Locale.ROOT);
            if (Whitespace.wordCount(alt) >= MIN_CAPTION_WORDS) {
                texts.add(alt);
            }
        }
        return texts;
    }

    /**
     * A block of text alone that says what an image's alternative text says: the image's caption, written out under
     * it without the markup of one ("<div>Tim Kaine says Democrats will ...</div>" under the photo so described).
     */
    private static boolean repeatsAnImagesText(Element element, Set<String> imageTexts) {
        // Not a paragraph: some sites describe the photo by the story's lead, which must stay.
        if (imageTexts.isEmpty() || element.childrenSize() > 0 || !CAPTION_BLOCKS.contains(element.normalName())) {
            return false;
        }
        return imageTexts.contains(Whitespace.fold(element.text()).toLowerCase(Locale.ROOT));
    }

    /** How much of a block's text is link text, for each list-like block, counted in one walk. */
    private static Map<Element, LinkShare> linkShares(Element content) {
        Map<Element, LinkShare> shares = new IdentityHashMap<>();
        var open = new ArrayList<LinkShare>();
        NodeTraversor.traverse(new org.jsoup.select.NodeVisitor() {
            private int linkDepth;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text && !open.isEmpty()) {
                    int chars = text.getWholeText().strip().length();
                    LinkShare innermost = open.getLast();
                    innermost.chars += chars;
                    innermost.linkChars += linkDepth > 0 ? chars : 0;
                } else if (node instanceof Element element) {
                    if (element.normalName().equals("a")) {
                        linkDepth++;
                    }
                    var share = new LinkShare();
                    share.links = element.normalName().equals("a") ? 1 : 0;
                    open.add(share);
                    if (LIST_BLOCKS.contains(element.normalName()) || element == content) {
                        shares.put(element, share);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    if (element.normalName().equals("a")) {
                        linkDepth--;
                    }
                    LinkShare share = open.removeLast();
                    if (!open.isEmpty()) {
                        open.getLast().add(share);
                    }
                }
            }
        }, content);
        return shares;
    }

    /** The text of a block, and how much of it and how many of its elements are links. */
    private static final class LinkShare {
        int chars;
        int linkChars;
        int links;

        void add(LinkShare child) {
            chars += child.chars;
            linkChars += child.linkChars;
            links += child.links;
        }

        boolean isLinkList() {
            return links >= MIN_LIST_LINKS && chars > 0 && linkChars >= chars * LIST_LINK_SHARE;
        }
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
}
