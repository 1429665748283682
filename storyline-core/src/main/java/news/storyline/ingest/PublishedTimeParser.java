package news.storyline.ingest;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.storyline.text.Digits;
import news.storyline.text.Whitespace;

/**
 * Reads the publication times news inputs carry: ISO 8601 / W3C-DTF (with or without zone, time or seconds, any
 * number of fraction digits), RFC 822 and its variants as feeds write them (two-digit years, no time, US and
 * military zone names, "GMT-01:01", asctime, a missing space after the comma) and the written dates of datelines
 * ("June 10, 2014", "10 June 2014", "Monday, Nov. 30, 2009"), plus the Korean, Greek and Hungarian forms some feeds
 * use, and the dates European pages write in their languages ("14. August 2015, 10:28 Uhr", "20 août 2015 à
 * 10h28", "14 de agosto de 2015", "3 sierpnia 2015 r.", "15 августа 2015 года", "2015. augusztus 20., 11:16",
 * "2015.08.15"; the month names are {@link DateNames}). Times without a zone are taken as UTC (Korean forms as
 * Korean time); a date alone is its midnight.
 *
 * <p>Every field is range-checked before a date is built, so an impossible date ("99 Jun 2009", "25:14") is no
 * date rather than one rolled over into the next month. A weekday is not checked against the date: feeds get it
 * wrong more often than the date. A four-digit year below 1000 in a written date is taken as a typo, not as the
 * year 100. The parser works on the string with a tokenizer and range checks, not with exceptions, because it is
 * asked about many lines of text that are no dates.
 */
