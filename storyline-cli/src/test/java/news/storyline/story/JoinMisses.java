package news.storyline.story;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import news.storyline.article.Article;
import news.storyline.story.evaluation.GoldSet;
import news.storyline.text.DocumentFrequencies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Diagnosis on a tuning split (never a held-out one): each article the default engine starts a story for while its
 * gold story exists, or joins to another story, with its three likeliest candidates, their probabilities, the gold
 * story most of each holds, and their features in the order of {@link StoryFeatures#NAMES}. Merges are left out.
 *
 * <pre>./mvnw -B -q -o test -pl storyline-cli -Dtest=JoinMisses -Dstoryline.misses=ecb:dev -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * ({@code ecb:train}, {@code ecb:dev} or {@code allsides:train})
 */
@EnabledIfSystemProperty(named = "storyline.misses", matches = ".+")
class JoinMisses {
    @Test
    void print() throws Exception {
        assumeTrue(GoldSplits.available(), "no shared data");
        String[] which = System.getProperty("storyline.misses").split(":");
        if (which[1].equals("test") || which[0].equals("allsides") && which[1].equals("dev")) {
            throw new IllegalArgumentException("held-out splits are not for diagnosis: " + String.join(":", which));
        }
        GoldSet set = which[0].equals("ecb") ? GoldSplits.ecbPlus(which[1]) : GoldSplits.allSides(which[1]);
        Map<String, float[]> embeddings = GoldSplits.embeddings(set);
        StoryModel model = StoryModel.embedded();
        var clusterer = new StoryClusterer(new InMemoryStoryState(DocumentFrequencies.withBackground()), model,
                StoryClusterer.DEFAULT_WINDOW, story -> { });
        Map<Story, Map<String, Integer>> goldOf = new HashMap<>();
        for (Article article : set.articles()) {
            if (StoryClusterer.embeddingText(article) == null) {
                continue;
            }
            String gold = set.gold().get(article.id());
            StoryArticle incoming = clusterer.arrive(article, embeddings.get(article.id()));
            List<StoryClusterer.Scored> scored = clusterer.score(incoming);
            Story chosen = scored.isEmpty() || scored.get(0).probability() < model.joinThreshold() ? null
                    : scored.get(0).story();
            String chosenGold = chosen == null ? null : majority(goldOf.get(chosen));
            boolean goldExists = goldOf.values().stream().anyMatch(m -> gold.equals(majority(m)));
            if (goldExists && !gold.equals(chosenGold) || chosen != null && !gold.equals(chosenGold)) {
                System.out.printf(Locale.ROOT, "%s %s gold %s -> %s | %s%n", chosen == null ? "NEW " : "WRONG",
                        article.id(), gold, chosenGold, title(article));
                for (StoryClusterer.Scored s : scored.subList(0, Math.min(3, scored.size()))) {
                    double[] f = s.features();
                    StringBuilder b = new StringBuilder();
                    for (double v : f) {
                        b.append(String.format(Locale.ROOT, " %.2f", v));
                    }
                    System.out.printf(Locale.ROOT, "    p=%.3f %s%s n=%d%n", s.probability(),
                            majority(goldOf.get(s.story())), b, s.story().independentReports());
                }
            }
            if (chosen == null) {
                chosen = clusterer.start(incoming);
            } else {
                chosen.add(incoming, null);
                clusterer.state().save(chosen);
            }
            goldOf.computeIfAbsent(chosen, k -> new HashMap<>()).merge(gold, 1, Integer::sum);
        }
    }

    private static String title(Article a) {
        String t = a.title() != null && !a.title().isBlank() ? a.title() : a.cleanText();
        return t.substring(0, Math.min(90, t.length())).replace('\n', ' ');
    }

    private static String majority(Map<String, Integer> counts) {
        return counts == null ? null : counts.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
    }
}
