package news.storyline.server.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The UI's addresses, one place for them all. Ids are encoded as one path segment, so an id with a slash, a
 * question mark or markup still names its own page. Returned unescaped: pass them through {@link Html#esc} into
 * an attribute.
 */
public final class Links {
    /** Where the static assets are served: {@code /ui/app.css}, {@code /ui/live.js}. */
    public static final String ASSETS = "/ui";
    /** The server-sent events stream of story updates that live.js listens to. */
    public static final String EVENTS = "/api/events";

    private Links() {
    }

    public static String home() {
        return "/";
    }

    public static String stories(StoryListFilters filters, int page) {
        Map<String, String> params = new LinkedHashMap<>();
        if (filters != null) {
            params.put("q", filters.q());
            params.put("source", filters.source());
            params.put("language", filters.language());
        }
        params.put("page", page > 1 ? Integer.toString(page) : null);
        return "/" + query(params);
    }

    /** The story map page. */
    public static final String MAP = "/map";

    public static String story(String id) {
        return "/stories/" + Html.encode(id);
    }

    public static String article(String id) {
        return "/articles/" + Html.encode(id);
    }

    public static String search(String q, int page) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", q);
        params.put("page", page > 1 ? Integer.toString(page) : null);
        return "/search" + query(params);
    }

    public static String compare(String a, String b) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("a", a);
        params.put("b", b);
        return "/compare" + query(params);
    }

    public static String asset(String name) {
        return ASSETS + "/" + name;
    }

    /** {@code ?k=v&...} of the parameters that have a value; empty when none has. */
    static String query(Map<String, String> params) {
        StringJoiner q = new StringJoiner("&", "?", "");
        q.setEmptyValue("");
        params.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                q.add(k + "=" + Html.encode(v));
            }
        });
        return q.toString();
    }
}
