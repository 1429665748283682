package news.storyline.story;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Locale;
import news.storyline.story.evaluation.ClusterScores;
import news.storyline.story.evaluation.GoldSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The engine's B-cubed F1 on the tuning splits only (ECB+ train and dev, AllSides train), the figures to compare a
 * change of the engine by before the held-out splits are looked at: the fast configuration always, the default one
 * with {@code -Dstoryline.embeddings=true} (embeddings from the cache of {@link GoldSplits}; fill it with
 * {@link EmbedGoldSplits} first).
 *
 * <pre>./mvnw -B -q -o test -pl storyline-cli -Dtest=TuningSplitFigures -Dstoryline.tuning=true -Dsurefire.failIfNoSpecifiedTests=false [-Dstoryline.embeddings=true]</pre>
 *
 * <p>{@code -Dstoryline.parts=8} also clusters AllSides train cut into that many sets of whole stories and prints
 * their mean F1: sets of about AllSides dev's size, since how many undated stories compete for each article sets
 * how hard a set is (see {@link GoldSplits#allSidesTrainParts}).
 *
 * <p>{@code -Dstoryline.feed=30,100} also clusters the whole of AllSides train dated as a busy feed of that many stories
 * a day ({@link DatedStreamTest#dated}; each story's reports within two days, so nothing there should join a story
 * gone quiet): what the time rules cost or gain on a dated stream, which the tuning splits barely are.
 */
@EnabledIfSystemProperty(named = "storyline.tuning", matches = "true")
class TuningSplitFigures {
    @Test
    void printTheTuningSplitFigures() throws Exception {
        assumeTrue(GoldSplits.available(), "no shared data");
        GoldSet ecbTrain = GoldSplits.ecbPlus("train");
        GoldSet ecbDev = GoldSplits.ecbPlus("dev");
        GoldSet allSidesTrain = GoldSplits.allSides("train");
        // -Dstoryline.joins=0.15,0.2: the same at other join thresholds, to see how far the bundled one is from each
        // split's best.
        String joins = System.getProperty("storyline.joins", "");
        for (String join : joins.isBlank() ? new String[] {""} : joins.split(",")) {
            StoryModel fast = StoryModel.fast();
            StoryModel embedded = StoryModel.embedded();
            if (!join.isBlank()) {
                fast = fast.withThresholds(Double.parseDouble(join), fast.mergeThreshold());
                embedded = embedded.withThresholds(Double.parseDouble(join), embedded.mergeThreshold());
            }
            String at = " (join " + fast.joinThreshold() + ")";
            if (!Boolean.getBoolean("storyline.defaultOnly")) {
                print("fast" + at, fast, ecbTrain, ecbDev, allSidesTrain, false);
            }
            if (Boolean.getBoolean("storyline.embeddings")) {
                print("default" + at.replace(fast.joinThreshold() + "", embedded.joinThreshold() + ""), embedded,
                        ecbTrain, ecbDev, allSidesTrain, true);
            }
        }
    }

    private static void print(String name, StoryModel model, GoldSet ecbTrain, GoldSet ecbDev, GoldSet allSidesTrain,
                              boolean embedded) throws Exception {
        ClusterScores train = StoryModelRefit.run(model, ecbTrain, embedded ? GoldSplits.embedder() : null);
        ClusterScores dev = StoryModelRefit.run(model, ecbDev, embedded ? GoldSplits.embedder() : null);
        ClusterScores allSides = StoryModelRefit.run(model, allSidesTrain, embedded ? GoldSplits.embedder() : null);
        int parts = Integer.getInteger("storyline.parts", 0);
        double partsF1 = 0;
        for (GoldSet part : parts > 0 ? GoldSplits.allSidesTrainParts(parts) : java.util.List.<GoldSet>of()) {
            partsF1 += StoryModelRefit.run(model, part, embedded ? GoldSplits.embedder() : null).b3F1() / parts;
        }
        var feeds = new StringBuilder();
        for (String perDay : System.getProperty("storyline.feed", "").split(",")) {
            if (!perDay.isBlank()) {
                GoldSet feed = DatedStreamTest.dated(allSidesTrain, new java.util.Random(42), Integer.parseInt(perDay));
                ClusterScores scores = StoryModelRefit.run(model, feed, embedded ? GoldSplits.embedder() : null);
                feeds.append(String.format(Locale.ROOT, ", dated %s a day %.4f (P %.4f)", perDay, scores.b3F1(),
                        scores.b3Precision()));
            }
        }
        System.out.printf(Locale.ROOT, "%s: B-cubed F1 ECB+ train %.4f, dev %.4f (mean %.4f), AllSides train %.4f%s%s%n",
                name, train.b3F1(), dev.b3F1(), (train.b3F1() + dev.b3F1()) / 2, allSides.b3F1(),
                parts > 0 ? String.format(Locale.ROOT, ", in %d parts %.4f", parts, partsF1) : "", feeds);
    }
}
