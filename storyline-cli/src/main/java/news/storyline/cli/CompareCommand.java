package news.storyline.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import news.storyline.article.Article;
import news.storyline.clean.CorpusCleaner;
import news.storyline.ingest.Ingestor;
import news.storyline.ingest.InputProblem;
import news.storyline.embed.BgeSmallEmbedder;
import news.storyline.similarity.ArticleProfile;
import news.storyline.similarity.Dimension;
import news.storyline.similarity.PairEvidence;
import news.storyline.mention.MentionExtractor;
import news.storyline.similarity.PairScorer;
import news.storyline.similarity.PairScores;
import news.storyline.text.LanguageAnalyzers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code storyline compare A B [--json]}: how alike two articles are on seven dimensions, and why. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        header = "Compare two articles on seven dimensions, with evidence.",
        description = {"Reads and cleans two article files (any format ingest reads; the first article of each) "
                + "and scores them on overall, geography, entities, time, narrative, style and tone, 1 = very "
                + "similar ... 4 = very dissimilar (the SemEval-2022 Task 8 scale), with the evidence: shared and "
                + "differing names, places, numbers and dates, the terms both weigh most, the closest passages.",
            "By default (the accurate configuration) both texts are embedded with a sentence-embedding model "
                + "(bge-small-en-v1.5, in the JVM) whose cosine the scores weigh beside the lexical features, unless "
                + "the lexical scores already say two stories clearly; the evidence groups names and places across "
                + "spellings, acronyms and short forms and places them in the gazetteer. --fast scores on lexical "
                + "features alone, with lexical evidence."})
