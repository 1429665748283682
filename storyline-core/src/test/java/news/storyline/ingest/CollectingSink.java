package news.storyline.ingest;

import java.util.ArrayList;
import java.util.List;
import news.storyline.article.Article;

/** Keeps what a reader puts out, for assertions. */
final class CollectingSink implements ArticleSink {
    final List<Article> articles = new ArrayList<>();
    final List<InputProblem> problems = new ArrayList<>();

    @Override
    public void accept(Article article) {
        articles.add(article);
    }

    @Override
    public void skipped(InputProblem problem) {
        problems.add(problem);
    }
}
