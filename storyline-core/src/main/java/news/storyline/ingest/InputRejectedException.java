package news.storyline.ingest;

/** A whole input could not be read. The message is one line and names no file: the caller adds it. */
public class InputRejectedException extends Exception {
    public InputRejectedException(String reason) {
        super(reason);
    }

    public InputRejectedException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
