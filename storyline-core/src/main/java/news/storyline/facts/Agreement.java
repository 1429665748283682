package news.storyline.facts;

/** How the sources of a story stand on one fact. */
public enum Agreement {
    /** Two independent sources or more give it, with values that agree within the tolerance. */
    AGREED,
    /** Two independent sources or more give it with values that cannot both be true. */
    CONTRADICTED,
    /** One independent source gives it (its copies do not count). */
    SINGLE_SOURCE
}
