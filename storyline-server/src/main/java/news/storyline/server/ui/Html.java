package news.storyline.server.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The one escape function of the UI, for text and attribute values alike, and the checks on links. */
public final class Html {
    private Html() {
    }

    /**
     * {@code text} safe as element content or a quoted attribute value: the reports' escape
     * ({@link news.storyline.facts.render.Html#esc}), so that reports and pages escape alike.
     */
    public static String esc(String text) {
        return news.storyline.facts.render.Html.esc(text);
    }

    /** {@code url} when it is an http(s) address that may be linked to; null otherwise (javascript:, data:, ...). */
    public static String safeUrl(String url) {
        return news.storyline.facts.render.Html.safeUrl(url);
    }

    /**
     * A link to an outside address: an {@code <a>} when {@code url} is http(s), else the address as plain text
     * (so that {@code javascript:} is shown, never followed). {@code text} is the link's text; null or blank shows
     * the address.
     */
    public static String externalLink(String url, String text) {
        String safe = safeUrl(url);
        String shown = text == null || text.isBlank() ? url : text;
        if (safe == null) {
            return "<span class=\"url\">" + esc(shown) + "</span>";
        }
        return "<a class=\"ext\" href=\"" + esc(safe) + "\" rel=\"noopener noreferrer nofollow\">" + esc(shown)
                + "</a>";
    }

    /** {@code value} encoded as one URL path segment or query value (UTF-8, spaces as %20). */
    public static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
