package news.storyline.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.storyline.mention.DateFinder;
import news.storyline.mention.DateMention;
import news.storyline.text.Sentences;

/**
 * The dates an article names, resolved against its reference day ({@link DateFinder} does the resolving), each with
 * the event its sentence dates: the verb nearest before the date ("seized" in "Militants seized Iraq's second-largest
 * city on Tuesday"). "Overnight" is the night before the reference day.
 */
final class DateFactFinder {
    private static final Pattern OVERNIGHT = Pattern.compile("\\b[Oo]vernight\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'-]*");
    /** Past-tense verbs of news events that do not end in -ed. */
    private static final java.util.Set<String> IRREGULAR = java.util.Set.of("fell", "took", "began", "broke", "came",
            "hit", "struck", "shot", "won", "lost", "left", "met", "fled", "led", "held", "made", "ran", "rose", "sent",
            "set", "sought", "stood", "swept", "told", "went", "overran", "overtook", "seized", "beat",
            "caught", "drove", "flew", "fought", "gave", "grew", "hid", "kept", "knew", "paid", "quit", "sank", "sold",
            "spoke", "spent", "stole", "threw", "wrote", "said", "froze", "bore", "bit", "blew", "built", "burnt",
            "dealt", "dug", "fed", "felt", "found", "forgot", "got", "heard", "lay", "lit", "meant", "read", "rode",
            "rang", "saw", "shook", "shut", "slid", "split", "spread", "stuck", "stung", "swore", "tore", "woke",
            "launched");
    private static final java.util.Set<String> NOT_EVENTS = java.util.Set.of("said", "reported", "added", "stated",
            "told", "believed", "expected", "quoted", "based", "scheduled", "used", "asked", "confirmed");

    private static final Pattern WEEKDAY_FIRST = Pattern.compile(
            "(?i)\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");
    private static final Pattern FULL_DATE = Pattern.compile("\\b(?:19|20)\\d\\d\\b|\\b(?:last|past|ago|yesterday|"
            + "today|tonight|overnight)\\b", Pattern.CASE_INSENSITIVE);
    /** Words that put what follows in the future. */
    // "would" is left out: in reported speech it is the past's future ("announced Smith would be leaving in June").
    private static final Pattern FUTURE = Pattern.compile("\\b(?:will|shall|should|'ll|is to|are to|to be|"
            + "is due|are due|"
            + "due to|expected|plans?|planned|scheduled|set to|upcoming|until|till|next|starting|"
            + "aims? to|intends? to|hopes? to|going to|to be held|to meet|to visit|to begin|to start|to resume)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern MONTH_NAME = Pattern.compile("(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|"
            + "nov|dec)[a-z]*\\b");
    private static final Pattern FUTURE_AFTER = Pattern.compile("^[^.;]*?\\b(?:will|is scheduled|are scheduled|"
            + "is expected|are expected|is set to|are set to|is due|are due)\\b");

    /** Words ending in -ed that look ahead rather than back: "expected Friday", "scheduled for June". */
    private static final java.util.Set<String> FORWARD = java.util.Set.of("expected", "scheduled", "planned",
            "slated", "delayed", "postponed", "rescheduled", "proposed", "needed", "intended", "designed", "aimed");

    private static final Pattern WOULD = Pattern.compile("(?i)\\bwould\\b");

    private final DateFinder dates = new DateFinder();

    /** Where "from" or "between" opens a range at this date ("from 2009 to 2011"), or -1 when none does. */
    private static int rangeOpener(String text, DateMention d) {
        String lower = d.text().toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("from ") || lower.startsWith("between ")) {
            return d.start();
        }
        String before = text.substring(Math.max(0, d.start() - 9), d.start()).toLowerCase(java.util.Locale.ROOT);
        if (before.endsWith("between ")) {
            return d.start() - "between ".length();
        }
        if (before.endsWith("from ")) {
            return d.start() - "from ".length();
        }
        return -1;
    }

    /** Whether the sentence looks ahead at the date: a future word in its clause before the date. */
    private static boolean future(String text, Sentences.Span sentence, int at) {
        int from = Math.max(sentence.start(), at - 80);
        String before = text.substring(from, at);
        int clause = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'));
        if (clause >= 0 && before.length() - clause > 12) {
            before = before.substring(clause + 1);
        }
        if (!WOULD.matcher(before).find() && afterPastVerb(text, sentence, at)) {
            // "announced Friday that it will ...", "the plans announced in January": the date is the past verb's
            return false;
        }
        if (FUTURE.matcher(before).find()) {
            return true;
        }
        // "In Saturday's semifinals, Creighton will play ...": a date opening its sentence, the future after it.
        if (at - sentence.start() > 25) {
            return false;
        }
        String after = text.substring(Math.min(at, sentence.end()), Math.min(sentence.end(), at + 70));
        return FUTURE_AFTER.matcher(after).find();
    }

    /**
     * Whether the word just before the date (or before its "on"/"in") is a verb in the past tense, and not a
     * passive after "be" ("will be shipped in July").
     */
    private static boolean afterPastVerb(String text, Sentences.Span sentence, int at) {
        Matcher w = WORD.matcher(text).region(Math.max(sentence.start(), at - 40), at);
        var words = new ArrayList<String>();
        while (w.find()) {
            words.add(w.group().toLowerCase(Locale.ROOT));
        }
        int i = words.size() - 1;
        if (i >= 0 && (words.get(i).equals("on") || words.get(i).equals("in"))) {
            i--;
        }
        String last = i >= 0 ? words.get(i) : null;
        if (last == null || FORWARD.contains(last) || i > 0 && words.get(i - 1).matches("be|being")) {
            return false;
        }
        return pastTense(last);
    }

