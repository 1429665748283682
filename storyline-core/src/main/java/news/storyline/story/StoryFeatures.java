package news.storyline.story;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import news.storyline.text.TermVector;

/**
 * How an arriving article compares with a candidate story, as the features the learned {@link StoryModel} weighs
 * (Miranda et al. 2018: TF-IDF similarities per field, entity overlap and time; the time one enters as a fixed
 * prior, see StoryModel#recencyLogits). Each lies in [0, 1]. The story's size is left out on purpose: the training
 * corpora fix it (AllSides stories have three reports each), so a model would learn the corpora's shape rather than
 * the news'.
 */
public final class StoryFeatures {
    /** The lexical features, in the order of {@link #of}: the fast configuration's model weighs these. */
    public static final List<String> LEXICAL = List.of(
            "meanCosine",       // TF-IDF cosine with each recent member of the story, averaged
            "bestMember",       // with its closest recent member
            "headline",         // the article's headline with the closest member headline
            "names",            // share of the story's reports giving each of the article's name words, averaged
                                // (NO_EVIDENCE when the article gives no name word: see there)
            "places",           // of its place words
            "numbers",          // of its numbers
            "timeDecay",        // exp(-time from the story's days of reports / TIME_SCALE of its active window)
            "length",           // the article's distinct terms over LENGTH_TERMS, at most 1
            "bothNumbers",      // 1 when the article and the story both give numbers: sharing none is then evidence
            "bothPlaces");      // 1 when both give place words (else a share of 0 says only that one gives none)
    /**
     * All features, in the order of {@link #of}: the lexical ones, then the dense vector's cosines, 0 where either
     * side lacks a vector. The mean says what the story is about as a whole; the closest member finds the report
     * told like this one, where a story drifts or gathers reports of two angles.
     *
     * <p>The means are of the cosines with each member, as average-link clustering takes them, not the cosine with
     * the members' centroid: a centroid pulls towards a story's largest or most wordy reports, and an article told
     * from another angle than theirs falls short of it though it is close to each report on average. On AllSides
     * train cut into sets of AllSides dev's size, a plain online average-link of TF-IDF and headline cosines made
     * 0.863 against 0.821 by centroid; in the engine, refitted, the default configuration went from 0.817 to 0.840
     * there and from 0.725 to 0.737 on the whole split, and ECB+ train and dev from 0.862 to 0.858.
     */
    public static final List<String> NAMES = java.util.stream.Stream.concat(LEXICAL.stream(),
            java.util.stream.Stream.of(
                    "embeddingMean",    // cosine of the article's dense vector with each recent member's, averaged
                    "embeddingBest"))   // with its closest recent member's
            .toList();
    /**
     * A feature's value where the article offers nothing to measure it on: the model then weighs it at its mean,
     * neither for nor against ({@link StoryModel#inputs}). For the name share of an article that gives no name: a
     * text in a script without capitals (Chinese, Japanese, Arabic, Hebrew, Thai ...) never has one, and a share of
     * 0 there would count as "another story's people" against every candidate (in the fast model, about a logit).
     */
    static final double NO_EVIDENCE = Double.NaN;
    /** Where the closest-member features stand, which {@link #ofCentroid} leaves to {@link #withMembers}. */
    private static final int BEST_MEMBER = NAMES.indexOf("bestMember");
    private static final int EMBEDDING_BEST = NAMES.indexOf("embeddingBest");
    private static final int MEAN = NAMES.indexOf("meanCosine");
    private static final int EMBEDDING_MEAN = NAMES.indexOf("embeddingMean");
    /**
     * The share of a story's active window over which the time feature falls to 1/e: three days of the default
     * week. The window says how long a story lasts, so a user who widens it to follow stories for months has their
     * time counted in months too.
     */
    static final double TIME_SCALE = 3.0 / 7;
    /**
     * The distinct terms at which an article counts as fully long. The cosines of a headline and a lead paragraph
     * run lower and noisier than those of two full reports of one event, so the same similarity says more of a long
     * article: the length lets the model read the one by the other (an article's own length, not the story's size,
     * which the training corpora fix).
     */
    static final double LENGTH_TERMS = 500;

