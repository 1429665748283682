package news.storyline.server;

/**
 * What became of one posted record.
 *
 * @param record      its position in the request, from 1
 * @param articleId   the article's id (null when the record was rejected before it had one)
 * @param storyId     the story it is in: the one it joined, or for a duplicate the one its stored original is in
 * @param duplicateOf for a duplicate, the stored article it repeats (by id or by address)
 * @param reason      for a rejection, one line saying what and why
 */
public record IngestOutcome(int record, Status status, String articleId, String storyId, String duplicateOf,
                            String reason) {
    public enum Status {
        /** Committed to the store. */
        STORED,
        /** Already stored (the same id, or the same address): nothing changed. */
        DUPLICATE,
        /** Not taken: the reason says why; nothing of it was stored. */
        REJECTED
    }

    public static IngestOutcome rejected(int record, String articleId, String reason) {
        return new IngestOutcome(record, Status.REJECTED, articleId, null, null, reason);
    }
}
