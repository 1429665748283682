package news.storyline.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.storyline.text.Sentences;
import news.storyline.text.TermVector;

/**
 * An extractive summary of several reports: the sentences closest to what the reports say together (TF-IDF cosine
 * with the story's centroid, a lead sentence weighed up, a sentence other reports also tell weighed up), each picked
 * only when it repeats no sentence already picked (cosine under 0.45), and each attributed to every report that tells
 * the same (a sentence of cosine 0.35 or more with it).
 */
final class StorySummarizer {
    static final double SAME_SENTENCE = 0.35;
    private static final double REDUNDANT = 0.45;
    private static final int MIN_WORDS = 6;

    /** At most {@code limit} sentences, most central first. */
    List<SummarySentence> summarize(List<SentenceVectors> articles, Map<String, String> outlets, int limit) {
        Map<String, Double> centroid = new HashMap<>();
        for (SentenceVectors a : articles) {
            for (TermVector v : a.vectors()) {
                v.weights().forEach((term, w) -> centroid.merge(term, w, Double::sum));
            }
        }
        if (centroid.isEmpty()) {
            return List.of();
        }
        TermVector centre = TermVector.ofWeights(centroid, 300);
        record Candidate(SentenceVectors article, int index, double score, List<String> support) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (SentenceVectors a : articles) {
            for (int i = 0; i < a.sentences().size(); i++) {
                Sentences.Span s = a.sentences().get(i);
                String text = s.of(a.text());
                if (text.split("\\s+").length < MIN_WORDS || text.endsWith("?") || text.endsWith(":")) {
                    continue;
                }
                TermVector v = a.vectors().get(i);
                List<String> support = new ArrayList<>(List.of(a.articleId()));
                for (SentenceVectors other : articles) {
                    if (other != a && other.vectors().stream().anyMatch(o -> o.cosine(v) >= SAME_SENTENCE)) {
                        support.add(other.articleId());
                    }
                }
                double score = v.cosine(centre) * (i < 2 ? 1.3 : i < 4 ? 1.1 : 1.0)
                        * (1 + 0.25 * (support.size() - 1));
                candidates.add(new Candidate(a, i, score, support));
            }
        }
        candidates.sort((x, y) -> Double.compare(y.score(), x.score()));
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate c : candidates) {
            if (chosen.size() >= limit) {
                break;
            }
            TermVector v = c.article().vectors().get(c.index());
            if (chosen.stream().noneMatch(o -> o.article().vectors().get(o.index()).cosine(v) >= REDUNDANT)) {
                chosen.add(c);
            }
        }
        List<SummarySentence> summary = new ArrayList<>();
        for (Candidate c : chosen) {
            Sentences.Span s = c.article().sentences().get(c.index());
            summary.add(new SummarySentence(s.of(c.article().text()), c.article().articleId(), s.start(), s.end(),
                    c.support(), c.support().stream().map(id -> outlets.getOrDefault(id, id)).toList()));
        }
        return summary;
    }
}
