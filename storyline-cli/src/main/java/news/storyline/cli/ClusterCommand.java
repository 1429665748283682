package news.storyline.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import news.storyline.article.Article;
import news.storyline.clean.CorpusCleaner;
import news.storyline.facts.render.StoryMap;
import news.storyline.ingest.Ingestor;
import news.storyline.ingest.JsonArticles;
import news.storyline.io.PartialFile;
import news.storyline.mention.MentionExtractor;
import news.storyline.story.Story;
import news.storyline.story.StoryClusterer;
import news.storyline.story.StreamOrder;
import news.storyline.story.StoryMerge;
import news.storyline.text.TextEmbedder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code storyline cluster PATH... [-o stories.jsonl] [--assignments assignments.jsonl] [--window-days 7]}: groups
 * articles into stories. Cleaning streams in input order, but stories must be built in publication order, so the
 * cleaned articles are collected and sorted (by publication time, then input order; an undated article where its
 * neighbours in the input put it: see {@link StreamOrder}) before the online engine takes them one at a time: memory holds the
 * cleaned articles of one run.
 */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        header = "Group articles into stories.",
        description = "Reads and cleans the articles, sorts them by publication time (an undated article "
                + "takes the time of the dated one before it in the input), embeds each headline (but copies') "
                + "with bge-small-en-v1.5 unless --fast, then assigns each in turn to a story of the active window or "
                + "starts one. Copies join their original's story marked as copies. Writes one JSON object a story, "
                + "or prints a summary.")
