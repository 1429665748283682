package news.storyline.similarity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.regex.Pattern;
import news.storyline.text.Sentences;

/**
 * How a text is written, measured plainly for a reader comparing two: its sentences and their length, how many quote
 * someone, how many ask or exclaim, and (in English) how often it says "I", "we" or "you". Shown as the style and tone
 * evidence of a pair, not scored: on the SemEval-2022 pairs the differences of these measures lowered the
 * cross-validated Pearson of the style and tone ratings (en-en style 0.49 to 0.45, tone 0.50 to 0.47), whose
 * annotators rated mostly what the articles report.
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
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019][\\p{L}]+)?");
    private static final Pattern QUOTE = Pattern.compile("[\"\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a]");
    private static final Pattern PERSONAL = Pattern.compile(
            "\\b(?:I|me|my|mine|we|us|our|ours|you|your|yours)\\b", Pattern.CASE_INSENSITIVE);

    /** The measures of {@code text} in {@code language} (ISO 639-1; null or "und" counted as English). */
    public static TextStyle of(String text, String language) {
        String t = text == null ? "" : text;
        int sentences = 0;
        int quoted = 0;
        int asking = 0;
        for (Sentences.Span span : Sentences.split(t)) {
            String sentence = span.of(t).strip();
            if (sentence.isEmpty() || WORD.matcher(sentence).results().findAny().isEmpty()) {
                continue;
            }
            sentences++;
            if (QUOTE.matcher(sentence).find()) {
                quoted++;
            }
            String bare = sentence.replaceAll("[\"\u201d\u2019\u00bb\u203a)\\]]+$", "");
            if (bare.endsWith("?") || bare.endsWith("!")) {
                asking++;
            }
        }
        long words = WORD.matcher(t).results().count();
        Double personal = null;
        if ("en".equals(language) || language == null || language.isBlank() || language.equals("und")) {
            personal = words == 0 ? 0.0 : PERSONAL.matcher(t).results().count() * 100.0 / words;
        }
        return new TextStyle(sentences, (int) words, quoted, asking, personal);
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
