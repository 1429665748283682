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
import news.storyline.text.Sentences;

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
            int previousEnd = 0;
            List<Sentences.Span> sentences = Sentences.split(part[0]);
            for (DateMention d : DATES.find(part[0], null)) {
                boolean origin = ofAnOrigin(part[0], sentences, previousEnd, d.start());
                previousEnd = d.end();
                if (d.singleDay() && d.text().matches(".*\\b(?:19|20)\\d\\d\\b.*")
                        && (anchor == null || d.from().isAfter(anchor)) && !origin) {
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
     * For an article that gives no day of its own, or one estimated from its text that lies before the story began
     * ({@link #beforeTheStory}), the day most of the story's other reports are counted from (the latest among
     * equals), marked as estimated from the story.
     */
    public static ReferenceDay fromStory(ReferenceDay own, List<ReferenceDay> others, List<String> otherIds) {
        LocalDate firstPublished = others.stream().filter(r -> r.how() == ReferenceDay.How.PUBLISHED)
                .map(ReferenceDay::day).min(LocalDate::compareTo).orElse(null);
        if (own.known() && !beforeTheStory(own, firstPublished)) {
            return own;
        }
        java.util.Map<LocalDate, Integer> counts = new java.util.TreeMap<>();
        java.util.Map<LocalDate, String> ids = new java.util.HashMap<>();
        for (int i = 0; i < others.size(); i++) {
            ReferenceDay r = others.get(i);
            if (r.known() && r.how() != ReferenceDay.How.STORY && !beforeTheStory(r, firstPublished)) {
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

    /**
     * Whether a day estimated from an article's text lies more than {@value #BEFORE_THE_STORY_DAYS} days before the
     * earliest report of its story that gives its own publication date ({@code firstPublished}, null when none does):
     * a report is not written before the story it reports began, so the date its text names is of something earlier
     * (a background event, a birth), and the story's day serves it better.
     */
    private static boolean beforeTheStory(ReferenceDay day, LocalDate firstPublished) {
        return day.how() == ReferenceDay.How.TEXT && firstPublished != null
                && day.day().isBefore(firstPublished.minusDays(BEFORE_THE_STORY_DAYS));
    }

    static final int BEFORE_THE_STORY_DAYS = 30;

    /**
     * A date its sentence gives as a beginning, the word saying so between the date and the sentence's start or the
     * date before it: a birth, a founding, a start ("Page was born Betty Mae Page in Nashville, Tennessee on April 22,
     * 1923"). An obituary names no other full date, and its writing day is not the one it was born on: every ECB+
     * report of Bettie Page's death, in December 2008, was dated to 1923.
     */
    static boolean ofAnOrigin(String text, List<Sentences.Span> sentences, int previousDateEnd, int dateStart) {
        Sentences.Span sentence = Sentences.at(sentences, dateStart);
        int sentenceStart = sentence == null ? 0 : sentence.start();
        int from = Math.min(dateStart, Math.max(previousDateEnd, sentenceStart));
        return ORIGIN.matcher(text.substring(from, dateStart).toLowerCase(Locale.ROOT)).find();
    }

    private static final java.util.regex.Pattern ORIGIN = java.util.regex.Pattern.compile(
            "\\b(?:born|founded|established|incorporated|built|opened in|dating from|since)\\b");

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
