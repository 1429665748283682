package news.storyline.facts;

import java.util.ArrayList;
import java.util.List;
import news.storyline.text.AnalyzedText;
import news.storyline.text.DocumentFrequencies;
import news.storyline.text.Sentences;
import news.storyline.text.TermVector;

/**
 * An article's sentences with a TF-IDF vector each, from one analysis of the whole text: what the summary, the
 * timeline and the alignment of facts compare sentences by.
 *
 * @param articleId the article
 * @param text      its clean text
 * @param sentences its sentences
 * @param vectors   one vector a sentence, in the same order
 */
record SentenceVectors(String articleId, String text, List<Sentences.Span> sentences, List<TermVector> vectors) {

    static SentenceVectors of(String articleId, String text, String language, DocumentFrequencies frequencies) {
        List<Sentences.Span> sentences = Sentences.split(text);
        AnalyzedText analyzed = AnalyzedText.of(text, language == null || language.equals("und") ? "en" : language);
        List<TermVector> vectors = new ArrayList<>(sentences.size());
        int term = 0;
        for (Sentences.Span s : sentences) {
            while (term < analyzed.size() && analyzed.starts()[term] < s.start()) {
                term++;
            }
            int from = term;
            while (term < analyzed.size() && analyzed.starts()[term] < s.end()) {
                term++;
            }
            vectors.add(TermVector.of(TermVector.counts(analyzed, from, term), frequencies));
        }
        return new SentenceVectors(articleId, text, sentences, vectors);
    }

    /** The vector of the sentence starting at {@code sentenceStart}, or an empty one. */
    TermVector at(int sentenceStart) {
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).start() == sentenceStart) {
                return vectors.get(i);
            }
        }
        return TermVector.of(java.util.Map.of(), null); // empty: no frequencies needed
    }
}
