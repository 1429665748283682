package news.storyline.story.evaluation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import news.storyline.article.Article;
import news.storyline.clean.CorpusCleaner;
import news.storyline.ingest.Ingestor;
import news.storyline.ingest.InputProblem;

/**
 * A gold file of story clusters (JSON Lines: {@code id}, {@code cluster}, optionally {@code split}, {@code title},
 * {@code text}, {@code date}), read by the ordinary readers and cleaned as a whole, as {@code ingest} would. Read
 * once, it gives the evaluation set of any split: a tuning split and a reported split come from one reading.
 *
 * <p>A record that cannot take part is reported, one problem each, and left out: one without a cluster label or
 * text, with a date that cannot be read (its place in the stream would be a guess), or with an id seen before. A
 * record with a headline and an empty text stays, as the reader keeps it (attribute {@code headlineOnly}): a
 * headline names a story, and the reference scorer counts every gold id, so leaving it out would change the set.
 */
public final class GoldCorpus {
    /** The attribute (an input field the reader kept) holding the gold story. */
    public static final String CLUSTER = "cluster";
    /** The attribute naming the record's split (train, dev, test), where the file has splits. */
    public static final String SPLIT = "split";

    private final List<Article> articles;

    private GoldCorpus(List<Article> articles) {
        this.articles = articles;
    }

    /** Reads and cleans a gold file; each record left out, and each line that could not be read, is a problem. */
    public static GoldCorpus read(Path file, Consumer<InputProblem> problems) throws IOException {
        var readProblems = new ArrayList<InputProblem>();
        List<Article> read = new Ingestor().readAll(List.of(file), readProblems);
        readProblems.forEach(problems);
        var usable = new ArrayList<Article>(read.size());
        var ids = new HashSet<String>();
        for (Article article : read) {
            String unusable = unusable(article, ids);
            if (unusable == null) {
                usable.add(article);
            } else {
                problems.accept(new InputProblem(Objects.requireNonNullElse(article.origin(), article.id()),
                        unusable + "; record skipped"));
            }
        }
        var cleaned = new ArrayList<Article>(usable.size());
        var cleaner = new CorpusCleaner(Long.MAX_VALUE, cleaned::add, problems);
        usable.forEach(cleaner::accept);
        cleaner.finish();
        return new GoldCorpus(cleaned);
    }

    private static String unusable(Article article, java.util.Set<String> ids) {
        String cluster = article.attributes().get(CLUSTER);
        if (cluster == null || cluster.isBlank()) {
            return "no gold \"cluster\"";
        }
        if (article.rawText().isBlank() && (article.title() == null || article.title().isBlank())) {
            return "no text";
        }
        String badDate = article.attributes().get("unparsedDate");
        if (badDate != null) {
            return "date not understood: \"" + badDate + "\"";
        }
        if (!ids.add(article.id())) {
            return "id " + article.id() + " seen before";
        }
        return null;
    }

    /** Every record's article, cleaned, in input order. */
    public List<Article> articles() {
        return articles;
    }

    /** Whether any record is of this split. */
    public boolean hasSplit(String split) {
        return articles.stream().anyMatch(a -> split.equals(a.attributes().get(SPLIT)));
    }

    /**
     * The evaluation set of one split.
     *
     * @param split      the split to keep, or null for every record
     * @param maxStories keep only the first this many gold stories (by first appearance in the file), each whole;
     *                   0 for all of them. A slice for quick runs.
     */
    public GoldSet select(String split, int maxStories) {
        var stories = new LinkedHashSet<String>();
        var kept = new ArrayList<Article>();
        var gold = new LinkedHashMap<String, String>();
        for (Article article : articles) {
            if (split != null && !split.equals(article.attributes().get(SPLIT))) {
                continue;
            }
            String story = article.attributes().get(CLUSTER);
            if (!stories.contains(story) && maxStories > 0 && stories.size() == maxStories) {
                continue;
            }
            stories.add(story);
            kept.add(article);
            gold.put(article.id(), story);
        }
        return GoldSet.inStreamOrder(kept, gold);
    }
}
