package news.storyline.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The facts a paragraph states that a near copy must state alike: its numbers (times and decimals included), the
 * names it gives, and whether it negates. Two paragraphs that differ only in these ("struck at about 7:30 a.m. ...
 * 1.4 miles" and "9:30 a.m. ... 2.7 miles") say different things however similar their letters are, and removing
 * one as a repeat would lose a fact.
 */
final class ParagraphFacts {
    /** A number as written: digits, with decimal points, thousands separators or a time's colon inside. */
    private static final Pattern NUMBER = Pattern.compile("\\p{Nd}+(?:[.,:]\\p{Nd}+)*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{Nd}][\\p{L}\\p{Nd}'’]*");
    /** Marks after which a sentence or a quotation starts, so that the next word is capitalised whatever it is. */
    private static final String SENTENCE_BREAKS = "!?:;\"“”«»`([—–";
    /** "Mr.", "Dr.", "U.S.": a capitalised abbreviation, whose period ends no sentence. */
    private static final Pattern ABBREVIATION = Pattern.compile("(^|[^\\p{L}.])\\p{Lu}[\\p{L}.]{0,3}$");
    private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
            "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions", "trillion",
            "dozen", "dozens", "half", "first", "second", "third", "fourth", "fifth");
    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "none", "nobody", "nothing",
            "neither", "nor", "cannot", "without", "nowhere");

    /** The numbers, sorted, so that the same numbers in another order compare equal. */
    private final List<String> numbers;
    /** A digest of all the facts, so that most paragraphs that differ are told apart at once. */
    private final int digest;
    /** Capitalised words not standing first in a sentence, in lower case. */
    private final Set<String> names;
    /** Every word in lower case, to tell a name from a common word that only changed case. */
    private final Set<String> lowerWords;
    private final int negations;

    private ParagraphFacts(List<String> numbers, Set<String> names, Set<String> lowerWords, int negations) {
        this.numbers = numbers;
        this.names = names;
        this.lowerWords = lowerWords;
        this.negations = negations;
        this.digest = 31 * numbers.hashCode() + negations;
    }

    static ParagraphFacts of(String paragraph) {
        var numbers = new ArrayList<String>();
        Matcher number = NUMBER.matcher(paragraph);
        while (number.find()) {
            numbers.add(withoutThousandsSeparators(number.group()));
        }
        var names = new HashSet<String>();
        var lowerWords = new HashSet<String>();
        int negations = 0;
        Matcher word = WORD.matcher(paragraph);
        while (word.find()) {
            String text = word.group();
            String lower = text.toLowerCase(Locale.ROOT);
            lowerWords.add(lower);
            if (NUMBER_WORDS.contains(lower)) {
                numbers.add(lower);
            }
            if (NEGATIONS.contains(lower) || lower.endsWith("n't") || lower.endsWith("n’t")) {
                negations++;
            }
            if (isName(text, paragraph, word.start())) {
                names.add(lower);
            }
        }
        numbers.sort(null);
        return new ParagraphFacts(List.copyOf(numbers), names, lowerWords, negations);
    }

    /**
     * Whether the other paragraph states the same facts: the same numbers, the same count of negations, and no name
     * in one that the other lacks altogether (a word capitalised in one and not the other is the same word).
     */
    boolean sameAs(ParagraphFacts other) {
        return digest == other.digest && negations == other.negations && numbers.equals(other.numbers)
                && other.lowerWords.containsAll(names) && lowerWords.containsAll(other.names);
    }

    /**
     * A word that names something: capitalised where a sentence does not start, or written with capitals inside
     * ("USGS", "OpenWorld") wherever it stands.
     */
    private static boolean isName(String word, String paragraph, int start) {
        if (!Character.isUpperCase(word.codePointAt(0))) {
            return false;
        }
        if (word.codePoints().skip(1).anyMatch(Character::isUpperCase)) {
            return true;
        }
        return !startsSentence(paragraph, start);
    }

    private static boolean startsSentence(String paragraph, int start) {
        int end = start;
        while (end > 0 && Character.isWhitespace(paragraph.charAt(end - 1))) {
            end--;
        }
        if (end == 0) {
            return true;
        }
        char before = paragraph.charAt(end - 1);
        if (before == '.') {
            return !ABBREVIATION.matcher(paragraph.substring(Math.max(0, end - 6), end - 1)).find();
        }
        return SENTENCE_BREAKS.indexOf(before) >= 0;
    }

    private static String withoutThousandsSeparators(String number) {
        return number.replaceAll(",(?=\\p{Nd}{3}(?!\\p{Nd}))", "");
    }
}
