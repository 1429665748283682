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

    private final DateFinder dates = new DateFinder();

    List<Fact> find(String articleId, String text, List<Sentences.Span> sentences, LocalDate reference) {
        List<Fact> facts = new ArrayList<>();
        var published = reference == null ? null : reference.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        for (DateMention d : dates.find(text, published)) {
            Sentences.Span sentence = Sentences.at(sentences, d.start());
            if (sentence == null) {
                continue;
            }
            facts.add(fact(articleId, text, sentence, d.start(), d.end(), d.from(), d.to()));
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
            boolean verb = lower.length() > 4 && lower.endsWith("ed") && !lower.endsWith("eed")
                    || IRREGULAR.contains(lower);
            if (!verb || w.start() >= start && w.end() <= end) {
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
