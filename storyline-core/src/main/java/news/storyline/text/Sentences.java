package news.storyline.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts a text into sentences with their offsets. A sentence ends at a line break, or at '.', '!' or '?' (closing
 * quotes and brackets after it included) followed by white space and a capital, a digit, an opening quote or a letter
 * of a script without capitals (Arabic, Hebrew, Devanagari ...); not after a title or initial ("Mr.", "U.S.", "Jan.",
 * "A.") nor inside a number ("3.5"). The Arabic question mark and full stop and the Devanagari danda end one as '?'
 * and '.' do; the Chinese and Japanese full stop, exclamation and question marks end one whatever follows, as those
 * scripts put no space between sentences. Quotes stay whole with the sentence that carries them, since a news
 * sentence is often a quote and its attribution.
 */
public final class Sentences {
    /** Words that end with a full stop without ending a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "gen", "gov", "sen",
            "rep", "col", "lt", "capt", "sgt", "st", "jr", "sr", "no", "vs", "etc", "inc", "ltd", "co", "corp",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "rev",
            "maj", "adm", "cmdr", "supt", "insp", "det", "pres", "approx", "est", "fig", "al");

    private Sentences() {
    }

    /** One sentence: its offsets in the text. */
    public record Span(int start, int end) {
        public String of(String text) {
            return text.substring(start, end);
        }

        public boolean contains(int offset) {
            return offset >= start && offset < end;
        }
    }

    /** The sentences of {@code text}, in order, trimmed of surrounding white space; empty ones left out. */
    public static List<Span> split(String text) {
        List<Span> spans = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                add(text, start, i, spans);
                start = i + 1;
            } else if (isIdeographicEnd(c) || (c == '.' || c == '!' || c == '?' || c == '\u061f' || c == '\u06d4'
                    || c == '\u0964') && endsSentence(text, i)) {
                int end = afterClosers(text, i + 1);
                add(text, start, end, spans);
                start = end;
                i = end - 1;
            }
        }
        add(text, start, n, spans);
        return spans;
    }

    /** The sentence holding {@code offset}, or null. */
    public static Span at(List<Span> sentences, int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = sentences.get(mid);
            if (offset < s.start) {
                hi = mid - 1;
            } else if (offset >= s.end) {
                lo = mid + 1;
            } else {
                return s;
            }
        }
        return null;
    }

    private static void add(String text, int start, int end, List<Span> spans) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            spans.add(new Span(start, end));
        }
    }

    /**
     * What may follow a sentence's last mark and still belong to it: closing quotes (straight, typographic, guillemets,
     * corner brackets) and brackets.
     */
    public static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '\u201d' || c == '\u2019' || c == ')' || c == ']' || c == '\u00bb'
                || c == '\u203a' || c == '\u300d' || c == '\u300f' || c == '\u300b' || c == '\uff09';
    }

    /**
     * Where a sentence's closing quotes and brackets end, from just after its last mark: those written against it,
     * and the closing {@code ''} of tokenised corpora, which stands apart ("whuuuuhhh?? '' double-take", "he said. ''").
     */
    private static int afterClosers(String text, int from) {
        int end = from;
        while (end < text.length() && isCloser(text.charAt(end))) {
            end++;
        }
        if (text.startsWith(" ''", end) && (end + 3 == text.length() || Character.isWhitespace(text.charAt(end + 3)))) {
            end += 3;
        }
        return end;
    }

    /** The Chinese and Japanese full stop (and its full-width form), exclamation and question marks. */
    private static boolean isIdeographicEnd(char c) {
        return c == '\u3002' || c == '\uff0e' || c == '\uff01' || c == '\uff1f';
    }

    private static boolean endsSentence(String text, int dot) {
        int n = text.length();
        int after = afterClosers(text, dot + 1);
        if (after >= n) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(after))) {
            return false;
        }
        int next = after;
        while (next < n && text.charAt(next) == ' ') {
            next++;
        }
        if (next >= n || text.charAt(next) == '\n') {
            return true;
        }
        char first = text.charAt(next);
        if (Character.isDigit(first) && dot > 0 && Character.isDigit(text.charAt(dot - 1)) && next == after + 1
                && text.charAt(dot) == '.') {
            return false; // a decimal as tokenised corpora print it: "$2. 6 million"
        }
        // A letter with no case (Arabic, Hebrew, Devanagari, Chinese ...) opens a sentence as a capital does.
        boolean caseless = Character.isLetter(first) && !Character.isUpperCase(first) && !Character.isLowerCase(first);
        boolean opens = Character.isUpperCase(first) || caseless || Character.isDigit(first) || first == '"'
                || first == '\u201c' || first == '\'' || first == '\u2018' || first == '(';
        if (!opens || text.charAt(dot) != '.') {
            return opens;
        }
        // The word before the full stop: an abbreviation or an initial does not end the sentence.
        int w = dot;
        while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        String word = text.substring(w, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        if (w > 0 && text.charAt(w - 1) == '.') {
            return false; // "U.S." and "a.m." inside a sentence, unless a capital sentence follows: kept together
        }
        // "a .357 Magnum" as tokenised corpora print it ("with a. 357 Magnum"): an article ends no sentence.
        if (Character.isDigit(first) && ARTICLES.contains(word.toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        return !ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /** English articles, which no sentence ends with. */
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
}
