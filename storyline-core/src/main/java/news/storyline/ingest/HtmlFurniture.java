package news.storyline.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import news.storyline.article.RemovalReason;
import news.storyline.article.RemovedSpan;
import org.jsoup.nodes.Element;

/**
 * Takes what is not the story out of a page's content element: photo captions, and share, social, newsletter,
 * related-link and advertisement widgets. Each goes into a {@link RemovedSpan}, so the reader can see it.
 */
final class HtmlFurniture {
    /** A class or id naming a widget; "ad" only as a whole word, so that "lead-text" or "header" do not match. */
    private static final Pattern WIDGET_NAME = Pattern.compile(
            "share|social|newsletter|related|promo|advert|subscribe|(^|[-_])ads?([-_]|$)", Pattern.CASE_INSENSITIVE);
    private static final String CAPTION_DETAIL = "HTML figure caption";

    private HtmlFurniture() {
    }

    /**
     * Takes photo captions and widgets out of the content, in place, and returns them in reading order. On a page
     * where no content element was found, the site's own header and footer are furniture too.
     */
    static List<RemovedSpan> removeCaptionsAndWidgets(Element content) {
        var removed = new ArrayList<RemovedSpan>();
        removeCaptionsAndWidgets(content, content.normalName().equals("body"), removed);
        return removed;
    }

    private static void removeCaptionsAndWidgets(Element parent, boolean wholePage, List<RemovedSpan> removed) {
        for (Element child : parent.children()) {
            Optional<RemovalReason> reason = removalReason(child, wholePage);
            if (reason.isEmpty()) {
                removeCaptionsAndWidgets(child, wholePage, removed);
                continue;
            }
            String text = child.text();
            if (!text.isBlank()) {
                String detail = reason.get() == RemovalReason.IMAGE_CAPTION ? CAPTION_DETAIL : describe(child);
                removed.add(new RemovedSpan(text, reason.get(), detail));
            }
            child.remove();
        }
    }

    private static Optional<RemovalReason> removalReason(Element element, boolean wholePage) {
        String tag = element.normalName();
        if (tag.equals("figcaption") || element.className().toLowerCase(Locale.ROOT).contains("caption")) {
            return Optional.of(RemovalReason.IMAGE_CAPTION);
        }
        boolean furnitureTag = tag.equals("nav") || tag.equals("aside")
                || (wholePage && (tag.equals("header") || tag.equals("footer")));
        boolean widget = element.classNames().stream().anyMatch(name -> WIDGET_NAME.matcher(name).find())
                || WIDGET_NAME.matcher(element.id()).find();
        return furnitureTag || widget ? Optional.of(RemovalReason.PAGE_FURNITURE) : Optional.empty();
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
