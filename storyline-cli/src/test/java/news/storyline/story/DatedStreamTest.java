package news.storyline.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import news.storyline.article.Article;
import news.storyline.story.evaluation.ClusterScores;
import news.storyline.story.evaluation.GoldSet;
import org.junit.jupiter.api.Test;

/**
 * The same stories must not cluster worse for carrying dates. AllSides (a tuning split) is undated; here its first
 * stories are given the dates of a busy feed, each story on a random day of a few weeks, some thirty a day, its
 * reports within two days of one another, all shuffled, and clustered as a stream. A real feed is dated throughout,
 * and the held-out story sets are said to be: a time effect learnt backwards (older stories likelier to take an
 * article) joined nearly anything that shared a word with a story of the week before, B-cubed precision 0.22 here.
 */
class DatedStreamTest {
    private static final int STORIES = 400;
    private static final int STORIES_A_DAY = 30;

    @Test
    void datingTheStoriesOfABusyFeedDoesNotMergeThem() throws Exception {
        assumeTrue(GoldSplits.available(), "no shared data");
        GoldSet undated = firstStories(GoldSplits.allSides("train"), STORIES);
        GoldSet dated = dated(undated, new Random(42), STORIES_A_DAY);

        ClusterScores without = StoryModelRefit.run(StoryModel.fast(), undated, null);
        ClusterScores with = StoryModelRefit.run(StoryModel.fast(), dated, null);
        System.out.println("fast, AllSides train slice undated: " + without);
        System.out.println("fast, the same dated as a feed:    " + with);
        // The window and the recency prior may only help: the dated stream has fewer stories to confuse at a time.
        assertThat(with.b3Precision()).isGreaterThan(without.b3Precision() - 0.02);
        assertThat(with.b3F1()).isGreaterThan(without.b3F1() - 0.02);
    }

    private static GoldSet firstStories(GoldSet set, int stories) {
        Set<String> kept = Set.copyOf(set.stories().subList(0, Math.min(stories, set.stories().size())));
        var articles = set.articles().stream().filter(a -> kept.contains(set.gold().get(a.id()))).toList();
        var gold = new LinkedHashMap<String, String>();
        articles.forEach(a -> gold.put(a.id(), set.gold().get(a.id())));
        return new GoldSet(articles, gold, "first " + stories + " stories");
    }

    /**
     * The set as a busy feed: each story on a random day of as many days as it takes at {@code storiesADay}, its
     * reports within two days, all shuffled, then in stream order.
     */
    static GoldSet dated(GoldSet set, Random random, int storiesADay) {
        Instant start = Instant.parse("2020-01-01T00:00:00Z");
        long days = Math.max(1, set.stories().size() / storiesADay);
        Map<String, Instant> storyDay = new HashMap<>();
        for (String story : set.stories()) {
            storyDay.put(story, start.plus(Duration.ofMinutes((long) (random.nextDouble() * days * 24 * 60))));
        }
        var articles = new ArrayList<Article>();
        for (Article article : set.articles()) {
            Instant day = storyDay.get(set.gold().get(article.id()));
            articles.add(article.withPublished(day.plus(Duration.ofMinutes(random.nextInt(2 * 24 * 60)))));
        }
        Collections.shuffle(articles, random);
        List<Article> ordered = StreamOrder.of(articles);
        var gold = new LinkedHashMap<String, String>();
        ordered.forEach(a -> gold.put(a.id(), set.gold().get(a.id())));
        return new GoldSet(ordered, gold, set.sampling() + ", dated as a feed");
    }
}
