package news.storyline.ingest;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises a line that is an outlet's id for an article rather than text, as scrapes often start with:
 * "1.1345264-3993115206". Such a line is one token of digits and separators, mostly digits, and not a date.
 */
public final class SourceIdLine {
    private static final Pattern ID_TOKEN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/#-]{5,79}");

    private SourceIdLine() {
    }

    /** The id, when the line is one. */
    public static Optional<String> parse(String line) {
        String candidate = line == null ? "" : line.strip();
        if (!ID_TOKEN.matcher(candidate).matches() || PublishedTimeParser.parse(candidate).isPresent()) {
            return Optional.empty();
        }
        long digits = candidate.chars().filter(Character::isDigit).count();
        return digits >= 6 && digits * 2 >= candidate.length() ? Optional.of(candidate) : Optional.empty();
    }
}