final class ClusterCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to read; folders are read whole.")
    List<Path> paths;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Where to write the stories (JSON Lines); a summary on standard output if not given.")
    Path output;

    @Option(names = "--assignments", paramLabel = "FILE",
            description = "Also write each article's story, one {\"id\", \"story\"} object a line.")
    Path assignments;

    @Option(names = "--window-days", paramLabel = "DAYS", defaultValue = "7",
            description = "Days a story stays open for new articles after its last dated one, longer for a story of "
                    + "many reports (up to four times; default: ${DEFAULT-VALUE}).")
    int windowDays;

    @Option(names = "--fast",
            description = "The lexical configuration: TF-IDF, names, places and time, no sentence embeddings "
                    + "(many times faster; somewhat less accurate).")
    boolean fast;

    @Option(names = "--embedding-cache", paramLabel = "FILE",
            description = "Keep the articles' sentence embeddings in FILE and reuse those found there, so that "
                    + "clustering the same articles again embeds nothing (not with --fast).")
    Path embeddingCache;

    @Option(names = "--map", paramLabel = "FILE",
            description = "Also draw the story map to FILE (SVG, for a browser): the largest stories on one time "
                    + "axis, a row each, with every article at its publication time, coloured by outlet.")
    Path map;

    @Option(names = "--map-stories", paramLabel = "N", defaultValue = "" + StoryMap.DEFAULT_STORIES,
            description = "Stories the map draws, those with the most independent reports (default: ${DEFAULT-VALUE}).")
    int mapStories;

    @Option(names = "--no-progress", description = "Never show a progress bar.")
    boolean noProgress;

    /** What one clustering run made and what it skipped. */
    record Run(List<Story> stories, List<StoryMerge> merges, List<StoryMerge> resumptions, List<String> skipped,
               Map<String, String> copies) {
        Map<String, List<StoryMerge>> mergesByStory() {
            return StoryMerge.byStory(merges);
        }

        /** The quiet stories taken up again, by story (see StoryClusterer#resumptions). */
        Map<String, List<StoryMerge>> resumedByStory() {
            return StoryMerge.byStory(resumptions);
        }
    }

    @Override
    public Integer call() throws IOException {
        if (windowDays < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--window-days must be at least 1 (got " + windowDays + ")");
        }
        if (mapStories < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--map-stories must be at least 1 (got " + mapStories + ")");
        }
        if (fast && embeddingCache != null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--embedding-cache goes without --fast (the fast configuration embeds nothing)");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        TextEmbedder embedder = null;
        if (!fast) {
            try {
                embedder = Embedders.open(embeddingCache);
            } catch (IOException e) {
                err.println("error: cannot use the embedding cache " + embeddingCache + ": " + e.getMessage());
                err.flush();
                return StorylineCommand.CANNOT_WRITE;
            }
        }
        var articles = new ArrayList<Article>();
        CleanedStream.Result result;
        try (var progress = noProgress ? ProgressDisplay.disabled() : ProgressDisplay.onConsole("Reading")) {
            result = CleanedStream.run(paths, new Ingestor(), CorpusCleaner.DEFAULT_WINDOW_CHARS, article -> article,
                    article -> {
                        articles.add(article);
                        progress.articleWritten(articles.size());
                    }, progress, err);
        }
        Run run;
        try (var progress = noProgress ? ProgressDisplay.disabled()
                : ProgressDisplay.counting("Clustering", articles.size(), "articles")) {
            run = cluster(articles, Duration.ofDays(windowDays), embedder, progress, err);
        }
        List<Story> stories = run.stories();
        try {
            if (output != null) {
                try (var progress = noProgress ? ProgressDisplay.disabled()
                        : ProgressDisplay.counting("Naming", stories.size(), "stories")) {
                    writeStories(output, stories, run, articles, progress);
                }
            } else {
                printSummary(out, stories, articles);
            }
            if (assignments != null) {
                writeAssignments(assignments, stories);
            }
        } catch (IOException e) {
            err.println("error: cannot write " + (output != null ? output : assignments) + ": "
                    + OutputProblems.reason(e));
            return StorylineCommand.CANNOT_WRITE;
        }
        if (map != null) {
            StoryMap.Picture picture = StoryMap.draw(stories, run.merges(), run.resumptions(), mapStories);
            try {
                writeMap(map, picture);
            } catch (IOException e) {
                err.println("error: cannot write " + map + ": " + OutputProblems.reason(e));
                return StorylineCommand.CANNOT_WRITE;
            }
            err.println("cluster: story map of " + mapSummary(picture) + " drawn to " + map);
        }
        long multi = stories.stream().filter(s -> s.size() > 1).count();
        err.println("cluster: " + count(articles.size() - run.skipped().size(), "article", "articles") + " in "
                + count(stories.size(), "story", "stories") + " (" + multi + " with more than one article), "
                + count(run.copies().size(), "copy", "copies") + ", " + count(run.merges().size(), "merge", "merges")
                + (run.resumptions().isEmpty() ? "" : ", " + run.resumptions().size() + " taken up again")
                + (run.skipped().isEmpty() ? "" : ", " + run.skipped().size() + " skipped") + "; "
                + result.report().summary() + (output == null ? "" : "; written to " + output));
        if (embedder != null) {
            long otherLanguages = articles.stream().filter(a -> !StoryClusterer.isEmbedded(a)).count();
            if (otherLanguages > 0) {
                err.println("cluster: " + count(otherLanguages, "article", "articles") + " in other languages than "
                        + "English weighed without sentence embeddings (the model reads English only)");
            }
        }
        err.flush();
        return result.clean() && run.skipped().isEmpty() ? 0 : StorylineCommand.SOME_INPUT_FAILED;
    }

    /**
     * Sorts cleaned articles into publication order (see {@link StreamOrder}) and clusters them: with an embedder,
     * the default configuration, the articles embedded in batches (all but the copies, which need no vector);
     * without, the fast one. An article the engine cannot take (no text, or a date given that could not be read and
     * is not in its text either) is reported on one line and skipped.
     */
    static Run cluster(List<Article> articles, Duration window, TextEmbedder embedder, ProgressDisplay progress,
                       PrintWriter err) {
        var skipped = new ArrayList<String>();
        var dated = new ArrayList<Article>(articles.size());
        java.time.Instant now = java.time.Instant.now();
        for (Article article : articles) {
            String badDate = JsonArticles.unreadDate(article);
            Article taken = StoryClusterer.plausible(article, now);
            if (taken != article) {
                // Believed, it would close every story before it; kept, as undated, in its place in the input.
                progress.printAbove(err, "dated in the future: " + where(article) + ": " + article.published()
                        + ", taken as undated");
            }
            if (badDate == null) {
                dated.add(taken);
            } else {
                // Its place in the stream is unknown; guessing it would join it to the wrong days' stories.
                skipped.add(article.id());
                progress.printAbove(err, "skipped: " + where(article) + ": date not understood: \"" + badDate + "\"");
            }
        }
        List<Article> ordered = StreamOrder.of(dated);
        var stories = new ArrayList<Story>();
        var clusterer = embedder == null ? StoryClusterer.fast(window, stories::add)
                : StoryClusterer.embedded(window, stories::add);
        var copies = new LinkedHashMap<String, String>();
        int done = 0;
        for (int from = 0; from < ordered.size(); from += StoryClusterer.EMBEDDING_BATCH) {
            List<Article> batch = ordered.subList(from, Math.min(ordered.size(), from + StoryClusterer.EMBEDDING_BATCH));
            List<StoryClusterer.Assignment> assigned = clusterer.addAll(batch, embedder);
            for (int i = 0; i < batch.size(); i++) {
                Article article = batch.get(i);
                StoryClusterer.Assignment assignment = assigned.get(i);
                if (assignment == null) {
                    skipped.add(article.id());
                    progress.printAbove(err, "skipped: " + where(article) + ": no text");
                } else if (assignment.copyOf() != null) {
                    copies.put(article.id(), assignment.copyOf());
                }
            }
            done += batch.size();
            progress.articleWritten(done);
        }
        clusterer.finish();
        stories.sort(Comparator.comparing(Story::firstSeen, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(s -> s.members().get(0).id()).thenComparing(Story::id));
        return new Run(stories, clusterer.merges(), clusterer.resumptions(), skipped, copies);
    }

    private static String where(Article article) {
        return article.id() + (article.origin() == null ? "" : " (" + article.origin() + ")");
    }

    /** Stories named at a time, on all cores: the mention layer reads each story's reports for its names. */
    private static final int NAMED_AT_ONCE = 4_096;

    private static void writeStories(Path file, List<Story> stories, Run run, List<Article> articles,
                                     ProgressDisplay progress) throws IOException {
        Map<String, List<StoryMerge>> merges = run.mergesByStory();
        Map<String, List<StoryMerge>> resumed = run.resumedByStory();
        Map<String, Article> byId = StoryListing.byId(articles);
        var mentions = new MentionExtractor();
        try (PartialFile partial = PartialFile.beside(file)) {
            Writer writer = partial.writer();
            for (int from = 0; from < stories.size(); from += NAMED_AT_ONCE) {
                List<Story> slice = stories.subList(from, Math.min(stories.size(), from + NAMED_AT_ONCE));
                List<StoryListing.Named> named = slice.parallelStream()
                        .map(story -> StoryListing.named(story, byId, mentions, StoryListing.TOP, StoryListing.TOP))
                        .toList();
                for (int i = 0; i < slice.size(); i++) {
                    Story story = slice.get(i);
                    writer.write(StoryListing.jsonLine(story, named.get(i), merges.getOrDefault(story.id(), List.of()),
                            resumed.getOrDefault(story.id(), List.of())));
                    writer.write('\n');
                }
                progress.articleWritten(from + slice.size());
            }
            partial.commit();
        }
    }

    static void writeMap(Path file, StoryMap.Picture picture) throws IOException {
        try (PartialFile partial = PartialFile.beside(file)) {
            partial.writer().write(picture.svg());
            partial.commit();
        }
    }

    /** "12 stories", "40 of 310 stories (the largest)", "no story (3 of two articles or more have no date)". */
    static String mapSummary(StoryMap.Picture picture) {
        String drawn = picture.stories() == 0 ? "no story"
                : picture.stories() < picture.candidates()
                ? picture.stories() + " of " + count(picture.candidates(), "story", "stories") + " (the largest)"
                : count(picture.stories(), "story", "stories");
        return drawn + (picture.undatedStories() == 0 ? ""
                : " (" + count(picture.undatedStories(), "story", "stories") + " with no dated article left out)");
    }

    private static void writeAssignments(Path file, List<Story> stories) throws IOException {
        try (PartialFile partial = PartialFile.beside(file)) {
            Writer writer = partial.writer();
            for (Story story : stories) {
                for (Story.Member member : story.members()) {
                    var line = JSON.createObjectNode().put("id", member.id()).put("story", story.id());
                    if (member.copyOf() != null) {
                        line.put("copyOf", member.copyOf());
                    }
                    writer.write(JSON.writeValueAsString(line));
                    writer.write('\n');
                }
            }
            partial.commit();
        }
    }

    private static void printSummary(PrintWriter out, List<Story> stories, List<Article> articles) {
        List<Story> shown = stories.stream().filter(s -> s.size() > 1).sorted(StoryListing.BIGGEST_FIRST).toList();
        Map<String, Article> byId = StoryListing.byId(articles);
        var mentions = new MentionExtractor();
        for (Story story : shown) {
            StoryListing.print(out, story, byId, mentions);
        }
        int single = stories.size() - shown.size();
        if (single > 0) {
            out.println(single + " " + (single == 1 ? "story" : "stories") + " of a single article not shown "
                    + "(-o writes them all)");
        }
        out.flush();
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
