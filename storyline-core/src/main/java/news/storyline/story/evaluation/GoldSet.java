package news.storyline.story.evaluation;

import news.storyline.story.StreamOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.storyline.article.Article;

/**
 * Cleaned articles with their gold story, ready to be clustered: in stream order, publication time first and input
 * order among equals, an undated article where its neighbours in the input put it ({@link StreamOrder}).
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
        List<Article> ordered = StreamOrder.of(inInputOrder);
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
