package news.storyline.clean;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.storyline.ingest.PublishedTimeParser;
import news.storyline.text.Whitespace;

/**
 * A line near the top that only gives the date ("January 09, 2008", "Published: 10 June 2014"). It is not text
 * of the story, but it is the article's date when the input gave none.
 */
final class Dateline {
    private static final Pattern LABEL = Pattern.compile(
            "^(published|updated|last updated|posted|posted on|date)\\s*:?\\s*", Pattern.CASE_INSENSITIVE);
    /** A tokeniser's spaces inside a number ("2012 - 04 - 04 11: 47: 35", as ECB+ writes dates). */
    private static final Pattern SPACED_SEPARATOR = Pattern.compile("(?<=\\d) ?([:/.-]) ?(?=\\d)");
    private static final int MAX_WORDS = 8;
    /** Where a date starts in a line: a month's name before a day, a day before a month's name, or an ISO date. */
    private static final Pattern DATE_START = Pattern.compile("(?i)\\b(" + BoilerplateLines.MONTH + "\\s+\\d{1,2}\\b"
            + "|\\d{1,2}\\s+" + BoilerplateLines.MONTH + "\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})");
    /** Longer than any dateline, so a long paragraph costs no pattern search. */
    private static final int MAX_LENGTH = 200;

    private Dateline() {
    }

    /** The date, when the paragraph is a dateline. */
    static Optional<Instant> parse(String paragraph) {
        if (paragraph.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String joined = SPACED_SEPARATOR.matcher(paragraph.strip()).replaceAll("$1");
        if (Whitespace.wordCount(joined) > MAX_WORDS) {
            return Optional.empty();
        }
        return PublishedTimeParser.parse(LABEL.matcher(joined).replaceFirst(""));
    }

    /**
     * The date a byline gives after the names ("By: Marguerite Reardon August 18, 2010 3:21 PM PDT", "By Seth
     * Fiegerman 2014-01-26 21:32:46 UTC", "By Sam Byford on June 29, 2014 08:08 pm @345triangle"): from where a date
     * starts, the longest run of words that reads as one.
     */
    static Optional<Instant> inByline(String byline) {
        if (byline.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        Matcher start = DATE_START.matcher(byline);
        if (!start.find()) {
            return Optional.empty();
        }
        String[] words = byline.substring(start.start()).strip().split("\\s+");
        for (int end = Math.min(words.length, MAX_WORDS); end >= 2; end--) {
            Optional<Instant> date = PublishedTimeParser.parse(String.join(" ", Arrays.copyOf(words, end)));
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }
}
