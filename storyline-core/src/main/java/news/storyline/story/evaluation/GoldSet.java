package news.storyline.story.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.storyline.article.Article;

/**
 * Cleaned articles with their gold story, ready to be clustered: in stream order, publication time first and input
 * order among equals, undated articles last in input order (a stream learns of them late, if at all).
 *
 * @param articles the articles in stream order
 * @param gold     each article id's gold story
 * @param sampling how the articles were sampled from their split, for reports; empty when they are all of it
 */
public record GoldSet(List<Article> articles, Map<String, String> gold, String sampling) {

    public GoldSet {
        articles = List.copyOf(articles);
        gold = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(gold));
    }

    /** Articles in input order, each carrying its gold story in the attribute {@link GoldCorpus#CLUSTER}. */
    static GoldSet inStreamOrder(List<Article> inInputOrder, String sampling) {
        var ordered = new ArrayList<>(inInputOrder);
        // A stable sort, so articles of one time (or of none) keep their input order.
        ordered.sort(Comparator.comparing(Article::published, Comparator.nullsLast(Comparator.naturalOrder())));
        var gold = new LinkedHashMap<String, String>();
        ordered.forEach(a -> gold.put(a.id(), a.attributes().get(GoldCorpus.CLUSTER)));
        return new GoldSet(ordered, gold, sampling);
    }

    public int size() {
        return articles.size();
    }

    /** Gold stories, in the order they first arrive. */
    public List<String> stories() {
        return articles.stream().map(a -> gold.get(a.id())).distinct().toList();
    }
}
