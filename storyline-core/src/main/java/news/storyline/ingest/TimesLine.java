package news.storyline.ingest;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line that only tells when the article was posted or updated ("May 03, 2013", "Friday, June 7, 2013", "12 January
 * 2010 @ 09: 29 pm", "21 July 2013 Last updated at 11:11 GMT", "Posted: Nov 27, 2005 8:20 AM ET Last Updated: Nov
 * 27, 2005 8:10 PM ET", "PUBLISHED FRIDAY, MARCH 8, 2013 AT 12:46 PM / UPDATED AT 12:48 PM"), perhaps with the place
 * in capitals before or after it, set off by a comma or a dash ("INDONESIA, July 2, 2013", "March 14, 2013 - UNITED
 * STATES -"): digits, and no words but month and weekday names, ordinals, am/pm, zones and the labels of posting and
 * updating, but for up to {@value #MAX_PLACE_WORDS} words of the place. Scraped corpora put such lines in their title
 * field and at the top of the text. A real headline has other words; one made of a bare number ("1984") is kept as a
 * headline.
 */
public final class TimesLine {
    /** Longer than any line of times: a paragraph costs no search. */
    private static final int MAX_LINE_LENGTH = 200;
    private static final int MAX_PLACE_WORDS = 3;
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /**
     * Digits laid out as a numeric date or a time ("05/03/2013", "2013-05-03", "09: 29"), not any digits: an id line
     * such as "1.1345264-3993115206" has digit groups too, and is no date.
     */
    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "(?<!\\d)(\\d{1,4} ?[/.-] ?\\d{1,2} ?[/.-] ?\\d{1,4}|\\d{1,2} ?: ?\\d{2})(?!\\d)");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec");
    private static final Set<String> OTHER_DATE_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            "st", "nd", "rd", "th", "am", "pm", "a", "p", "m", "at", "t", "z", "on",
            "utc", "gmt", "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt", "akst", "akdt",
            "hst", "bst", "wet", "cet", "cest", "eet", "eest", "msk", "ist", "hkt", "sgt", "jst", "kst", "aest", "aedt",
            "acst", "awst", "nzst", "nzdt");
    /** The labels that open a time of the line: the first time of a line is the posting's, a later one an update's. */
    private static final Set<String> LABELS = Set.of("posted", "published", "updated", "modified", "last", "first",
            "originally");
    /** How a dateline sets its place off the date: "INDONESIA, July 2, 2013", "March 14, 2013 - UNITED STATES". */
    private static final Pattern SET_OFF = Pattern.compile("[,—–-]");
    /** A place's word in capitals ("INDONESIA", "WASHINGTON"; a single letter, as of "U.S.", is none). */
    private static final Pattern PLACE_WORD = Pattern.compile("\\p{Lu}{2,}");
    /** Where a date starts in a line: a month's name before a day, a day before a month's name, or an ISO date. */
    private static final Pattern DATE_START = Pattern.compile("(?i)\\b((" + String.join("|", MONTHS)
            + ")\\.?\\s+\\d{1,2}\\b|\\d{1,2}\\s+(" + String.join("|", MONTHS) + ")\\.?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})");
    /** A time's colon as a tokeniser spaces it ("11: 11") and "p. m.": joined before reading. */
    private static final Pattern SPACED_COLON = Pattern.compile("(?<=\\d) ?: ?(?=\\d)");
    private static final Pattern SPACED_MERIDIEM = Pattern.compile("(?i)\\b([ap])\\. m\\.");
    /** Marks between a date and its time that the date parser does not read: "12 January 2010 @ 09:29 pm". */
    private static final Pattern MARK = Pattern.compile("[@|/•·—–-]+");
    /** Words of a date and its time read as one at the most. */
    private static final int MAX_DATE_WORDS = 8;

    private TimesLine() {
    }

    /** Whether a line tells only times, as above. */
    public static boolean is(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > MAX_LINE_LENGTH || s.chars().noneMatch(Character::isDigit)) {
            return false;
        }
        int firstDigit = indexOfDigit(s, true);
        int lastDigit = indexOfDigit(s, false);
        boolean month = false;
        int placeWords = 0;
        Matcher word = WORD.matcher(s);
        while (word.find()) {
            String w = word.group().toLowerCase(Locale.ROOT);
            if (MONTHS.contains(w)) {
                month = true;
            } else if (!OTHER_DATE_WORDS.contains(w) && !LABELS.contains(w)) {
                boolean atAnEnd = word.end() <= firstDigit && SET_OFF.matcher(s.substring(word.end(), firstDigit)).find()
                        || word.start() > lastDigit && SET_OFF.matcher(s.substring(lastDigit, word.start())).find();
                if (!atAnEnd || !PLACE_WORD.matcher(word.group()).matches() || ++placeWords > MAX_PLACE_WORDS) {
                    return false;
                }
            }
        }
        return month || NUMERIC_DATE.matcher(s).find() || PublishedTimeParser.parse(s).isPresent();
    }

    /**
     * The posting time of a line that tells only times: the line read whole when it is one time (its labels aside:
     * "updated 8:41 p.m. EST, Tue March 3, 2009"), else the first date it writes with the time after it, up to the
     * label of the next ("21 July 2013 Last updated at 11:11 GMT" is 21 July 2013; "Posted September 26, 2013 -
     * 3:47pm Updated September 27, 2013 - 6:56am" is 26 September, 3:47 pm).
     */
    public static Optional<Instant> postingTime(String line) {
        if (!is(line)) {
            return Optional.empty();
        }
        String s = SPACED_MERIDIEM.matcher(SPACED_COLON.matcher(line.strip()).replaceAll(":")).replaceAll("$1.m.");
        s = monthFirstWhereAmerican(s);
        Optional<Instant> whole = PublishedTimeParser.parse(withoutLeadingLabels(s));
        if (whole.isPresent()) {
            return whole;
        }
        int start = dateStart(s);
        if (start < 0) {
            return Optional.empty();
        }
        List<String> run = new ArrayList<>();
        for (String word : s.substring(start).split("\\s+")) {
            String bare = bare(word);
            if (LABELS.contains(bare.toLowerCase(Locale.ROOT))) {
                break;
            }
            if (!bare.isEmpty() && !MARK.matcher(bare).matches()) {
                run.add(word);
            }
        }
        return longestDate(run);
    }

    /**
     * As {@link #postingTime(String)}, where a numeric date that the line leaves open ("11 / 09 / 2010": the 11th of
     * September or the 9th of November) is read the one way that falls in {@code month}, the month the page's
     * address files it under ("/2010/09/").
     */
    public static Optional<Instant> postingTime(String line, YearMonth month) {
        Matcher m = SLASHED_DATE.matcher(line);
        if (m.find()) {
            int first = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(2));
            int year = Integer.parseInt(m.group(3));
            boolean dayFirst = month.equals(yearMonth(year, second)) && month.isValidDay(first);
            boolean monthFirst = month.equals(yearMonth(year, first)) && month.isValidDay(second);
            if (dayFirst != monthFirst) {
                String iso = "%d-%02d-%02d".formatted(year, month.getMonthValue(), dayFirst ? first : second);
                return postingTime(line.substring(0, m.start()) + iso + line.substring(m.end()));
            }
        }
        return postingTime(line);
    }

    private static YearMonth yearMonth(int year, int month) {
        return month >= 1 && month <= 12 ? YearMonth.of(year, month) : null;
    }

    /** Where a date starts in a text ({@link #DATE_START}); -1 when none does. */
    public static int dateStart(String text) {
        Matcher start = DATE_START.matcher(text);
        return start.find() ? start.start() : -1;
    }

    /**
     * The date of the longest run of the words, from the first, that reads as one: at most {@value #MAX_DATE_WORDS}
     * words, two at least ("June 29, 2014 08:08 pm" of "June 29, 2014 08:08 pm @345triangle").
     */
    public static Optional<Instant> longestDate(List<String> words) {
        for (int end = Math.min(words.size(), MAX_DATE_WORDS); end >= 2; end--) {
            Optional<Instant> date = PublishedTimeParser.parse(String.join(" ", words.subList(0, end)));
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    /** A date in numbers, slashes between (spaced or not): "05/03/2013", "05 / 03 / 2013". */
    private static final Pattern SLASHED_DATE = Pattern.compile("(?<!\\d)(\\d{1,2}) ?/ ?(\\d{1,2}) ?/ ?(\\d{4})(?!\\d)");
    /** The zones of the United States and Canada, whose pages write the month first. */
    private static final Pattern AMERICAN_ZONE = Pattern.compile("\\b(?:[ECMP][SD]?T|AK[SD]T|HST)\\b");

    /**
     * "05/03/2013 at 10:20 AM EDT" is the 3rd of May: a line that tells its time in an American zone writes its
     * dates month first, which the date alone leaves open (both readings possible). The date is written out as ISO.
     */
    private static String monthFirstWhereAmerican(String s) {
        if (!AMERICAN_ZONE.matcher(s).find()) {
            return s;
        }
        Matcher m = SLASHED_DATE.matcher(s);
        if (!m.find()) {
            return s;
        }
        int month = Integer.parseInt(m.group(1));
        int day = Integer.parseInt(m.group(2));
        if (month > 12 || day > 31) {
            return s;
        }
        return s.substring(0, m.start()) + "%s-%02d-%02d".formatted(m.group(3), month, day) + s.substring(m.end());
    }

    private static String withoutLeadingLabels(String s) {
        String[] words = s.split("\\s+");
        int from = 0;
        while (from < words.length && (LABELS.contains(bare(words[from]).toLowerCase(Locale.ROOT))
                || bare(words[from]).equalsIgnoreCase("on"))) {
            from++;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
    }

    /** The word without the punctuation around it: "Posted:" is "Posted", "(UPDATED" "UPDATED", "2013," "2013". */
    private static String bare(String word) {
        int from = 0;
        int to = word.length();
        while (from < to && "([".indexOf(word.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && ",;:)].".indexOf(word.charAt(to - 1)) >= 0) {
            to--;
        }
        return word.substring(from, to);
    }

    private static int indexOfDigit(String s, boolean first) {
        for (int i = 0; i < s.length(); i++) {
            int at = first ? i : s.length() - 1 - i;
            if (Character.isDigit(s.charAt(at))) {
                return at;
            }
        }
        return -1;
    }
}
