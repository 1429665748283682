package news.storyline.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.storyline.text.Sentences;
import news.storyline.text.TermVector;
import news.storyline.text.TextKey;

/**
 * An extractive summary of several reports: the sentences closest to what the reports say together (TF-IDF cosine
 * with the story's centroid, a lead sentence weighed up, a sentence other reports also tell weighed up), each picked
 * only when it repeats no sentence already picked (cosine under 0.45), and each attributed to every report that tells
 * the same: a sentence it would repeat (cosine 0.45 or more), giving the same figures (at least half of them) where
 * both give any, and not saying the other way (up against down).
 *
 * <p>Why one bound for both: a sentence of cosine 0.35 to 0.45 with the summary's more often tells something else of
 * the same people or place ("Teixeira was traded from Atlanta to Los Angeles in July" against "the Los Angeles Angels
 * withdrew their contract offer to Teixeira"). Read on ECB+ train's reports (two events of one kind a topic, each
 * topic's reports summarised together), 6 of 16 such pairs of one event told the same, against 10 of 12 at 0.45 to
 * 0.55, and 18% of the attributions at 0.35 went to a report of the topic's other event, 8% at 0.45.
 */
final class StorySummarizer {
    private static final double REDUNDANT = 0.45;
    static final double SAME_SENTENCE = REDUNDANT;
    private static final int MIN_WORDS = 6;
    /** A question (in any script's marks) or a lead-in to what follows: no sentence of a summary. */
    private static final java.util.regex.Pattern QUESTION_OR_LEAD_IN = java.util.regex.Pattern.compile(
            "[?:\uff1f\u061f\uff1a]$");
    private static final java.util.regex.Pattern UP = java.util.regex.Pattern.compile("(?i)\\b(?:rose|risen|rises?|"
            + "rising|increased?|increases|increasing|up|higher|gained|gains?|surged?|surges|soared?|soars|climbed|"
            + "climbs?|rallied|rall(?:y|ies)|jumped|jumps?)\\b");
    private static final java.util.regex.Pattern DOWN = java.util.regex.Pattern.compile("(?i)\\b(?:fell|fallen|"
            + "falls?|falling|decreased?|decreases|decreasing|down|lower|lost|loses?|dropped|drops?|declined|"
            + "declines?|plunged?|plunges|tumbled?|tumbles|slumped|slumps?|sank|sunk|sinks?)\\b");
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");
    /** "It" and "There" stay out: "It is believed that ...", "There were protests ..." lean on nothing. */
    private static final java.util.regex.Pattern LEANS_BACK = java.util.regex.Pattern.compile(
            "[\"'\u201c\u2018]?(?:He|She|They|His|Her|Their|Its|Him|Them|This|That|These|Those|But)\\b(?!-)"
                    + "(?! (?:week|weekend|month|year|morning|afternoon|evening|spring|summer|autumn|fall|winter)\\b)");
    /** The weight of a sentence that leans on the one before it in its report. */
    private static final double LEANING = 0.7;

    /**
     * A sentence's words: those between spaces, or in a script written without spaces (Chinese, Japanese, Thai) its
     * letters, as the text keys count them.
     */
    private static int words(String text) {
        int spaced = text.split("\\s+").length;
        return spaced >= MIN_WORDS ? spaced
                : Math.max(spaced, (int) text.codePoints().filter(TextKey::writtenWithoutSpaces).count());
    }

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
        Map<SentenceVectors, List<java.util.Set<String>>> numbers = new HashMap<>();
        Map<SentenceVectors, List<Integer>> directions = new HashMap<>();
        for (SentenceVectors a : articles) {
            numbers.put(a, a.sentences().stream().map(span -> numbers(span.of(a.text()))).toList());
            directions.put(a, a.sentences().stream().map(span -> direction(span.of(a.text()))).toList());
        }
        List<Candidate> candidates = new ArrayList<>();
        for (SentenceVectors a : articles) {
            for (int i = 0; i < a.sentences().size(); i++) {
                Sentences.Span s = a.sentences().get(i);
                String text = s.of(a.text());
                if (words(text) < MIN_WORDS || QUESTION_OR_LEAD_IN.matcher(text).find()) {
                    continue;
                }
                TermVector v = a.vectors().get(i);
                List<String> support = new ArrayList<>(List.of(a.articleId()));
                java.util.Set<String> own = numbers.get(a).get(i);
                int way = directions.get(a).get(i);
                for (SentenceVectors other : articles) {
                    if (other != a && tells(other, numbers.get(other), directions.get(other), v, own, way)) {
                        support.add(other.articleId());
                    }
                }
                double score = v.cosine(centre) * (i < 2 ? 1.3 : i < 4 ? 1.1 : 1.0)
                        * (1 + 0.25 * (support.size() - 1)) * (leansOnTheSentenceBefore(text) ? LEANING : 1);
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

    /**
     * Whether a sentence opens on a word that points back to the sentence before it in its report: a pronoun ("He
     * did not say", "His name is"), a demonstrative ("That leaves", "This was his second victory") or "But". Out of
     * its report it names no one; it is weighed down ({@value #LEANING}), not left out, so that a story told only so
     * still has a summary. English only: the words of other languages are not read.
     */
    static boolean leansOnTheSentenceBefore(String sentence) {
        return LEANS_BACK.matcher(sentence).lookingAt();
    }

    /**
     * Whether a report tells what a sentence says: one of its sentences is alike (cosine {@value #SAME_SENTENCE} or
     * more) and, where both give figures, at least half of the fewer figures are the same. "The Dow Jones was down
     * 2.62%" and "The Dow Jones was up 3.10%" three days later are alike in words and tell different things; so are
     * the FTSE "dropped 2.36% ... to below the 5000 mark at 4907.20" and "rose 8.04% ... to above the 5000 mark".
     * Nor does a sentence that says the other way ({@link #direction}).
     */
    private static boolean tells(SentenceVectors other, List<java.util.Set<String>> otherNumbers,
                                 List<Integer> otherDirections, TermVector v, java.util.Set<String> own, int way) {
        for (int j = 0; j < other.vectors().size(); j++) {
            if (other.vectors().get(j).cosine(v) >= SAME_SENTENCE && way * otherDirections.get(j) >= 0) {
                java.util.Set<String> theirs = otherNumbers.get(j);
                long shared = theirs.stream().filter(own::contains).count();
                if (2 * shared >= Math.min(own.size(), theirs.size())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Which way a sentence says something moved: 1 up ("rose", "increased"), -1 down ("fell", "dropped"), 0 neither
     * or both. "Markets have fallen dramatically today" and "markets have increased dramatically today" are alike in
     * words and say opposite things.
     */
    static int direction(String sentence) {
        boolean up = UP.matcher(sentence).find();
        boolean down = DOWN.matcher(sentence).find();
        return up == down ? 0 : up ? 1 : -1;
    }

    /** A sentence's figures as written, without thousands commas or zero decimals ("10,769.00" is "10769"). */
    static java.util.Set<String> numbers(String sentence) {
        var found = new java.util.HashSet<String>();
        java.util.regex.Matcher m = NUMBER.matcher(sentence);
        while (m.find()) {
            String n = m.group().replace(",", "");
            if (n.contains(".")) {
                n = n.replaceAll("0+$", "").replaceAll("\\.$", "");
            }
            found.add(n);
        }
        return found;
    }
}
