package news.storyline.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import news.storyline.ingest.InputNames;
import news.storyline.io.PartialFile;
import news.storyline.similarity.BootstrapInterval;
import news.storyline.story.evaluation.AverageLinkBaseline;
import news.storyline.story.evaluation.ClusterScores;
import news.storyline.story.evaluation.Clusterer;
import news.storyline.story.evaluation.GoldCorpus;
import news.storyline.story.evaluation.GoldSet;
import news.storyline.story.evaluation.StoryBootstrap;
import news.storyline.story.evaluation.StoryEvaluation;
import news.storyline.text.TextEmbedder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code storyline eval}: scores the story clusterers (see {@link EvaluatedSystems}) on gold story sets, the TF-IDF
 * average-link baseline among them, tuned in the same run on the train split of the same corpus and never on the
 * split it is reported on.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        header = "Score story clustering on gold story sets, next to a TF-IDF average-link baseline.",
        description = "Without --gold, evaluates the standard sets found in the data folder: the ECB+ test split and "
                + "the AllSides dev split (baseline threshold tuned on each corpus's train split), and the Wikinews "
                + "topics (no splits: the whole file, at the ECB+ train threshold). With --gold, any JSON Lines file "
                + "with id, cluster and text (and optionally split, title, date). Prints B-cubed and pairwise "
                + "precision, recall and F1, ARI, V-measure and speed for each system on each set.")
