package news.storyline.article;

import java.util.List;

/**
 * What a web page's title says of its headline. Titles usually end with the site's name ("Mosul falls | Gulf News",
 * "Here Comes Apple's Real TV - BusinessWeek"), Open Graph titles often too, while the page shows the headline alone.
 */
public final class PageTitles {
    private static final List<String> SITE_SEPARATORS = List.of(" | ", " - ", " — ", " – ");

    private PageTitles() {
    }

    /** The title without its last separator and what follows it; the title itself when it has none. */
    public static String withoutSiteName(String title) {
        if (title == null) {
            return null;
        }
        int cut = SITE_SEPARATORS.stream().mapToInt(title::lastIndexOf).max().orElse(-1);
        return cut > 0 ? title.substring(0, cut).strip() : title;
    }
}
