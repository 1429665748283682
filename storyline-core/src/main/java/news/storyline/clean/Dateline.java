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
    private static final int MAX_WORDS = 8;

    private Dateline() {
    }

    /** The date, when the paragraph is a dateline. */
    static Optional<Instant> parse(String paragraph) {
        if (Whitespace.wordCount(paragraph) > MAX_WORDS) {
            return Optional.empty();
        }
        return PublishedTimeParser.parse(LABEL.matcher(paragraph.strip()).replaceFirst(""));
    }
}
