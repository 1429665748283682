package news.storyline.similarity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * How alike two articles are on each dimension, 1 (very similar) ... 4 (very dissimilar), with the evidence.
 *
 * @param scores every dimension's score
 */
public record PairScores(Map<Dimension, Double> scores, PairEvidence evidence) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] LABELS = {"very similar", "somewhat similar", "somewhat dissimilar",
        "very dissimilar"};

    public PairScores {
        scores = Map.copyOf(scores);
    }

    public double score(Dimension dimension) {
        return scores.get(dimension);
    }

    /** The scale's word for a score: 1 very similar, 2 somewhat similar, 3 somewhat dissimilar, 4 very dissimilar. */
    public static String label(double score) {
        return LABELS[(int) Math.max(0, Math.min(3, Math.round(score) - 1))];
    }

    /** The seven scores under their lower-case keys, rounded to 3 decimals, then {@code evidence}. */
    public ObjectNode toJson(String pairId) {
        ObjectNode node = JSON.createObjectNode();
        if (pairId != null) {
            node.put("pair_id", pairId);
        }
        for (Dimension d : Dimension.values()) {
            node.put(d.key(), Math.round(scores.get(d) * 1000) / 1000.0);
        }
        node.set("evidence", evidence.toJson());
        return node;
    }
}
