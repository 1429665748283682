package news.storyline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import news.storyline.embed.BgeSmallEmbedder;
import news.storyline.similarity.BootstrapInterval;
import news.storyline.similarity.Dimension;
import news.storyline.similarity.PairEvaluation;
import news.storyline.similarity.PairModel;
import news.storyline.similarity.PairScorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code storyline evaluate-pairs DEV.jsonl}: cross-validated Pearson and Spearman of the fast pair scorer per
 * dimension and language combination, next to plain TF-IDF cosine, on annotated pairs (the SemEval-2022 Task 8 file).
 */
@Command(name = "evaluate-pairs", mixinStandardHelpOptions = true,
        header = "Cross-validate the pair scorer on annotated pairs.",
        description = "Reads annotated pairs (SemEval-2022 Task 8 format: pair_id, text1, text2, lang1, lang2 and "
                + "the gold scores Geography ... Tone), fits the per-dimension models on k-1 folds and scores the "
                + "held-out fold (or, with --by-language, leaves each language combination out in turn), and prints "
                + "Pearson and Spearman per dimension, for all pairs and per language combination, next to plain "
                + "TF-IDF cosine of the same texts.")
final class EvaluatePairsCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PAIRS", description = "Annotated pairs, JSON Lines.")
    Path pairsFile;

    @Option(names = "--fast", description = "Evaluate the fast, lexical configuration (no sentence embeddings).")
    boolean fast;

    @Option(names = "--embedding-cache", paramLabel = "FILE",
            description = "Keep the texts' embeddings in this file, and take those already there.")
    Path embeddingCache;

    @Option(names = "--folds", defaultValue = "5", description = "Folds (default ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--seed", defaultValue = "1", description = "Shuffle seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--by-language",
            description = "Leave each language combination out in turn instead of folds: fit on the others, score it "
                    + "(how the models carry to languages they were not fitted on).")
    boolean byLanguage;

    @Option(names = "--predictions", paramLabel = "FILE",
            description = "Write the held-out predictions as JSON Lines (for the reference scorer).")
    Path predictionsFile;

    @Option(names = "--plot", paramLabel = "FILE",
            description = "Draw each pair's held-out overall score against its rating (SVG, a picture to open in a "
                    + "browser), one colour per language combination.")
    Path plotFile;

    @Option(names = "--features", paramLabel = "FILE",
            description = "Write each pair's feature values and gold scores as JSON Lines (for analysis).")
    Path featuresFile;

    @Option(names = "--write-model", paramLabel = "FILE",
            description = "Fit on all pairs and write the coefficients (the bundled resource's format).")
    Path modelFile;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (folds < 2) {
            err.println("error: --folds must be 2 or more, not " + folds);
            return 2;
        }
        String refused = PairLines.refusal(pairsFile);
        if (refused != null) {
            err.println("error: " + pairsFile + ": " + refused);
            return StorylineCommand.SOME_INPUT_FAILED;
        }
        var lines = new ArrayList<JsonNode>();
        PairLines.read(pairsFile, err, (number, line) -> lines.add(line));
        var problems = new ArrayList<String>();
        PairEvaluation evaluation = PairEvaluation.of(lines, problems,
                fast ? null : Embedders.open(embeddingCache, err));
        problems.forEach(p -> err.println("error: " + pairsFile + ": pair " + p + ", skipped"));
        if (evaluation.pairs().size() < folds * 2) {
            err.println("error: " + pairsFile + ": only " + evaluation.pairs().size() + " usable pairs");
            return StorylineCommand.SOME_INPUT_FAILED;
        }
        PairEvaluation.Report report = byLanguage ? evaluation.leaveEachLanguageOut(PairModel.LAMBDA)
                : evaluation.crossValidate(folds, seed, PairModel.LAMBDA);
        out.printf(Locale.ROOT, "%s on %d pairs; %s%n", byLanguage
                        ? "each language combination left out in turn (fitted on the others)"
                        : String.format(Locale.ROOT, "%d-fold cross-validation (seed %d)", folds, seed),
                evaluation.pairs().size(), fast ? "fast configuration (lexical features)"
                        : "default configuration (lexical features and " + BgeSmallEmbedder.MODEL + " cosine)");
        if (!fast) {
            out.printf(Locale.ROOT, "cascade: %.0f%% of the pairs embedded, the rest clearly two stories to the "
                    + "lexical model (overall %.1f or more)%n", 100 * report.embeddedShare(),
                    PairScorer.CASCADE_OVERALL);
        }
        out.println("Pearson / Spearman per dimension; tfidf = plain TF-IDF cosine of the whole texts, same run");
        var header = new StringBuilder(String.format(Locale.ROOT, "%-8s %5s ", "pairs", "n"));
        for (Dimension d : Dimension.values()) {
            header.append(String.format(Locale.ROOT, "%-13s ", d.key()));
        }
        out.println(header.toString().stripTrailing());
        report.model().forEach((group, figures) -> {
            out.println(row(group, figures));
            out.println(row("  tfidf", report.tfidf().get(group)));
        });
        out.println("overall Pearson with its 95% interval (a bootstrap over the pairs, " + BootstrapInterval.DRAWS
                + " draws), and the gain over tfidf on the same draws:");
        report.overallPearson().forEach((group, r) -> {
            BootstrapInterval gain = report.overallGain().get(group);
            out.printf(Locale.ROOT, "%-8s %5.3f (%5.3f-%5.3f)  gain %+.3f (%+.3f to %+.3f)%s%n", group, r.value(),
                    r.low(), r.high(), gain.value(), gain.low(), gain.high(),
                    gain.aboveZero() ? ", better" : gain.belowZero() ? ", worse" : "");
        });
        out.flush();
        if (predictionsFile != null) {
            try (BufferedWriter w = Files.newBufferedWriter(predictionsFile, StandardCharsets.UTF_8)) {
                for (Map.Entry<String, double[]> p : report.predictions().entrySet()) {
                    var node = JSON.createObjectNode().put("pair_id", p.getKey());
                    for (Dimension d : Dimension.values()) {
                        node.put(d.key(), p.getValue()[d.ordinal()]);
                    }
                    w.write(JSON.writeValueAsString(node));
                    w.newLine();
                }
            }
        }
        if (plotFile != null) {
            Files.writeString(plotFile, PairPlot.svg(evaluation.pairs(), report.predictions(), pairsFile.getFileName()
                    + ", " + (fast ? "fast" : "default") + " configuration, " + (byLanguage
                    ? "each language combination left out in turn" : folds + "-fold cross-validation")),
                    StandardCharsets.UTF_8);
            err.println("plot: " + plotFile);
        }
        if (featuresFile != null) {
            try (BufferedWriter w = Files.newBufferedWriter(featuresFile, StandardCharsets.UTF_8)) {
                for (PairEvaluation.Pair pair : evaluation.pairs()) {
                    var node = JSON.createObjectNode().put("pair_id", pair.pairId()).put("langs", pair.languages());
                    var features = node.putObject("features");
                    for (int i = 0; i < pair.features().length; i++) {
                        features.put(evaluation.features().get(i), pair.features()[i]);
                    }
                    var gold = node.putObject("gold");
                    pair.gold().forEach((d, v) -> gold.put(d.key(), v));
                    w.write(JSON.writeValueAsString(node));
                    w.newLine();
                }
            }
        }
        if (modelFile != null) {
            PairModel model = evaluation.fitAll(PairModel.LAMBDA);
            long read = evaluation.pairs().stream().filter(PairEvaluation.Pair::embeddingReads).count();
            String fittedOn = "SemEval-2022 Task 8 dev pairs, whole file (" + evaluation.pairs().size()
                    + " pairs" + (fast ? "" : ", fitted on the " + read + " in the Latin alphabet, which the model "
                    + "reads") + "), " + (fast ? "lexical features" : "lexical features and " + BgeSmallEmbedder.MODEL
                    + " cosine") + "; coefficients only, no texts";
            Files.writeString(modelFile, JSON.copy().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(model.toJson(fittedOn)) + "\n", StandardCharsets.UTF_8);
        }
        return problems.isEmpty() ? 0 : StorylineCommand.SOME_INPUT_FAILED;
    }

    private static String row(String group, Map<Dimension, PairEvaluation.Figures> figures) {
        var row = new StringBuilder(String.format(Locale.ROOT, "%-8s %5d ", group,
                figures.get(Dimension.OVERALL).n()));
        for (Dimension d : Dimension.values()) {
            var f = figures.get(d);
            row.append(String.format(Locale.ROOT, "%5.3f / %5.3f ", f.pearson(), f.spearman()));
        }
        return row.toString().stripTrailing();
    }

}
