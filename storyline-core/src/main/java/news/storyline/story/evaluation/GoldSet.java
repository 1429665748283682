package news.storyline.story.evaluation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import news.storyline.article.Article;

/**
 * Articles with their gold story, ready to be clustered: in stream order, publication time first and input order
 * among equals, undated articles last in input order (a stream learns of them late, if at all).
 *
 * @param articles the articles in stream order
 * @param gold     each article id's gold story
 */
public record GoldSet(List<Article> articles, Map<String, String> gold) {

    public GoldSet {
        articles = List.copyOf(articles);
        gold = Collections.unmodifiableMap(new LinkedHashMap<>(gold));
    }

    /** The articles, given in input order, with the gold label of each, put in stream order. */
    static GoldSet inStreamOrder(List<Article> inInputOrder, Map<String, String> gold) {
        var ordered = new ArrayList<>(inInputOrder);
        // A stable sort, so articles of one time (or of none) keep their input order.
        ordered.sort(Comparator.comparing(Article::published, Comparator.nullsLast(Comparator.naturalOrder())));
        return new GoldSet(ordered, gold);
    }

    public int size() {
        return articles.size();
    }

    /** Gold stories, in the order they first arrive. */
    public List<String> stories() {
        return articles.stream().map(a -> gold.get(a.id())).distinct().toList();
    }

    /**
     * A seeded random choice of whole stories holding about {@code maxArticles} articles in all (never a story cut
     * in part, which would change what is to be found), in stream order; the whole set when it is no bigger.
     */
    public GoldSet sampleOfStories(int maxArticles, long seed) {
        if (size() <= maxArticles) {
            return this;
        }
        var sizes = new LinkedHashMap<String, Integer>();
        articles.forEach(a -> sizes.merge(gold.get(a.id()), 1, Integer::sum));
        var stories = new ArrayList<>(sizes.keySet());
        Collections.shuffle(stories, new Random(seed));
        var chosen = new java.util.HashSet<String>();
        int taken = 0;
        for (String story : stories) {
            if (taken >= maxArticles) {
                break;
            }
            chosen.add(story);
            taken += sizes.get(story);
        }
        var kept = articles.stream().filter(a -> chosen.contains(gold.get(a.id()))).toList();
        var keptGold = new LinkedHashMap<String, String>();
        kept.forEach(a -> keptGold.put(a.id(), gold.get(a.id())));
        return new GoldSet(kept, keptGold);
    }
}