final class CompareCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", description = "The first article's file.")
    Path first;

    @Parameters(index = "1", paramLabel = "B", description = "The second article's file.")
    Path second;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Option(names = "--fast", description = "The fast configuration: lexical features only (no sentence embeddings) "
            + "and names and places as written, not grouped or resolved.")
    boolean fast;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Article a = read(first, err);
        Article b = read(second, err);
        if (a == null || b == null) {
            return StorylineCommand.SOME_INPUT_FAILED;
        }
        for (Article article : List.of(a, b)) {
            if (!LanguageAnalyzers.supports(article.language())) {
                err.println("warning: " + article.origin() + ": language \"" + article.language() + "\" has no "
                        + "analyzer (have " + LanguageAnalyzers.supportedList() + "); compared on plain word tokens");
            }
        }
        var scorer = fast ? PairScorer.fast() : PairScorer.bundled().withMentions(new MentionExtractor());
        ArticleProfile pa = ArticleProfile.of(a.id(), a.title(), a.cleanText(), a.language(), a.published());
        ArticleProfile pb = ArticleProfile.of(b.id(), b.title(), b.cleanText(), b.language(), b.published());
        scorer.count(pa);
        scorer.count(pb);
        if (!fast) {
            var pair = new ArrayList<ArticleProfile[]>();
            pair.add(new ArticleProfile[] {pa, pb});
            scorer.embedWhereWorthIt(pair, new BgeSmallEmbedder());
            pa = pair.get(0)[0];
            pb = pair.get(0)[1];
        }
        PairScores scores = scorer.score(pa, pb);
        if (json) {
            ObjectNode node = scores.toJson(null);
            node.set("a", describeJson(a));
            node.set("b", describeJson(b));
            out.println(JSON.writeValueAsString(node));
        } else {
            print(out, a, b, scores, PairScorer.embeddingReads(pa, pb));
        }
        out.flush();
        return 0;
    }

    /** The first article of a file, cleaned; null (with the reason printed) when there is none to compare. */
    private static Article read(Path file, PrintWriter err) throws IOException {
        var problems = new ArrayList<InputProblem>();
        List<Article> articles = CorpusCleaner.clean(new Ingestor().readAll(List.of(file), problems));
        problems.forEach(problem -> err.println("error: " + problem.oneLine()));
        if (articles.isEmpty()) {
            if (problems.isEmpty()) {
                err.println("error: " + file + ": no article in it");
            }
            return null;
        }
        Article article = articles.get(0);
        if (article.cleanText().isBlank()) {
            err.println("error: " + file + ": no text to compare (" + (article.rawText().isBlank()
                    ? "a headline only" : "all of it was removed in cleaning") + ")");
            return null;
        }
        if (articles.size() > 1) {
            err.println("note: " + file + ": " + articles.size() + " articles in it; comparing the first");
        }
        return article;
    }

    private static ObjectNode describeJson(Article article) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", article.id());
        node.put("source", article.source());
        node.put("title", article.title());
        node.put("date", article.published() == null ? null : article.published().toString());
        node.put("language", article.language());
        node.put("origin", article.origin());
        return node;
    }

    /** @param readable whether the embedding model reads both texts (both mostly in the Latin alphabet) */
    private void print(PrintWriter out, Article a, Article b, PairScores scores, boolean readable) {
        out.println("A: " + describe(a));
        out.println("B: " + describe(b));
        PairEvidence e = scores.evidence();
        for (Dimension d : Dimension.values()) {
            double score = scores.score(d);
            out.printf(Locale.ROOT, "%-10s %.1f  %s%n", d.key(), score, PairScores.label(score));
            switch (d) {
                case OVERALL -> {
                    out.printf(Locale.ROOT, "           text cosine %.2f, runs of letters %.2f, headlines %.2f, "
                                    + "names %.2f%n", e.features().get("bodyCosine"), e.features().get("letterCosine"),
                            e.features().get("headlineCosine"), e.features().get("sharedNames"));
                    Double meaning = e.features().get("embeddingCosine");
                    out.println(meaning != null ? String.format(Locale.ROOT,
                            "           meaning (sentence embeddings) cosine %.2f", meaning)
                            : fast ? "           fast configuration: lexical features only"
                            : !readable ? "           not embedded: the embedding model reads the Latin alphabet "
                                    + "only; scored by the lexical features"
                            : "           not embedded: the lexical scores call it two stories clearly");
                }
                case GEOGRAPHY -> overlap(out, "places", e.places());
                case ENTITIES -> overlap(out, "names", e.names());
                case TIME -> {
                    Long days = e.daysApart();
                    out.println("           " + (days == null ? "publication dates not both known"
                            : "published " + days + " day" + (days == 1 ? "" : "s") + " apart"));
                    overlap(out, "years", e.years());
                }
                case NARRATIVE -> {
                    out.println("           shared terms: " + String.join(", ", e.sharedTerms()));
                    overlap(out, "numbers", e.numbers());
                    if (!e.passages().isEmpty()) {
                        out.println("           passages that tell alike:");
                        for (PairEvidence.PassagePair pair : e.passages()) {
                            out.printf(Locale.ROOT, "           (%.2f) A: %s%n                  B: %s%n",
                                    pair.similarity(), pair.text1(), pair.text2());
                        }
                    }
                }
                case STYLE -> {
                    out.printf(Locale.ROOT, "           length ratio %.2f; languages %s, %s%n",
                            e.features().get("lengthRatio"), e.language1(), e.language2());
                    out.println("           A: " + e.style1().styleLine());
                    out.println("           B: " + e.style2().styleLine());
                }
                case TONE -> {
                    out.println("           A: " + e.style1().toneLine());
                    out.println("           B: " + e.style2().toneLine());
                    out.println("           (" + PairEvidence.TONE_BASIS + ")");
                }
            }
        }
    }

    private static void overlap(PrintWriter out, String what, PairEvidence.Overlap overlap) {
        out.println("           shared " + what + ": " + list(overlap.shared()));
        if (!overlap.only1().isEmpty() || !overlap.only2().isEmpty()) {
            out.println("           only A: " + list(overlap.only1()) + "; only B: " + list(overlap.only2()));
        }
    }

    private static String list(List<String> items) {
        return items.isEmpty() ? "none" : String.join(", ", items);
    }

    private static String describe(Article article) {
        return (article.title() == null ? article.id() : "\"" + article.title() + "\"")
                + (article.source() == null ? "" : "  " + article.source())
                + (article.published() == null ? "" : "  " + article.published().toString().substring(0, 10))
                + "  [" + article.language() + "]";
    }
}
