package news.storyline.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A story's timeline from its dated events: each aligned DATE comparison (an event verb dated by one report or
 * more, to ten days at most) is one step, earliest first, with the days most of its reports give (or, where they
 * differ, all that they allow; see {@link #days}) and who gives them.
 * Statements ("said on Tuesday") and a page's own times ("UPDATED: WEDNESDAY, MARCH 13, 2013") are not events and stay out.
 */
final class TimelineBuilder {
    static final Set<String> STATEMENTS = Set.of("said", "reported", "added", "stated", "told", "confirmed",
            "quoted", "asked", "updated", "posted");

    /** A dated sentence's days may span this many at most and still be one step (as the aligner's events). */
    static final int MAX_EVENT_DAYS = 9;
    /** Two reports' dated sentences of one day this alike (TF-IDF cosine) are one step. */
    static final double SAME_STEP_COSINE = 0.15;

    /**
     * The timeline of the aligned events, with the dated sentences of reports in other languages than English
     * besides: their event words are no English past tense the fact finders read, so their dates align with
     * nothing, yet a reader wants them on the timeline. Each is a step; two reports' sentences of the same days told
     * alike (by {@code vectors}) are one.
     *
     * @param otherLanguageDates DATE facts of such reports that carry no event word
     */
    List<TimelineEvent> build(List<FactComparison> comparisons, Map<String, String> outlets,
                              List<Fact> otherLanguageDates, Map<String, SentenceVectors> vectors) {
        List<TimelineEvent> events = new ArrayList<>();
        for (FactComparison c : comparisons) {
            if (c.type() != FactType.DATE || c.facts().isEmpty()
                    || STATEMENTS.contains(c.facts().get(0).subject())) {
                continue;
            }
            LocalDate[] days = days(c.facts());
            // Told in the words of a report that gives those days.
            String sentence = c.facts().stream().filter(f -> f.from().equals(days[0]) && f.to().equals(days[1]))
                    .findFirst().orElse(c.facts().get(0)).sentence();
            events.add(new TimelineEvent(days[0], days[1], sentence, c.facts(), c.articleIds(),
                    c.articleIds().stream().map(id -> outlets.getOrDefault(id, id)).toList()));
        }
        List<List<Fact>> steps = new ArrayList<>();
        for (Fact f : otherLanguageDates) {
            if (!f.dated() || f.to().toEpochDay() - f.from().toEpochDay() > MAX_EVENT_DAYS) {
                continue;
            }
            List<Fact> step = steps.stream().filter(s -> sameStep(s, f, vectors)).findFirst().orElse(null);
            if (step == null) {
                steps.add(new ArrayList<>(List.of(f)));
            } else {
                step.add(f);
            }
        }
        for (List<Fact> step : steps) {
            List<String> articleIds = step.stream().map(Fact::articleId).distinct().toList();
            events.add(new TimelineEvent(step.get(0).from(), step.get(0).to(), step.get(0).sentence(), step,
                    articleIds, articleIds.stream().map(id -> outlets.getOrDefault(id, id)).toList()));
        }
        events.sort(Comparator.comparing(TimelineEvent::from).thenComparing(TimelineEvent::to));
        return oneStepPerHappening(events, vectors);
    }

    /**
     * Steps of the same days that other reports tell alike are one step: the events aligned by their verbs ("shot",
     * "opened fire", "gunned down") are often one happening, which a reader wants once, with every report that tells
     * it (ECB+'s Kraft shooting of Thursday 9 September 2010 stood as eleven steps of that day, most of one report
     * each). The step keeps the words of the one most like the rest ({@link #central}); two steps of one report stay
     * apart, since one report tells two happenings when it dates two.
     */
    private static List<TimelineEvent> oneStepPerHappening(List<TimelineEvent> events,
                                                           Map<String, SentenceVectors> vectors) {
        List<List<TimelineEvent>> steps = new ArrayList<>();
        for (TimelineEvent e : events) {
            List<TimelineEvent> step = steps.stream().filter(s -> s.get(0).from().equals(e.from())
                    && s.get(0).to().equals(e.to()) && alike(s, e, vectors)).findFirst().orElse(null);
            if (step == null) {
                steps.add(new ArrayList<>(List.of(e)));
            } else {
                step.add(e);
            }
        }
        List<TimelineEvent> merged = new ArrayList<>(steps.size());
        for (List<TimelineEvent> step : steps) {
            if (step.size() == 1) {
                merged.add(step.get(0));
                continue;
            }
            TimelineEvent told = central(step, vectors);
            List<Fact> dates = new ArrayList<>();
            List<String> articleIds = new ArrayList<>();
            List<String> outlets = new ArrayList<>();
            for (TimelineEvent e : step) {
                dates.addAll(e.dates());
                for (int i = 0; i < e.articleIds().size(); i++) {
                    articleIds.add(e.articleIds().get(i));
                    outlets.add(e.outlets().get(i));
                }
            }
            merged.add(new TimelineEvent(told.from(), told.to(), told.text(), dates, articleIds, outlets));
        }
        return merged;
    }

    /**
     * The step's event whose sentence is most like the others' (summed TF-IDF cosines), told by most reports among
     * equals, the earlier among those: the words that say the happening, not an aside that dated it too.
     */
    private static TimelineEvent central(List<TimelineEvent> step, Map<String, SentenceVectors> vectors) {
        TimelineEvent best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (TimelineEvent e : step) {
            double score = 0;
            for (TimelineEvent other : step) {
                if (other != e) {
                    score += cosine(e.dates().get(0), other.dates().get(0), vectors);
                }
            }
            score += 1e-6 * e.articleIds().size();
            if (e.dates().stream().allMatch(f -> LOOKING_BACK.matcher(f.text()).find())) {
                // "exactly two years ago", in a report of the trial: it dates the happening, but its sentence tells
                // of the day it was written ("A Philadelphia judge today found ..."), not of the step's.
                score -= step.size();
            }
            if (score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        return best;
    }

    /** A date counted back months or years from the day a report was written. */
    private static final java.util.regex.Pattern LOOKING_BACK = java.util.regex.Pattern.compile(
            "(?i)\\b(?:months?|years?|decades?) ago\\b|\\blast (?:month|year)\\b");

    /** The TF-IDF cosine of the sentences two dated facts stand in; 0 where either report's vectors are missing. */
    private static double cosine(Fact a, Fact b, Map<String, SentenceVectors> vectors) {
        SentenceVectors va = vectors.get(a.articleId());
        SentenceVectors vb = vectors.get(b.articleId());
        return va == null || vb == null ? 0 : va.at(a.sentenceStart()).cosine(vb.at(b.sentenceStart()));
    }

    /** Whether the event is told alike by a report the step has none of. */
    private static boolean alike(List<TimelineEvent> step, TimelineEvent e, Map<String, SentenceVectors> vectors) {
        for (TimelineEvent s : step) {
            if (s.articleIds().stream().anyMatch(e.articleIds()::contains)) {
                return false;
            }
        }
        for (TimelineEvent s : step) {
            for (Fact a : s.dates()) {
                for (Fact b : e.dates()) {
                    if (cosine(a, b, vectors) >= SAME_STEP_COSINE) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The days a step stands at: those more than half of its reports give, else all that any gives. One report of
     * many that dates the event otherwise (often one whose own date is unknown and was estimated from its text) does
     * not stretch the step over months; two reports that disagree show the span between them.
     */
    static LocalDate[] days(List<Fact> facts) {
        Map<String, List<LocalDate>> byReport = new java.util.LinkedHashMap<>();
        for (Fact f : facts) {
            byReport.putIfAbsent(f.articleId(), List.of(f.from(), f.to()));
        }
        Map<List<LocalDate>, Long> counts = byReport.values().stream()
                .collect(java.util.stream.Collectors.groupingBy(d -> d, java.util.LinkedHashMap::new,
                        java.util.stream.Collectors.counting()));
        for (var entry : counts.entrySet()) {
            if (2 * entry.getValue() > byReport.size()) {
                return new LocalDate[] {entry.getKey().get(0), entry.getKey().get(1)};
            }
        }
        LocalDate from = facts.stream().map(Fact::from).min(LocalDate::compareTo).orElseThrow();
        LocalDate to = facts.stream().map(Fact::to).max(LocalDate::compareTo).orElseThrow();
        return new LocalDate[] {from, to};
    }

    /** Whether the fact is the step's event told by another report: the same days, a sentence alike. */
    private static boolean sameStep(List<Fact> step, Fact f, Map<String, SentenceVectors> vectors) {
        Fact first = step.get(0);
        if (!first.from().equals(f.from()) || !first.to().equals(f.to())
                || step.stream().anyMatch(o -> o.articleId().equals(f.articleId()))) {
            return false;
        }
        return cosine(first, f, vectors) >= SAME_STEP_COSINE;
    }
}
