package news.storyline.clean;

import java.util.List;
import news.storyline.article.Article;

/**
 * Cleans the articles of one corpus together: first learns which lines each outlet repeats across its articles,
 * then cleans each article knowing them.
 */
public final class CorpusCleaner {
    private CorpusCleaner() {
    }

    public static List<Article> clean(List<Article> articles) {
        var cleaner = new ArticleCleaner(OutletBoilerplate.learn(articles));
        // Articles are cleaned independently once the outlets are learnt, so all cores can share the work.
        return articles.parallelStream().map(cleaner::clean).toList();
    }
}
