package news.storyline.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import news.storyline.text.Whitespace;

/**
 * Reads the publication times news inputs carry: ISO 8601 (with or without zone or time), RFC 1123 as feeds use,
 * and the written dates of datelines ("June 10, 2014", "10 June 2014"). Times without a zone are taken as UTC;
 * a date alone is its midnight UTC.
 */
public final class PublishedTimeParser {
    private static final List<DateTimeFormatter> WRITTEN_DATES = List.of(
            pattern("MMMM d, uuuu"), pattern("MMM d, uuuu"), pattern("d MMMM uuuu"), pattern("d MMM uuuu"),
            pattern("MMMM d uuuu"), pattern("EEEE, MMMM d, uuuu"), pattern("EEEE, d MMMM uuuu"));

    private PublishedTimeParser() {
    }

    public static Optional<Instant> parse(String text) {
        // Every form read here has digits; most lines asked about are text and have none.
        if (text == null || text.chars().noneMatch(Character::isDigit)) {
            return Optional.empty();
        }
        String s = Whitespace.fold(text);
        return attempt(() -> OffsetDateTime.parse(s).toInstant())
                .or(() -> attempt(() -> Instant.parse(s)))
                .or(() -> attempt(() -> ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant()))
                .or(() -> attempt(() -> LocalDateTime.parse(s.replace(' ', 'T')).toInstant(ZoneOffset.UTC)))
                .or(() -> attempt(() -> LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC)))
                .or(() -> writtenDate(s));
    }

    private static Optional<Instant> writtenDate(String s) {
        String withoutOrdinal = s.replaceAll("(\\d)(st|nd|rd|th)\\b", "$1");
        for (DateTimeFormatter format : WRITTEN_DATES) {
            Optional<Instant> parsed = attempt(
                    () -> LocalDate.parse(withoutOrdinal, format).atStartOfDay().toInstant(ZoneOffset.UTC));
            if (parsed.isPresent()) {
                return parsed;
            }
        }
        return Optional.empty();
    }

    private static DateTimeFormatter pattern(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH);
    }

    private interface Parse {
        Instant run();
    }

    private static Optional<Instant> attempt(Parse parse) {
        try {
            return Optional.of(parse.run());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
