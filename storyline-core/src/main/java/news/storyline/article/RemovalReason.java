package news.storyline.article;

/** Why a span was taken out of an article's body. */
public enum RemovalReason {
    /** A leading line that is the outlet's id for the article, not text. */
    SOURCE_ID_LINE,
    /** A leading line that is only the article's address; the article keeps it as its url when it had none. */
    SOURCE_URL,
    /** The headline again at the top of the body; the article keeps it as its title. */
    HEADLINE,
    /** A line that only gives the date; the article keeps the date as its publication time when it had none. */
    DATELINE,
    /** A byline or a reporting credit ("By Jane Arraf", "(Reporting by Ahmed Rasheed; Editing by Tom Heneghan)"). */
    BYLINE,
    /** The same paragraph again. */
    REPEATED_PARAGRAPH,
    /** Nearly the same paragraph again (a typo fixed, a word changed). */
    NEAR_REPEATED_PARAGRAPH,
    /** A link to another article: "Also Read", "Read more", "Related". */
    READ_ALSO,
    /** A photo caption or credit. */
    IMAGE_CAPTION,
    /** Share, follow, subscribe and newsletter prompts, advertisement labels. */
    SHARE_SUBSCRIBE,
    /** A line the same outlet prints in many articles of the corpus (a footer, a disclaimer). */
    OUTLET_BOILERPLATE,
    /** Page furniture an HTML page carries around the article: navigation, header, footer, sidebars. */
    PAGE_FURNITURE,
    /** A cookie or privacy notice of the site the text was taken from, a paragraph or the sentences of one. */
    CONSENT_NOTICE
}
