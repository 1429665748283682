package news.storyline.server.ui;

import static news.storyline.server.ui.Html.esc;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The frame of every page: head with the policy and the stylesheet, header with the nav and a search box, footer. */
public final class Layout {
    /** The product's name, in the header and every title. */
    public static final String PRODUCT = "Storyline";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    /** The section of the site a page belongs to, marked in the nav. */
    public enum Section { STORIES, MAP, SEARCH, COMPARE, NONE }

    private Layout() {
    }

    /**
     * A whole page. {@code title} is plain text (escaped here); {@code body} is HTML the page built with
     * {@link Html#esc}. {@code live} adds live.js (the story list only).
     */
    public static String page(String title, Section section, String query, String body, boolean live) {
        StringBuilder out = new StringBuilder(body.length() + 2048);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(esc(Csp.META_POLICY))
                .append("\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
                .append("<link rel=\"icon\" href=\"data:,\">\n")
                .append("<link rel=\"stylesheet\" href=\"").append(esc(Links.asset("app.css"))).append("\">\n")
                .append("<link rel=\"stylesheet\" href=\"").append(esc(Links.asset("report.css"))).append("\">\n");
        if (live) {
            out.append("<script src=\"").append(esc(Links.asset("live.js"))).append("\" defer></script>\n");
        }
        String t = title == null || title.isBlank() ? PRODUCT : title + " \u2014 " + PRODUCT;
        out.append("<title>").append(esc(t)).append("</title>\n</head>\n<body>\n")
                .append("<header class=\"site\"><div class=\"bar\">\n")
                .append("<a class=\"brand\" href=\"/\">").append(esc(PRODUCT)).append("</a>\n<nav>")
                .append(nav("/", "Stories", section == Section.STORIES))
                .append(nav(Links.MAP, "Map", section == Section.MAP))
                .append(nav("/search", "Search", section == Section.SEARCH))
                .append(nav("/compare", "Compare", section == Section.COMPARE))
                .append("</nav>\n<form class=\"quick\" method=\"get\" action=\"/search\" role=\"search\">")
                .append("<input type=\"search\" name=\"q\" placeholder=\"Search articles\" aria-label=\"Search articles\"")
                .append(" value=\"").append(esc(query)).append("\"><button type=\"submit\">Search</button></form>\n")
                .append("</div></header>\n<main>\n").append(body).append("</main>\n")
                .append("<footer class=\"site\">").append(esc(PRODUCT))
                .append(" \u00b7 news articles grouped into stories, facts compared across sources")
                .append(" \u00b7 article text is shown as written by its outlet</footer>\n</body>\n</html>\n");
        return out.toString();
    }

    private static String nav(String href, String label, boolean current) {
        return "<a href=\"" + href + "\"" + (current ? " aria-current=\"page\"" : "") + ">" + esc(label) + "</a>";
    }

    /** A time as {@code <time>}: "10 Jun 2014 09:30" (UTC), or "" when null. */
    public static String time(Instant when) {
        if (when == null) {
            return "";
        }
        return "<time datetime=\"" + esc(when.toString()) + "\">" + esc(WHEN.format(when)) + "</time>";
    }

    /** A day as {@code <time>}: "10 Jun 2014" (UTC), or "" when null. */
    public static String day(Instant when) {
        if (when == null) {
            return "";
        }
        return "<time datetime=\"" + esc(when.toString()) + "\">" + esc(DAY.format(when)) + "</time>";
    }

    /** Previous / next links for a list; {@code href} gives a page's address. */
    static String pager(PageLinks links, java.util.function.IntFunction<String> href) {
        if (links == null || (!links.hasPrevious() && !links.hasNext())) {
            return "";
        }
        StringBuilder out = new StringBuilder("<nav class=\"pager\" aria-label=\"Pages\">");
        if (links.hasPrevious()) {
            out.append("<a rel=\"prev\" href=\"").append(esc(href.apply(links.page() - 1))).append("\">\u2190 Previous</a>");
        }
        out.append("<span>Page ").append(links.page());
        if (links.pages() > 0) {
            out.append(" of ").append(links.pages());
        }
        out.append("</span>");
        if (links.hasNext()) {
            out.append("<a rel=\"next\" href=\"").append(esc(href.apply(links.page() + 1))).append("\">Next \u2192</a>");
        }
        return out.append("</nav>\n").toString();
    }
}
