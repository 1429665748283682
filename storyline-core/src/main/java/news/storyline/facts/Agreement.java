package news.storyline.facts;

/** How the sources of a story stand on one fact. */
public enum Agreement {
    /** Two independent sources or more give it, with values that agree within the tolerance. */
    AGREED,
    /** Two independent sources or more give it with values that cannot both be true. */
    CONTRADICTED,
    /**
     * Sources published on different days give different values, and sources of one day agree: a later report
     * updates an earlier one (a death toll that rises, a market that moves), which is no contradiction. Counts and
     * amounts only: a distance or a date does not change from one day to the next.
     */
    UPDATED,
    /** One independent source gives it (its copies do not count). */
    SINGLE_SOURCE
}
