package news.storyline.ingest;

import java.util.Arrays;
import java.util.List;
import news.storyline.text.Whitespace;

/**
 * The article body a page declares in its schema.org JSON-LD ({@code articleBody}), which publishers write for search
 * engines. A page that renders its story by script holds little of it in its markup, and a metered page often shows a
 * teaser of what it declares whole: there the declared body is the story. It is read only when it holds much more text
 * than the page shows, since elsewhere it is a copy of the visible body without its paragraph breaks, and sometimes a
 * summary.
 */
final class StructuredArticleBody {
    /** The value {@link HtmlReader#BODY_FROM} takes when the body came from here. */
    static final String SOURCE = "json-ld articleBody";
    /** How many times the visible body's letters the declared one must hold to be read instead. */
    private static final int TIMES_LONGER = 2;
    /** A declared body shorter than this (letters) is a summary, not a story. */
    private static final int MIN_LETTERS = 200;

    private StructuredArticleBody() {
    }

    /** The declared body's paragraphs: its lines, or its blocks when it is written as HTML; none when there is none. */
    static List<String> paragraphs(String body) {
        if (body == null || body.isBlank()) {
            return List.of();
        }
        if (body.indexOf('<') >= 0 && body.indexOf('>') > body.indexOf('<')) {
            return HtmlFragmentText.paragraphs(body);
        }
        return Arrays.stream(body.split("\\R+"))
                .map(Whitespace::fold)
                .filter(line -> !line.isEmpty())
                .toList();
    }

    /** Whether the declared body holds much more text than the visible one, and enough to be a story. */
    static boolean holdsMoreThan(List<String> declared, List<String> visible) {
        long declaredLetters = letters(declared);
        return declaredLetters >= MIN_LETTERS && declaredLetters >= TIMES_LONGER * letters(visible);
    }

    private static long letters(List<String> paragraphs) {
        return paragraphs.stream().mapToLong(paragraph -> paragraph.codePoints().filter(Character::isLetter).count())
                .sum();
    }
}
