package news.storyline.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

        /** The run starts: this many files, this many bytes in all. */
        default void started(int files, long bytes) {
        }

        default void articleRead(int articlesSoFar) {
        }

        /** Bytes of input read so far, over all files; told as streamed files move on and as each file ends. */
        default void bytesRead(long bytesSoFar) {
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
        this(new InputGuard(maxFileBytes), Map.of(
                InputFormat.TEXT, new PlainTextReader(),
                InputFormat.JSONL, new JsonlReader(maxRecordBytes),
                InputFormat.JSON, new JsonDocumentReader(),
                InputFormat.HTML, new HtmlReader(),
                InputFormat.FEED, new FeedReader()));
    }

    /** With other readers: for tests of how the run treats a reader that fails. */
    Ingestor(InputGuard guard, Map<InputFormat, ArticleReader> readers) {
        this.guard = guard;
        this.readers = Map.copyOf(readers);
    }

    /**
     * Reads every input into the sink. Only a {@link SinkFailedException} from the sink ends the run early; any
     * problem with an input, an Error included, is reported against that input and the run goes on.
     */
    public IngestReport ingest(List<Path> paths, ArticleSink sink, Progress progress) throws IOException {
        List<Path> files = InputFiles.expand(paths);
        long[] sizes = files.stream().mapToLong(Ingestor::sizeOrZero).toArray();
        progress.started(files.size(), java.util.Arrays.stream(sizes).sum());
        var counting = new CountingSink(sink, progress);
        int filesRead = 0;
        int filesFailed = 0;
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            if (readOne(file, counting)) {
                filesRead++;
            } else {
                filesFailed++;
            }
            counting.fileEnded(sizes[i]);
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
        Path piped = null;
        Path decompressed = null;
        String shownAs = InputCopy.isStandardInput(file) ? InputCopy.STANDARD_INPUT_NAME : file.toString();
        try {
            Path read = file;
            if (InputCopy.isStandardInput(file)) {
                piped = InputCopy.ofStandardInput(System.in);
                read = piped;
            }
            if (InputCopy.isGzip(read)) {
                decompressed = InputCopy.decompressed(read);
                read = decompressed;
            }
            ArticleSink target = read == file ? sink : new RenamedInput(sink, read.toString(), shownAs,
                    sizeOrZero(file) / (double) Math.max(1, sizeOrZero(read)));
            byte[] head = guard.check(read);
            readers.get(InputFormat.of(read, head)).read(read, target);
            return true;
        } catch (InputRejectedException e) {
            sink.rejected(new InputProblem(shownAs, e.getMessage()));
        } catch (IOException e) {
            sink.rejected(new InputProblem(shownAs, "cannot read: " + e.getMessage()));
        } catch (SinkFailedException e) {
            throw e;
        } catch (StackOverflowError e) {
            sink.rejected(new InputProblem(shownAs, "unreadable: nested too deeply to read"));
        } catch (OutOfMemoryError e) {
            // What the reader held is garbage now, so the run can go on with the next input.
            sink.rejected(new InputProblem(shownAs, "unreadable: too large to read in the memory given"));
        } catch (RuntimeException | Error e) {
            // A library failing on odd input must not end the run: report it against the file and go on.
            sink.rejected(new InputProblem(shownAs, "unreadable: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse(""))));
        } finally {
            InputCopy.delete(decompressed);
            InputCopy.delete(piped);
        }
        return false;
    }

    /**
     * What a reader of a copy says, told of the input the user named: the copy's path in origins and
     * problem locations becomes the input's, and positions in the copy are scaled to the input's size for progress.
     */
    private record RenamedInput(ArticleSink target, String copy, String input, double scale) implements ArticleSink {
        @Override
        public void accept(Article article) {
            String origin = article.origin();
            target.accept(origin != null && origin.startsWith(copy)
                    ? article.withOrigin(input + origin.substring(copy.length())) : article);
        }

        @Override
        public void skipped(InputProblem problem) {
            String location = problem.location();
            target.skipped(location.startsWith(copy)
                    ? new InputProblem(input + location.substring(copy.length()), problem.reason()) : problem);
        }

        @Override
        public void position(long bytesIntoInput) {
            target.position((long) (bytesIntoInput * scale));
        }
    }

    private static long sizeOrZero(Path file) {
        try {
            return java.nio.file.Files.size(file);
        } catch (IOException | SecurityException e) {
            return 0; // reading it will say what is wrong
        }
    }

    /** Passes everything on, counts it and tells progress. */
    private static final class CountingSink implements ArticleSink {
        private final ArticleSink target;
        private final Progress progress;
        private final List<InputProblem> problems = new ArrayList<>();
        private int articles;
        private int skipped;
        private long bytesOfEndedFiles;

        CountingSink(ArticleSink target, Progress progress) {
            this.target = target;
            this.progress = progress;
        }

        @Override
        public void accept(Article article) {
            Optional<String> refused = BlockedPage.problem(article.rawText());
            if (refused.isPresent()) {
                skipped(new InputProblem(article.origin() != null ? article.origin() : article.id(), refused.get()));
                return;
            }
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

        @Override
        public void position(long bytesIntoInput) {
            progress.bytesRead(bytesOfEndedFiles + bytesIntoInput);
        }

        void fileEnded(long size) {
            bytesOfEndedFiles += size;
            progress.bytesRead(bytesOfEndedFiles);
        }

        void rejected(InputProblem problem) {
            problems.add(problem);
            target.skipped(problem);
        }
    }
}
