package news.storyline.clean;

import java.time.Instant;
import java.util.Optional;
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
}
