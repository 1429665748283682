package news.storyline.facts;

import java.time.LocalDate;
import java.util.List;

/**
 * One step of a story's timeline: what happened, when, and which reports say so.
 *
 * @param from       the first day it may have happened
 * @param to         the last day (the same as {@code from} when the reports pin it to one day)
 * @param text       what happened: the sentence of the first report that dates it
 * @param dates      each report's dated statement of it (DATE facts), in story order
 * @param articleIds the independent reports that date it
 * @param outlets    their outlets, in the same order
 */
public record TimelineEvent(LocalDate from, LocalDate to, String text, List<Fact> dates, List<String> articleIds,
                            List<String> outlets) {
    public TimelineEvent {
        dates = List.copyOf(dates);
        articleIds = List.copyOf(articleIds);
        outlets = List.copyOf(outlets);
    }
}
