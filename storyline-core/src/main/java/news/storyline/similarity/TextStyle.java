package news.storyline.similarity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import news.storyline.text.Sentences;

/**
 * How a text is written, measured plainly for a reader comparing two: its sentences and their length, how many hold
 * quotation marks, how many ask or exclaim, and (in English) how often it says "I", "we" or "you". Shown as the style
 * and tone evidence of a pair, not scored: on the SemEval-2022 pairs, the differences of such measures added to the
 * pair features (a ridge refitted on the features {@code evaluate-pairs --features} dumps, five folds, five seeds)
 * lowered the cross-validated Pearson of the style and tone ratings (en-en style 0.49 to 0.45, tone 0.50 to 0.47),
 * whose annotators rated mostly what the articles report.
 *
 * @param sentences             sentences, as {@link Sentences} cuts them (a quotation whole with its attribution)
 * @param words                 words (runs of letters or digits)
 * @param quotedSentences       sentences holding a quotation mark
 * @param questionsOrExclaims   sentences ending in a question or exclamation mark
 * @param personalPer100Words   "I", "we", "you" and their forms per 100 words, in English; null in other languages
 */
public record TextStyle(int sentences, int words, int quotedSentences, int questionsOrExclaims,
                        Double personalPer100Words) {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Quotation marks, straight and typographic, of the languages the analysis covers. */
    private static final String QUOTES = "\"\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a\u300c\u300d\u300e\u300f";
    private static final java.util.Set<String> PERSONAL = java.util.Set.of("i", "me", "my", "mine", "we", "us",
            "our", "ours", "you", "your", "yours");

    /**
     * The measures of {@code text} in {@code language} (ISO 639-1; null or "und" counted as English). One pass over
     * the sentences and one over the words, with no pattern matching: a pairs file measures two texts a pair.
     */
    public static TextStyle of(String text, String language) {
        String t = text == null ? "" : text;
        int sentences = 0;
        int quoted = 0;
        int asking = 0;
        for (Sentences.Span span : Sentences.split(t)) {
            boolean word = false;
            boolean quote = false;
            for (int i = span.start(); i < span.end(); i++) {
                char c = t.charAt(i);
                word |= Character.isLetterOrDigit(c);
                quote |= QUOTES.indexOf(c) >= 0;
            }
            if (!word) {
                continue;
            }
            sentences++;
            quoted += quote ? 1 : 0;
            int last = span.end() - 1;
            while (last > span.start() && (Sentences.isCloser(t.charAt(last))
                    || Character.isWhitespace(t.charAt(last)))) {
                last--;
            }
            asking += "?!\uff1f\uff01\u061f".indexOf(t.charAt(last)) >= 0 ? 1 : 0;
        }
        boolean english = language == null || language.isBlank() || language.equals("und") || language.equals("en");
        int words = 0;
        int personal = 0;
        int n = t.length();
        for (int i = 0; i < n; ) {
            if (!Character.isLetterOrDigit(t.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            if (news.storyline.text.TextKey.writtenWithoutSpaces(t.charAt(i))) {
                // Chinese, Japanese, Thai: no spaces between words, so each character counts as one, as the text
                // keys count them (a Chinese word is one to four).
                words++;
                i++;
                continue;
            }
            while (i < n && Character.isLetterOrDigit(t.charAt(i))
                    && !news.storyline.text.TextKey.writtenWithoutSpaces(t.charAt(i))) {
                i++;
            }
            int core = i; // "I" of "I'm"
            if (i + 1 < n && (t.charAt(i) == '\'' || t.charAt(i) == '\u2019') && Character.isLetter(t.charAt(i + 1))) {
                i++;
                while (i < n && Character.isLetterOrDigit(t.charAt(i))) {
                    i++;
                }
            }
            words++;
            if (english && core - start <= 5 && PERSONAL.contains(t.substring(start, core).toLowerCase(Locale.ROOT))) {
                personal++;
            }
        }
        return new TextStyle(sentences, words, quoted, asking, english ? (words == 0 ? 0.0 : personal * 100.0 / words)
                : null);
    }

    /** Words a sentence, on average (0 for no sentence). */
    public double wordsPerSentence() {
        return sentences == 0 ? 0 : words / (double) sentences;
    }

    /** "24.1 words a sentence, 6 of 20 sentences with quotation marks". */
    public String styleLine() {
        return String.format(Locale.ROOT, "%.1f words a sentence, %d of %d %s with quotation marks",
                wordsPerSentence(), quotedSentences, sentences, sentences == 1 ? "sentence" : "sentences");
    }

    /** "2 questions or exclamations, I/we/you 0.4 per 100 words" (the last in English only). */
    public String toneLine() {
        return questionsOrExclaims + (questionsOrExclaims == 1 ? " question or exclamation" : " questions or exclamations")
                + (personalPer100Words == null ? "" : String.format(Locale.ROOT, ", I/we/you %.1f per 100 words",
                personalPer100Words));
    }

    ObjectNode styleJson() {
        ObjectNode node = JSON.createObjectNode();
        node.put("sentences", sentences);
        node.put("words", words);
        node.put("wordsPerSentence", Math.round(wordsPerSentence() * 10) / 10.0);
        node.put("quotedSentences", quotedSentences);
        return node;
    }

    ObjectNode toneJson() {
        ObjectNode node = JSON.createObjectNode();
        node.put("questionsOrExclamations", questionsOrExclaims);
        if (personalPer100Words != null) {
            node.put("personalPer100Words", Math.round(personalPer100Words * 10) / 10.0);
        }
        return node;
    }
}
