package news.storyline.story;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import news.storyline.similarity.ArticleProfile;
import news.storyline.similarity.Dimension;
import news.storyline.similarity.PairScorer;
import news.storyline.text.TextEmbedder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The pair scorer on whole articles, where its models were fitted on excerpts (the SemEval texts: title, head and tail
 * of the body, about 1,000 characters). Every ECB+ pair of one event, every pair of two events of one kind in one
 * topic, and one in 60 of the pairs across topics, scored whole and cut to the calibration's form (the body's first 600
 * and last 400 characters): the mean overall score of each kind, and the area under the curve for telling one event
 * from the other two kinds. Prints, asserts nothing.
 *
 * <pre>./mvnw -B -q -o test -pl storyline-cli -Dtest=WholeArticlePairs -Dstoryline.wholePairs=true -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * <p>Embeddings of the whole texts and excerpts come through the cached embedder of {@link GoldSplits} (the first run
 * embeds about 2,000 texts, some minutes).
 */
@EnabledIfSystemProperty(named = "storyline.wholePairs", matches = "true")
class WholeArticlePairs {
    private static final int HEAD = 600;
    private static final int TAIL = 400;

    @Test
    void printHowWholeArticlesAndExcerptsScore() throws Exception {
        assumeTrue(Files.isReadable(GoldSplits.ECB_PLUS), "no shared data");
        var json = new ObjectMapper();
        List<JsonNode> articles = new ArrayList<>();
        for (String line : Files.readAllLines(GoldSplits.ECB_PLUS)) {
            if (!line.isBlank()) {
                articles.add(json.readTree(line));
            }
        }
        TextEmbedder embedder = GoldSplits.embedder();
        for (boolean fast : new boolean[] {false, true}) {
            PairScorer scorer = fast ? PairScorer.fast() : PairScorer.bundled();
            List<ArticleProfile> whole = new ArrayList<>();
            List<ArticleProfile> cut = new ArrayList<>();
            for (JsonNode article : articles) {
                String body = article.path("text").asText();
                whole.add(ArticleProfile.of(article.path("id").asText(), null, body, "en", null));
                cut.add(ArticleProfile.of(article.path("id").asText(), null, excerpt(body), "en", null));
            }
            whole.forEach(scorer::count);
            if (!fast) {
                whole = ArticleProfile.withEmbeddings(whole, embedder);
                cut = ArticleProfile.withEmbeddings(cut, embedder);
            }
            var kinds = List.of(new ArrayList<double[]>(), new ArrayList<double[]>(), new ArrayList<double[]>());
            var random = new Random(7);
            for (int i = 0; i < articles.size(); i++) {
                for (int j = i + 1; j < articles.size(); j++) {
                    boolean event = articles.get(i).path("cluster").asText()
                            .equals(articles.get(j).path("cluster").asText());
                    boolean topic = articles.get(i).path("topic").asText()
                            .equals(articles.get(j).path("topic").asText());
                    if (!event && !topic && random.nextInt(60) != 0) {
                        continue;
                    }
                    kinds.get(event ? 0 : topic ? 1 : 2).add(new double[] {
                        scorer.score(whole.get(i), whole.get(j)).score(Dimension.OVERALL),
                        scorer.score(cut.get(i), cut.get(j)).score(Dimension.OVERALL)});
                }
            }
            for (int view = 0; view < 2; view++) {
                System.out.printf(Locale.ROOT, "%s, %s: one event %.2f (%d pairs), two events of one kind %.2f (%d), "
                                + "other topics %.2f (%d); AUC against the two events %.3f, against other topics %.3f%n",
                        fast ? "fast" : "default", view == 0 ? "whole" : "excerpts", mean(kinds.get(0), view),
                        kinds.get(0).size(), mean(kinds.get(1), view), kinds.get(1).size(), mean(kinds.get(2), view),
                        kinds.get(2).size(), auc(kinds.get(0), kinds.get(1), view), auc(kinds.get(0), kinds.get(2), view));
            }
        }
    }

    /** The body cut as the calibration's texts are: its head and its tail, at word boundaries. */
    static String excerpt(String body) {
        if (body.length() <= HEAD + TAIL + 100) {
            return body;
        }
        int head = body.lastIndexOf(' ', HEAD);
        head = head < HEAD / 2 ? HEAD : head;
        int tail = body.indexOf(' ', body.length() - TAIL);
        tail = tail < 0 ? body.length() - TAIL : tail + 1;
        return body.substring(0, head) + " " + body.substring(tail);
    }

    private static double mean(List<double[]> pairs, int view) {
        return pairs.stream().mapToDouble(p -> p[view]).average().orElse(Double.NaN);
    }

    /** How often a pair of one event scores more alike (lower) than a pair of the other kind, ties counting half. */
    private static double auc(List<double[]> same, List<double[]> other, int view) {
        double wins = 0;
        for (double[] a : same) {
            for (double[] b : other) {
                wins += a[view] < b[view] ? 1 : a[view] == b[view] ? 0.5 : 0;
            }
        }
        return wins / ((double) same.size() * other.size());
    }
}
