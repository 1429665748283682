package news.storyline.facts;

import java.time.LocalDate;

/**
 * The day an article's relative dates ("on Tuesday", "late yesterday") are counted from, and how it was found.
 *
 * @param day  the day; null when nothing gives one
 * @param how  where it comes from
 * @param clue what gave it, for a reader: the publication time, "June 8, 2014" in a caption, the story's other
 *             reports; null with {@link How#NONE}
 */
public record ReferenceDay(LocalDate day, How how, String clue) {

    /** Where an article's reference day comes from, surest first. */
    public enum How {
        /** The article's own publication time. */
        PUBLISHED,
        /** Estimated from full dates the article's own text names (its removed captions and datelines included). */
        TEXT,
        /** Estimated from the other reports of the same story. */
        STORY,
        /** Nothing gives one: relative dates stay relative. */
        NONE
    }

    public static final ReferenceDay NONE = new ReferenceDay(null, How.NONE, null);

    public boolean known() {
        return day != null;
    }
}
