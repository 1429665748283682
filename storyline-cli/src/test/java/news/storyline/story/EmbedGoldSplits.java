package news.storyline.story;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Fills the embedding cache for the tuning splits ahead of a refit (the slow part, once):
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
    }
}
