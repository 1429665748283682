package news.storyline.facts;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import news.storyline.article.Article;
import news.storyline.article.RemovedSpan;
import news.storyline.mention.DateFinder;
import news.storyline.mention.DateMention;

/**
 * The day an article's relative dates are counted from. Its publication time where known. Else an estimate from its
 * own text: the latest full date it names (a removed photo caption's "June 8, 2014" counts: it was written with the
 * article), moved on to the first day at which every weekday the text names ("on Tuesday") falls on or after that
 * date, since news names the days just past. Else {@link ReferenceDay#NONE}, which a story may fill from its other
 * reports ({@link #fromStory}).
 */
public final class ReferenceDays {
    private static final DateFinder DATES = new DateFinder();

    private ReferenceDays() {
    }

    /** The reference day of one article, from its own publication time or text. */
    public static ReferenceDay of(Article article) {
        if (article.published() != null) {
            return new ReferenceDay(article.published().atZone(ZoneOffset.UTC).toLocalDate(),
                    ReferenceDay.How.PUBLISHED, article.published().toString());
        }
        LocalDate anchor = null;
        String anchorText = null;
        String where = null;
        StringBuilder texts = new StringBuilder();
        for (RemovedSpan removed : article.removed()) {
            texts.append(removed.text()).append('\n');
        }
        String removedText = texts.toString();
        String clean = article.cleanText().isEmpty() ? article.rawText() : article.cleanText();
        for (String[] part : List.of(new String[] {clean, "text"}, new String[] {removedText, "removed text"})) {
            for (DateMention d : DATES.find(part[0], null)) {
                if (d.singleDay() && d.text().matches(".*\\b(?:19|20)\\d\\d\\b.*")
                        && (anchor == null || d.from().isAfter(anchor))) {
                    anchor = d.from();
                    anchorText = d.text();
                    where = part[1];
                }
            }
        }
        if (anchor == null) {
            return ReferenceDay.NONE;
        }
        LocalDate day = anchor;
        List<DayOfWeek> weekdays = weekdays(clean);
        // The first day from the anchor on at which every weekday named falls on or after the anchor.
        for (int shift = 0; shift < 7; shift++) {
            LocalDate candidate = anchor.plusDays(shift);
            boolean all = true;
            for (DayOfWeek w : weekdays) {
                LocalDate latest = candidate.with(java.time.temporal.TemporalAdjusters.previousOrSame(w));
                all &= !latest.isBefore(anchor);
            }
            if (all) {
                day = candidate;
                break;
            }
        }
        String clue = "the " + where + " names " + anchorText
                + (day.equals(anchor) ? "" : ", and " + weekdays.stream().map(w -> w.name().charAt(0)
                + w.name().substring(1).toLowerCase(Locale.ROOT)).distinct().reduce((a, b) -> a + ", " + b)
                .orElse("") + " after it");
        return new ReferenceDay(day, ReferenceDay.How.TEXT, clue);
    }

    /**
     * For an article that gives no day of its own, the day most of the story's other reports are counted from (the
     * latest among equals), marked as estimated from the story.
     */
    public static ReferenceDay fromStory(ReferenceDay own, List<ReferenceDay> others, List<String> otherIds) {
        if (own.known()) {
            return own;
        }
        java.util.Map<LocalDate, Integer> counts = new java.util.TreeMap<>();
        java.util.Map<LocalDate, String> ids = new java.util.HashMap<>();
        for (int i = 0; i < others.size(); i++) {
            ReferenceDay r = others.get(i);
            if (r.known() && r.how() != ReferenceDay.How.STORY) {
                counts.merge(r.day(), 1, Integer::sum);
                ids.merge(r.day(), otherIds.get(i), (a, b) -> a + ", " + b);
            }
        }
        LocalDate best = null;
        for (var e : counts.entrySet()) {
            if (best == null || e.getValue() >= counts.get(best)) {
                best = e.getKey();
            }
        }
        return best == null ? own : new ReferenceDay(best, ReferenceDay.How.STORY,
                "the same day as " + ids.get(best));
    }

    private static List<DayOfWeek> weekdays(String text) {
        List<DayOfWeek> days = new java.util.ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            String name = d.name().charAt(0) + d.name().substring(1).toLowerCase(Locale.ROOT);
            if (text.matches("(?s).*\\b" + name + "\\b.*")) {
                days.add(d);
            }
        }
        return days;
    }
}
