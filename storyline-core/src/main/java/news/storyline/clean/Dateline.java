package news.storyline.clean;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import news.storyline.ingest.PublishedTimeParser;
import news.storyline.ingest.TimesLine;
import news.storyline.text.Whitespace;

/**
 * A line near the top that only gives the date ("January 09, 2008", "Published: 10 June 2014", "Publié le 20 août
 * 2015 à 10h28"), perhaps with the agency or the author after it or the author before it ("2015.08.15 10:28 MTI",
 * "Полина Зябрева 15.08.2015, 14:10"), or a line of the page's posting and update times ({@link TimesLine}: "21
 * July 2013 Last updated at 11:11 GMT", "INDONESIA, July 2, 2013"). It is not text of the story, but it is the article's date when the input gave
 * none.
 */
final class Dateline {
    private static final Pattern LABEL = Pattern.compile(
            "^(published|updated|last updated|posted|posted on|date|publié|mis à jour|veröffentlicht|aktualisiert"
                    + "|publicado|actualizado|pubblicato|aggiornato|gepubliceerd|opublikowano|zaktualizowano"
                    + "|опубликовано|обновлено|yayınlanma|güncelleme"
                    // Chinese, Japanese, Korean and Arabic, as news sites label the time (a full-width colon too)
                    + "|发布时间|發布時間|发布日期|发表时间|發表時間|更新时间|更新時間|时间|時間|日期|公開日|更新日|配信日時"
                    + "|기사입력|입력|수정|등록|نشر في|تاريخ النشر|آخر تحديث|نشر بتاريخ)\\s*[:：]?\\s*",
            Pattern.CASE_INSENSITIVE);
    /** Names before a date in a date line: "Полина Зябрева 15.08.2015, 14:10". */
    private static final int MAX_NAME_WORDS = 3;
    /** Words of a credit after a date: "MTI", "forrás: MTI", "BY TMZ STAFF". */
    private static final int MAX_CREDIT_WORDS = 4;
    /** A credit's word: capitalised or in capitals, or in brackets, or a short label before a colon ("forrás:"). */
    private static final Pattern CREDIT_WORD = Pattern.compile("[\\p{Lu}(\\[][\\p{L}\\p{M}.'’&)\\]-]*|\\p{Ll}{2,10}:"
            // and in scripts without capitals, a label and its value: "来源：新华网", "作者：张三", "المصدر:"
            + "|[\\p{IsHan}\\p{IsHangul}]{2,4}[:：]\\S*|\\p{IsArabic}{2,10}[:：]\\S*");
    /** A name's word: capitalised, no digit. */
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}.'’-]*");
    /** A tokeniser's spaces inside a number ("2012 - 04 - 04 11: 47: 35", as ECB+ writes dates). */
    private static final Pattern SPACED_SEPARATOR = Pattern.compile("(?<=\\d) ?([:/.-]) ?(?=\\d)");
    private static final int MAX_WORDS = 8;
    /** Longer than any dateline, so a long paragraph costs no pattern search. */
    private static final int MAX_LENGTH = 200;

    private Dateline() {
    }

    /** Where a line of the page's particulars parts them: "Linette Lopez | Sep. 21, 2011, 3:17 PM | 1,209 |". */
    private static final Pattern SEGMENT_SEPARATOR = Pattern.compile("\\s*[|•]\\s*");
    /** Words of a segment that ends like a sentence: then the line is text, not particulars. */
    private static final int SENTENCE_WORDS = 6;

    /**
     * The date, when the paragraph is a dateline, or a line of the article's particulars parted by bars or bullets
     * with a date among them ("Le Monde | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13 | Par Martin
     * Untersinger"): the first date of such a line.
     */
    static Optional<Instant> parse(String paragraph) {
        if (paragraph.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        return dateLine(paragraph).or(() -> inParticulars(paragraph)).or(() -> TimesLine.postingTime(paragraph));
    }

    private static Optional<Instant> inParticulars(String line) {
        if (line.indexOf('|') < 0 && line.indexOf('•') < 0) {
            return Optional.empty();
        }
        Optional<Instant> date = Optional.empty();
        int segments = 0;
        for (String segment : SEGMENT_SEPARATOR.split(line.strip())) {
            if (segment.isBlank()) {
                continue;
            }
            segments++;
            int words = Whitespace.wordCount(segment);
            char last = segment.charAt(segment.length() - 1);
            if (words > MAX_WORDS || words >= SENTENCE_WORDS && (last == '.' || last == '!' || last == '?')) {
                return Optional.empty();
            }
            if (date.isEmpty()) {
                date = dateLine(segment);
            }
        }
        return segments >= 2 ? date : Optional.empty();
    }

    private static Optional<Instant> dateLine(String paragraph) {
        String stripped = paragraph.strip();
        String joined = SPACED_SEPARATOR.matcher(stripped).replaceAll("$1");
        if (Whitespace.wordCount(joined) > MAX_WORDS) {
            return Optional.empty();
        }
        String line = LABEL.matcher(joined).replaceFirst("");
        if (joined.equals(stripped)) {
            // Nothing was joined (most lines): one reading.
            return PublishedTimeParser.parse(line).or(() -> betweenNamesAndCredit(line));
        }
        // As written first: the joining that mends a tokeniser's "2012 - 04 - 04" also runs a date into the time
        // after a dash ("10 يونيو 2014 - 09:30").
        return PublishedTimeParser.parse(LABEL.matcher(stripped).replaceFirst(""))
                .or(() -> PublishedTimeParser.parse(line)).or(() -> betweenNamesAndCredit(line));
    }

    /**
     * The date of a line that holds a date between up to {@value #MAX_NAME_WORDS} capitalised words (an author) and
     * up to {@value #MAX_CREDIT_WORDS} words of a credit: the widest such date found.
     */
    private static Optional<Instant> betweenNamesAndCredit(String line) {
        String[] words = line.split("\\s+");
        for (int from = 0; from <= Math.min(MAX_NAME_WORDS, words.length - 1); from++) {
            if (from > 0 && !NAME_WORD.matcher(words[from - 1]).matches()) {
                break;
            }
            for (int end = words.length; end > from; end--) {
                if (end < words.length - MAX_CREDIT_WORDS) {
                    break;
                }
                if (end < words.length && !CREDIT_WORD.matcher(words[end]).matches()) {
                    break; // the credit is read from its end backwards: a word that is none stops the search
                }
                if (from == 0 && end == words.length) {
                    continue;
                }
                Optional<Instant> date = PublishedTimeParser.parse(String.join(" ",
                        Arrays.copyOfRange(words, from, end)));
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        return Optional.empty();
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
        int start = TimesLine.dateStart(byline);
        return start < 0 ? Optional.empty()
                : TimesLine.longestDate(List.of(byline.substring(start).strip().split("\\s+")));
    }
}
