package news.storyline.server.ui;

import static news.storyline.server.ui.Html.esc;

import java.util.List;

/**
 * The story list, newest first: a row per story with its headline, reports, outlets, first and last seen, top
 * entities; filters by words, outlet and language; paging. live.js moves a story's row to the top when an event
 * says it changed; without script the page is complete as served.
 */
public final class StoryListPage {
    private static final int OUTLETS_SHOWN = 4;
    private static final int ENTITIES_SHOWN = 5;

    private StoryListPage() {
    }

    /**
     * @param stories   this page's stories, newest first
     * @param filters   the filters in force
     * @param paging    where this page stands
     * @param sources   the outlets to offer in the outlet filter (may be empty: then a text box)
     * @param languages the language codes to offer (may be empty: then a text box)
     */
    public static String render(List<StoryListItem> stories, StoryListFilters filters, PageLinks paging,
                                List<String> sources, List<String> languages) {
        StoryListFilters f = filters == null ? StoryListFilters.NONE : filters;
        StringBuilder out = new StringBuilder(4096);
        out.append("<div class=\"titlebar\"><h1>Stories</h1>")
                .append("<span id=\"live\" class=\"live\" hidden>live</span></div>\n");
        out.append("<form class=\"filters\" method=\"get\" action=\"/\">")
                .append("<label>Words <input type=\"search\" name=\"q\" value=\"").append(esc(f.q())).append("\"></label>")
                .append(choice("Outlet", "source", f.source(), sources))
                .append(choice("Language", "language", f.language(), languages))
                .append("<button type=\"submit\">Filter</button>");
        if (f.any()) {
            out.append(" <a href=\"/\">Clear</a>");
        }
        out.append("</form>\n");
        if (paging != null && paging.total() >= 0) {
            out.append("<p class=\"count muted\">").append(paging.total())
                    .append(paging.total() == 1 ? " story" : " stories").append(f.any() ? " match" : "")
                    .append("</p>\n");
        }
        out.append("<table class=\"stories\">\n<thead><tr><th>Story</th><th class=\"n\">Reports</th><th>Outlets</th>")
                .append("<th>First seen</th><th>Last seen</th></tr></thead>\n<tbody id=\"story-rows\">\n");
        for (StoryListItem s : stories) {
            row(out, s);
        }
        out.append("</tbody>\n</table>\n");
        if (stories.isEmpty()) {
            out.append("<p class=\"empty muted\">").append(f.any() ? "No story matches these filters."
                    : "No stories yet. They appear here as articles arrive.").append("</p>\n");
        }
        out.append(Layout.pager(paging, page -> Links.stories(f, page)));
        return Layout.page("Stories", Layout.Section.STORIES, null, out.toString(), true);
    }

    private static void row(StringBuilder out, StoryListItem s) {
        String headline = s.headline() == null || s.headline().isBlank() ? "(story " + s.id() + ")" : s.headline();
        out.append("<tr data-story-id=\"").append(esc(s.id())).append("\"><td class=\"story\"><a href=\"")
                .append(esc(Links.story(s.id()))).append("\">").append(esc(headline)).append("</a>");
        if (!s.topEntities().isEmpty()) {
            out.append("<div class=\"entities\">");
            for (String e : s.topEntities().subList(0, Math.min(ENTITIES_SHOWN, s.topEntities().size()))) {
                out.append("<span class=\"chip\">").append(esc(e)).append("</span> ");
            }
            out.append("</div>");
        }
        out.append("</td><td class=\"n\" data-label=\"Reports\">").append(s.reports())
                .append("</td><td class=\"outlets\" data-label=\"Outlets\">");
        List<String> outlets = s.outlets();
        out.append(esc(String.join(", ", outlets.subList(0, Math.min(OUTLETS_SHOWN, outlets.size())))));
        if (outlets.size() > OUTLETS_SHOWN) {
            out.append(" <span class=\"muted\">+").append(outlets.size() - OUTLETS_SHOWN).append("</span>");
        }
        out.append("</td><td class=\"when\" data-label=\"First seen\">").append(Layout.time(s.firstSeen()))
                .append("</td><td class=\"when\" data-label=\"Last seen\">").append(Layout.time(s.lastSeen()))
                .append("</td></tr>\n");
    }

    private static String choice(String label, String name, String value, List<String> options) {
        StringBuilder out = new StringBuilder("<label>").append(esc(label)).append(' ');
        if (options == null || options.isEmpty()) {
            return out.append("<input type=\"text\" name=\"").append(name).append("\" value=\"").append(esc(value))
                    .append("\" size=\"10\"></label>").toString();
        }
        out.append("<select name=\"").append(name).append("\"><option value=\"\">any</option>");
        for (String o : options) {
            out.append("<option value=\"").append(esc(o)).append('"').append(o.equals(value) ? " selected" : "")
                    .append('>').append(esc(o)).append("</option>");
        }
        return out.append("</select></label>").toString();
    }
}
