package news.storyline.ingest;

import news.storyline.article.Article;

/** Where reading puts what it reads: articles, and problems with what it could not read. */
public interface ArticleSink {
    void accept(Article article);

    /**
     * A record inside an input was skipped (a reader goes on with the rest of the input), or, as the
     * {@link Ingestor} reports it, a whole input was rejected.
     */
    void skipped(InputProblem problem);

    /**
     * How far into the current input a streaming reader has got, in bytes, so that a long file shows progress while
     * it is read. Readers of small whole files need not call it.
     */
    default void position(long bytesIntoInput) {
    }
}
