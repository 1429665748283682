package news.storyline.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import news.storyline.article.Article;
import news.storyline.clean.CorpusCleaner;
import news.storyline.ingest.ArticleSink;
import news.storyline.ingest.IngestReport;
import news.storyline.ingest.Ingestor;
import news.storyline.ingest.InputProblem;
import news.storyline.io.ArticleJsonlFile;

/**
 * Puts one input file through the whole pipeline as the {@code ingest} command does: read, clean the corpus, write
 * JSON Lines, read the output back. Checks, for that input:
 * <ul>
 *   <li>nothing is thrown out of reading, cleaning, writing or reading back: bad input is an {@link InputProblem};</li>
 *   <li>the input yields an article or a problem naming it, so nothing vanishes without a word (an input that is
 *       well formed and empty, see {@link FuzzInput#mayBeEmpty()}, may yield neither);</li>
 *   <li>cleaning keeps every article, in order;</li>
 *   <li>the written file reads back into the same articles: ids, titles, texts, outlets, addresses, dates. An
 *       article whose clean text is empty (headline-only, or emptied by cleaning) reads back too: as a headline,
 *       or from its raw text.</li>
 * </ul>
 * Time is guarded by the caller.
 */
final class PipelineCheck {
    private final Ingestor ingestor = new Ingestor();

    /** What one input gave, and the failure, if an invariant broke. */
    record Outcome(int articles, int problems, int emptyAfterCleaning, String firstProblem, Failure failure) {
        static Outcome failed(Failure failure) {
            return new Outcome(0, 0, 0, null, failure);
        }
    }

    Outcome run(Path file, boolean mayBeEmpty) {
        var sink = new Collecting();
        try {
            ingestor.ingest(List.of(file), sink, Ingestor.Progress.NONE);
        } catch (Throwable e) {
            return Outcome.failed(Failure.thrown("THROWN_FROM_INGEST", e));
        }
        Failure named = problemsNameTheInput(file, sink);
        if (named != null) {
            return Outcome.failed(named);
        }
        if (sink.articles.isEmpty() && sink.problems.isEmpty() && !mayBeEmpty) {
            return Outcome.failed(Failure.of("LOST_INPUT", "no article and no problem for " + file.getFileName()));
        }
        List<Article> cleaned;
        try {
            cleaned = CorpusCleaner.clean(sink.articles);
        } catch (Throwable e) {
            return Outcome.failed(Failure.thrown("THROWN_FROM_CLEAN", e));
        }
        Failure kept = sameArticles(sink.articles, cleaned);
        if (kept != null) {
            return Outcome.failed(kept);
        }
        int empty = (int) cleaned.stream().filter(a -> a.cleanText().isBlank()).count();
        Failure readBack = cleaned.isEmpty() ? null : writeAndReadBack(file, cleaned);
        String firstProblem = sink.problems.isEmpty() ? null : shortLine(sink.problems.getFirst().oneLine());
        return new Outcome(sink.articles.size(), sink.problems.size(), empty, firstProblem, readBack);
    }

    /** Reads several inputs in one call, as a run over a folder does; each input's articles and problems by input. */
    List<int[]> readTogether(List<Path> files) throws IOException {
        var sink = new Collecting();
        ingestor.ingest(files, sink, Ingestor.Progress.NONE);
        var counts = new ArrayList<int[]>();
        for (Path file : files) {
            String prefix = file.getParent() + java.io.File.separator;
            counts.add(new int[] {
                    (int) sink.articles.stream().filter(a -> a.origin() != null && a.origin().startsWith(prefix)).count(),
                    (int) sink.problems.stream().filter(p -> p.location().startsWith(prefix)).count()});
        }
        return counts;
    }

    private static Failure problemsNameTheInput(Path file, Collecting sink) {
        for (InputProblem problem : sink.problems) {
            if (!problem.location().startsWith(file.toString())) {
                return Failure.of("PROBLEM_NOT_NAMING_INPUT", "problem at '" + problem.location() + "'");
            }
        }
        for (Article article : sink.articles) {
            if (article.origin() == null || !article.origin().startsWith(file.toString())) {
                return Failure.of("ORIGIN_NOT_NAMING_INPUT", "article " + article.id() + " from '" + article.origin() + "'");
            }
        }
        return null;
    }

    private static Failure sameArticles(List<Article> read, List<Article> cleaned) {
        if (cleaned.size() != read.size()) {
            return Failure.of("LOST_IN_CLEANING", read.size() + " articles read, " + cleaned.size() + " cleaned");
        }
        for (int i = 0; i < read.size(); i++) {
            if (!read.get(i).id().equals(cleaned.get(i).id())) {
                return Failure.of("LOST_IN_CLEANING", "article " + i + " was " + read.get(i).id() + ", is "
                        + cleaned.get(i).id());
            }
        }
        return null;
    }

    private Failure writeAndReadBack(Path input, List<Article> cleaned) {
        Path output = input.resolveSibling("out.jsonl");
        try {
            ArticleJsonlFile.write(output, cleaned);
        } catch (Throwable e) {
            return Failure.thrown("THROWN_FROM_WRITE", e);
        }
        var sink = new Collecting();
        IngestReport report;
        try {
            report = ingestor.ingest(List.of(output), sink, Ingestor.Progress.NONE);
        } catch (Throwable e) {
            return Failure.thrown("THROWN_FROM_READ_BACK", e);
        } finally {
            try {
                Files.deleteIfExists(output);
            } catch (IOException e) {
                // The folder is deleted whole after the run.
            }
        }
        var expected = cleaned;
        if (report.recordsSkipped() != 0 || report.filesFailed() != 0) {
            return Failure.of("OUTPUT_NOT_READ_BACK", "read back with problems "
                    + report.problems().stream().map(InputProblem::oneLine).map(PipelineCheck::shortLine).toList());
        }
        if (sink.articles.size() != expected.size()) {
            return Failure.of("OUTPUT_NOT_READ_BACK", expected.size() + " articles written, "
                    + sink.articles.size() + " read back");
        }
        for (int i = 0; i < expected.size(); i++) {
            Article written = expected.get(i);
            Article back = sink.articles.get(i);
            String field = differingField(written, back);
            if (field != null) {
                return Failure.of("OUTPUT_CHANGED_ON_READ_BACK", field + " of article " + i + " differs");
            }
        }
        return null;
    }

    private static String differingField(Article written, Article back) {
        if (!written.id().equals(back.id())) {
            return "id";
        }
        // What reads back as the raw text: the clean text, or for an article cleaning emptied, its own raw text.
        String text = written.cleanText().isEmpty() ? written.rawText() : written.cleanText();
        if (!text.equals(back.rawText())) {
            return "text";
        }
        if (!Objects.equals(written.title(), back.title())) {
            return "title";
        }
        if (!Objects.equals(written.source(), back.source())) {
            return "source";
        }
        if (!Objects.equals(written.url(), back.url())) {
            return "url";
        }
        if (!Objects.equals(written.published(), back.published())) {
            return "date (" + written.published() + " read back as " + back.published() + ")";
        }
        return null;
    }

    private static String shortLine(String line) {
        return line.length() > 160 ? line.substring(0, 160) + "..." : line;
    }

    private static final class Collecting implements ArticleSink {
        final List<Article> articles = new ArrayList<>();
        final List<InputProblem> problems = new ArrayList<>();

        @Override
        public void accept(Article article) {
            articles.add(article);
        }

        @Override
        public void skipped(InputProblem problem) {
            problems.add(problem);
        }
    }
}
