package news.storyline.story;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Fills the embedding cache for the tuning splits ahead of a refit (the slow part, once), and with
 * {@code -Dstoryline.final=true} for the reported splits too (embedding is not looking: nothing is scored here):
 * <pre>./mvnw -B -q -o test -pl storyline-cli -am -Dtest=EmbedGoldSplits -Dstoryline.embed=true -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
@EnabledIfSystemProperty(named = "storyline.embed", matches = "true")
class EmbedGoldSplits {
    @Test
    void embedTuningSplits() throws Exception {
        assumeTrue(GoldSplits.available(), "no shared data");
        GoldSplits.embeddings(GoldSplits.ecbPlus("dev"));
        GoldSplits.embeddings(GoldSplits.ecbPlus("train"));
        GoldSplits.embeddings(GoldSplits.allSides("train"));
        if (Boolean.getBoolean("storyline.final")) {
            GoldSplits.embeddings(GoldSplits.ecbPlus("test"));
            GoldSplits.embeddings(GoldSplits.allSides("dev"));
        }
    }
}
