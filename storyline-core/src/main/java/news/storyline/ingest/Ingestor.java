package news.storyline.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.storyline.article.Article;

/**
 * Reads inputs of any supported format into articles. A problem with one input or one record is reported and the
 * run goes on with the rest; the report says what was read and what was not.
 */
public final class Ingestor {
    /** Default bound on one non-streamed file: far above any real page or feed, well below memory trouble. */
    public static final long DEFAULT_MAX_FILE_BYTES = 32_000_000;
    /** Default bound on one JSON Lines record. */
    public static final int DEFAULT_MAX_RECORD_BYTES = 8_000_000;

    /** Told as the run moves on, for a progress display. */
    public interface Progress {
        Progress NONE = new Progress() {
        };

        default void started(int files) {
        }

        default void articleRead(int articlesSoFar) {
        }

        default void fileDone(Path file, int articlesSoFar) {
        }
    }

    private final InputGuard guard;
    private final Map<InputFormat, ArticleReader> readers;

    public Ingestor() {
        this(DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_RECORD_BYTES);
    }

    public Ingestor(long maxFileBytes, int maxRecordBytes) {
        this.guard = new InputGuard(maxFileBytes);
        this.readers = Map.of(
                InputFormat.TEXT, new PlainTextReader(),
                InputFormat.JSONL, new JsonlReader(maxRecordBytes),
                InputFormat.JSON, new JsonDocumentReader(),
                InputFormat.HTML, new HtmlReader(),
                InputFormat.FEED, new FeedReader());
    }

    public IngestReport ingest(List<Path> paths, ArticleSink sink, Progress progress) throws IOException {
        List<Path> files = InputFiles.expand(paths);
        progress.started(files.size());
        var counting = new CountingSink(sink, progress);
        int filesRead = 0;
        int filesFailed = 0;
        for (Path file : files) {
            if (readOne(file, counting)) {
                filesRead++;
            } else {
                filesFailed++;
            }
            progress.fileDone(file, counting.articles);
        }
        return new IngestReport(filesRead, filesFailed, counting.articles, counting.skipped, counting.problems);
    }

    /** Reads every article of every input into a list. */
    public List<Article> readAll(List<Path> paths, List<InputProblem> problems) throws IOException {
        var articles = new ArrayList<Article>();
        IngestReport report = ingest(paths, new ArticleSink() {
            @Override
            public void accept(Article article) {
                articles.add(article);
            }

            @Override
            public void skipped(InputProblem problem) {
            }
        }, Progress.NONE);
        problems.addAll(report.problems());
        return articles;
    }

    private boolean readOne(Path file, CountingSink sink) {
        try {
            byte[] head = guard.check(file);
            readers.get(InputFormat.of(file, head)).read(file, sink);
            return true;
        } catch (InputRejectedException e) {
            sink.rejected(new InputProblem(file.toString(), e.getMessage()));
        } catch (IOException e) {
            sink.rejected(new InputProblem(file.toString(), "cannot read: " + e.getMessage()));
        } catch (RuntimeException e) {
            // A library failing on odd input must not end the run: report it against the file and go on.
            sink.rejected(new InputProblem(file.toString(), "unreadable: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse(""))));
        }
        return false;
    }

    /** Passes everything on, counts it and tells progress. */
    private static final class CountingSink implements ArticleSink {
        private final ArticleSink target;
        private final Progress progress;
        private final List<InputProblem> problems = new ArrayList<>();
        private int articles;
        private int skipped;

        CountingSink(ArticleSink target, Progress progress) {
            this.target = target;
            this.progress = progress;
        }

        @Override
        public void accept(Article article) {
            articles++;
            target.accept(article);
            progress.articleRead(articles);
        }

        @Override
        public void skipped(InputProblem problem) {
            skipped++;
            problems.add(problem);
            target.skipped(problem);
        }

        void rejected(InputProblem problem) {
            problems.add(problem);
            target.skipped(problem);
        }
    }
}