public final class PublishedTimeParser {
    /** Longer strings are prose, not a date, however many digits they hold. */
    private static final int MAX_LENGTH = 80;
    private static final Pattern ISO = Pattern.compile(
            // A month of three digits ("2003-012-31") is a known generator bug; a month name is Hungarian style.
            "(\\d{4})-(\\d{1,3}|\\p{L}+)-(\\d{1,2})"
                    + "(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9})\\d*)?)?)?"
                    + " ?(Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR_OR_MONTH = Pattern.compile("(\\d{4})(?:-(\\d{2}))?");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{2}|\\d{4})-?(\\d{2})-?(\\d{2})");
    /** A time of day: "9:15", "21:32:46.123", "8:08pm", and "10h28" as French and others write it. */
    private static final Pattern TIME = Pattern.compile(
            "(\\d{1,2})[:h](\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9})\\d*)?)?((?:[ap]\\.?m\\.?)?)", Pattern.CASE_INSENSITIVE);
    /** Year first: "2014-06-10", "2014/6/10", and with dots as Hungarian and Chinese pages write it, "2015.08.15.". */
    private static final Pattern NUMERIC_DATE = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})\\.?");
    /** A day or a year with the dot German, Hungarian and others write after it: "14.", "2015.". */
    private static final Pattern DOTTED_NUMBER = Pattern.compile("(\\d{1,2}|\\d{4})\\.");
    /**
     * The small words dates are written with: "at" and "of" in English, "am", "um" and "Uhr", "le" and "à", "de",
     * "a las", "alle", "às", "om", "o godz.", "r." and "roku", "г." and "года", "в", "kl." and "klo". A date is still
     * read only when it has a day, a month and a year.
     */
    private static final Set<String> FILLERS = Set.of("at", "of", "on", "um", "uhr", "le", "à",
            "de", "del", "a", "las", "alle", "ore", "às", "om", "o", "godz", "r", "roku", "г", "года", "в", "kl",
            "klo", "ч", "saat");
    /**
     * Day, month and year in numbers with the year last: "10.06.2014" (dots: day first, as everywhere they are used),
     * "13/06/2014" or "06/13/2014" (slashes or hyphens: whichever reading is the only possible one).
     */
    private static final Pattern YEAR_LAST_DATE = Pattern.compile("(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4})\\.?");
    private static final Pattern ORDINAL_DAY = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)", Pattern.CASE_INSENSITIVE);
    private static final Pattern OFFSET = Pattern.compile("(?:gmt|utc|ut)?([+-])(\\d{1,2})(?::?(\\d{2}))?",
            Pattern.CASE_INSENSITIVE);
    /**
     * A date given as a count since 1970: seconds (9 or 10 digits, 1973 to 2286) or milliseconds (12 or 13), with
     * any fraction. Other plain numbers ("20140610", "2014") are dates written without separators, read as such.
     */
    private static final Pattern EPOCH = Pattern.compile("(\\d{9,10}|\\d{12,13})(?:\\.\\d+)?");
    /** The month, day and year that open a date line ("August 10, 2011 - - Updated 0947 GMT"). */
    private static final Pattern LEADING_DATE = Pattern.compile("^\\s*(\\p{L}{3,9}\\.?\\s+\\d{1,2},?\\s+\\d{4})\\b");
    private static final Pattern KOREAN_PART = Pattern.compile("(\\d{1,4})([년월일])");
    /**
     * A Chinese or Japanese date, written without spaces, the time glued on or not: "2014年06月10日",
     * "2014年6月10日09:30". No zone is taken from it: the same characters serve China (UTC+8) and Japan (UTC+9).
     */
    private static final Pattern CJK_DATE = Pattern.compile(
            "(\\d{4})年(\\d{1,2})月(\\d{1,2})日(?:(\\d{1,2})[:：](\\d{2})(?:[:：](\\d{2}))?)?");
    private static final int KOREA_OFFSET_SECONDS = 9 * 3600;
    private static final int NO_OFFSET = Integer.MIN_VALUE;
    /** java.time's bound on offsets, +-18:00; beyond it no date is built (rather than an exception thrown). */
    private static final int MAX_OFFSET_SECONDS = 18 * 3600;

    private PublishedTimeParser() {
    }

    /**
     * The month (1-12) a word names in any language the parser reads ("août", "sierpnia", "августа", "Aug."); 0
     * when it names none.
     */
    public static int monthOf(String word) {
        return DateNames.month(word);
    }

    /** A time in running text or a metadata field: a full date is needed ("2014" alone is a number, not a date). */
    public static Optional<Instant> parse(String text) {
        String s = candidate(text);
        return s == null ? Optional.empty() : iso(s).or(() -> written(s));
    }

    /**
     * A time in an element that holds nothing else (a feed's pubDate, dc:date, updated): W3C-DTF partial dates
     * ("2004", "2004-07") and compact dates ("20031231", "031231", "03-12-31") are read too.
     */
    public static Optional<Instant> parseDateElement(String text) {
        String s = candidate(text);
        if (s == null) {
            return Optional.empty();
        }
        Matcher partial = YEAR_OR_MONTH.matcher(s);
        if (partial.matches()) {
            int month = partial.group(2) == null ? 1 : Integer.parseInt(partial.group(2));
            return build(Integer.parseInt(partial.group(1)), month, 1, 0, 0, 0, 0, 0);
        }
        Matcher compact = COMPACT_DATE.matcher(s);
        if (compact.matches()) {
            return build(fullYear(compact.group(1)), Integer.parseInt(compact.group(2)),
                    Integer.parseInt(compact.group(3)), 0, 0, 0, 0, 0);
        }
        return parse(s);
    }

    /**
     * A record's date field (JSON Lines, a pairs file): a count of seconds or milliseconds since 1970, or a date
     * element's forms ({@link #parseDateElement}). Scraped corpora tokenise it ("May 2, 2013 | 5: 03pm", "August 8,
     * 2012 - 4: 43 pm."): read as it is first, then with the spaces inside times closed and separators between date
     * and time dropped.
     */
    public static Optional<Instant> parseDateField(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher epoch = EPOCH.matcher(value.strip());
        if (epoch.matches()) {
            long count = Long.parseLong(epoch.group(1));
            return Optional.of(epoch.group(1).length() <= 10 ? Instant.ofEpochSecond(count)
                    : Instant.ofEpochMilli(count));
        }
        return parseDateElement(value)
                .or(() -> parseDateElement(value
                        .replaceAll("(\\d)\\s*:\\s*(\\d)", "$1:$2")
                        .replaceAll("\\s*\\|\\s*|\\s+[\u2013\u2014-]+\\s+", " ")
                        .replaceAll("\\b([ap])\\. ?m\\.?", "$1m")
                        .replaceAll("[.\\s]+$", "")))
                .or(() -> leadingDate(value));
    }

    /**
     * A scraped date line whose tail no parser reads ("August 10, 2011 - - Updated 0947 GMT (1747 HKT)"): its
     * leading month, day and year alone, the time given up rather than the date.
     */
    private static Optional<Instant> leadingDate(String value) {
        Matcher m = LEADING_DATE.matcher(value);
        return m.find() ? parseDateElement(m.group(1)) : Optional.empty();
    }

    /** The folded text when it may be a date; null when it cannot be (no digit, too long). */
    private static String candidate(String text) {
        if (text == null || text.length() > MAX_LENGTH * 2) {
            return null;
        }
        boolean digit = false;
        for (int i = 0; i < text.length() && !digit; i++) {
            digit = Character.isDigit(text.charAt(i));
        }
        if (!digit) {
            return null;
        }
        // Digits of other scripts (Arabic-Indic, full-width) as ASCII ones: one length, so MAX_LENGTH holds alike.
        String s = Whitespace.fold(Digits.ascii(text));
        return s.length() > MAX_LENGTH ? null : s;
    }

    private static Optional<Instant> iso(String s) {
        Matcher m = ISO.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        int month = Character.isDigit(m.group(2).charAt(0)) ? Integer.parseInt(m.group(2)) : DateNames.month(
                m.group(2));
        int offset = m.group(8) == null ? 0 : offsetSeconds(m.group(8));
        return build(Integer.parseInt(m.group(1)), month, Integer.parseInt(m.group(3)), intOr(m.group(4)),
                intOr(m.group(5)), intOr(m.group(6)), nanos(m.group(7)), offset);
    }

    /** Dates as words and numbers in any order: RFC 822, asctime, datelines. Any unknown word means no date. */
    private static Optional<Instant> written(String s) {
        var fields = new Fields();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (separates(c)) {
                i++;
                continue;
            }
            int end = i;
            while (end < s.length() && !separates(s.charAt(end))) {
                end++;
            }
            if (!fields.take(s.substring(i, end))) {
                return Optional.empty();
            }
            i = end;
        }
        return fields.instant();
    }

    /** Space and commas, the Arabic one too ("الأربعاء، 11 يونيو 2014"), part the words of a written date. */
    private static boolean separates(char c) {
        return c == ' ' || c == ',' || c == '،';
    }

    /** The parts of a written date as they are found. */
    private static final class Fields {
        int year = -1;
        int month;
        int day;
        int hour = -1;
        int minute;
        int second;
        int nano;
        int meridiem; // 0 none, 1 a.m., 2 p.m.
        int offset = NO_OFFSET;
        boolean korean;

        boolean take(String token) {
            char first = token.charAt(0);
            if (Character.isDigit(first)) {
                return number(token);
            }
            if ((first == '+' || first == '-') && hour >= 0) {
                return zone(token);
            }
            if (token.equals("-") || token.equals("–") || token.equals("|")) {
                return true; // between date and time: "11 June 2014 - 14:05", "June 11, 2014 | 2:05pm"
            }
            String lower = token.toLowerCase(Locale.ROOT);
            if (lower.equals("am") && hour < 0) {
                return true; // German "am 14. August": the English "am" comes after an hour
            }
            if (lower.equals("am") || lower.equals("a.m.") || lower.equals("오전")) {
                return setMeridiem(1, lower);
            }
            if (lower.equals("pm") || lower.equals("p.m.") || lower.equals("오후")) {
                return setMeridiem(2, lower);
            }
            if (DateNames.isWeekday(token)) {
                return true;
            }
            int named = DateNames.monthOrMisspelt(token);
            if (named > 0) {
                if (month > 0) {
                    return false;
                }
                month = named;
                return true;
            }
            // Filler of datelines: "June 10, 2014 at 9:15 a.m.", "10th of June", "am 14. August 2015 um 10:28 Uhr".
            // After the hour a zone's name comes first: "16:31 AT" is Atlantic time, "16:31 A" the military zone.
            if (hour >= 0 && offset == NO_OFFSET && DateNames.zoneHours(token) != null) {
                return zone(token);
            }
            String word = lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
            if (FILLERS.contains(word)) {
                return true;
            }
            // A zone name only after the time, so that a stray letter elsewhere is not taken for a military zone.
            return hour >= 0 && zone(token);
        }

        private boolean setMeridiem(int value, String word) {
            if (word.charAt(0) > 0x7F) {
                korean = true;
            } else if (hour < 0) {
                return false;
            }
            if (meridiem != 0) {
                return false;
            }
            meridiem = value;
            return true;
        }

        private boolean number(String token) {
            Matcher time = TIME.matcher(token);
            if (time.matches()) {
                if (hour >= 0) {
                    return false;
                }
                hour = Integer.parseInt(time.group(1));
                minute = Integer.parseInt(time.group(2));
                second = intOr(time.group(3));
                nano = nanos(time.group(4));
                String suffix = time.group(5).toLowerCase(Locale.ROOT);
                return suffix.isEmpty() || setMeridiem(suffix.startsWith("a") ? 1 : 2, suffix);
            }
            boolean digits = true;
            for (int i = 0; i < token.length() && digits; i++) {
                digits = Character.isDigit(token.charAt(i));
            }
            if (digits) {
                return plainNumber(token);
            }
            Matcher ordinal = ORDINAL_DAY.matcher(token);
            if (ordinal.matches()) {
                return setDay(Integer.parseInt(ordinal.group(1)));
            }
            Matcher numeric = NUMERIC_DATE.matcher(token);
            if (numeric.matches() && year < 0 && month == 0 && day == 0) {
                year = Integer.parseInt(numeric.group(1));
                month = Integer.parseInt(numeric.group(3));
                day = Integer.parseInt(numeric.group(4));
                return true;
            }
            Matcher dotted = DOTTED_NUMBER.matcher(token);
            if (dotted.matches()) {
                return plainNumber(dotted.group(1));
            }
            Matcher yearLast = YEAR_LAST_DATE.matcher(token);
            if (yearLast.matches() && year < 0 && month == 0 && day == 0) {
                return yearLast(Integer.parseInt(yearLast.group(1)), yearLast.group(2).charAt(0),
                        Integer.parseInt(yearLast.group(3)), Integer.parseInt(yearLast.group(4)));
            }
            Matcher cjk = CJK_DATE.matcher(token);
            if (cjk.matches() && year < 0 && month == 0 && day == 0) {
                year = Integer.parseInt(cjk.group(1));
                month = Integer.parseInt(cjk.group(2));
                day = Integer.parseInt(cjk.group(3));
                if (cjk.group(4) != null) {
                    hour = Integer.parseInt(cjk.group(4));
                    minute = Integer.parseInt(cjk.group(5));
                    second = intOr(cjk.group(6));
                }
                return true;
            }
            Matcher korean = KOREAN_PART.matcher(token);
            if (korean.matches()) {
                this.korean = true;
                int value = Integer.parseInt(korean.group(1));
                return switch (korean.group(2)) {
                    case "년" -> year < 0 && token.length() == 5 && setYear(value);
                    case "월" -> month == 0 && (month = value) > 0;
                    default -> setDay(value);
                };
            }
            return false;
        }

        /**
         * A numeric date with the year last. With slashes or hyphens, "03/02/2009" is the 2nd of March in the US and
         * the 3rd of February in most of the world; a wrong guess would put the article a month away from its story,
         * so only a reading that is the sole possible one ("13/06/2014", "06/13/2014") or the same either way is
         * taken, and an ambiguous one is no date.
         */
        private boolean yearLast(int first, char separator, int second, int fullYear) {
            boolean dayFirst = separator == '.' || first > 12 || first == second;
            boolean monthFirst = separator != '.' && second > 12 && first <= 12;
            if (!dayFirst && !monthFirst) {
                return false;
            }
            day = dayFirst ? first : second;
            month = dayFirst ? second : first;
            return month >= 1 && month <= 12 && setYear(fullYear);
        }

        private boolean plainNumber(String token) {
            if (token.length() == 4) {
                return year < 0 && setYear(Integer.parseInt(token));
            }
            if (token.length() > 2) {
                return false;
            }
            int value = Integer.parseInt(token);
            if (day == 0) {
                return setDay(value);
            }
            // RFC 822's two-digit year, after the day: "Thu, 01 Jan 04".
            if (year < 0 && month > 0) {
                year = fullYear(token);
                return true;
            }
            return false;
        }

        private boolean setYear(int value) {
            // "01 Jan 0100" is a typo, not the year 100; taking it would also cross the Julian calendar change.
            if (value < 1000) {
                return false;
            }
            year = value;
            return true;
        }

        private boolean setDay(int value) {
            if (day != 0 || value == 0) {
                return false;
            }
            day = value;
            return true;
        }

        private boolean zone(String token) {
            if (offset != NO_OFFSET) {
                return false;
            }
            Integer hours = DateNames.zoneHours(token);
            if (hours != null) {
                offset = hours * 3600;
                return true;
            }
            if (OFFSET.matcher(token).matches()) {
                offset = offsetSeconds(token);
                return offset != NO_OFFSET;
            }
            return false;
        }

        Optional<Instant> instant() {
            if (year < 0 || month == 0 || day == 0) {
                return Optional.empty();
            }
            int h = Math.max(hour, 0);
            if (meridiem != 0) {
                if (h < 1 || h > 12) {
                    return Optional.empty();
                }
                h = h % 12 + (meridiem == 2 ? 12 : 0);
            }
            int zone = offset != NO_OFFSET ? offset : korean ? KOREA_OFFSET_SECONDS : 0;
            return build(year, month, day, h, minute, second, nano, zone);
        }
    }

    /** Builds the instant when every field is in range; empty otherwise, never a rolled-over date. */
    private static Optional<Instant> build(int year, int month, int day, int hour, int minute, int second, int nano,
                                           int offsetSeconds) {
        if (month < 1 || month > 12 || day < 1 || day > Month.of(month).length(Year.isLeap(year))
                || hour > 23 || minute > 59 || second > 59 || offsetSeconds == NO_OFFSET) {
            return Optional.empty();
        }
        return Optional.of(LocalDateTime.of(year, month, day, hour, minute, second, nano)
                .toInstant(ZoneOffset.ofTotalSeconds(offsetSeconds)));
    }

    /** Seconds east of UTC of "Z", "+0200", "-05:00", "+02", "GMT-01:01"; NO_OFFSET when out of range. */
    private static int offsetSeconds(String zone) {
        if (zone.equalsIgnoreCase("Z") || zone.equalsIgnoreCase("UTC") || zone.equalsIgnoreCase("GMT")) {
            return 0;
        }
        Matcher m = OFFSET.matcher(zone);
        if (!m.matches()) {
            return NO_OFFSET;
        }
        int hours = Integer.parseInt(m.group(2));
        int minutes = intOr(m.group(3));
        if (minutes > 59) {
            return NO_OFFSET;
        }
        int seconds = hours * 3600 + minutes * 60;
        if (seconds > MAX_OFFSET_SECONDS) {
            return NO_OFFSET;
        }
        return m.group(1).equals("-") ? -seconds : seconds;
    }

    /** 2000-2049 for 00-49, 1950-1999 for 50-99 (RFC 2822's rule); four digits as they are. */
    private static int fullYear(String digits) {
        int value = Integer.parseInt(digits);
        if (digits.length() == 4) {
            return value;
        }
        return value < 50 ? 2000 + value : 1900 + value;
    }

    /** A fraction of a second, however many digits it has: ".1234" is 123,400,000 ns, not 1,234 ms. */
    private static int nanos(String fraction) {
        if (fraction == null || fraction.isEmpty()) {
            return 0;
        }
        int value = Integer.parseInt(fraction);
        for (int i = fraction.length(); i < 9; i++) {
            value *= 10;
        }
        return value;
    }

    private static int intOr(String digits) {
        return digits == null ? 0 : Integer.parseInt(digits);
    }
}
