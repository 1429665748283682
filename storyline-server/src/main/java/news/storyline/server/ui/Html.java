package news.storyline.server.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The one escape function of the UI, for text and attribute values alike, and the checks on links. */
public final class Html {
    private Html() {
    }

    /**
     * {@code text} safe as element content or as a quoted attribute value: {@code & < > " '} become character
     * references; control characters other than tab and line break (which HTML does not allow) are dropped, as are
     * the non-characters U+FFFE and U+FFFF. Null is the empty string.
     */
    public static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\t', '\n' -> out.append(c);
                case '\r' -> out.append('\n');
                default -> {
                    if (!Character.isISOControl(c) && c != '\uFFFE' && c != '\uFFFF') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** {@code url} when it is an http(s) address that may be linked to; null otherwise (javascript:, data:, ...). */
    public static String safeUrl(String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip();
        String lower = u.toLowerCase(Locale.ROOT);
        if ((lower.startsWith("http://") || lower.startsWith("https://")) && lower.length() > 8
                && u.chars().noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c) || c == '"'
                        || c == '<' || c == '>' || c == '\'' || c == '`' || c == '\\')) {
            return u;
        }
        return null;
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
