package news.storyline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import news.storyline.article.Article;
import news.storyline.clean.CorpusCleaner;
import news.storyline.ingest.ArticleSink;
import news.storyline.ingest.FolderOutlet;
import news.storyline.ingest.IngestReport;
import news.storyline.ingest.Ingestor;
import news.storyline.ingest.InputProblem;
import news.storyline.io.ArticleJsonlFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code storyline ingest PATH... -o articles.jsonl}: reads and cleans articles, writes them as JSON Lines. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        header = "Read and clean articles, write them as JSON Lines.",
        description = "Reads articles from files and folders (plain text, HTML pages, RSS/Atom feeds, JSON Lines), "
                + "cleans them and writes one JSON object per article. A bad input is reported on one line and "
                + "skipped; the rest is still read.")
final class IngestCommand implements Callable<Integer> {
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

    @Option(names = "--outlet-from-folder",
            description = "Files that name no outlet (plain text, some pages) take the name of their folder as the "
                    + "outlet, for scrapes kept a folder an outlet. Lets cleaning learn each outlet's footers.")
    boolean outletFromFolder;

    @Option(names = "--no-progress", description = "Never show a progress bar.")
    boolean noProgress;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        var ingestor = new Ingestor(maxFileMegabytes * 1_000_000L, Ingestor.DEFAULT_MAX_RECORD_BYTES);
        var articles = new ArrayList<Article>();
        IngestReport report;
        try (var progress = noProgress ? ProgressDisplay.disabled() : ProgressDisplay.onConsole("Ingesting")) {
            report = ingestor.ingest(paths, new ArticleSink() {
                @Override
                public void accept(Article article) {
                    articles.add(outletFromFolder ? FolderOutlet.assign(article) : article);
                }

                @Override
                public void skipped(InputProblem problem) {
                    progress.printAbove(err, "error: " + problem.oneLine());
                }
            }, progress);
        }
        List<Article> cleaned = CorpusCleaner.clean(articles);
        try {
            if (output == null) {
                ArticleJsonlFile.write(spec.commandLine().getOut(), cleaned);
            } else {
                ArticleJsonlFile.write(output, cleaned);
            }
        } catch (IOException e) {
            err.println("error: cannot write " + (output == null ? "standard output" : output) + ": " + e.getMessage());
            return StorylineCommand.CANNOT_WRITE;
        }
        err.println("ingest: " + report.summary() + (output == null ? "" : "; written to " + output));
        err.flush();
        return report.clean() ? 0 : StorylineCommand.SOME_INPUT_FAILED;
    }
}
