package news.storyline.cli;

import java.time.Instant;

/** One line naming an article, as the commands that list articles print it: id, outlet, day, "headline". */
final class ArticleHeading {
    private ArticleHeading() {
    }

    static String of(String id, String source, Instant published, String title) {
        return id
                + (source == null ? "" : "  " + source)
                + (published == null ? "" : "  " + published.toString().substring(0, 10))
                + (title == null ? "" : "  \"" + title + "\"");
    }
}
