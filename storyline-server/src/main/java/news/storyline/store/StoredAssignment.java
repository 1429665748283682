package news.storyline.store;

/**
 * Which story an article is in.
 *
 * @param copyOf the article it copies, or null for an independent report
 */
public record StoredAssignment(String articleId, String storyId, String copyOf, double probability) {
}
