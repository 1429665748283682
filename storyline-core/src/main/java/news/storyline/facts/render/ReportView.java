package news.storyline.facts.render;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import news.storyline.facts.Agreement;
import news.storyline.facts.FactComparison;
import news.storyline.facts.Fact;
import news.storyline.facts.FactText;
import news.storyline.facts.ReferenceDay;
import news.storyline.facts.ReportArticle;
import news.storyline.facts.StoryReport;
import news.storyline.facts.TimelineEvent;

/** What every format shows alike: how a fact's value, a date, a source is put for a reader. */
final class ReportView {
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final StoryReport report;
    /** How many timeline steps tell each sentence, counted once: each step's text asks ({@link #stepText}). */
    private final Map<String, Long> stepsBySentence;

    ReportView(StoryReport report) {
        this.report = report;
        this.stepsBySentence = report.timeline().stream()
                .collect(java.util.stream.Collectors.groupingBy(TimelineEvent::text,
                        java.util.stream.Collectors.counting()));
    }

    StoryReport report() {
        return report;
    }

    /** Text with control characters (terminal escapes included) and line breaks turned into single spaces. */
    static String plain(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean blank = Character.isWhitespace(c) || Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                    || c == '\u00a0';
            if (blank) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** At most {@code max} characters of {@code text}, cut at a word with an ellipsis where it is longer. */
    static String shorten(String text, int max) {
        String s = plain(text);
        if (s.length() <= max) {
            return s;
        }
        int cut = s.lastIndexOf(' ', max - 1);
        if (cut < max / 2) {
            cut = max - 1;
        }
        return s.substring(0, cut).stripTrailing() + "…";
    }

    String headline() {
        String headline = plain(report.headline());
        if (!headline.isEmpty()) {
            return headline;
        }
        return report.articles().stream().map(a -> plain(a.title())).filter(t -> !t.isEmpty()).findFirst()
                .orElse("Untitled story");
    }

    /** The source of an article for a reader: its outlet, else its id. */
    String label(String articleId) {
        ReportArticle article = articleId == null ? null : report.article(articleId);
        return plain(article == null ? articleId : article.label());
    }

    /** The distinct outlets of the story, in article order. */
    List<String> outlets() {
        Set<String> outlets = new LinkedHashSet<>();
        report.articles().forEach(a -> outlets.add(plain(a.label())));
        return List.copyOf(outlets);
    }

    /** "2 reports from Reuters and BBC", "1 report from Reuters", "no reports". */
    String reportCount() {
        int n = report.articles().size();
        if (n == 0) {
            return "no reports";
        }
        List<String> outlets = outlets();
        String from = outlets.size() == 1 ? outlets.get(0)
                : String.join(", ", outlets.subList(0, outlets.size() - 1)) + " and " + outlets.getLast();
        return n + (n == 1 ? " report" : " reports") + " from " + from;
    }

    /** "published 10 Jun 2014", "published 10 Jun 2014 to 12 Jun 2014", or "" when no date is known. */
    String publishedSpan() {
        List<LocalDate> days = report.articles().stream().map(ReportArticle::published).filter(Objects::nonNull)
                .map(ReportView::day).sorted().toList();
        if (days.isEmpty()) {
            return "";
        }
        return "published " + range(days.getFirst(), days.getLast());
    }

    static LocalDate day(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC).toLocalDate();
    }

    static String day(LocalDate day) {
        return day == null ? "undated" : DAY.format(day);
    }

    static String published(Instant instant) {
        return instant == null ? "date unknown" : MINUTE.format(instant);
    }

    /** "10 Jun 2014" or "10 Jun 2014 to 12 Jun 2014". */
    static String range(LocalDate from, LocalDate to) {
        if (from == null) {
            return "undated";
        }
        if (to == null || to.equals(from)) {
            return day(from);
        }
        return day(from) + " to " + day(to);
    }

    /** A speaker after "according to": a pronoun in its object form ("according to them", not "they"). */
    static String speaker(String speaker) {
        String plain = plain(speaker);
        return switch (plain.toLowerCase(Locale.ROOT)) {
            case "he" -> "him";
            case "she" -> "her";
            case "they" -> "them";
            case "we" -> "us";
            case "i" -> "me";
            default -> plain;
        };
    }

    /** The day an article's relative dates count from, and how it was found, for a reader. */
    static String reference(ReferenceDay reference) {
        if (reference == null || !reference.known()) {
            return "no reference day";
        }
        String how = switch (reference.how()) {
            case PUBLISHED -> "publication date";
            case TEXT -> "estimated from the text";
            case STORY -> "estimated from the other reports";
            case NONE -> "unknown";
        };
        String clue = plain(reference.clue());
        return day(reference.day()) + " (" + how + (clue.isEmpty() ? "" : ": " + clue) + ")";
    }

