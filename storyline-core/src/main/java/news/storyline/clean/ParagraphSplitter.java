package news.storyline.clean;

import java.util.ArrayList;
import java.util.List;
import news.storyline.text.Whitespace;

/**
 * Splits a body into paragraphs. Scraped text puts one paragraph on each line, with or without blank lines between;
 * text wrapped at a fixed width breaks a paragraph over several lines. So each line is a paragraph, except that a
 * line not ending a sentence is joined with a next line that starts in lower case, unless it is an address or the
 * next line a date line.
 */
public final class ParagraphSplitter {
    /** Characters that close a sentence, or a quotation or bracket around one. */
    private static final String SENTENCE_END = ".!?:;\"”’')]";
    private static final int MAX_ADDRESS_LENGTH = 2_000;

    private ParagraphSplitter() {
    }

    public static List<String> split(String text) {
        var paragraphs = new ArrayList<String>();
        StringBuilder current = null;
        for (int start = 0, end; start <= text.length(); start = end + breakLength(text, end)) {
            end = lineEnd(text, start);
            String line = Whitespace.fold(text.substring(start, end));
            if (line.isEmpty()) {
                current = flush(paragraphs, current);
            } else if (current != null && continuesWrappedLine(current, line)) {
                current.append(' ').append(line);
            } else {
                flush(paragraphs, current);
                current = new StringBuilder(line);
            }
        }
        flush(paragraphs, current);
        return paragraphs;
    }

    /**
     * Where the line from {@code start} ends: at the next line break as a pattern's {@code \\R} knows them, or the
     * text's end. Found by hand: a pattern's split was most of the cost of splitting, done twice for every article.
     */
    private static int lineEnd(String text, int start) {
        for (int i = start; i < text.length(); i++) {
            if (isBreak(text.charAt(i))) {
                return i;
            }
        }
        return text.length();
    }

    /** The length of the line break at {@code at}: 2 for CR LF, 1 for another, 1 at the text's end (to leave it). */
    private static int breakLength(String text, int at) {
        return at + 1 < text.length() && text.charAt(at) == '\r' && text.charAt(at + 1) == '\n' ? 2 : 1;
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u000B' || c == '\u000C' || c == '\u0085' || c == '\u2028'
                || c == '\u2029';
    }

    private static boolean continuesWrappedLine(CharSequence previous, String line) {
        char last = previous.charAt(previous.length() - 1);
        if (SENTENCE_END.indexOf(last) >= 0 || !Character.isLowerCase(line.codePointAt(0))) {
            return false;
        }
        // A headline or an address ends in no sentence mark, yet a date line after it ("published: 2012 - 04 -
        // 04") is no continuation, and neither is any line after an address. Only a short paragraph can be an
        // address, which also keeps a long wrapped paragraph from being copied at every line.
        return Dateline.parse(line).isEmpty()
                && (previous.length() > MAX_ADDRESS_LENGTH || SourceUrlLine.parse(previous.toString()).isEmpty());
    }

    private static StringBuilder flush(List<String> paragraphs, StringBuilder current) {
        if (current != null && !current.isEmpty()) {
            paragraphs.add(current.toString());
        }
        return null;
    }
}
