package news.storyline.story;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import news.storyline.article.Article;

/**
 * The order in which a collected batch of articles is fed to the clusterer: by publication time, ties in input order.
 *
 * <p>An undated article is placed where its neighbours in the input put it: it takes the time of the nearest dated
 * article before it in the input (or, at the head of the input, after it). A scrape or feed keeps articles of one
 * time together, so that is the best guess of its time there is; putting undated articles last instead would take
 * each one away from the stories it arrived among, past the window that keeps them active. The article's own date
 * stays as it was (none): only its place in the order is inferred.
 */
public final class StreamOrder {
    private StreamOrder() {
    }

    /** The articles in stream order (a new list; the input is not changed). */
    public static List<Article> of(List<Article> articles) {
        return positions(articles).stream().map(articles::get).toList();
    }

    /** The positions of the articles in the input, in stream order. */
    public static List<Integer> positions(List<Article> articles) {
        Instant[] times = new Instant[articles.size()];
        Instant last = null;
        for (int i = 0; i < articles.size(); i++) {
            Instant own = articles.get(i).published();
            last = own != null ? own : last;
            times[i] = last;
        }
        // Only the head of the input, before any dated article, is still unplaced: it takes the first date.
        Instant first = articles.stream().map(Article::published).filter(t -> t != null).findFirst().orElse(null);
        var order = new ArrayList<Integer>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            if (times[i] == null) {
                times[i] = first;
            }
            order.add(i);
        }
        // A stable sort: ties (and a batch with no date at all) keep their input order.
        order.sort(Comparator.comparing((Integer i) -> times[i], Comparator.nullsLast(Comparator.naturalOrder())));
        return order;
    }
}
