package news.storyline.ingest;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's class names and id say about it. Templates name their parts plainly ("comment-list",
 * "author-bio", "related-stories", "article-body"), so the names are read as words: a name part counts only between
 * hyphens, underscores or the ends, so that "header" holds no "ad" and "commentary" no "comment".
 */
final class HtmlClassNames {
    /** Parts of a page that are not the story: comments, sidebars, promotions, lists of other articles, bios. */
    private static final Pattern FURNITURE = Pattern.compile("(^|[-_ ])("
            + "comments?|comment-?(list|body|section|thread|form|count)|disqus|replies|reactions|respond"
            + "|sidebar|side-?bar|rail|breadcrumbs?|menu|masthead|site-?header|site-?footer|footer"
            + "|share|sharing|social|sharebar|share-?tools|newsletter|signup|sign-?up|subscribe|subscription"
            + "|related|more-?stories|more-?on|read-?more|recommend(ed|ations)?|popular|most-?(read|popular|viewed)"
            + "|trending|promo|promotion|teasers?|outbrain|taboola|sponsor(ed)?|advert\\w*|ads?|ad-?slot|ad-?unit"
            + "|dfp|banner|paywall|donat\\w*|membership|support-?us|contribut\\w*-?(ask|epic|appeal)|epic"
            + "|author-?(bio|info|box|card|details)|bio|about-?the-?author|tags?|tag-?list|topics|keywords"
            + "|print-?only|visually-?hidden|sr-only|skip-?link|cookie\\w*|consent|licens\\w*|reprints?"
            + "|kicker|eyebrow|caption"
            + ")($|[-_ ])", Pattern.CASE_INSENSITIVE);
    /** Names templates give the block that holds the story. */
    private static final Pattern BODY = Pattern.compile("(^|[-_ ])("
            + "article-?body|story-?body|post-?body|entry-?content|post-?content|article-?content|story-?content"
            + "|article-?text|story-?text|body-?text|text-?body|rich-?text|main-?content|content-?body"
            + ")($|[-_ ])", Pattern.CASE_INSENSITIVE);

    private HtmlClassNames() {
    }

    /** The element names itself as furniture in one of its class names or its id. */
    static boolean namesFurniture(Element element) {
        return anyName(element, FURNITURE);
    }

    /** The element names itself as the story's body. */
    static boolean namesBody(Element element) {
        return anyName(element, BODY);
    }

    private static boolean anyName(Element element, Pattern pattern) {
        if (!element.id().isEmpty() && pattern.matcher(element.id()).find()) {
            return true;
        }
        String classes = element.className();
        return !classes.isEmpty() && pattern.matcher(classes).find();
    }
}
