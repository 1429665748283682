package news.storyline.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import news.storyline.article.Article;

/**
 * One article record as JSON (the fields the JSON Lines reader takes: {@code text} or {@code body} or
 * {@code content}, {@code id}, {@code title}, {@code date}, {@code url}, {@code source}; others kept as attributes),
 * for callers that hold the JSON already, such as a server receiving posted records.
 */
public final class JsonArticles {
    /** The attribute holding a date field that could not be read. */
    public static final String UNPARSED_DATE = "unparsedDate";
    /** The attribute holding a title field that was a date line the record's reader could not read as a date. */
    public static final String TITLE_FIELD = "titleField";

    private JsonArticles() {
    }

    /**
     * The date a record gave that could not be read, when the article has no date after all: null when it has one
     * (cleaning may find the date in the text, a date line under the headline) or gave none. Such an article cannot
     * take its place in a stream by time, so a run that orders articles by time skips it and says why.
     */
    public static String unreadDate(Article article) {
        return article.published() == null ? article.attributes().get(UNPARSED_DATE) : null;
    }

    /**
     * The record as an article, not yet cleaned.
     *
     * @param fallbackId the id to give a record that has none
     * @param origin     where it came from, for the article's {@code origin}
     * @throws IllegalArgumentException with a one-line reason when the record cannot be an article (not an object,
     *                                  no text and no title)
     */
    public static Article toArticle(JsonNode record, String fallbackId, String origin) {
        try {
            return JsonArticleRecord.toArticle(record, fallbackId, origin, false);
        } catch (JsonArticleRecord.Invalid e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }
}
