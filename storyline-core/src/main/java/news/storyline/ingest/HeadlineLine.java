package news.storyline.ingest;

import java.util.regex.Pattern;
import news.storyline.text.Whitespace;

/**
 * Whether a line at the top of a text reads as its headline: short, with a letter, and not closed as a sentence or a
 * clause is (headlines end without a full stop: "Obama overturns Bush endangered species rule"). Text files and scraped
 * records carry the headline so, as their first line of words.
 */
public final class HeadlineLine {
    private static final int MAX_WORDS = 20;
    /** How a sentence, a clause or a quotation ends ("'' " is a tokeniser's closing quote). */
    private static final Pattern CLOSED = Pattern.compile(".*[.!?,;:\"”’')]$");

    private HeadlineLine() {
    }

    public static boolean looksLikeOne(String line) {
        return Whitespace.wordCount(line) <= MAX_WORDS && !CLOSED.matcher(line).matches()
                && line.codePoints().anyMatch(Character::isLetter);
    }
}
