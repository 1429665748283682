package news.storyline.clean;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import news.storyline.article.Article;
import news.storyline.ingest.InputProblem;
import news.storyline.text.Whitespace;

/**
 * Cleans the articles of a corpus or a stream of any length, in bounded memory. Cleaning needs to know which lines
 * each outlet repeats across its articles, so articles are learnt from as they arrive and held back in a window of
 * at most {@code windowChars} characters of text before they are cleaned: each article is cleaned knowing the outlet
 * lines of every article before it and of the window's worth after it. A corpus smaller than the window is cleaned
 * knowing all of itself, exactly as a whole. Cleaned articles come out in the order they went in.
 *
 * <p>One article that cleaning fails on (a bug met on odd input) is reported and passed on as it was read, its
 * text one paragraph: nothing is lost, and the rest of the stream goes on.
 */
public final class CorpusCleaner {
    /** 32 million characters (64 MB as Java strings) held back: a heap of 1 GB holds that and its cleaning. */
    public static final long DEFAULT_WINDOW_CHARS = 32_000_000L;
    /** Parts of the window cleaned at a time once it is full. */
    static final int CLEANED_PARTS = 16;

    private final long windowChars;
    private final Consumer<Article> cleanedOut;
    private final Consumer<InputProblem> problems;
    private final OutletBoilerplate outlets;
    private final UnaryOperator<Article> cleaner;
    private final ArrayDeque<Article> held = new ArrayDeque<>();
    private long heldChars;

    /**
     * @param windowChars characters of article text held back at most (the memory bound)
     * @param cleanedOut  receives each cleaned article, in input order
     * @param problems    receives a problem for each article cleaning failed on
     */
    public CorpusCleaner(long windowChars, Consumer<Article> cleanedOut, Consumer<InputProblem> problems) {
        this(windowChars, cleanedOut, problems, outlets -> new ArticleCleaner(outlets)::clean);
    }

    /** With another cleaning of one article: for tests of how the stream treats a failure. */
    CorpusCleaner(long windowChars, Consumer<Article> cleanedOut, Consumer<InputProblem> problems,
                  Function<OutletBoilerplate, UnaryOperator<Article>> cleaning) {
        if (windowChars < 1) {
            throw new IllegalArgumentException("windowChars must be at least 1");
        }
        this.windowChars = windowChars;
        this.cleanedOut = Objects.requireNonNull(cleanedOut);
        this.problems = Objects.requireNonNull(problems);
        this.outlets = new OutletBoilerplate(OutletBoilerplate.DEFAULT_MAX_LINES);
        this.cleaner = cleaning.apply(outlets);
    }

    /** Cleans a whole list at once, every article knowing all the others. */
    public static List<Article> clean(List<Article> articles) {
        var cleaned = new ArrayList<Article>(articles.size());
        var corpus = new CorpusCleaner(Long.MAX_VALUE, cleaned::add, problem -> { });
        articles.forEach(corpus::accept);
        corpus.finish();
        return cleaned;
    }

    /** Takes the next article of the stream; may clean and pass on some held before it. */
    public void accept(Article article) {
        outlets.add(article);
        held.addLast(article);
        heldChars += article.rawText().length();
        if (heldChars > windowChars) {
            // A sixteenth of the window at a time: a batch still big enough for all cores (some 800 news articles in
            // the default window), most of the window ahead of each article, and cleaning in short bursts, so that
            // a consumer clustering on another thread is fed steadily rather than in floods.
            cleanOldest(Math.max(1, windowChars / CLEANED_PARTS));
        }
    }

    /** Cleans and passes on every article still held. Call once the stream has ended. */
    public void finish() {
        cleanOldest(Long.MAX_VALUE);
    }

    /** Articles taken but not yet passed on. */
    public int held() {
        return held.size();
    }

    private void cleanOldest(long chars) {
        var batch = new ArrayList<Article>();
        long taken = 0;
        while (!held.isEmpty() && (taken < chars || batch.isEmpty())) {
            Article next = held.removeFirst();
            taken += next.rawText().length();
            batch.add(next);
        }
        heldChars -= taken;
        // Articles are cleaned independently once the outlets are learnt, so all cores can share the work.
        List<Outcome> outcomes = batch.parallelStream().map(this::cleanOne).toList();
        for (Outcome outcome : outcomes) {
            if (outcome.problem != null) {
                problems.accept(outcome.problem);
            }
            cleanedOut.accept(outcome.article);
        }
    }

    private record Outcome(Article article, InputProblem problem) {
    }

    private Outcome cleanOne(Article article) {
        try {
            return new Outcome(cleaner.apply(article), null);
        } catch (RuntimeException | StackOverflowError e) {
            String raw = Whitespace.fold(article.rawText());
            Article asRead = article.cleaned(raw.isEmpty() ? List.of() : List.of(article.rawText().strip()), List.of(),
                    article.language() == null ? "und" : article.language());
            String where = article.origin() != null ? article.origin() : article.id();
            return new Outcome(asRead, new InputProblem(where, "cleaning failed (" + e.getClass().getSimpleName()
                    + "); the article is kept as read"));
        }
    }
}
