package news.storyline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import news.storyline.article.Article;
import news.storyline.ingest.FolderOutlet;
import news.storyline.ingest.Ingestor;
import news.storyline.ingest.SinkFailedException;
import news.storyline.io.ArticleJsonlWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code storyline ingest PATH... -o articles.jsonl}: reads and cleans articles, writes them as JSON Lines. The run
 * streams: articles are read, cleaned and written as they come, so memory is bounded by the cleaning window, not by
 * the input.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        header = "Read and clean articles, write them as JSON Lines.",
        description = "Reads articles from files and folders (plain text, HTML pages, RSS/Atom feeds, JSON Lines), "
                + "cleans them and writes one JSON object per article. A bad input is reported on one line and "
                + "skipped; the rest is still read. An existing output file is replaced only by a run that read at "
                + "least one article.")
final class IngestCommand implements Callable<Integer> {
    /** How often standard output is asked whether its reader went away (a closed pipe). */
    private static final int CHECK_EVERY = 64;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to read; folders are read whole.")
    List<Path> paths;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Where to write the articles (JSON Lines); standard output if not given.")
    Path output;

    @Option(names = "--max-file-mb", paramLabel = "MB", defaultValue = "" + Ingestor.DEFAULT_MAX_FILE_BYTES / 1_000_000,
            description = "Skip non-streamed files larger than this (default: ${DEFAULT-VALUE}).")
    int maxFileMegabytes;

    @Option(names = "--window-mb", paramLabel = "MB", defaultValue = "" + news.storyline.clean.CorpusCleaner.DEFAULT_WINDOW_CHARS / 1_000_000,
            description = "Article text (millions of characters) held back while outlets' repeated lines are learnt; "
                    + "bounds memory (default: ${DEFAULT-VALUE}, about 1 GB of heap).")
    int windowMegachars;

    @Option(names = "--outlet-from-folder",
            description = "Files that name no outlet (plain text, some pages) take the name of their folder as the "
                    + "outlet, for scrapes kept a folder an outlet. Lets cleaning learn each outlet's footers.")
    boolean outletFromFolder;

    @Option(names = "--no-progress", description = "Never show a progress bar.")
    boolean noProgress;

    @Override
    public Integer call() {
        requireAtLeastOne("--max-file-mb", maxFileMegabytes);
        requireAtLeastOne("--window-mb", windowMegachars);
        PrintWriter err = spec.commandLine().getErr();
        String outputName = output == null ? "standard output" : output.toString();
        ArticleJsonlWriter writer;
        try {
            writer = output == null ? ArticleJsonlWriter.to(spec.commandLine().getOut()) : ArticleJsonlWriter.toFile(output);
        } catch (IOException e) {
            err.println("error: cannot write " + outputName + ": " + OutputProblems.reason(e));
            return StorylineCommand.CANNOT_WRITE;
        }
        var ingestor = new Ingestor(maxFileMegabytes * 1_000_000L, Ingestor.DEFAULT_MAX_RECORD_BYTES);
        CleanedStream.Result result;
        try (writer; var progress = noProgress ? ProgressDisplay.disabled() : ProgressDisplay.onConsole("Ingesting")) {
            result = CleanedStream.run(paths, ingestor, windowMegachars * 1_000_000L,
                    article -> outletFromFolder ? FolderOutlet.assign(article) : article,
                    article -> write(writer, article, progress), progress, err);
            if (output != null && writer.written() == 0 && Files.exists(output)) {
                // Keeping the user's earlier results beats replacing them with nothing.
                err.println("ingest: " + result.report().summary() + "; no article read, so " + output
                        + " was left as it was");
                err.flush();
                return StorylineCommand.SOME_INPUT_FAILED;
            }
            writer.commit();
            if (output == null) {
                checkStandardOutput();
            }
        } catch (SinkFailedException e) {
            err.println("error: cannot write " + outputName + ": " + e.getMessage()
                    + (output == null ? "" : "; " + output + " was left as it was"));
            return StorylineCommand.CANNOT_WRITE;
        } catch (IOException e) {
            err.println("error: cannot write " + outputName + ": " + OutputProblems.reason(e)
                    + (output == null ? "" : "; " + output + " was left as it was"));
            return StorylineCommand.CANNOT_WRITE;
        }
        err.println("ingest: " + result.report().summary()
                + (result.cleaningFailures() == 0 ? "" : ", " + result.cleaningFailures() + " kept uncleaned")
                + (output == null ? "" : "; written to " + output));
        err.flush();
        return result.clean() ? 0 : StorylineCommand.SOME_INPUT_FAILED;
    }

    private void requireAtLeastOne(String option, int value) {
        if (value < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    option + " must be at least 1 (got " + value + ")");
        }
    }

    /**
     * Standard output never throws: a {@link PrintWriter} and {@link System#out} only raise a flag. Asked now and
     * then, it tells when the reader went away ({@code storyline ingest ... | head}), so the run stops instead of
     * reading on for nobody and claiming success.
     */
    private void checkStandardOutput() {
        if (spec.commandLine().getOut().checkError() || System.out.checkError()) {
            throw new SinkFailedException("the output was closed by its reader", null);
        }
    }

    private void write(ArticleJsonlWriter writer, Article article, ProgressDisplay progress) {
        try {
            writer.write(article);
        } catch (IOException e) {
            throw new SinkFailedException(OutputProblems.reason(e), e);
        }
        progress.articleWritten(writer.written());
        if (output == null && writer.written() % CHECK_EVERY == 0) {
            checkStandardOutput();
        }
    }
}
