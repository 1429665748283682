package news.storyline.facts;

/** The kinds of fact an article states that a reader compares across sources. */
public enum FactType {
    /** A count of something, with what it counts: "more than 4,800 families" forced from their homes. */
    QUANTITY,
    /** A distance between two places, with its direction: "350 kilometres north of Baghdad". */
    DISTANCE,
    /** A date or time expression resolved to the days it covers: "on Tuesday" = 2014-06-10. */
    DATE,
    /** A rank or attribute of a named thing: "Iraq's second-largest city", "the capital of Nineveh province". */
    ATTRIBUTE,
    /** A person's age beside their name: "Sanjay Gupta, 39,", "the 39-year-old Sanjay Gupta", "Angela Merkel (59)". */
    AGE,
    /** Who said something: "an interior ministry official said". */
    ATTRIBUTION,
    /** A direct quote with its speaker. */
    QUOTE
}
