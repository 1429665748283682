package news.storyline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import news.storyline.clean.LanguageIdentifier;
import news.storyline.io.PartialFile;
import news.storyline.mention.MentionExtractor;
import news.storyline.similarity.ArticleProfile;
import news.storyline.similarity.PairInput;
import news.storyline.similarity.PairScorer;
import news.storyline.text.TextEmbedder;
import news.storyline.text.LanguageAnalyzers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code storyline pairs PAIRS.jsonl -o scores.jsonl}: scores many pairs on the seven SemEval-2022 Task 8
 * dimensions. Lines are read in batches: each batch's texts are counted in the document frequencies before its
 * pairs are scored, so the weights know the batch, and memory stays bounded by the batch, not the file.
 */
@Command(name = "pairs", mixinStandardHelpOptions = true,
        header = "Score many article pairs on seven similarity dimensions.",
        description = {"Reads JSON Lines with pair_id, text1, text2 and optionally title1/2, lang1/2, date1/2, "
                + "url1/2, and writes one line a pair: pair_id, the scores overall, geography, entities, time, "
                + "narrative, style and tone (1 = very similar ... 4 = very dissimilar) and evidence.",
            "By default (the accurate configuration) each distinct text is embedded once with a sentence-embedding "
                + "model (bge-small-en-v1.5, in the JVM) whose cosine the scores weigh beside the lexical features, "
                + "and the evidence groups names and places across spellings, acronyms and short forms and places "
                + "them in the gazetteer. --fast scores on lexical features alone, with lexical evidence: many "
                + "times faster."})
final class PairsCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BATCH = 10_000;
    /** Pairs embedded at once: big enough to keep the cores busy, small enough for the progress bar to move. */
    private static final int EMBEDDED_BATCH = 100;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PAIRS", description = "Pairs as JSON Lines.")
    Path pairsFile;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where to write the scores (default: "
            + "standard output). Written beside it first and moved into place at the end.")
    Path output;

    @Option(names = "--fast", description = "The fast configuration: lexical features only (no sentence embeddings) "
            + "and names and places as written, not grouped or resolved.")
    boolean fast;

    @Option(names = "--embedding-cache", paramLabel = "FILE",
            description = "Keep the texts' embeddings in this file, and take those already there.")
    Path embeddingCache;

    @Option(names = "--no-progress", description = "Never show a progress bar.")
    boolean noProgress;

    private record Line(int number, JsonNode json) {
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        String refused = PairLines.refusal(pairsFile);
        if (refused != null) {
            err.println("error: " + pairsFile + ": " + refused);
            return StorylineCommand.SOME_INPUT_FAILED;
        }
        int[] counts = new int[2];
        try (PartialFile file = output == null ? null : PartialFile.beside(output)) {
            Writer writer = file == null ? spec.commandLine().getOut() : file.writer();
            var scorer = fast ? PairScorer.fast() : PairScorer.bundled().withMentions(new MentionExtractor());
            TextEmbedder embedder = fast ? null : Embedders.open(embeddingCache, err);
            var languages = new LanguageIdentifier();
            var batch = new ArrayList<Line>();
            var progress = noProgress ? ProgressDisplay.disabled() : ProgressDisplay.onConsole("Scoring pairs");
            PairLines.Counts read;
            try (progress) {
                read = PairLines.read(pairsFile, err, (number, line) -> {
                    batch.add(new Line(number, line));
                    progress.articleRead(number);
                    if (batch.size() == (embedder == null ? BATCH : EMBEDDED_BATCH)) {
                        scoreBatch(batch, scorer, embedder, languages, writer, err, counts);
                        progress.articleWritten(counts[0]);
                        batch.clear();
                    }
                });
            }
            counts[1] += read.malformed();
            if (read.records() == 0) {
                // Nothing to score: an earlier output of that name is left as it was.
                err.println("error: " + pairsFile + ": no pairs (the file is empty or only blank lines)");
                return StorylineCommand.SOME_INPUT_FAILED;
            }
            scoreBatch(batch, scorer, embedder, languages, writer, err, counts);
            writer.flush();
            if (file != null) {
                file.commit();
            }
        } catch (IOException e) {
            err.println("error: " + (output == null ? pairsFile : output) + ": " + e.getMessage());
            return StorylineCommand.CANNOT_WRITE;
        }
        err.println("pairs: " + counts[0] + " scored, " + counts[1] + " skipped"
                + (output == null ? "" : "; written to " + output));
        return counts[1] == 0 ? 0 : StorylineCommand.SOME_INPUT_FAILED;
    }

    private void scoreBatch(List<Line> batch, PairScorer scorer, TextEmbedder embedder, LanguageIdentifier languages,
                            Writer writer, PrintWriter err, int[] counts) throws IOException {
        var inputs = new ArrayList<PairInput>();
        var profiles = new ArrayList<ArticleProfile[]>();
        for (Line line : batch) {
            String where = pairsFile + ":" + line.number() + ": pair " + line.json().path("pair_id").asText("?");
            try {
                PairInput input = PairInput.of(line.json(), languages);
                // One line a pair, naming each language it lacks once ("und" twice is one warning).
                var lacking = new java.util.LinkedHashSet<String>();
                for (var side : List.of(input.first(), input.second())) {
                    if (!LanguageAnalyzers.supports(side.language())) {
                        lacking.add("\"" + side.language() + "\"");
                    }
                }
                if (!lacking.isEmpty()) {
                    err.println("warning: " + where + ": language " + String.join(" and ", lacking) + " has no "
                            + "analyzer (have " + LanguageAnalyzers.supportedList() + "); scored on plain word tokens");
                }
                ArticleProfile a = input.first().profile(input.pairId() + "/1");
                ArticleProfile b = input.second().profile(input.pairId() + "/2");
                scorer.count(a);
                scorer.count(b);
                inputs.add(input);
                profiles.add(new ArticleProfile[] {a, b});
            } catch (PairInput.BadPairException e) {
                counts[1]++;
                err.println("error: " + where + ": " + e.getMessage() + ", skipped");
            }
        }
        if (embedder != null) {
            scorer.embedWhereWorthIt(profiles, embedder);
        }
        // Scoring reads the frequencies only, so pairs are scored in parallel; the output keeps the input's order.
        List<String> lines = java.util.stream.IntStream.range(0, inputs.size()).parallel()
                .mapToObj(i -> scorer.score(profiles.get(i)[0], profiles.get(i)[1]).toJson(inputs.get(i).pairId()))
                .map(node -> {
                    try {
                        return JSON.writeValueAsString(node);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).toList();
        for (String line : lines) {
            writer.write(line);
            writer.write('\n');
        }
        counts[0] += lines.size();
    }
}
