package news.storyline.ingest;

import news.storyline.article.Article;

/** Where a reader puts what it reads: articles, and problems with records it had to skip. */
public interface ArticleSink {
    void accept(Article article);

    /** A record inside an input was skipped; the reader goes on with the rest of the input. */
    void skipped(InputProblem problem);
}
