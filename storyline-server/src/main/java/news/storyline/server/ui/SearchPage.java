package news.storyline.server.ui;

import static news.storyline.server.ui.Html.esc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Search: the query box, and the articles found with the query's words marked in their snippets. */
public final class SearchPage {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019-]*");

    private SearchPage() {
    }

    /**
     * @param query  the query as typed; null or blank shows the box alone
     * @param hits   this page's hits, best first
     * @param paging where this page stands (null: no paging)
     */
    public static String render(String query, List<SearchHit> hits, PageLinks paging) {
        String q = query == null ? "" : query.strip();
        StringBuilder out = new StringBuilder(4096);
        out.append("<h1>Search</h1>\n<form class=\"searchbox\" method=\"get\" action=\"/search\" role=\"search\">")
                .append("<input type=\"search\" name=\"q\" value=\"").append(esc(q))
                .append("\" placeholder=\"Words, names, places\" aria-label=\"Search query\" autofocus>")
                .append("<button type=\"submit\">Search</button></form>\n");
        if (!q.isEmpty()) {
            long total = paging != null && paging.total() >= 0 ? paging.total() : hits.size();
            out.append("<p class=\"count muted\">").append(total).append(total == 1 ? " article" : " articles")
                    .append(" for \u201c").append(esc(q)).append("\u201d</p>\n");
            if (hits.isEmpty()) {
                out.append("<p class=\"empty muted\">Nothing found. Try fewer or other words.</p>\n");
            }
            List<String> words = words(q);
            out.append("<ol class=\"hits\">\n");
            for (SearchHit h : hits) {
                String title = h.title() == null || h.title().isBlank() ? "(no title) " + h.articleId() : h.title();
                out.append("<li class=\"hit\"><h2><a href=\"").append(esc(Links.article(h.articleId()))).append("\">")
                        .append(highlight(title, words)).append("</a></h2>\n<p class=\"meta\">")
                        .append(esc(h.outlet() == null || h.outlet().isBlank() ? "unknown outlet" : h.outlet()));
                if (h.published() != null) {
                    out.append(" \u00b7 ").append(Layout.day(h.published()));
                }
                if (h.storyId() != null && !h.storyId().isBlank()) {
                    String sh = h.storyHeadline() == null || h.storyHeadline().isBlank() ? "story " + h.storyId()
                            : h.storyHeadline();
                    out.append(" \u00b7 in <a class=\"storylink\" href=\"").append(esc(Links.story(h.storyId())))
                            .append("\">").append(esc(sh)).append("</a>");
                }
                out.append("</p>\n");
                if (h.snippet() != null && !h.snippet().isBlank()) {
                    out.append("<p class=\"snippet\">").append(highlight(h.snippet(), words)).append("</p>\n");
                }
                out.append("</li>\n");
            }
            out.append("</ol>\n");
            out.append(Layout.pager(paging, page -> Links.search(q, page)));
        }
        return Layout.page(q.isEmpty() ? "Search" : q + " \u2014 search", Layout.Section.SEARCH, q,
                out.toString(), false);
    }

    /** The query's words, lower-cased, without operators or quotes. */
    static List<String> words(String query) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(query);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (!w.equals("and") && !w.equals("or") && !w.equals("not") && !words.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }

    /**
     * {@code text} escaped, with each word that starts with one of {@code words} (case-insensitive) in a
     * {@code <mark>}: "Mosul" marks "Mosul" and "Mosul's". Words are matched in the plain text and each piece is
     * escaped on its own, so markup in the text can never be marked into being.
     */
    public static String highlight(String text, List<String> words) {
        if (text == null) {
            return "";
        }
        if (words.isEmpty()) {
            return esc(text);
        }
        StringBuilder out = new StringBuilder(text.length() + 32);
        Matcher m = WORD.matcher(text);
        int at = 0;
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (words.stream().anyMatch(w::startsWith)) {
                out.append(esc(text.substring(at, m.start()))).append("<mark>").append(esc(m.group()))
                        .append("</mark>");
                at = m.end();
            }
        }
        return out.append(esc(text.substring(at))).toString();
    }
}