    /** Whether a (lower-case) word reads as a verb in the past tense: "seized", "fell". */
    private static boolean pastTense(String word) {
        return word.length() > 4 && word.endsWith("ed") && !word.endsWith("eed") || IRREGULAR.contains(word);
    }

    /** The same weekday, day and month, or month, moved on to the first time it falls after the reference day. */
    private static LocalDate[] ahead(String expression, LocalDate from, LocalDate to, LocalDate reference) {
        LocalDate f = from;
        LocalDate t = to;
        boolean weekday = WEEKDAY_FIRST.matcher(expression).find() || expression.toLowerCase().contains("weekend");
        if (!weekday && !MONTH_NAME.matcher(expression).find()) {
            return new LocalDate[] {from, to}; // nothing that recurs: left as resolved
        }
        while (t.isBefore(reference)) {
            f = weekday ? f.plusWeeks(1) : f.plusYears(1);
            t = weekday ? t.plusWeeks(1) : t.plusYears(1);
        }
        return new LocalDate[] {f, t};
    }

    List<Fact> find(String articleId, String text, List<Sentences.Span> sentences, LocalDate reference) {
        List<Fact> facts = new ArrayList<>();
        var published = reference == null ? null : reference.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        List<DateMention> found = dates.find(text, published);
        for (int i = 0; i < found.size(); i++) {
            DateMention d = found.get(i);
            Sentences.Span sentence = Sentences.at(sentences, d.start());
            if (sentence == null) {
                continue;
            }
            // "from 2009 to 2011", "between April and June": one period from the first's start to the second's end.
            if (i + 1 < found.size() && d.resolved() && found.get(i + 1).resolved()) {
                DateMention next = found.get(i + 1);
                String between = text.substring(d.end(), Math.max(d.end(), next.start()));
                int opener = rangeOpener(text, d);
                LocalDate end = next.to();
                if (WEEKDAY_FIRST.matcher(next.text()).find()) {
                    while (end.isBefore(d.from())) {
                        end = end.plusWeeks(1); // "from Monday to Wednesday": the Wednesday after that Monday
                    }
                }
                if (opener >= 0 && between.matches("\\s*(?:to|and|until|through|till|-|\u2013)\\s*")
                        && !end.isBefore(d.from())) {
                    i++;
                    facts.add(fact(articleId, text, sentence, opener, next.end(), d.from(), end));
                    continue;
                }
            }
            // "Thursday, Nov. 10": a weekday and the date it names are one date.
            if (i + 1 < found.size() && WEEKDAY_FIRST.matcher(d.text()).find()
                    && found.get(i + 1).start() - d.end() <= 2 && found.get(i + 1).resolved()
                    && text.substring(d.end(), found.get(i + 1).start()).matches(",? ?")) {
                DateMention date = found.get(++i);
                facts.add(fact(articleId, text, sentence, d.start(), date.end(), date.from(), date.to()));
                continue;
            }
            LocalDate from = d.from();
            LocalDate to = d.to();
            if (from != null && reference != null && to.isBefore(reference) && !FULL_DATE.matcher(d.text()).find()
                    && (future(text, sentence, d.start()) || d.text().matches("(?i)(?:until|by) .*"))) {
                // News names days past unless the sentence looks ahead: "will meet on Friday" is the next one.
                long span = to.toEpochDay() - from.toEpochDay();
                LocalDate[] ahead = ahead(d.text(), from, to, reference);
                from = ahead[0];
                to = ahead[1];
                if (to.toEpochDay() - from.toEpochDay() != span) {
                    to = from.plusDays(span);
                }
            }
            facts.add(fact(articleId, text, sentence, d.start(), d.end(), from, to));
        }
        Matcher overnight = OVERNIGHT.matcher(text);
        while (overnight.find()) {
            Sentences.Span sentence = Sentences.at(sentences, overnight.start());
            if (sentence == null) {
                continue;
            }
            facts.add(fact(articleId, text, sentence, overnight.start(), overnight.end(),
                    reference == null ? null : reference.minusDays(1), reference));
        }
        facts.sort(java.util.Comparator.comparingInt(Fact::start));
        return facts;
    }

    private static Fact fact(String articleId, String text, Sentences.Span sentence, int start, int end,
                             LocalDate from, LocalDate to) {
        String event = event(text, sentence, start, end);
        return new Fact(articleId, FactType.DATE, text.substring(start, end), start, end, sentence.of(text),
                sentence.start(), event, event, null, null, null, null, null, from, to, null);
    }

    /**
     * The event a date stands for: the past-tense verb nearest before it in its sentence, else the nearest after it;
     * reporting verbs ("said") only where no other verb is found.
     */
    static String event(String text, Sentences.Span sentence, int start, int end) {
        String before = null;
        String after = null;
        String reporting = null;
        Matcher w = WORD.matcher(text).region(sentence.start(), sentence.end());
        while (w.find()) {
            String lower = w.group().toLowerCase(Locale.ROOT);
            if (!pastTense(lower) || w.start() >= start && w.end() <= end) {
                continue;
            }
            if (w.start() > sentence.start() && Character.isUpperCase(w.group().codePointAt(0))) {
                // Inside a sentence a capitalised word is a name's ("the United States", "Red Bull"), no verb.
                continue;
            }
            if (NOT_EVENTS.contains(lower)) {
                reporting = reporting == null ? lower : reporting;
                continue;
            }
            if (w.end() <= start) {
                before = lower;
            } else if (after == null && w.start() >= end) {
                after = lower;
            }
        }
        return before != null ? before : after != null ? after : reporting;
    }
}
