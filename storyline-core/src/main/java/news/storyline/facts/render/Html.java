package news.storyline.facts.render;

import java.util.Locale;

/**
 * Escaping for text and attribute values in HTML and inline SVG, and the check on links: the one escape of every
 * page Storyline writes (the reports here, the server's web UI).
 */
public final class Html {
    private Html() {
    }

    /**
     * {@code text} safe as element content or as a double- or single-quoted attribute value: {@code & < > " '}
     * become character references; control characters other than tab and line break, which HTML does not allow,
     * are dropped. Null is the empty string.
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
}
