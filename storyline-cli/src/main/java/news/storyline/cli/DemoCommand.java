package news.storyline.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import news.storyline.article.Article;
import news.storyline.article.RemovedSpan;
import news.storyline.clean.CorpusCleaner;
import news.storyline.facts.Agreement;
import news.storyline.facts.StoryReport;
import news.storyline.facts.StoryReporter;
import news.storyline.facts.render.ReportFormat;
import news.storyline.facts.render.StoryMap;
import news.storyline.facts.render.StoryReportRenderer;
import news.storyline.ingest.Ingestor;
import news.storyline.ingest.InputProblem;
import news.storyline.io.ArticleJsonlFile;
import news.storyline.io.PartialFile;
import news.storyline.story.Story;
import news.storyline.story.StoryClusterer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code storyline demo}: the main job on the bundled sample corpus, 120 Wikinews articles in four topics
 * (SemEval-2015 Task 4; Wikinews text CC BY 2.5). Reads and cleans them, writes the result and prints what it found.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        header = "Run the main job on the bundled sample corpus.",
        description = "Reads and cleans the bundled sample corpus (120 Wikinews articles in four topics, CC BY 2.5) "
                + "and writes the result to the output folder, then groups the articles into stories.")
final class DemoCommand implements Callable<Integer> {
    private static final int SHOWN_STORIES = 4;
    static final String SAMPLE_RESOURCE = "/samples/wikinews-semeval2015.jsonl";

    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "storyline-demo",
            description = "Folder for the results (default: ${DEFAULT-VALUE}).")
    Path outputDir;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Files.createDirectories(outputDir);
        Path corpus = outputDir.resolve("wikinews-semeval2015.jsonl");
        try (InputStream sample = DemoCommand.class.getResourceAsStream(SAMPLE_RESOURCE)) {
            Files.copy(sample, corpus, StandardCopyOption.REPLACE_EXISTING);
        }
        var problems = new ArrayList<InputProblem>();
        List<Article> articles = CorpusCleaner.clean(new Ingestor().readAll(List.of(corpus), problems));
        Path result = outputDir.resolve("articles.jsonl");
        ArticleJsonlFile.write(result, articles);

        out.println("Storyline demo: Wikinews sample corpus (SemEval-2015 Task 4; text CC BY 2.5, wikinews.org)");
        out.println(articles.size() + " articles read and cleaned, " + problems.size() + " problems");
        out.println("topics:    " + countBy(articles, a -> a.attributes().getOrDefault("cluster", "(none)")));
        out.println("languages: " + countBy(articles, Article::language));
        out.println("dates:     " + dateRange(articles));
        out.println("removed:   " + countBy(articles.stream().flatMap(a -> a.removed().stream()).toList(),
                (RemovedSpan span) -> span.reason().name()));
        out.println("paragraphs kept: " + articles.stream().mapToInt(a -> a.paragraphs().size()).sum());
        // The fast configuration: a demo answers at once, with no model to load.
        ClusterCommand.Run run = ClusterCommand.cluster(articles, StoryClusterer.DEFAULT_WINDOW, null,
                ProgressDisplay.disabled(), spec.commandLine().getErr());
        List<Story> biggest = run.stories().stream().sorted(StoryListing.BIGGEST_FIRST).limit(SHOWN_STORIES).toList();
        out.println("stories:   " + run.stories().size() + " (" + run.stories().stream().filter(s -> s.size() > 1)
                .count() + " with more than one article); the largest:");
        Map<String, Article> byId = StoryListing.byId(articles);
        var mentions = new news.storyline.mention.MentionExtractor();
        biggest.forEach(story -> StoryListing.print(out, story, byId, mentions));
        Path report = writeReport(biggest.isEmpty() ? null : biggest.get(0), byId, out);
        Path map = outputDir.resolve("story-map.svg");
        ClusterCommand.writeMap(map, StoryMap.draw(run.stories(), run.merges(), run.resumptions(),
                StoryMap.DEFAULT_STORIES));
        out.println("written:   " + result + (report == null ? "" : ", " + report) + ", " + map
                + " (the stories on a time axis)");
        out.println("next:      storyline clean " + corpus + "  (shows each article's removals)");
        out.println("           storyline cluster " + corpus + "  (all its stories)");
        out.println("           storyline story " + corpus + " --stories stories.jsonl --id ID  (one story's facts)");
        out.flush();
        problems.forEach(problem -> spec.commandLine().getErr().println("error: " + problem.oneLine()));
        return problems.isEmpty() ? 0 : StorylineCommand.SOME_INPUT_FAILED;
    }

    /**
     * The largest story's report (facts agreed and contradicted across its sources, summary, timeline) as a
     * self-contained HTML file beside the results, with a few lines of it on the terminal.
     */
    private Path writeReport(Story story, Map<String, Article> byId, PrintWriter out) throws IOException {
        if (story == null || story.size() < 2) {
            return null;
        }
        List<Article> members = story.members().stream().map(m -> byId.get(m.id()))
                .filter(java.util.Objects::nonNull).toList();
        StoryReport report = new StoryReporter().report(story.id(), null, members);
        int agreed = report.comparisons(Agreement.AGREED).size();
        int contradicted = report.comparisons(Agreement.CONTRADICTED).size();
        int updated = report.comparisons(Agreement.UPDATED).size();
        out.println("facts of the largest story: " + report.facts().stream().mapToInt(f -> f.facts().size()).sum()
                + " from " + members.size() + " reports; " + agreed + " agreed, " + contradicted
                + " contradicted and " + updated + " updated from one day to another across sources, "
                + report.timeline().size() + " dated events");
        report.comparisons().stream().filter(c -> c.agreement() != Agreement.SINGLE_SOURCE).limit(3)
                .forEach(c -> out.println("  " + switch (c.agreement()) {
                    case AGREED -> "agreed:       ";
                    case UPDATED -> "updated:      ";
                    default -> "contradicted: ";
                } + c.description() + ": " + c.note()));
        Path file = outputDir.resolve("story-report.html");
        try (PartialFile partial = PartialFile.beside(file)) {
            StoryReportRenderer.render(report, ReportFormat.HTML, partial.writer());
            partial.commit();
        }
        return file;
    }

    private static <T> Map<String, Long> countBy(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }

    private static String dateRange(List<Article> articles) {
        var dates = articles.stream().map(Article::published).filter(java.util.Objects::nonNull).sorted().toList();
        if (dates.isEmpty()) {
            return "none";
        }
        return dates.getFirst().toString().substring(0, 10) + " to " + dates.getLast().toString().substring(0, 10)
                + " (" + dates.size() + " of " + articles.size() + " dated)";
    }
}