    private StoryFeatures() {
    }

    /**
     * The features at the cost of one pass over the story's centroid: the cosines with the story's centroid (one
     * pass) stand in for the member features (a pass over each of up to a dozen members' vectors, most of the cost
     * of scoring a candidate), which they equal for a story of one report. {@link #withMembers} makes them exact for
     * the few candidates worth it. The article's vectors come as lookup tables, made once for all its candidates.
     */
    static double[] ofCentroid(StoryArticle article, TermVector.Probe vector, TermVector.Probe headlineVector,
                               Story story, Duration activeWindow) {
        double centroid = vector.cosine(story.centroid());
        double headline = 0;
        for (TermVector member : story.recentHeadlines()) {
            headline = Math.max(headline, headlineVector.cosine(member));
        }
        double embeddingMean = embeddingCosine(article.embedding(), story.meanEmbedding());
        return new double[] {
                centroid,
                centroid,
                headline,
                article.nameWords().isEmpty() ? NO_EVIDENCE : story.nameShare(article.nameWords()),
                story.placeShare(article.placeWords()),
                story.numberShare(article.numbers()),
                timeDecay(article.time(), story.firstSeen(), story.lastSeen(), activeWindow),
                Math.min(1, article.terms() / LENGTH_TERMS),
                !article.numbers().isEmpty() && story.givesNumbers() ? 1 : 0,
                !article.placeWords().isEmpty() && story.givesPlaces() ? 1 : 0,
                embeddingMean,
                embeddingMean};
    }

    /** The features of {@link #ofCentroid} with the member similarities computed member by member. */
    static double[] withMembers(double[] ofCentroid, StoryArticle article, TermVector.Probe vector, Story story) {
        double[] features = ofCentroid.clone();
        double best = 0;
        double sum = 0;
        for (TermVector member : story.recentVectors()) {
            double cosine = vector.cosine(member);
            best = Math.max(best, cosine);
            sum += cosine;
        }
        if (!story.recentVectors().isEmpty()) {
            features[MEAN] = sum / story.recentVectors().size();
            features[BEST_MEMBER] = best;
        }
        if (article.embedding() != null && !story.recentEmbeddings().isEmpty()) {
            double bestEmbedding = 0;
            double embeddingSum = 0;
            for (float[] member : story.recentEmbeddings()) {
                double cosine = embeddingCosine(article.embedding(), member);
                bestEmbedding = Math.max(bestEmbedding, cosine);
                embeddingSum += cosine;
            }
            features[EMBEDDING_MEAN] = embeddingSum / story.recentEmbeddings().size();
            features[EMBEDDING_BEST] = bestEmbedding;
        }
        return features;
    }

    /**
     * How near the article's time is to the days the story was reported: from its last report for an article after
     * them, as a stream brings them; from its first for one before them (a backfill's report of an earlier day); 1
     * within them.
     */
    static double timeDecay(Instant time, Instant firstSeen, Instant lastSeen, Duration activeWindow) {
        if (time == null || lastSeen == null) {
            return 1;
        }
        Instant nearest = time.isAfter(lastSeen) ? lastSeen : firstSeen != null && time.isBefore(firstSeen)
                ? firstSeen : time;
        double apart = Math.abs(Duration.between(nearest, time).toSeconds());
        return Math.exp(-apart / (TIME_SCALE * activeWindow.toSeconds()));
    }

    static double embeddingCosine(float[] a, float[] b) {
        if (a == null || b == null || a.length != b.length) {
            return 0;
        }
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * (double) b[i];
            na += a[i] * (double) a[i];
            nb += b[i] * (double) b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
