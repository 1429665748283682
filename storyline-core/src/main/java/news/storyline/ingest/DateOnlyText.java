package news.storyline.ingest;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a short text is only a date or time ("May 03, 2013", "2013-05-03", "Friday, June 7, 2013",
 * "12 January 2010 @ 09: 29 pm"), as scraped corpora put in their title field: digits, and no words but month and
 * weekday names, ordinals, am/pm and zones. A real headline has other words; one made of a bare number ("1984") is
 * kept as a headline.
 */
final class DateOnlyText {
    private static final int MAX_LENGTH = 50;
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
            "st", "nd", "rd", "th", "am", "pm", "a", "p", "m", "at", "t", "z", "utc", "gmt", "et", "est", "edt", "ct",
            "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt", "bst", "cet", "cest", "posted", "updated",
            "published", "on");

    private DateOnlyText() {
    }

    static boolean isDateOnly(String text) {
        String s = text.strip();
        if (s.isEmpty() || s.length() > MAX_LENGTH || s.chars().noneMatch(Character::isDigit)) {
            return false;
        }
        boolean month = false;
        Matcher word = WORD.matcher(s);
        while (word.find()) {
            String w = word.group().toLowerCase(Locale.ROOT);
            if (MONTHS.contains(w)) {
                month = true;
            } else if (!OTHER_DATE_WORDS.contains(w)) {
                return false;
            }
        }
        return month || NUMERIC_DATE.matcher(s).find() || PublishedTimeParser.parse(s).isPresent();
    }
}