    /** What a fact comes to, for a reader: "350 km north", "more than 4,800 families", "10 Jun 2014". */
    static String value(Fact fact) {
        if (fact.from() != null) {
            return range(fact.from(), fact.to());
        }
        if (fact.value() == null) {
            return plain(fact.text());
        }
        StringBuilder out = new StringBuilder();
        if (fact.qualifier() != null && !fact.qualifier().isBlank()) {
            out.append(plain(fact.qualifier())).append(' ');
        }
        Double upper = fact.upper();
        String unit = fact.unit() == null ? null : plain(fact.unit());
        if (upper != null && !upper.isInfinite() && !upper.isNaN() && upper > fact.value()) {
            out.append(FactText.range(fact.value(), upper, unit));
        } else {
            out.append(FactText.amount(fact.value(), unit));
        }
        if (fact.direction() != null && !fact.direction().isBlank()) {
            out.append(' ').append(plain(fact.direction()));
        }
        return out.toString();
    }

    /** A number as a reader reads it (see {@link FactText#number}). */
    static String number(double value) {
        return FactText.number(value);
    }

    /** The sources of a list of article ids, outlets repeated once. */
    List<String> labels(List<String> articleIds) {
        Set<String> labels = new LinkedHashSet<>();
        articleIds.forEach(id -> labels.add(label(id)));
        return List.copyOf(labels);
    }

    /**
     * What a timeline step says, for a reader: its sentence, and where another step of the timeline says it in the
     * same words (one sentence dating three things: "the past week", "over the weekend", "on Monday"), the words that
     * date this step before it, so that the steps read apart.
     */
    String stepText(TimelineEvent event) {
        String text = plain(event.text());
        long same = stepsBySentence.getOrDefault(event.text(), 0L);
        if (same < 2 || event.dates().isEmpty()) {
            return text;
        }
        return "(" + plain(event.dates().get(0).text()) + ") " + text;
    }

    /** The sources of a timeline event: its outlets where given, else its articles' labels. */
    List<String> sources(TimelineEvent event) {
        if (event.outlets().size() == event.articleIds().size() && !event.outlets().isEmpty()) {
            Set<String> labels = new LinkedHashSet<>();
            event.outlets().forEach(o -> labels.add(plain(o)));
            return List.copyOf(labels);
        }
        return labels(event.articleIds());
    }

    List<FactComparison> comparisons(Agreement agreement) {
        return report.comparisons(agreement);
    }

    /** The comparisons only one source gives, by that source, sources in article order. */
    Map<String, List<FactComparison>> singleSourceBySource() {
        Map<String, List<FactComparison>> groups = new LinkedHashMap<>();
        outlets().forEach(o -> groups.put(o, new ArrayList<>()));
        for (FactComparison c : comparisons(Agreement.SINGLE_SOURCE)) {
            String id = !c.articleIds().isEmpty() ? c.articleIds().getFirst()
                    : c.facts().isEmpty() ? null : c.facts().getFirst().articleId();
            groups.computeIfAbsent(id == null ? "unknown source" : label(id), k -> new ArrayList<>()).add(c);
        }
        groups.values().removeIf(List::isEmpty);
        return groups;
    }

    /** What a comparison is about, for a reader. */
    static String description(FactComparison c) {
        String description = plain(c.description());
        return description.isEmpty() ? plain(c.key()) : description;
    }

    /** "Reuters: 350 km north; BBC: 360 km northwest". */
    String values(FactComparison c) {
        List<String> parts = new ArrayList<>();
        for (Fact fact : c.facts()) {
            parts.add(label(fact.articleId()) + ": " + value(fact));
        }
        return String.join("; ", parts);
    }

    /** Every problem: the report's own, then each article's not already among them. */
    List<String> problems() {
        Set<String> problems = new LinkedHashSet<>();
        report.problems().forEach(p -> problems.add(plain(p)));
        report.facts().forEach(af -> af.problems().forEach(p -> {
            String line = plain(p);
            if (problems.stream().noneMatch(q -> q.contains(line))) {
                problems.add(plain(af.articleId()) + ": " + line);
            }
        }));
        return List.copyOf(problems);
    }

    /**
     * Where a fact's text lies in its sentence: {start, end} in the sentence, or null when it cannot be found there.
     */
    static int[] spanInSentence(Fact fact) {
        String sentence = fact.sentence();
        int start = fact.start() - fact.sentenceStart();
        int end = start + fact.text().length();
        if (start >= 0 && end <= sentence.length() && sentence.regionMatches(start, fact.text(), 0,
                fact.text().length()) && !fact.text().isEmpty()) {
            return new int[] {start, end};
        }
        int found = fact.text().isEmpty() ? -1 : sentence.indexOf(fact.text());
        return found < 0 ? null : new int[] {found, found + fact.text().length()};
    }

    /** "spelt 2 ways", for an entity whose sources write it differently. */
    static String formsSummary(Map<String, List<String>> formsByArticle) {
        long n = formsByArticle.values().stream().flatMap(List::stream).distinct().count();
        return n > 1 ? "spelt " + n + " ways" : "";
    }

    /** Each distinct form with the sources writing it: "Nineveh (Reuters)", "Ninevah (BBC)". */
    Map<String, List<String>> sourcesByForm(Map<String, List<String>> formsByArticle) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        formsByArticle.forEach((articleId, forms) -> {
            for (String form : forms) {
                List<String> sources = out.computeIfAbsent(plain(form), k -> new ArrayList<>());
                String label = label(articleId);
                if (!sources.contains(label)) {
                    sources.add(label);
                }
            }
        });
        return out;
    }
}
