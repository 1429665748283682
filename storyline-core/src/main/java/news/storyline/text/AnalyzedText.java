package news.storyline.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * A text's index terms (stemmed, stop words removed) with where each starts in the text, from one pass of the
 * language's analyzer. Keeping the offsets lets sentences and passages be cut from the same pass instead of a
 * second analysis.
 *
 * @param terms  the terms in reading order
 * @param starts the character offset in the text where each term's word starts
 */
public record AnalyzedText(String[] terms, int[] starts) {

    /** Analyses the text with the analyzer of its language (see {@link LanguageAnalyzers}). */
    public static AnalyzedText of(String text, String language) {
        Analyzer analyzer = LanguageAnalyzers.forLanguage(language);
        String[] terms = new String[Math.max(16, text.length() / 6)];
        int[] starts = new int[terms.length];
        int n = 0;
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (n == terms.length) {
                    terms = Arrays.copyOf(terms, n * 2);
                    starts = Arrays.copyOf(starts, n * 2);
                }
                terms[n] = term.toString();
                starts[n++] = offset.startOffset();
            }
            stream.end();
        } catch (IOException e) {
            // A StringReader cannot fail; an analyzer that does is a bug, not bad input.
            throw new UncheckedIOException(e);
        }
        return new AnalyzedText(Arrays.copyOf(terms, n), Arrays.copyOf(starts, n));
    }

    public int size() {
        return terms.length;
    }
}
