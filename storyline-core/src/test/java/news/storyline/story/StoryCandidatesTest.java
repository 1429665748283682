package news.storyline.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The candidates an arriving article is scored against: the stories sharing most of its keys, ties in id order. */
class StoryCandidatesTest {
    @Test
    void theStoriesSharingMostKeysComeFirstTiesInIdOrderAsAFullSortWouldGive() {
        var random = new SplittableRandom(3);
        for (int round = 0; round < 100; round++) {
            var under = new LinkedHashMap<String, Integer>();
            int stories = random.nextInt(300);
            for (int i = 0; i < stories; i++) {
                under.put("s" + random.nextInt(1_000), 1 + random.nextInt(6));
            }
            List<String> sorted = under.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(StoryClusterer.MAX_CANDIDATES).map(Map.Entry::getKey).toList();
            assertThat(tally(under).best(StoryClusterer.MAX_CANDIDATES)).isEqualTo(sorted);
        }
        assertThat(tally(Map.of("s2", 1, "s1", 1, "s3", 2)).best(2)).containsExactly("s3", "s1");
        assertThat(tally(Map.of("s2", 1)).best(0)).isEmpty();
    }

    @Test
    void theBestActiveStoriesAreThoseAFullFilterThenRankingWouldGiveHoweverManyHaveGoneQuiet() {
        var random = new SplittableRandom(5);
        for (int round = 0; round < 300; round++) {
            var under = new LinkedHashMap<String, Integer>();
            int stories = random.nextInt(400);
            for (int i = 0; i < stories; i++) {
                under.put("s" + random.nextInt(1_000), 1 + random.nextInt(6));
            }
            // From none quiet to nearly all: the cheap path, and the full pass when the best ranked are mostly quiet.
            double quietShare = random.nextDouble();
            var quiet = new java.util.HashSet<String>();
            under.keySet().forEach(id -> {
                if (random.nextDouble() < quietShare) {
                    quiet.add(id);
                }
            });
            var filtered = new LinkedHashMap<>(under);
            filtered.keySet().removeAll(quiet);
            List<String> expected = tally(filtered).best(StoryClusterer.MAX_CANDIDATES);
            assertThat(StoryClusterer.mostSharedActive(tally(under), id -> !quiet.contains(id)))
                    .isEqualTo(expected);
        }
    }

    @Test
    void aTallySumsEachStorysWeightsInTheOrderGiven() {
        var tally = new KeyTally();
        var expected = new LinkedHashMap<String, Double>();
        var random = new SplittableRandom(7);
        for (int i = 0; i < 5_000; i++) {
            String id = "s" + random.nextInt(700);
            double weight = 1 / Math.log(2 + random.nextInt(100));
            tally.add(id, weight);
            expected.merge(id, weight, Double::sum);
        }
        assertThat(tally.size()).isEqualTo(expected.size());
        expected.forEach((id, sum) -> assertThat(tally.sum(id)).isEqualTo(sum));
        assertThat(tally.sum("nowhere")).isZero();
    }

    /** Each story's count added as its weight, one key each. */
    private static KeyTally tally(Map<String, Integer> under) {
        var tally = new KeyTally();
        under.forEach((id, count) -> tally.add(id, count));
        return tally;
    }
}
