package news.storyline.story;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import news.storyline.mention.DateFinder;
import news.storyline.mention.DateMention;

/**
 * The past days a dated report names that lie before its active window: where a follow-up says which earlier story it
 * follows. A trial's report names the crime's day ("the Sept. 10, 2010 shooting", "in June 2005", "the Nov. 30
 * escape", "two years ago"); a report of the day names the days of the week it is in. So a quiet story whose reports
 * fall on a day the article names is looked back to, and taking it up again asks less of the similarity than a story
 * gone quiet otherwise does (see {@link StoryClusterer#LOOKBACK_BAR}).
 *
 * <p>Only periods a month long or shorter count, or a whole year before the report's own ("the 2005 murder" in
 * 2007): "this year" or a season would reach back to any story of the year. Relative days resolve against the
 * publication time, so an undated report looks back to nothing.
 */
final class LookBack {
    /** The longest period named that counts: a calendar month. */
    private static final long MONTH_DAYS = 31;
    /** A named day matches a story this many days either side of its reports: a report may come the next morning. */
    private static final long SLACK_DAYS = 1;
    private static final DateFinder DATES = new DateFinder();
    static final LookBack NOTHING = new LookBack(List.of());

    private final List<DateMention> periods;

    private LookBack(List<DateMention> periods) {
        this.periods = periods;
    }

    /** The periods the text names that end before the window before {@code published}. */
    static LookBack of(String text, Instant published, Duration window) {
        if (text == null || published == null) {
            return NOTHING;
        }
        LocalDate day = published.atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate windowStart = published.minus(window).atZone(ZoneOffset.UTC).toLocalDate();
        var periods = new ArrayList<DateMention>();
        for (DateMention d : DATES.find(text, published)) {
            if (!d.resolved() || !d.to().isBefore(windowStart)) {
                continue;
            }
            long days = ChronoUnit.DAYS.between(d.from(), d.to()) + 1;
            boolean wholeYear = d.from().getDayOfYear() == 1 && d.to().equals(d.from().plusYears(1).minusDays(1));
            if (days <= MONTH_DAYS || wholeYear && d.from().getYear() < day.getYear()) {
                periods.add(d);
            }
        }
        return periods.isEmpty() ? NOTHING : new LookBack(periods);
    }

    /**
     * The narrowest period named that overlaps the days of a story seen from {@code first} to {@code last} (the day
     * rather than the year, where the text names both), or null.
     */
    DateMention named(Instant first, Instant last) {
        if (periods.isEmpty() || first == null || last == null) {
            return null;
        }
        LocalDate from = first.atZone(ZoneOffset.UTC).toLocalDate().minusDays(SLACK_DAYS);
        LocalDate to = last.atZone(ZoneOffset.UTC).toLocalDate().plusDays(SLACK_DAYS);
        DateMention narrowest = null;
        for (DateMention d : periods) {
            if (!d.to().isBefore(from) && !d.from().isAfter(to) && (narrowest == null
                    || ChronoUnit.DAYS.between(d.from(), d.to()) < ChronoUnit.DAYS.between(narrowest.from(),
                    narrowest.to()))) {
                narrowest = d;
            }
        }
        return narrowest;
    }
}
