package news.storyline.similarity;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import news.storyline.clean.LanguageIdentifier;
import news.storyline.ingest.PublishedTimeParser;
import news.storyline.ingest.UrlDate;

/**
 * One line of a pairs file: {@code pair_id}, {@code text1}, {@code text2} and optionally {@code title1/2},
 * {@code lang1/2}, {@code date1/2}, {@code url1/2}. Reading it checks what scoring cannot do without, and says what
 * is wrong in one line.
 */
public record PairInput(String pairId, Side first, Side second) {
    /** Where a text is mostly control characters or replacement marks it was binary, not text. */
    private static final double MAX_JUNK_SHARE = 0.1;

    /** One article of a pair. */
    public record Side(String title, String text, String language, Instant date, String url) {
        /** Its profile; a language without an analyzer is analysed with the standard one. */
        public ArticleProfile profile(String id) {
            return ArticleProfile.of(id, title, text, language, date);
        }
    }

    /** Thrown for a line that cannot be scored, with the reason in words. */
    public static final class BadPairException extends Exception {
        public BadPairException(String message) {
            super(message);
        }
    }

    /**
     * Reads a parsed line.
     *
     * @param languages identifies a side's language when the line gives none
     */
    public static PairInput of(JsonNode line, LanguageIdentifier languages) throws BadPairException {
        if (line == null || !line.isObject()) {
            throw new BadPairException("not a JSON object");
        }
        String id = text(line, "pair_id");
        if (id == null) {
            id = text(line, "id");
        }
        if (id == null) {
            throw new BadPairException("no pair_id");
        }
        return new PairInput(id, side(line, "1", languages), side(line, "2", languages));
    }

    private static Side side(JsonNode line, String n, LanguageIdentifier languages) throws BadPairException {
        String text = text(line, "text" + n);
        if (text == null) {
            throw new BadPairException("no text" + n);
        }
        if (text.isBlank()) {
            throw new BadPairException("text" + n + " is empty");
        }
        if (junkShare(text) > MAX_JUNK_SHARE) {
            throw new BadPairException("text" + n + " is binary content, not text");
        }
        String language = text(line, "lang" + n);
        if (language == null || language.isBlank()) {
            language = languages.identify(text);
        }
        String dateText = text(line, "date" + n);
        Instant date = null;
        if (dateText != null && !dateText.isBlank()) {
            Optional<Instant> parsed = PublishedTimeParser.parseDateField(dateText);
            if (parsed.isEmpty()) {
                throw new BadPairException("date" + n + " \"" + dateText + "\" is not a date");
            }
            date = parsed.get();
        }
        String url = text(line, "url" + n);
        if (date == null && url != null) {
            // As an article with no date of its own takes its address's (/2014/06/10/...), not today's.
            date = UrlDate.dayStart(url, LocalDate.now(ZoneOffset.UTC)).orElse(null);
        }
        return new Side(text(line, "title" + n), text, language, date, url);
    }

    private static String text(JsonNode line, String field) {
        JsonNode value = line.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** The share of characters that no text holds: controls other than whitespace, and U+FFFD from bad bytes. */
    static double junkShare(String text) {
        long junk = text.chars().filter(c -> c == 0xFFFD
                || Character.isISOControl(c) && !Character.isWhitespace(c)).count();
        return junk / (double) text.length();
    }
}
