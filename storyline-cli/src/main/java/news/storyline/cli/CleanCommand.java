package news.storyline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import news.storyline.article.Article;
import news.storyline.clean.CorpusCleaner;
import news.storyline.ingest.Ingestor;
import news.storyline.ingest.InputProblem;
import news.storyline.io.ArticleJsonlFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code storyline clean FILE}: shows an article's clean text and every span cleaning removed, with the reason. */
@Command(name = "clean", mixinStandardHelpOptions = true,
        header = "Show clean text and what cleaning removed, and why.",
        description = "Prints the clean text of the articles in the files, then every span cleaning removed with "
                + "its reason.")
final class CleanCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Article files in any supported format.")
    List<Path> files;

    @Option(names = "--json", description = "Print JSON Lines instead of text.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        var problems = new ArrayList<InputProblem>();
        List<Article> cleaned = CorpusCleaner.clean(new Ingestor().readAll(files, problems));
        if (json) {
            ArticleJsonlFile.write(out, cleaned);
        } else {
            cleaned.forEach(article -> CleanedArticleText.print(article, out));
        }
        out.flush();
        problems.forEach(problem -> err.println("error: " + problem.oneLine()));
        err.flush();
        return problems.isEmpty() ? 0 : StorylineCommand.SOME_INPUT_FAILED;
    }
}