final class EvalCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TRAIN = "train";
    private static final String ECB_PLUS = "ecbplus_event_clusters.jsonl";
    private static final String ALLSIDES = "allsides_dev_story_clusters.jsonl";
    private static final String WIKINEWS = "wikinews_semeval2015_topic_clusters.jsonl";
    private static final List<Path> DEFAULT_DATA = List.of(Path.of("../shared/data"), Path.of("shared/data"));

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Folder holding the standard gold sets (default: ../shared/data, then shared/data).")
    Path dataDir;

    @Option(names = "--gold", paramLabel = "FILE",
            description = "Evaluate this gold file (JSON Lines with id, cluster, text) instead of the standard sets.")
    Path goldFile;

    @Option(names = "--split", paramLabel = "SPLIT",
            description = "With --gold: evaluate only the records of this split (the baseline is then tuned on the "
                    + "file's train split, if it has one and SPLIT is another).")
    String split;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
            description = "Only the first N gold stories of each set, and of each tuning split (whole stories), for "
                    + "quick runs; 0 for all (default).")
    int limit;

    @Option(names = "--embedding-cache", paramLabel = "FILE",
            description = "Keep the sentence embeddings of the storyline system in FILE and reuse those found "
                    + "there (its speed then counts cache reads, not embedding; the report says so).")
    Path embeddingCache;

    @Option(names = "--json", description = "Print one JSON object per set and system instead of the table.")
    boolean json;

    @Option(names = "--assignments", paramLabel = "DIR",
            description = "Write each system's stories to DIR/<set>-<system>.jsonl ({\"id\", \"story\"} lines), for "
                    + "the reference scorer.")
    Path assignmentsDir;

    /** One set to report: the records of a split of a file, and where its baseline threshold comes from. */
    private record EvalSet(String name, Path file, String split, Tuning tuning) {
    }

    /** The split the baseline is tuned on, or null with the reason for the default threshold. */
    private record Tuning(Path file, String split, String label, String whyDefault) {
        static Tuning on(Path file, String split, String label) {
            return new Tuning(file, split, label, null);
        }

        static Tuning none(String why) {
            return new Tuning(null, null, null, why);
        }
    }

    private final Map<Path, GoldCorpus> corpora = new HashMap<>();
    private final Map<Tuning, AverageLinkBaseline> baselines = new HashMap<>();
    private TextEmbedder embedder;
    private int problems;
    /** Per set evaluated, the intervals of its rows. */
    private final Map<String, StoryBootstrap> intervals = new HashMap<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (limit < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be 0 or more (got " + limit + ")");
        }
        if (split != null && goldFile == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--split goes with --gold");
        }
        List<EvalSet> sets = goldFile != null ? List.of(goldSet(err)) : standardSets(err);
        if (sets.isEmpty()) {
            return StorylineCommand.SOME_INPUT_FAILED;
        }
        var rows = new ArrayList<StoryEvaluation.Row>();
        for (EvalSet set : sets) {
            evaluate(set, rows, err);
        }
        if (json) {
            rows.forEach(row -> out.println(jsonRow(row)));
        } else {
            printTable(rows, out);
        }
        out.flush();
        if (assignmentsDir != null) {
            try {
                writeAssignments(rows);
            } catch (IOException e) {
                err.println("error: cannot write assignments to " + assignmentsDir + ": " + OutputProblems.reason(e));
                err.flush();
                return StorylineCommand.CANNOT_WRITE;
            }
        }
        err.flush();
        return problems == 0 && !rows.isEmpty() ? 0 : StorylineCommand.SOME_INPUT_FAILED;
    }

    private EvalSet goldSet(PrintWriter err) {
        String name = InputNames.stem(goldFile) + (split == null ? "" : "-" + split);
        GoldCorpus corpus = corpus(goldFile, err);
        Tuning tuning;
        if (corpus == null) {
            tuning = Tuning.none("unread");
        } else if (TRAIN.equals(split)) {
            tuning = Tuning.none("the default: the evaluated split is the train split, never tuned on");
        } else if (corpus.hasSplit(TRAIN)) {
            tuning = Tuning.on(goldFile, TRAIN, InputNames.stem(goldFile) + " train");
        } else {
            tuning = Tuning.none("the default: " + goldFile.getFileName() + " has no train split");
        }
        return new EvalSet(name, goldFile, split, tuning);
    }

    private List<EvalSet> standardSets(PrintWriter err) {
        Path dir = dataDir;
        if (dir == null) {
            dir = DEFAULT_DATA.stream().filter(Files::isDirectory).findFirst().orElse(null);
            if (dir == null) {
                err.println("error: no gold data: give --data DIR or --gold FILE (looked for ../shared/data and "
                        + "shared/data)");
                err.flush();
                return List.of();
            }
        } else if (!Files.isDirectory(dir)) {
            err.println("error: " + dir + ": not a folder");
            err.flush();
            return List.of();
        }
        Path ecb = dir.resolve(ECB_PLUS);
        Path allsides = dir.resolve(ALLSIDES);
        Path wikinews = dir.resolve(WIKINEWS);
        Tuning ecbTrain = Tuning.on(ecb, TRAIN, "ECB+ train");
        var sets = new ArrayList<EvalSet>();
        if (Files.isRegularFile(ecb)) {
            sets.add(new EvalSet("ecbplus-test", ecb, "test", ecbTrain));
        }
        if (Files.isRegularFile(allsides)) {
            sets.add(new EvalSet("allsides-dev", allsides, "dev", Tuning.on(allsides, TRAIN, "AllSides train")));
        }
        if (Files.isRegularFile(wikinews)) {
            // Wikinews has no splits, so nothing of it may tune: it borrows the threshold of the nearest corpus.
            sets.add(new EvalSet("wikinews", wikinews, null, Files.isRegularFile(ecb) ? ecbTrain
                    : Tuning.none("the default: Wikinews has no splits and ECB+ is not at hand")));
        }
        if (sets.isEmpty()) {
            err.println("error: " + dir + ": none of " + ECB_PLUS + ", " + ALLSIDES + ", " + WIKINEWS + " is there");
            err.flush();
        } else if (sets.size() < 3) {
            err.println("eval: only " + sets.stream().map(EvalSet::name).toList() + " found in " + dir);
        }
        return sets;
    }

    private void evaluate(EvalSet evalSet, List<StoryEvaluation.Row> rows, PrintWriter err) {
        GoldCorpus corpus = corpus(evalSet.file(), err);
        if (corpus == null) {
            return;
        }
        GoldSet set = corpus.select(evalSet.split(), limit);
        if (set.size() == 0) {
            problem(err, evalSet.file() + ": no usable records"
                    + (evalSet.split() == null ? "" : " in split \"" + evalSet.split() + "\""));
            return;
        }
        AverageLinkBaseline baseline = baseline(evalSet.tuning(), err);
        var setRows = new ArrayList<StoryEvaluation.Row>();
        for (Map.Entry<String, Clusterer> system : EvaluatedSystems.forSet(baseline, this::embedder).entrySet()) {
            try {
                setRows.add(StoryEvaluation.run(evalSet.name(), set, system.getKey(), system.getValue()));
            } catch (RuntimeException e) {
                // A system failing on one set is its bug; the others, and the other sets, still get their figures.
                problem(err, system.getKey() + " failed on " + evalSet.name() + ": "
                        + (e.getMessage() == null ? e.toString() : e.getMessage()));
            }
        }
        rows.addAll(setRows);
        intervals.put(evalSet.name(), StoryEvaluation.bootstrap(set, setRows));
    }

    private AverageLinkBaseline baseline(Tuning tuning, PrintWriter err) {
        return baselines.computeIfAbsent(tuning, t -> {
            if (t.whyDefault() != null) {
                return AverageLinkBaseline.at(AverageLinkBaseline.DEFAULT_THRESHOLD, t.whyDefault());
            }
            GoldCorpus corpus = corpus(t.file(), err);
            GoldSet train = corpus == null ? null : corpus.sample(t.split(), limit,
                    AverageLinkBaseline.TUNING_SAMPLE_ARTICLES, AverageLinkBaseline.TUNING_SEED);
            if (train == null || train.size() == 0) {
                return AverageLinkBaseline.at(AverageLinkBaseline.DEFAULT_THRESHOLD,
                        "the default: " + t.label() + " has no usable records");
            }
            return AverageLinkBaseline.tunedOn(train, t.label());
        });
    }

    /** The embedder, loaded once for all sets when a system first needs it. */
    private TextEmbedder embedder() {
        if (embedder == null) {
            try {
                embedder = Embedders.open(embeddingCache);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot use the embedding cache " + embeddingCache + ": "
                        + e.getMessage(), e);
            }
        }
        return embedder;
    }

    /** The file read once, however many sets and tunings use it; null when it cannot be read at all. */
    private GoldCorpus corpus(Path file, PrintWriter err) {
        if (corpora.containsKey(file)) {
            return corpora.get(file);
        }
        GoldCorpus corpus = null;
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            problem(err, file + ": not a readable file");
        } else {
            try {
                corpus = GoldCorpus.read(file, p -> problem(err, p.oneLine()));
            } catch (IOException e) {
                problem(err, file + ": cannot read: " + e.getMessage());
            }
        }
        corpora.put(file, corpus);
        return corpus;
    }

    private void problem(PrintWriter err, String line) {
        problems++;
        err.println("error: " + line);
    }

    private void printTable(List<StoryEvaluation.Row> rows, PrintWriter out) {
        for (StoryEvaluation.Row row : rows) {
            if (!row.settings().isEmpty()) {
                out.println(row.set() + ", " + row.system() + ": " + row.settings());
            }
        }
        out.printf(Locale.ROOT, "%-14s %-14s %5s %6s %6s %6s %6s %6s %13s %6s %6s %6s %6s %6s %10s%n", "set",
                "system", "n", "k_gold", "k_pred", "b3P", "b3R", "b3F1", "b3F1 95%", "pairP", "pairR", "pairF1",
                "ARI", "V", "articles/s");
        for (StoryEvaluation.Row row : rows) {
            ClusterScores s = row.scores();
            BootstrapInterval f1 = intervals.get(row.set()).f1(row.system());
            out.printf(Locale.ROOT,
                    "%-14s %-14s %5d %6d %6d %6.4f %6.4f %6.4f %13s %6.4f %6.4f %6.4f %6.4f %6.4f %10.0f%n",
                    row.set(), row.system(), s.n(), s.kGold(), s.kPred(), s.b3Precision(), s.b3Recall(), s.b3F1(),
                    String.format(Locale.ROOT, "%.3f-%.3f", f1.low(), f1.high()), s.pairPrecision(),
                    s.pairRecall(), s.pairF1(), s.ari(), s.vMeasure(), row.articlesPerSecond());
        }
        if (rows.isEmpty()) {
            return;
        }
        out.println("b3F1 95%: the interval of a bootstrap over the set's gold stories (" + BootstrapInterval.DRAWS
                + " draws, the clustering held fixed); the difference from the baseline over the same draws:");
        for (StoryEvaluation.Row row : rows) {
            BootstrapInterval d = differenceFromBaseline(row);
            if (d != null) {
                out.printf(Locale.ROOT, "  %-14s %-14s %+.4f (95%%: %+.3f to %+.3f)%s%n", row.set(), row.system(),
                        d.value(), d.low(), d.high(), d.aboveZero() ? ", better" : d.belowZero() ? ", worse" : "");
            }
        }
    }

    /**
     * The row's B-cubed F1 less the baseline's on its set, with its interval; null for the baseline itself, or where
     * the baseline failed on the set.
     */
    private BootstrapInterval differenceFromBaseline(StoryEvaluation.Row row) {
        StoryBootstrap set = intervals.get(row.set());
        boolean baselineScored = set != null && set.has(AverageLinkBaseline.NAME);
        return row.system().equals(AverageLinkBaseline.NAME) || !baselineScored ? null
                : set.difference(row.system(), AverageLinkBaseline.NAME);
    }

    private String jsonRow(StoryEvaluation.Row row) {
        ClusterScores s = row.scores();
        BootstrapInterval f1 = intervals.get(row.set()).f1(row.system());
        BootstrapInterval d = differenceFromBaseline(row);
        ObjectNode node = JSON.createObjectNode().put("set", row.set()).put("system", row.system())
                .put("n", s.n()).put("k_gold", s.kGold()).put("k_pred", s.kPred())
                .put("b3P", s.b3Precision()).put("b3R", s.b3Recall()).put("b3F1", s.b3F1())
                .put("pairP", s.pairPrecision()).put("pairR", s.pairRecall()).put("pairF1", s.pairF1())
                .put("ARI", s.ari()).put("V", s.vMeasure())
                .put("seconds", row.seconds()).put("articles_per_s", row.articlesPerSecond())
                .put("settings", row.settings());
        node.putArray("b3F1_95").add(f1.low()).add(f1.high());
        if (d != null) {
            node.put("b3F1_minus_baseline", d.value());
            node.putArray("b3F1_minus_baseline_95").add(d.low()).add(d.high());
        }
        return node.toString();
    }

    private void writeAssignments(List<StoryEvaluation.Row> rows) throws IOException {
        Files.createDirectories(assignmentsDir);
        for (StoryEvaluation.Row row : rows) {
            try (PartialFile file = PartialFile.beside(assignmentsDir.resolve(row.set() + "-" + row.system() + ".jsonl"))) {
                for (Map.Entry<String, String> a : row.assignments().entrySet()) {
                    file.writer().write(JSON.createObjectNode().put("id", a.getKey()).put("story", a.getValue())
                            + "\n");
                }
                file.commit();
            }
        }
    }
}
