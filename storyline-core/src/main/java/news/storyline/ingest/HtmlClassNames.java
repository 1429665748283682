package news.storyline.ingest;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's class names and id say about it. Templates name their parts plainly ("comment-list",
 * "author-bio", "related-stories", "article-body"), so the names are read as words: a name part counts only between
 * hyphens, underscores or the ends, so that "header" holds no "ad" and "commentary" no "comment". A class list that
 * names several taxonomy terms ({@code tag-earthquake category-nation}, as WordPress writes on each post's container)
 * says what the post is about, not what the element is: those classes are not read as names of a part.
 */
final class HtmlClassNames {
    private static final String COMMENT_NAMES =
            "comments?|comment-?(list|body|section|thread|form|count)|disqus|replies|reactions|respond";
    /** Parts of a page that are not the story: comments, sidebars, promotions, lists of other articles, bios. */
    private static final Pattern FURNITURE = Pattern.compile("(^|[-_ ])("
            + COMMENT_NAMES
            + "|sidebar|side-?bar|rail|right-?(bar|col|column|rail)|side-?(col|column)"
            + "|breadcrumbs?|menu|masthead|site-?header|site-?footer|footer"
            + "|share|sharing|social|sharebar|share-?tools|newsletter|signup|sign-?up|subscribe|subscription"
            + "|related|more-?stories|more-?on|read-?more|recommend(ed|ations)?|popular|most-?(read|popular|viewed)"
            + "|trending|promo|promotion|teasers?|outbrain|taboola|sponsor(ed)?|advert\\w*|ads?|ad-?slot|ad-?unit"
            + "|dfp|banner|paywall|donat\\w*|membership|support-?us|contribut\\w*-?(ask|epic|appeal)|epic"
            + "|author-?(bio|info|box|card|details)|bio|about-?the-?author|tags?|tag-?list|topics|keywords"
            + "|print-?only|visually-?hidden|sr-only|skip-?link|cookie\\w*|consent|licens\\w*|reprints?"
            + "|kicker|eyebrow|caption"
            + ")($|[-_ ])", Pattern.CASE_INSENSITIVE);
    /** Readers' comments: a thread that may well hold more prose than the story it is under. */
    private static final Pattern COMMENTS = Pattern.compile("(^|[-_ ])(" + COMMENT_NAMES + ")($|[-_ ])",
            Pattern.CASE_INSENSITIVE);
    /** Names templates give the block that holds the story. */
    private static final Pattern BODY = Pattern.compile("(^|[-_ ])("
            + "article-?body|story-?body|post-?body|entry-?content|post-?content|article-?content|story-?content"
            + "|article-?text|story-?text|body-?text|text-?body|rich-?text|main-?content|content-?body"
            + ")($|[-_ ])", Pattern.CASE_INSENSITIVE);

    /** A class naming one term of a taxonomy: "tag-earthquake", "category-u-s", "topic-elections". */
    private static final Pattern TAXONOMY_TERM = Pattern.compile("(tag|tags|category|categories|topic|topics)[-_].+",
            Pattern.CASE_INSENSITIVE);
    /** A tag list widget has one such name ("tag-list"); a post's container lists each of its terms. */
    private static final int TAXONOMY_TERMS_OF_A_POST = 2;

    private HtmlClassNames() {
    }

    /**
     * Marks an element that a furniture name misdescribes, since it holds the story (an "ad-wallpaper" around the
     * whole page): its name is not read again, by the extractor or by the widget pass.
     */
    static final String HOLDS_STORY = "data-storyline-holds-story";

    /** The element names itself as furniture in one of its class names or its id. */
    static boolean namesFurniture(Element element) {
        return anyName(element, FURNITURE) && !element.hasAttr(HOLDS_STORY);
    }

    /** The element names itself as readers' comments. */
    static boolean namesComments(Element element) {
        return anyName(element, COMMENTS);
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
        if (classes.isEmpty()) {
            return false;
        }
        if (!pattern.matcher(classes).find()) {
            return false;
        }
        var names = element.classNames();
        boolean namesTerms = names.stream().filter(name -> TAXONOMY_TERM.matcher(name).matches()).limit(
                TAXONOMY_TERMS_OF_A_POST).count() >= TAXONOMY_TERMS_OF_A_POST;
        return names.stream()
                .filter(name -> !(namesTerms && TAXONOMY_TERM.matcher(name).matches()))
                .anyMatch(name -> pattern.matcher(name).find());
    }
}
