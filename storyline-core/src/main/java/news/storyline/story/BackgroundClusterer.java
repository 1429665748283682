package news.storyline.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import news.storyline.article.Article;
import news.storyline.text.TextEmbedder;

/**
 * Clusters a stream on a thread of its own while the caller goes on reading and cleaning the next articles: a
 * pipeline of two stages, so that a machine's cores are busy with both at once rather than each waiting for the
 * other (cleaning works in bursts of a whole window, clustering an article at a time).
 *
 * <p>Articles handed in with {@link #accept} are batched ({@value StoryClusterer#EMBEDDING_BATCH} at a time) and
 * passed through a short queue, so at most a few batches wait; the clusterer sees them in the order given, one
 * batch at a time, exactly as if the caller had called {@link StoryClusterer#addAll} itself, and nothing but the
 * background thread touches it until {@link #finish} returns. What depends on each article alone (its profile and
 * copy print, {@link StoryClusterer#prepare}) is worked out on the caller's side, so that the background thread, the
 * one stage that cannot be shared out, does only what must run in order. Each article's assignment (null for one
 * with no text) goes to the consumer on the background thread, in order. A failure there is thrown to the caller at
 * its next call.
 */
public final class BackgroundClusterer implements AutoCloseable {
    /** Batches waiting at most: enough to smooth the bursts, few enough to bound the memory held. */
    static final int QUEUED_BATCHES = 32;
    private static final StoryClusterer.Prepared END = StoryClusterer.prepare(List.of());

    private final StoryClusterer clusterer;
    private final TextEmbedder embedder;
    private final BiConsumer<Article, StoryClusterer.Assignment> assigned;
    private final BlockingQueue<StoryClusterer.Prepared> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
    private final Thread worker;
    private volatile Throwable failure;
    private List<Article> batch = new ArrayList<>(StoryClusterer.EMBEDDING_BATCH);
    private boolean finished;

    /**
     * @param embedder the embedder, or null for the lexical configuration
     * @param assigned receives each article and its assignment, in order, on the background thread
     */
    public BackgroundClusterer(StoryClusterer clusterer, TextEmbedder embedder,
                               BiConsumer<Article, StoryClusterer.Assignment> assigned) {
        this.clusterer = Objects.requireNonNull(clusterer);
        this.embedder = embedder;
        this.assigned = Objects.requireNonNull(assigned);
        this.worker = Thread.ofPlatform().name("storyline-clusterer").daemon().start(this::work);
    }

    /** Takes the next article of the stream. */
    public void accept(Article article) {
        if (finished) {
            throw new IllegalStateException("the stream has been finished");
        }
        batch.add(article);
        if (batch.size() == StoryClusterer.EMBEDDING_BATCH) {
            hand(StoryClusterer.prepare(batch));
            batch = new ArrayList<>(StoryClusterer.EMBEDDING_BATCH);
        }
    }

    /**
     * Clusters what is left and waits for the background thread to end; the clusterer is the caller's again
     * afterwards (to retire the stories still active with {@link StoryClusterer#finish}, say).
     */
    public void finish() {
        if (finished) {
            return;
        }
        finished = true;
        if (!batch.isEmpty()) {
            hand(StoryClusterer.prepare(batch));
        }
        hand(END);
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while clustering", e);
        }
        rethrow();
    }

    /** Finishes, when not done yet. */
    @Override
    public void close() {
        finish();
    }

    private void hand(StoryClusterer.Prepared articles) {
        rethrow();
        try {
            // Waits while the queue is full: the reader can run ahead of the clusterer by a few batches, no more.
            while (!queue.offer(articles, 100, TimeUnit.MILLISECONDS)) {
                rethrow();
                if (!worker.isAlive()) {
                    throw new IllegalStateException("the clustering thread has stopped");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while clustering", e);
        }
    }

    private void work() {
        try {
            for (StoryClusterer.Prepared next = queue.take(); next != END; next = queue.take()) {
                List<StoryClusterer.Assignment> assignments = clusterer.addAll(next, embedder);
                for (int i = 0; i < assignments.size(); i++) {
                    assigned.accept(next.articles().get(i), assignments.get(i));
                }
            }
        } catch (Throwable e) {
            failure = e;
        }
    }

    private void rethrow() {
        Throwable e = failure;
        if (e instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (e instanceof Error error) {
            throw error;
        }
        if (e != null) {
            throw new IllegalStateException(e);
        }
    }
}
