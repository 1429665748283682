package news.storyline.server.ui;

/**
 * A story named in a link: its id and headline.
 *
 * @param id       the story's id
 * @param headline its headline; null when none
 */
public record StoryRef(String id, String headline) {
}
