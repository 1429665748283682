package news.storyline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import news.storyline.article.Article;
import news.storyline.clean.CorpusCleaner;
import news.storyline.ingest.ArticleSink;
import news.storyline.ingest.IngestReport;
import news.storyline.ingest.Ingestor;
import news.storyline.ingest.InputProblem;

/**
 * What the commands that read articles share: inputs read, each article cleaned in a bounded window and handed on
 * as it comes out, each problem printed as one line above the progress bar. Memory is bounded by the window.
 */
final class CleanedStream {
    /** What the run read, and on how many articles cleaning failed (those were handed on as read). */
    record Result(IngestReport report, int cleaningFailures) {
        boolean clean() {
            return report.clean() && cleaningFailures == 0;
        }
    }

    private CleanedStream() {
    }

    /**
     * @param onRead    applied to each article as read, before cleaning (naming its outlet, say)
     * @param onCleaned receives each cleaned article in input order; it may throw
     *                  {@link news.storyline.ingest.SinkFailedException} to end the run
     */
    static Result run(List<Path> paths, Ingestor ingestor, long windowChars, UnaryOperator<Article> onRead,
                      Consumer<Article> onCleaned, ProgressDisplay progress, PrintWriter err) throws IOException {
        int[] cleaningFailures = {0};
        var cleaner = new CorpusCleaner(windowChars, onCleaned, problem -> {
            cleaningFailures[0]++;
            progress.printAbove(err, "error: " + problem.oneLine());
        });
        IngestReport report = ingestor.ingest(paths, new ArticleSink() {
            @Override
            public void accept(Article article) {
                cleaner.accept(onRead.apply(article));
            }

            @Override
            public void skipped(InputProblem problem) {
                progress.printAbove(err, "error: " + problem.oneLine());
            }
        }, progress);
        cleaner.finish();
        return new Result(report, cleaningFailures[0]);
    }
}
