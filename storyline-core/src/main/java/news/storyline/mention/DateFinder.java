package news.storyline.mention;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.storyline.ingest.PublishedTimeParser;
import news.storyline.text.Digits;

/**
 * Finds the dates a news text names and resolves them against its publication time, as news is written: in the past
 * tense, so "on Tuesday" is the latest Tuesday on or before publication, "in early January" the latest January (days
 * 1 to 10), "last week" the seven days before the week of publication. Full dates ("June 10, 2014", "10 June 2014")
 * need no publication time; a day and month without a year take the publication's year, or the year before where
 * that would put them more than a month after publication. A year alone ("2014", "since 2006") is the whole year.
 */
public final class DateFinder {
    /** The English months' names and abbreviations, as an alternation. */
    static final String MONTH = "January|February|March|April|May|June|July|August|September|October|"
            + "November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
    private static final String WEEKDAY = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    /** The full stop of an abbreviated month ("10 Jun."), never a sentence's after a full name ("10 June."). */
    private static final String ABBREVIATION_DOT = "(?:(?<=\\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec))\\.)?";
    private static final Pattern DATES = Pattern.compile(String.join("|",
            // An ISO day "2014-06-10"; a span of days in one month: "10-12 June", "between 10 and 12 June",
            // "June 10-12"
            "(?<iso>\\b(?:19|20)\\d\\d-[01]\\d-[0-3]\\d\\b)",
            "(?<dayspan>\\b(?:(?:between|from) )?\\d{1,2}(?:st|nd|rd|th)? ?(?:-|\u2013|and|to) ?\\d{1,2}(?:st|nd|rd|th)? "
                    + "(?:" + MONTH + ")\\b" + ABBREVIATION_DOT + "(?:,? (?:19|20)\\d\\d\\b)?"
                    + "|\\b(?:" + MONTH + ")\\.? \\d{1,2}(?:st|nd|rd|th)? ?(?:-|\u2013|to) ?\\d{1,2}(?:st|nd|rd|th)?\\b"
                    + "(?:,? (?:19|20)\\d\\d\\b)?)",
            // 1: month day(, year)   2: day month( year)
            "(?<md>\\b(?:" + MONTH + ")\\.? \\d{1,2}(?:st|nd|rd|th)?\\b(?:,? (?:19|20)\\d\\d\\b)?)",
            "(?<dm>\\b\\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:" + MONTH + ")\\b" + ABBREVIATION_DOT
                    + "(?:,? (?:19|20)\\d\\d\\b)?)",
            "(?<monthof>\\b(?:(?:in|since|until|by) )?(?:" + MONTH + ")(?: of)? (?:last|this|next) year\\b)",
            "(?<weekofmonth>\\b(?:in |during )?the (?:first|second|third|fourth|last|final) week of (?:" + MONTH
                    + ")(?: (?:19|20)\\d\\d)?\\b)",
            "(?<quarter>\\b(?:(?:in |during )?the (?:first|second|third|fourth|final|1st|2nd|3rd|4th)[- ]quarter"
                    + "(?: of (?:(?:19|20)\\d\\d|this year|last year)|,? (?:19|20)\\d\\d)?"
                    + "|(?:first|second|third|fourth|final)[- ]quarter(?:,? (?:19|20)\\d\\d|(?= (?:loss|losses|profits?"
                    + "|earnings|results|sales|revenues?|income|deliveries|output|growth)\\b)))\\b)",
            "(?<lastquarter>\\b(?:in |during )?(?:the )?(?:last|past|previous) quarter\\b(?!-| of| century))",
            "(?<half>\\b(?:in |during )?the (?:first|second) half of (?:(?:19|20)\\d\\d|this year|last year|the "
                    + "year)\\b)",
            "(?<decade>(?<!their |his |her |our |your |my |its )\\b(?:in )?(?:the )?(?:early |mid-|mid |late )?"
                    + "(?:19|20)?[0-9]0['\u2019]?s\\b)",
            "(?<earlier>\\b(?:earlier|later) (?:this|in the) (?:week|month)\\b|\\bearlier (?:this|in the) year\\b)",
            "(?<yearstart>\\b(?:since )?the (?:beginning|start) of (?:the|this) year\\b)",
            "(?<namedyearstart>\\b(?:since )?the (?:beginning|start) of (?:19|20)\\d\\d\\b)",
            // A season needs "this", "last", "next" or a year: "fall" and "spring" alone are as often verbs.
            "(?<season>\\b(?:(?:this|last|next) (?:early |late )?(?:spring|summer|autumn|fall|winter)\\b"
                    + "|(?:early |late |mid-)?(?:spring|summer|autumn|fall|winter)(?: of)? (?:19|20)\\d\\d\\b))",
            "(?<past>\\b(?:in )?(?:the )?(?:past|last) (?:(?:\\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|"
                    + "twelve|24|48|72) (?:hours|days|weeks|months|years|decades)|decade)\\b)",
            "(?<lessago>\\b(?:less|fewer) than (?:\\d{1,3}|a|one|two|three|four|five|six|seven|eight|nine|ten|"
                    + "twelve) (?:days?|weeks?|months?|years?) ago\\b)",
            "(?<within>\\bwithin (?:the next )?(?:\\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twelve) "
                    + "(?:days|weeks|months|years)\\b)",
            "(?<part>\\b(?:(?:in|since|until|by) )?(?:(?:last|next|this) )?(?:(?:early|mid|late|the end of|the start of|the beginning of|"
                    + "the middle of|mid-) ?)?(?:" + MONTH + ")\\b(?!\\.? \\d{1,2}(?:st|nd|rd|th)?\\b)(?:" + ABBREVIATION_DOT
                    + " (?:19|20)\\d\\d\\b)?)",
            "(?<holiday>\\b(?:(?:this|last|next) Christmas\\b|Christmas (?:Day|Eve)\\b|New Year's (?:Day|Eve)\\b|"
                    + "Valentine's Day\\b|Halloween\\b))",
            "(?<tradingdays>\\b(?:in |for |over )?the (?:past|last) (?:\\d{1,2}|two|three|four|five|six|seven|eight|"
                    + "nine|ten|twelve) (?:trading|business|working) days\\b)",
            "(?<weekday>\\b(?:(?:on|last|this|next|late|early) )?(?:" + WEEKDAY + ")\\b(?: (?:morning|afternoon|"
                    + "evening|night))?)",
            "(?<relday>\\b(?:(?:late|early) )?(?:yesterday|today|tonight|tomorrow)\\b(?: (?:morning|afternoon|"
                    + "evening|night))?|\\blast night\\b|\\bthe day before yesterday\\b|\\bthe day after tomorrow\\b|"
                    + "\\bthis (?:morning|afternoon|evening)\\b)",
            "(?<weekend>\\b(?:at|over|during) the weekend\\b)",
            "(?<ytd>\\b(?:this )?year[- ]to[- ]date\\b|\\b(?:in |during )?the current year\\b)",
            "(?<firstmonths>\\b(?:in |during )?(?:the )?first (?:two|three|four|five|2|3|4|5) months of (?:the|this) "
                    + "year\\b)",
            "(?<period>\\b(?:(?:late|early) )?(?:last|this|next|past) (?:week|month|year|weekend)\\b)",
            "(?<ago>\\b(?:\\d{1,3}|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve) (?:days?|weeks?|"
                    + "months?|years?|decades?) ago\\b)",
            "(?<numeric>(?<![\\d/.])\\b\\d{1,2} ?/ ?\\d{1,2} ?/ ?(?:\\d{4}|\\d{2})\\b(?![/.]\\d))",
            "(?<yearend>\\b(?:(?:at|by) )?the end of (?:(?:last|this|next|the) year|(?:19|20)\\d\\d)\\b"
                    + "|\\b(?:(?:at|by) )?year's end\\b)",
            "(?<monthend>\\b(?:(?:at|by) )?the end of (?:the|this) month\\b)",
            "(?<weekbeforelast>\\bthe week before last\\b)",
            "(?<yearpart>\\b(?:in )?(?:early|mid|late)[- ](?:19|20)\\d\\d\\b)",
            "(?<later>\\blater this (?:week|month|year)\\b)",
            "(?<next>\\b(?:(?:within|in|over|during) )?the (?:next|coming) (?:\\d{1,3}|two|three|four|five|six|"
                    + "seven|eight|nine|ten|twelve) (?:days|weeks|months|years)\\b)",
            "(?<weekof>\\bthe week (?:beginning|starting|of|from) (?:\\d{1,2} (?:" + MONTH + ")|(?:" + MONTH
                    + ")\\.? \\d{1,2})(?:,? (?:19|20)\\d\\d)?\\b)",
            "(?<yearspan>(?<![\\d,.£$€-])\\b(?:19|20)\\d\\d ?[-\u2013] ?(?:(?:19|20)\\d\\d|\\d\\d)\\b(?![\\d,.]\\d|%|-\\d))",
            "(?<year>(?<![\\d,.£$€-])\\b(?:19|20)\\d\\d\\b(?![\\d,.]\\d|%))"),
            Pattern.CASE_INSENSITIVE);
    /** The words that make a weekday the name of a day: "Black Monday", "Good Friday", "Super Tuesday". */
    private static final Pattern NAMED_DAY = Pattern.compile("\\b(?:Black|Blue|Cyber|Giving|Good|Holy|Maundy|Ash|"
            + "Easter|Palm|Whit|Trinity|Shrove|Fat|Super|Bloody|Small Business) $");
    /** Words, numbers and the characters before them; a date is looked for only around its anchor words. */
    private static final Pattern ANCHOR = Pattern.compile("[\\p{L}]+|\\d+");
    private static final java.util.Set<String> ANCHOR_WORDS = java.util.Set.of("january", "february", "march",
            "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb",
            "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tonight", "tomorrow", "night",
            "morning", "afternoon", "evening", "end", "later", "next", "coming", "early", "mid", "late",
            "quarter", "half", "decade", "earlier", "within", "beginning", "start", "less", "fewer", "70s", "80s",
            "90s", "60s", "50s", "40s", "30s", "20s", "10s", "00s",
            "spring", "summer", "autumn", "fall", "winter",
            "week", "month", "year", "weekend", "days", "weeks", "months", "years", "day", "christmas", "halloween",
            "hours", "decades");
    /** The longest prefix before an anchor ("the day before yesterday", "in the beginning of") and suffix after. */
    private static final int LOOK_BEHIND = 32;
    private static final int LOOK_AHEAD = 24;
    private static final Map<String, Month> MONTHS = months();
    private static final Pattern DAY_NUMBER = Pattern.compile("\\b(\\d{1,2})\\b");
    private static final Pattern YEAR_NUMBER = Pattern.compile("\\b((?:19|20)\\d\\d)\\b");
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("twelve", 12));

    /**
     * The dates in {@code text}; relative ones unresolved where {@code published} is null. Digits of other scripts are
     * read as ASCII ones ("١٠ يونيو ٢٠١٤"), each date keeping its own spelling.
     */
    public List<DateMention> find(String text, Instant published) {
        String ascii = Digits.ascii(text);
        List<DateMention> dates = findAscii(ascii, published);
        if (ascii == text) {
            return dates;
        }
        List<DateMention> spelt = new ArrayList<>(dates.size());
        for (DateMention d : dates) {
            spelt.add(new DateMention(text.substring(d.start(), d.end()), d.start(), d.end(), d.from(), d.to()));
        }
        return spelt;
    }

    private List<DateMention> findAscii(String text, Instant published) {
        LocalDate day = published == null ? null : published.atZone(ZoneOffset.UTC).toLocalDate();
        List<DateMention> dates = new ArrayList<>();
        Matcher m = DATES.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int done = 0;
        // The pattern is tried only around the words a date must contain, so that a long text costs little.
        Matcher anchors = ANCHOR.matcher(text);
        while (anchors.find()) {
            if (anchors.start() < done || !isAnchor(anchors.group())) {
                continue;
            }
            int limit = Math.min(text.length(), anchors.end() + LOOK_AHEAD);
            boolean found = false;
            // Tried at each word start a little before the anchor, earliest first, so that "in early January" is
            // taken whole rather than as "January".
            for (int start = Math.max(done, anchors.start() - LOOK_BEHIND); start <= anchors.start(); start++) {
                if (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))
                        || !Character.isLetterOrDigit(text.charAt(start))) {
                    continue;
                }
                m.region(start, limit);
                if (m.lookingAt() && m.end() >= anchors.end()) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                continue;
            }
            done = m.end();
            String s = m.group();
            // Capitalised "May" alone is too often the verb or a name; take it only with a day or a year.
            if (m.group("part") != null && s.matches("(?i)(?:in |since |until |by )?May") ) {
                continue;
            }
            if (m.group("weekday") != null && !Character.isUpperCase(lastWord(s).charAt(0))) {
                continue;
            }
            if (m.group("part") != null && !s.matches(".*\\d.*") && notAMonth(lastWord(s))) {
                continue; // "the protest march", "0% APR"
            }
            if (m.group("quarter") != null && aGamesQuarter(text, m.start(), m.end())) {
                continue; // "a touchdown late in the fourth quarter"
            }
            if (m.group("year") != null && text.substring(m.end(), Math.min(text.length(), m.end() + 14))
                    .matches("(?is)\\s*(?:version|model|models|edition|season)\\b.*")) {
                continue; // "the 2011 version", "the 2008 model year": a name of a thing, not a time
            }
            if (m.group("weekday") != null && s.matches("[A-Z]\\w+day")
                    && NAMED_DAY.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find()) {
                continue; // "Black Monday", "Good Friday": a day's name ("Asia Monday" is a day in Asia)
            }
            if (m.group("year") != null && (insideName(text, m.start(), m.end())
                    || text.substring(Math.max(0, m.start() - 6), m.start()).matches("(?s).*\\bafter $"))) {
                continue; // "the Russell 2000 Index"; "after 2011" is no period a reader can place
            }
            LocalDate[] range = resolve(m, s, day);
            dates.add(new DateMention(s, m.start(), m.end(), range == null ? null : range[0],
                    range == null ? null : range[1]));
        }
        List<DateMention> other = new ArrayList<>(OtherLanguageDates.find(text, day));
        other.addAll(EastAsianDates.find(text, day));
        return withOtherLanguages(dates, other);
    }

    /**
     * The English dates with those of other languages; where both read the same words ("14. August 2015" holds
     * "August 2015"), the other language's reading, which has the day, is kept.
     */
    private static List<DateMention> withOtherLanguages(List<DateMention> english, List<DateMention> other) {
        if (other.isEmpty()) {
            return english;
        }
        List<DateMention> all = new ArrayList<>(other);
        for (DateMention d : english) {
            if (other.stream().noneMatch(o -> o.start() < d.end() && d.start() < o.end())) {
                all.add(d);
            }
        }
        all.sort(Comparator.comparingInt(DateMention::start));
        return all;
    }

    /** A month name in lower case that is also a common word ("march", "may"), or one in capitals ("APR"). */
    private static boolean notAMonth(String word) {
        return word.equals("march") || word.equals("may") || word.length() > 1 && word.length() <= 4
                && word.equals(word.toUpperCase(Locale.ROOT));
    }

    private static final Pattern GAME = Pattern.compile("(?i)\\b(?:touchdowns?|yards|field goal|quarterback|innings?|"
            + "rebounds|halftime|half-time|interception|fumble|punt|free throws?|three-pointers?|scored|scoring)\\b");
    private static final Pattern MONEY = Pattern.compile("(?i)\\b(?:profits?|loss|losses|earnings|revenues?|sales|"
            + "results|income|shares|economy|gdp|fiscal|growth|forecasts?|deliveries|percent)\\b|%|\\$");

    /** Whether a quarter is one of a game: sports words around it and no money words. */
    private static boolean aGamesQuarter(String text, int start, int end) {
        String around = text.substring(Math.max(0, start - 200), Math.min(text.length(), end + 200));
        return GAME.matcher(around).find() && !MONEY.matcher(around).find();
    }

    private static Map<String, Month> months() {
        Map<String, Month> months = new java.util.HashMap<>();
        for (Month month : Month.values()) {
            String name = month.name().toLowerCase(Locale.ROOT);
            months.put(name, month);
            months.put(name.substring(0, 3), month);
        }
        months.put("sept", Month.SEPTEMBER);
        return Map.copyOf(months);
    }

    private static boolean isAnchor(String word) {
        char c = word.charAt(0);
        if (c >= '0' && c <= '9') {
            // A day of the month before its month ("10 June"), or a year.
            return word.length() <= 2 || word.length() == 4 && (word.startsWith("19") || word.startsWith("20"));
        }
        return word.length() >= 3 && ANCHOR_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a number stands between two capitalised words, as in "the Russell 2000 Index". */
    private static boolean insideName(String text, int start, int end) {
        int before = start - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        int after = end;
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        return before >= 0 && before < start - 1 && Character.isLetter(text.charAt(before))
                && after < text.length() && after > end && Character.isUpperCase(text.charAt(after))
                && wordStartsUpper(text, before) && !PREPOSITION.matcher(text.substring(Math.max(0, before - 7),
                before + 1)).find();
    }

    /**
     * A capitalised word before a year that makes it a time, not part of a name: "In 1998 Apple introduced", "The
     * 2014 World Cup" (a year dating an event).
     */
    private static final Pattern PREPOSITION = Pattern.compile("(?:^|[^\\p{L}])(?:In|By|Since|Until|From|During|"
            + "Before|After|Of|Through|The|A|An|This|That|Its|His|Her|Their|Our)$");

    private static boolean wordStartsUpper(String text, int last) {
        int i = last;
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        return Character.isUpperCase(text.charAt(i));
    }

    private static String lastWord(String s) {
        String[] words = s.split(" ");
        for (int i = words.length - 1; i >= 0; i--) {
            if (!words[i].matches("(?i)morning|afternoon|evening|night")) {
                return words[i];
            }
        }
        return s;
    }

    private static LocalDate[] resolve(Matcher m, String s, LocalDate day) {
        String lower = s.toLowerCase(Locale.ROOT);
        if (m.group("weekofmonth") != null) {
            LocalDate[] month = monthPart(lower.replaceAll(".*week of ", ""), day);
            if (month == null) {
                return null;
            }
            if (lower.contains("last week") || lower.contains("final week")) {
                return new LocalDate[] {month[1].minusDays(6), month[1]};
            }
            int n = lower.contains("first") ? 0 : lower.contains("second") ? 1 : lower.contains("third") ? 2 : 3;
            return new LocalDate[] {month[0].plusWeeks(n), month[0].plusWeeks(n).plusDays(6)};
        }
        if (m.group("quarter") != null || m.group("half") != null) {
            Matcher y = YEAR_NUMBER.matcher(lower);
            Integer year = y.find() ? Integer.valueOf(y.group(1)) : day == null ? null
                    : day.getYear() + (lower.contains("last year") ? -1 : 0);
            if (year == null) {
                return null;
            }
            if (m.group("half") != null) {
                LocalDate first = LocalDate.of(year, lower.contains("first half") ? 1 : 7, 1);
                return new LocalDate[] {first, first.plusMonths(6).minusDays(1)};
            }
            int q = lower.contains("first") || lower.contains("1st") ? 1 : lower.contains("second")
                    || lower.contains("2nd") ? 2 : lower.contains("third") || lower.contains("3rd") ? 3 : 4;
            LocalDate first = LocalDate.of(year, 3 * q - 2, 1);
            if (!y.reset().find() && !lower.contains("year") && first.isAfter(day)) {
                // A quarter not yet begun: this year's when it is nearer than last year's ("closures during the
                // fourth quarter" in August), else the one just ended ("the fourth quarter" in a January report).
                LocalDate lastYears = first.minusYears(1);
                long ahead = first.toEpochDay() - day.toEpochDay();
                long since = day.toEpochDay() - lastYears.plusMonths(3).minusDays(1).toEpochDay();
                first = ahead < since ? first : lastYears;
            }
            return new LocalDate[] {first, first.plusMonths(3).minusDays(1)};
        }
        if (m.group("holiday") != null) {
            return day == null ? null : holiday(lower, day);
        }
        if (m.group("tradingdays") != null) {
            return day == null ? null : tradingDays(lower, day);
        }
        if (m.group("iso") != null) {
            try {
                return one(LocalDate.parse(s));
            } catch (java.time.format.DateTimeParseException e) {
                return null;
            }
        }
        if (m.group("dayspan") != null) {
            return daySpan(s, day);
        }
        if (m.group("firstmonths") != null) {
            if (day == null) {
                return null;
            }
            String n = lower.replaceAll(".*first (\\S+) months.*", "$1");
            int months = NUMBERS.containsKey(n) ? NUMBERS.get(n) : Integer.parseInt(n);
            LocalDate first = day.withDayOfYear(1);
            return new LocalDate[] {first, first.plusMonths(months).minusDays(1)};
        }
        if (m.group("ytd") != null) {
            return day == null ? null : new LocalDate[] {day.withDayOfYear(1), day};
        }
        if (m.group("yearspan") != null) {
            int first = Integer.parseInt(s.substring(0, 4));
            String end = s.replaceAll(".*[-\u2013] ?", "");
            // "2010-11", "1995 - 99": the second year in the first's century
            int last = end.length() == 2 ? first / 100 * 100 + Integer.parseInt(end) : Integer.parseInt(end);
            if (last < first) {
                // Not a span: "2019-04" is a month written the ISO way; otherwise the first year alone.
                int month = end.length() == 2 && !s.contains(" ") ? Integer.parseInt(end) : 0;
                if (month >= 1 && month <= 12) {
                    LocalDate start = LocalDate.of(first, month, 1);
                    return new LocalDate[] {start, start.with(TemporalAdjusters.lastDayOfMonth())};
                }
                return new LocalDate[] {LocalDate.of(first, 1, 1), LocalDate.of(first, 12, 31)};
            }
            return new LocalDate[] {LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31)};
        }
        if (m.group("lastquarter") != null) {
            if (day == null) {
                return null;
            }
            // The last quarter ended before publication.
            LocalDate current = LocalDate.of(day.getYear(), 3 * ((day.getMonthValue() - 1) / 3) + 1, 1);
            return new LocalDate[] {current.minusMonths(3), current.minusDays(1)};
        }
        if (m.group("namedyearstart") != null) {
            Matcher y = YEAR_NUMBER.matcher(lower);
            return y.find() ? one(LocalDate.of(Integer.parseInt(y.group(1)), 1, 1)) : null;
        }
        if (m.group("decade") != null) {
            Matcher d = Pattern.compile("((?:19|20)?)([0-9])0").matcher(lower);
            if (!d.find()) {
                return null;
            }
            int century = d.group(1).isEmpty() ? 1900 : Integer.parseInt(d.group(1)) * 100;
            int first = century + Integer.parseInt(d.group(2)) * 10;
            // Early and late take three years each, the middle four: "the early 1990s" 1990-92, "the mid 1930s"
            // 1933-36, "the late 1980s" 1987-89.
            int from = lower.contains("early") ? first : lower.contains("mid") ? first + 3 : lower.contains("late")
                    ? first + 7 : first;
            int to = lower.contains("early") ? first + 2 : lower.contains("mid") ? first + 6 : first + 9;
            return new LocalDate[] {LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31)};
        }
        if (m.group("earlier") != null) {
            if (day == null) {
                return null;
            }
            LocalDate first = lower.endsWith("week") ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                    : lower.endsWith("year") ? day.withDayOfYear(1) : day.withDayOfMonth(1);
            if (lower.startsWith("later")) {
                LocalDate last = lower.endsWith("week") ? day.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY))
                        : day.with(TemporalAdjusters.lastDayOfMonth());
                return new LocalDate[] {day, last};
            }
            LocalDate last = day.minusDays(1).isBefore(first) ? first : day.minusDays(1);
            return new LocalDate[] {first, last};
        }
        if (m.group("yearstart") != null) {
            return day == null ? null : one(day.withDayOfYear(1));
        }
        if (m.group("lessago") != null) {
            if (day == null) {
                return null;
            }
            LocalDate[] back = ago(lower.replaceAll("^(?:less|fewer) than ", ""), day);
            return new LocalDate[] {back[0], day};
        }
        if (m.group("within") != null) {
            return day == null ? null : next(lower.replace("within the next ", "next ").replace("within ", "next "),
                    day);
        }
        if (m.group("numeric") != null) {
            return numeric(s);
        }
        if (m.group("monthend") != null) {
            return day == null ? null : one(day.with(TemporalAdjusters.lastDayOfMonth()));
        }
        if (m.group("weekbeforelast") != null) {
            if (day == null) {
                return null;
            }
            LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(2);
            return new LocalDate[] {monday, monday.plusDays(6)};
        }
        if (m.group("yearend") != null) {
            Matcher y = YEAR_NUMBER.matcher(lower);
            Integer year = y.find() ? Integer.valueOf(y.group(1)) : day == null ? null
                    : day.getYear() + (lower.contains("last year") ? -1 : lower.contains("next year") ? 1 : 0);
            return year == null ? null : one(LocalDate.of(year, 12, 31));
        }
        if (m.group("yearpart") != null) {
            return yearPart(lower);
        }
        if (m.group("later") != null) {
            if (day == null) {
                return null;
            }
            LocalDate last = lower.endsWith("week") ? day.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY))
                    : lower.endsWith("month") ? day.with(TemporalAdjusters.lastDayOfMonth())
                    : day.with(TemporalAdjusters.lastDayOfYear());
            return new LocalDate[] {day, last};
        }
        if (m.group("next") != null) {
            return day == null ? null : next(lower, day);
        }
        if (m.group("weekof") != null) {
            LocalDate[] first = dayAndMonth(s.substring(s.indexOf(' ', "the week ".length()) + 1), day);
            return first == null ? null : new LocalDate[] {first[0], first[0].plusDays(6)};
        }
        if (m.group("monthof") != null) {
            if (day == null) {
                return null;
            }
            int shift = lower.contains("last year") ? -1 : lower.contains("next year") ? 1 : 0;
            return monthPart(lower.replaceAll("(?: of)? (?:last|this|next) year$", "") + " " + (day.getYear() + shift),
                    day);
        }
        if (m.group("season") != null) {
            return season(lower, day);
        }
        if (m.group("past") != null) {
            if (day == null) {
                return null;
            }
            String[] words = lower.replace("the ", "").replaceFirst("^in ", "").split(" ");
            if (words.length == 2) {
                return new LocalDate[] {day.minusYears(10), day}; // "the past decade"
            }
            int n = NUMBERS.containsKey(words[1]) ? NUMBERS.get(words[1]) : Integer.parseInt(words[1]);
            if (words[2].startsWith("decade")) {
                return new LocalDate[] {day.minusYears(10L * n), day};
            }
            if (words[2].startsWith("hour")) {
                return new LocalDate[] {day.minusDays((n + 23) / 24), day}; // "the past 24 hours": since yesterday
            }
            LocalDate first = words[2].startsWith("day") ? day.minusDays(n) : words[2].startsWith("week")
                    ? day.minusWeeks(n) : words[2].startsWith("month") ? day.minusMonths(n) : day.minusYears(n);
            return new LocalDate[] {first, day};
        }
        if (m.group("md") != null || m.group("dm") != null) {
            return dayAndMonth(s, day);
        }
        if (m.group("part") != null) {
            return monthPart(lower, day);
        }
        if (m.group("year") != null) {
            Year year = Year.of(Integer.parseInt(s));
            return new LocalDate[] {year.atDay(1), year.atMonth(12).atEndOfMonth()};
        }
        if (day == null) {
            return null;
        }
        if (m.group("weekday") != null) {
            DayOfWeek weekday = DayOfWeek.valueOf(lastWord(s).toUpperCase(Locale.ROOT));
            LocalDate d = lower.startsWith("next ") ? day.with(TemporalAdjusters.next(weekday))
                    : lower.startsWith("last ") && day.getDayOfWeek() == weekday ? day.minusWeeks(1)
                    : day.with(TemporalAdjusters.previousOrSame(weekday));
            return one(d);
        }
        if (m.group("relday") != null) {
            // Whole phrases: "yesterday afternoon" holds "day after" too.
            if (lower.contains("the day before yesterday")) {
                return one(day.minusDays(2));
            }
            if (lower.contains("the day after tomorrow")) {
                return one(day.plusDays(2));
            }
            if (lower.startsWith("this ")) {
                return one(day);
            }
            if (lower.contains("yesterday") || lower.equals("last night")) {
                return one(day.minusDays(1));
            }
            return one(lower.contains("tomorrow") ? day.plusDays(1) : day);
        }
        if (m.group("period") != null) {
            return period(lower, day);
        }
        if (m.group("weekend") != null) {
            return period("last weekend", day);
        }
        return ago(lower, day);
    }

    /**
     * A holiday of a fixed day: "last Christmas" the latest before publication, "next Christmas" the first after it,
     * "this Christmas" the publication year's, else the one nearer the publication day.
     */
    private static LocalDate[] holiday(String lower, LocalDate day) {
        java.time.MonthDay date = lower.contains("christmas eve") ? java.time.MonthDay.of(12, 24)
                : lower.contains("christmas") ? java.time.MonthDay.of(12, 25)
                : lower.contains("new year's day") ? java.time.MonthDay.of(1, 1)
                : lower.contains("new year's eve") ? java.time.MonthDay.of(12, 31)
                : lower.contains("valentine") ? java.time.MonthDay.of(2, 14) : java.time.MonthDay.of(10, 31);
        LocalDate same = date.atYear(day.getYear());
        LocalDate before = same.isAfter(day) ? same.minusYears(1) : same;
        LocalDate after = same.isAfter(day) ? same : same.plusYears(1);
        if (lower.startsWith("last ")) {
            return one(before.equals(day) ? before.minusYears(1) : before);
        }
        if (lower.startsWith("next ")) {
            return one(after);
        }
        if (lower.startsWith("this ")) {
            return one(same);
        }
        return one(day.toEpochDay() - before.toEpochDay() <= after.toEpochDay() - day.toEpochDay() ? before : after);
    }

    /** "10-12 June 2014", "between 10 and 12 June", "June 10-12": the first day to the last, in one month. */
    private static LocalDate[] daySpan(String s, LocalDate day) {
        Matcher days = DAY_NUMBER.matcher(s.replaceAll("(?i)(\\d)(st|nd|rd|th)\\b", "$1"));
        Month month = month(s);
        if (month == null || !days.find()) {
            return null;
        }
        String first = days.group(1);
        if (!days.find()) {
            return null;
        }
        String last = days.group(1);
        Matcher year = YEAR_NUMBER.matcher(s);
        String monthAndYear = " " + month.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)
                + (year.find() ? " " + year.group(1) : "");
        LocalDate[] from = dayAndMonth(first + monthAndYear, day);
        LocalDate[] to = dayAndMonth(last + monthAndYear, day);
        return from == null || to == null || to[0].isBefore(from[0]) ? null : new LocalDate[] {from[0], to[0]};
    }

    private static final Pattern COUNTED = Pattern.compile("(?:past|last) (\\S+)");

    /**
     * "the past five trading days": counted back in weekdays from the publication day (from the Friday before, when
     * it falls on a weekend), both ends included.
     */
    private static LocalDate[] tradingDays(String lower, LocalDate day) {
        Matcher n = COUNTED.matcher(lower);
        if (!n.find()) {
            return null;
        }
        int count = NUMBERS.containsKey(n.group(1)) ? NUMBERS.get(n.group(1)) : Integer.parseInt(n.group(1));
        LocalDate last = day;
        while (last.getDayOfWeek().getValue() > 5) {
            last = last.minusDays(1);
        }
        LocalDate first = last;
        for (int i = 1; i < count; i++) {
            first = first.minusDays(1);
            while (first.getDayOfWeek().getValue() > 5) {
                first = first.minusDays(1);
            }
        }
        return new LocalDate[] {first, last};
    }

    static LocalDate[] one(LocalDate d) {
        return new LocalDate[] {d, d};
    }

    private static LocalDate[] dayAndMonth(String s, LocalDate day) {
        String cleaned = s.replaceAll("(?i)(\\d)(st|nd|rd|th)\\b", "$1").replace(".", "");
        if (cleaned.matches(".*\\b(19|20)\\d\\d$")) {
            var parsed = PublishedTimeParser.parse(cleaned.replace("Sept ", "Sep "));
            if (parsed.isPresent()) {
                return one(parsed.get().atZone(ZoneOffset.UTC).toLocalDate());
            }
        }
        Matcher number = DAY_NUMBER.matcher(cleaned);
        Month month = month(cleaned);
        if (!number.find() || month == null) {
            return null;
        }
        Matcher yearMatch = YEAR_NUMBER.matcher(cleaned);
        return dayOfMonth(Integer.parseInt(number.group(1)), month.getValue(),
                yearMatch.find() ? Integer.valueOf(yearMatch.group(1)) : null, day);
    }

    /**
     * A day of a month in the year given, or without one in the publication's, the year before where that would put
     * it more than a month after publication; null when neither year is known or the day is not in the month.
     */
    static LocalDate[] dayOfMonth(int dayOfMonth, int month, Integer year, LocalDate day) {
        if (year == null && day == null) {
            return null;
        }
        int y = year != null ? year : day.getYear();
        if (dayOfMonth < 1 || dayOfMonth > Month.of(month).length(Year.isLeap(y))) {
            return null;
        }
        LocalDate d = LocalDate.of(y, month, dayOfMonth);
        if (year == null && d.isAfter(day.plusMonths(1))) {
            d = d.minusYears(1);
        }
        return one(d);
    }

    /** How far ahead a bare month may lie and still be the coming one rather than last year's. */
    private static final int MONTHS_AHEAD = 2;

    /** Whether a bare month is one of the next few ("in March" said in January); "since March" looks back. */
    private static boolean comingMonth(String lower, Month month, int now) {
        int ahead = Math.floorMod(month.getValue() - now, 12);
        return ahead >= 1 && ahead <= MONTHS_AHEAD && !lower.startsWith("since ");
    }

    private static LocalDate[] monthPart(String lower, LocalDate day) {
        Month month = month(lower);
        Matcher yearMatch = YEAR_NUMBER.matcher(lower);
        Integer year = yearMatch.find() ? Integer.parseInt(yearMatch.group(1)) : null;
        if (month == null || (year == null && day == null)) {
            return null;
        }
        // The latest such month, up to the month of publication, or one of the next two ("in March" said in January
        // is the coming one: news names a month ten months back with its year); "last September" the latest before
        // the month of publication (said in September, a year ago), "next September" the first after it, "this
        // September" this year's.
        int now = day == null ? 0 : day.getMonthValue();
        int y = year != null ? year
                : lower.matches("(?:(?:in|since|until|by) )?last .*")
                        ? month.getValue() < now ? day.getYear() : day.getYear() - 1
                : lower.matches("(?:(?:in|since|until|by) )?next .*")
                        ? month.getValue() > now ? day.getYear() : day.getYear() + 1
                : lower.matches("(?:(?:in|since|until|by) )?this .*") ? day.getYear()
                : comingMonth(lower, month, now) ? month.getValue() > now ? day.getYear() : day.getYear() + 1
                : month.getValue() <= now ? day.getYear() : day.getYear() - 1;
        LocalDate first = LocalDate.of(y, month, 1);
        LocalDate last = first.with(TemporalAdjusters.lastDayOfMonth());
        if (lower.contains("early") || lower.contains("start") || lower.contains("beginning")) {
            return new LocalDate[] {first, first.plusDays(9)};
        }
        if (lower.contains("mid")) {
            return new LocalDate[] {first.plusDays(10), first.plusDays(19)};
        }
        if (lower.contains("late") || lower.contains("end of")) {
            return new LocalDate[] {first.plusDays(20), last};
        }
        return new LocalDate[] {first, last};
    }

    /**
     * Seasons as the northern hemisphere's weather services count them: spring March to May, summer June to August,
     * autumn (fall) September to November, winter December to February. Without a year, the latest such season
     * that has begun by publication ("this summer" in July is this year's; "last winter" the one before).
     */
    private static LocalDate[] season(String lower, LocalDate day) {
        Matcher yearMatch = YEAR_NUMBER.matcher(lower);
        Integer year = yearMatch.find() ? Integer.parseInt(yearMatch.group(1)) : null;
        if (year == null && day == null) {
            return null;
        }
        int startMonth = lower.contains("spring") ? 3 : lower.contains("summer") ? 6
                : lower.contains("winter") ? 12 : 9;
        LocalDate first;
        if (year != null) {
            first = LocalDate.of(startMonth == 12 ? year - 1 : year, startMonth, 1);
            if (startMonth == 12) {
                first = LocalDate.of(year, 12, 1); // "winter 2010" is the winter that starts in December 2010
            }
        } else {
            first = LocalDate.of(day.getYear(), startMonth, 1);
            if (first.isAfter(day)) {
                first = first.minusYears(1);
            }
            if (lower.startsWith("last ")) {
                first = first.minusYears(1);
            } else if (lower.startsWith("next ")) {
                first = first.plusYears(1);
            }
        }
        return new LocalDate[] {first, first.plusMonths(3).minusDays(1)};
    }

    private static Month month(String s) {
        for (String word : s.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            Month month = MONTHS.get(word);
            if (month != null) {
                return month;
            }
        }
        return null;
    }

    /** "last week", "this year", "late last month" ...: the days of that period around the publication day. */
    static LocalDate[] period(String lower, LocalDate day) {
        if (lower.startsWith("late ") || lower.startsWith("early ")) {
            // "late last week": its Friday to Sunday; "early last week": its Monday to Wednesday.
            LocalDate[] whole = period(lower.substring(lower.indexOf(' ') + 1), day);
            if (lower.endsWith("week")) {
                return lower.startsWith("late") ? new LocalDate[] {whole[0].plusDays(4), whole[0].plusDays(6)}
                        : new LocalDate[] {whole[0], whole[0].plusDays(2)};
            }
            if (lower.endsWith("month")) {
                // "late last month": its last ten days or so, from the 21st; "early last month": to the 10th.
                LocalDate end = whole[0].with(TemporalAdjusters.lastDayOfMonth());
                return lower.startsWith("late") ? new LocalDate[] {whole[0].withDayOfMonth(21), end}
                        : new LocalDate[] {whole[0], whole[0].withDayOfMonth(10)};
            }
            if (lower.endsWith("year")) {
                // As "late 2006" and "early 2006": September to December, January to April.
                return lower.startsWith("late") ? new LocalDate[] {whole[0].withMonth(9), whole[0].withMonth(12)
                        .with(TemporalAdjusters.lastDayOfMonth())} : new LocalDate[] {whole[0],
                        whole[0].withMonth(4).with(TemporalAdjusters.lastDayOfMonth())};
            }
            return whole;
        }
        String unit = lower.substring(lower.indexOf(' ') + 1);
        if (lower.equals("past weekend")) {
            return period("last weekend", day); // "this past weekend": the latest one, Saturday and Sunday
        }
        if (lower.startsWith("past")) {
            LocalDate first = unit.equals("week") || unit.equals("weekend") ? day.minusWeeks(1)
                    : unit.equals("month") ? day.minusMonths(1) : day.minusYears(1);
            return new LocalDate[] {first, day};
        }
        int shift = lower.startsWith("last") || lower.startsWith("past") ? -1 : lower.startsWith("next") ? 1 : 0;
        return switch (unit) {
            case "week" -> {
                LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(shift);
                // "this week" in a report is the week so far: Monday to the day of publication.
                yield new LocalDate[] {monday, shift == 0 ? day : monday.plusDays(6)};
            }
            case "weekend" -> {
                LocalDate saturday = shift > 0 ? day.with(TemporalAdjusters.next(DayOfWeek.SATURDAY))
                        : day.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
                yield new LocalDate[] {saturday, saturday.plusDays(1)};
            }
            case "month" -> {
                LocalDate first = day.withDayOfMonth(1).plusMonths(shift);
                // "this month", like "this week", is the month so far.
                yield new LocalDate[] {first, shift == 0 ? day : first.with(TemporalAdjusters.lastDayOfMonth())};
            }
            default -> {
                LocalDate first = day.withDayOfYear(1).plusYears(shift);
                yield new LocalDate[] {first, first.with(TemporalAdjusters.lastDayOfYear())};
            }
        };
    }

    /** "40 days ago", "two weeks ago", "6 months ago", "a year ago": the day the text counts back to. */
    private static LocalDate[] ago(String lower, LocalDate day) {
        String[] words = lower.split(" ");
        int n = NUMBERS.containsKey(words[0]) ? NUMBERS.get(words[0]) : Integer.parseInt(words[0]);
        String unit = words[1];
        return one(unit.startsWith("day") ? day.minusDays(n) : unit.startsWith("week") ? day.minusWeeks(n)
                : unit.startsWith("month") ? day.minusMonths(n) : unit.startsWith("decade") ? day.minusYears(10L * n)
                : day.minusYears(n));
    }

    /** "the next six months", "within the next two weeks": from the day of publication forward. */
    private static LocalDate[] next(String lower, LocalDate day) {
        Matcher m = Pattern.compile("next (\\w+) (day|week|month|year)").matcher(lower);
        if (!m.find()) {
            return null;
        }
        int n = NUMBERS.containsKey(m.group(1)) ? NUMBERS.get(m.group(1)) : Integer.parseInt(m.group(1));
        LocalDate last = switch (m.group(2)) {
            case "day" -> day.plusDays(n);
            case "week" -> day.plusWeeks(n);
            case "month" -> day.plusMonths(n);
            default -> day.plusYears(n);
        };
        return new LocalDate[] {day, last};
    }

    /** "mid-2006" (May to August), "early 2006" (January to April), "late 2006" (September to December). */
    private static LocalDate[] yearPart(String lower) {
        Matcher y = YEAR_NUMBER.matcher(lower);
        if (!y.find()) {
            return null;
        }
        int year = Integer.parseInt(y.group(1));
        int first = lower.contains("early") ? 1 : lower.contains("mid") ? 5 : 9;
        LocalDate from = LocalDate.of(year, first, 1);
        return new LocalDate[] {from, from.plusMonths(4).minusDays(1)};
    }

    /** "7/8/07", "11/27/2005": month first as American English writes it, unless the first number is over 12. */
    private static LocalDate[] numeric(String s) {
        String[] parts = s.replace(" ", "").split("/");
        int a = Integer.parseInt(parts[0]);
        int b = Integer.parseInt(parts[1]);
        int year = Integer.parseInt(parts[2]);
        if (parts[2].length() == 2) {
            year += year < 50 ? 2000 : 1900;
        }
        int month = a > 12 ? b : a;
        int dayOfMonth = a > 12 ? a : b;
        if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > Month.of(month).length(Year.isLeap(year))) {
            return null;
        }
        return one(LocalDate.of(year, month, dayOfMonth));
    }
}
