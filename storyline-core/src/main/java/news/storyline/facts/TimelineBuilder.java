package news.storyline.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A story's timeline from its dated events: each aligned DATE comparison (an event verb dated by one report or
 * more, to ten days at most) is one step, earliest first, with the days its reports allow and who gives them.
 * Statements ("said on Tuesday") are not events and stay out.
 */
final class TimelineBuilder {
    static final Set<String> STATEMENTS = Set.of("said", "reported", "added", "stated", "told", "confirmed",
            "quoted", "asked");

    List<TimelineEvent> build(List<FactComparison> comparisons, Map<String, String> outlets) {
        List<TimelineEvent> events = new ArrayList<>();
        for (FactComparison c : comparisons) {
            if (c.type() != FactType.DATE || c.facts().isEmpty()
                    || STATEMENTS.contains(c.facts().get(0).subject())) {
                continue;
            }
            LocalDate from = c.facts().stream().map(Fact::from).min(LocalDate::compareTo).orElseThrow();
            LocalDate to = c.facts().stream().map(Fact::to).max(LocalDate::compareTo).orElseThrow();
            events.add(new TimelineEvent(from, to, c.facts().get(0).sentence(), c.facts(), c.articleIds(),
                    c.articleIds().stream().map(id -> outlets.getOrDefault(id, id)).toList()));
        }
        events.sort(Comparator.comparing(TimelineEvent::from).thenComparing(TimelineEvent::to));
        return events;
    }
}
