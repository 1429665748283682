package news.storyline.ingest;

import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day or month an article's address gives: news sites file their pages by date ("/2013/05/03/lohan-...",
 * "/news/2010-05-05/3-dead-...", "/technology/20070503/judge-sentences-...", "/2010/POLITICS/08/13/"). For an
 * article that gives no date otherwise, it is the best there is: the page's day, or a day off where a newspaper
 * files by its print edition (the New York Times' pages of an evening carry the next morning's date). Archive pages
 * ("2005_05_01_archive") list a month's posts and give no article's day.
 */
public final class UrlDate {
    /** "/2013/05/03/", "/2013/may/03/", "2010-05-05", "2007_04_09": a year, a month and a day, in that order. */
    private static final Pattern SEPARATED = Pattern.compile(
            "(?<![0-9])((?:19|20)[0-9]{2})([/_-])(0?[1-9]|1[0-2]|[a-z]{3})\\2(0?[1-9]|[12][0-9]|3[01])(?![0-9])");
    /** "/2010/politics/08/13/": a section's folder between the year and the month. */
    private static final Pattern SECTIONED = Pattern.compile(
            "/((?:19|20)[0-9]{2})/[a-z]+/(0?[1-9]|1[0-2])/(0?[1-9]|[12][0-9]|3[01])(?:/|$)");
    /** "20070503" standing alone between separators of the path. */
    private static final Pattern RUN_TOGETHER = Pattern.compile(
            "(?<=[/_.-])((?:19|20)[0-9]{2})(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])(?=[/_.-]|$)");
    /** "/2010/09/": a year and a month as folders. */
    private static final Pattern YEAR_MONTH = Pattern.compile("/((?:19|20)[0-9]{2})/(0?[1-9]|1[0-2])/");

    private UrlDate() {
    }

    /** The day the address's path gives, if it gives a valid one no later than {@code latest}. */
    public static Optional<LocalDate> day(String url, LocalDate latest) {
        String path = path(url);
        return path == null ? Optional.empty() : dayIn(path, latest);
    }

    /** {@link #day}, as the start of that day in UTC: the publication time of an article dated by its address. */
    public static Optional<Instant> dayStart(String url, LocalDate latest) {
        return day(url, latest).map(d -> d.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** The month the address's folders give ("/2010/09/"), or the month of its day. */
    public static Optional<YearMonth> month(String url, LocalDate latest) {
        String path = path(url);
        if (path == null) {
            return Optional.empty();
        }
        Optional<LocalDate> day = dayIn(path, latest);
        if (day.isPresent()) {
            return day.map(YearMonth::from);
        }
        Matcher m = YEAR_MONTH.matcher(path);
        if (!m.find()) {
            return Optional.empty();
        }
        YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        return month.isAfter(YearMonth.from(latest)) ? Optional.empty() : Optional.of(month);
    }

    private static Optional<LocalDate> dayIn(String path, LocalDate latest) {
        Matcher m = SEPARATED.matcher(path);
        if (m.find()) {
            return valid(m.group(1), m.group(3), m.group(4), latest);
        }
        m = SECTIONED.matcher(path);
        if (m.find()) {
            return valid(m.group(1), m.group(2), m.group(3), latest);
        }
        m = RUN_TOGETHER.matcher(path);
        if (m.find()) {
            return valid(m.group(1), m.group(2), m.group(3), latest);
        }
        return Optional.empty();
    }

    /**
     * The address's path in lower case (the query and fragment left out); null when it is no address, or an archive
     * page's, which lists a month's posts and dates none of them.
     */
    private static String path(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String path = URI.create(url.strip().replace(" ", "%20")).getPath();
            String lower = path == null ? null : path.toLowerCase(java.util.Locale.ROOT);
            return lower == null || lower.contains("archive") ? null : lower;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Optional<LocalDate> valid(String year, String month, String day, LocalDate latest) {
        int m = month.chars().allMatch(Character::isDigit) ? Integer.parseInt(month) : DateNames.month(month);
        if (m < 1) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), m, Integer.parseInt(day));
            return date.isAfter(latest) ? Optional.empty() : Optional.of(date);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
