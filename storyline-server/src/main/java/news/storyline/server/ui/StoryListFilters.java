package news.storyline.server.ui;

/**
 * The story list's filters, as the request gave them; each null or blank when not set.
 *
 * @param q        words the story's headline or text should hold
 * @param source   an outlet that should report it
 * @param language a language code ("en") its articles should be in
 */
public record StoryListFilters(String q, String source, String language) {
    public static final StoryListFilters NONE = new StoryListFilters(null, null, null);

    public boolean any() {
        return !blank(q) || !blank(source) || !blank(language);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
