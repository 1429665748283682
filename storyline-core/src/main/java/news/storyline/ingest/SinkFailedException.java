package news.storyline.ingest;

/**
 * Thrown by an {@link ArticleSink} that can take no more (its output failed: a full disk, a closed pipe). Unlike a
 * problem with one input, it ends the run: going on would read inputs only to lose them.
 */
public final class SinkFailedException extends RuntimeException {
    public SinkFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
