package news.storyline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import news.storyline.article.Article;
import news.storyline.clean.CorpusCleaner;
import news.storyline.facts.StoryReport;
import news.storyline.facts.StoryReporter;
import news.storyline.facts.render.ReportFormat;
import news.storyline.facts.render.StoryReportRenderer;
import news.storyline.ingest.Ingestor;
import news.storyline.io.PartialFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code storyline story PATH... [--format text|markdown|html|json] [-o FILE] [--stories stories.jsonl --id ID]}
 * (without --format, the format -o FILE's extension names, else text):
 * what a story's reports say side by side: the facts they agree on, those they contradict, those only one gives,
 * the names as each spells them, an attributed summary and a timeline.
 */
@Command(name = "story", mixinStandardHelpOptions = true,
        header = "Report on a story: facts agreed and contradicted across sources, a summary and a timeline.",
        description = "Reads and cleans the articles and reports on them as one story (or, with --stories and "
                + "--id, on one story of a clustering run): quantities, distances, dates, ranks, people's ages, "
                + "attributions and quotes of each report, lined up across the reports as agreed, contradicted or "
                + "given by one source (wire copies count once, under their original); each name with every report's "
                + "spelling; "
                + "an extractive summary whose every sentence names its sources; and a timeline of the dated "
                + "events. The HTML report is one self-contained file with the timeline drawn.")
final class StoryCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to read; folders are read whole.")
    List<Path> paths;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text, markdown, html or json (default: the one -o FILE's extension names, else text).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Where to write the report; standard output if not given.")
    Path output;

    @Option(names = "--stories", paramLabel = "FILE",
            description = "The stories of a clustering run (storyline cluster -o FILE); with --id, report on one.")
    Path stories;

    @Option(names = "--id", paramLabel = "ID", description = "The story of --stories to report on.")
    String storyId;

    @Option(names = "--no-progress", description = "Never show a progress bar.")
    boolean noProgress;

    @Override
    public Integer call() throws IOException {
        ReportFormat reportFormat;
        try {
            // "-o report.html" alone means an HTML report: a user names the file for what it should hold.
            reportFormat = format != null ? ReportFormat.parse(format)
                    : output == null || output.getFileName() == null ? ReportFormat.TEXT
                    : ReportFormat.ofFileName(output.getFileName().toString()).orElse(ReportFormat.TEXT);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if ((stories == null) != (storyId == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--stories and --id go together: the stories file of a clustering run and the story's id");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        StoryWanted wanted = null;
        if (stories != null) {
            try {
                wanted = StoryWanted.read(stories, storyId);
            } catch (NoSuchFileException e) {
                err.println("error: " + stories + ": no such file");
                return StorylineCommand.SOME_INPUT_FAILED;
            } catch (IOException | RuntimeException e) {
                err.println("error: " + stories + ": " + e.getMessage());
                return StorylineCommand.SOME_INPUT_FAILED;
            }
            if (wanted == null) {
                err.println("error: " + stories + ": no story with id " + storyId);
                return StorylineCommand.SOME_INPUT_FAILED;
            }
        }
        List<Article> articles = new ArrayList<>();
        CleanedStream.Result result;
        Set<String> ids = wanted == null ? null : wanted.articleIds();
        try (var progress = noProgress ? ProgressDisplay.disabled() : ProgressDisplay.onConsole("Reading")) {
            result = CleanedStream.run(paths, new Ingestor(), CorpusCleaner.DEFAULT_WINDOW_CHARS, article -> article,
                    article -> {
                        if (ids == null || ids.contains(article.id())) {
                            articles.add(article);
                        }
                        progress.articleWritten(articles.size());
                    }, progress, err);
        }
        if (articles.isEmpty()) {
            err.println("error: no article to report on" + (wanted == null ? ""
                    : ": none of story " + storyId + "'s " + ids.size() + " articles is in the inputs read"));
            err.flush();
            return StorylineCommand.SOME_INPUT_FAILED;
        }
        if (wanted != null && articles.size() < ids.size()) {
            err.println("warning: " + (ids.size() - articles.size()) + " of story " + storyId
                    + "'s articles are not in the inputs read; reporting on the " + articles.size() + " found");
        }
        StoryReport report = new StoryReporter().report(storyId, wanted == null ? null : wanted.headline(),
                articles);
        for (String problem : report.problems()) {
            err.println("warning: " + problem);
        }
        try {
            if (output != null) {
                try (PartialFile partial = PartialFile.beside(output)) {
                    StoryReportRenderer.render(report, reportFormat, partial.writer());
                    partial.commit();
                }
            } else {
                StoryReportRenderer.render(report, reportFormat, out);
                out.flush();
            }
        } catch (IOException e) {
            err.println("error: cannot write " + (output == null ? "standard output" : output) + ": "
                    + OutputProblems.reason(e));
            err.flush();
            return StorylineCommand.CANNOT_WRITE;
        }
        int contradicted = report.comparisons(news.storyline.facts.Agreement.CONTRADICTED).size();
        int agreed = report.comparisons(news.storyline.facts.Agreement.AGREED).size();
        int updated = report.comparisons(news.storyline.facts.Agreement.UPDATED).size();
        err.println("story: " + articles.size() + " article" + (articles.size() == 1 ? "" : "s") + ", "
                + report.facts().stream().mapToInt(f -> f.facts().size()).sum() + " facts, " + agreed + " agreed, "
                + contradicted + " contradicted, " + updated + " updated across sources; " + result.report().summary()
                + (output == null ? "" : "; written to " + output));
        err.flush();
        return result.clean() ? 0 : StorylineCommand.SOME_INPUT_FAILED;
    }

    /** The story asked for in a stories file: its headline and its articles' ids. */
    record StoryWanted(String headline, Set<String> articleIds) {
        static StoryWanted read(Path file, String id) throws IOException {
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                int number = 0;
                while ((line = reader.readLine()) != null) {
                    number++;
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode story;
                    try {
                        story = JSON.readTree(line);
                    } catch (IOException e) {
                        throw new IOException("line " + number + ": not a story record (malformed JSON)");
                    }
                    if (!id.equals(story.path("id").asText(null))) {
                        continue;
                    }
                    Set<String> ids = new LinkedHashSet<>();
                    story.path("articles").forEach(a -> ids.add(a.path("id").asText()));
                    return new StoryWanted(story.path("headline").asText(null), ids);
                }
            }
            return null;
        }
    }
}
