package news.storyline.facts;

import java.time.Instant;

/**
 * One article of a story report.
 *
 * @param id        its id
 * @param outlet    its outlet; null when unknown
 * @param title     its headline; null when none
 * @param url       its address; null when unknown
 * @param published its publication time; null when unknown
 * @param reference the day its relative dates were resolved against, and how that day was found
 * @param copyOf    for a wire copy or near duplicate, the id of the original it copies; null for a report of its own
 */
public record ReportArticle(String id, String outlet, String title, String url, Instant published,
                            ReferenceDay reference, String copyOf) {
    /** The outlet, or the id where the outlet is unknown: what a reader is shown as the source. */
    public String label() {
        return outlet == null || outlet.isBlank() ? id : outlet;
    }
}
