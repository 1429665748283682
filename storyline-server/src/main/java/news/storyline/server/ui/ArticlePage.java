package news.storyline.server.ui;

import static news.storyline.server.ui.Html.esc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import news.storyline.article.Article;
import news.storyline.article.RemovalReason;
import news.storyline.article.RemovedSpan;

/**
 * One article: headline, outlet, date, address (a link only when http(s)), its story, the clean text; and what
 * cleaning took out, each span with its reason, both listed and shown in place in the text as read. A checkbox
 * switches between the clean text and the text as read, with CSS alone: no script.
 */
public final class ArticlePage {
    private ArticlePage() {
    }

    /**
     * @param article the article, cleaned
     * @param story   the story it belongs to; null when none
     */
    public static String render(Article article, StoryRef story) {
        StringBuilder out = new StringBuilder(8192 + article.rawText().length() * 2);
        String title = article.title() == null || article.title().isBlank() ? "(no title)" : article.title();
        // The article's language on its element, so that a browser picks its fonts and a screen reader its voice.
        String language = article.language() == null || article.language().isBlank()
                || article.language().equals("und") ? "" : " lang=\"" + esc(article.language()) + "\"";
        out.append("<article class=\"doc\"").append(language).append(">\n<h1>").append(esc(title))
                .append("</h1>\n<p class=\"meta\">")
                .append("<span class=\"outlet\">")
                .append(esc(article.source() == null || article.source().isBlank() ? "unknown outlet" : article.source()))
                .append("</span>");
        if (article.published() != null) {
            out.append(" \u00b7 ").append(Layout.time(article.published()));
        }
        if (article.language() != null && !article.language().isBlank()) {
            out.append(" \u00b7 <span class=\"lang\">").append(esc(article.language())).append("</span>");
        }
        out.append(" \u00b7 id <code>").append(esc(article.id())).append("</code></p>\n");
        if (article.url() != null && !article.url().isBlank()) {
            out.append("<p class=\"meta url-line\">").append(Html.externalLink(article.url(), null)).append("</p>\n");
        }
        if (story != null && story.id() != null) {
            out.append("<p class=\"meta\">In the story <a class=\"storylink\" href=\"")
                    .append(esc(Links.story(story.id()))).append("\">")
                    .append(esc(story.headline() == null || story.headline().isBlank() ? "story " + story.id()
                            : story.headline()))
                    .append("</a></p>\n");
        }
        List<RemovedSpan> removed = article.removed();
        if (!removed.isEmpty()) {
            out.append("<input type=\"checkbox\" id=\"show-removed\" class=\"toggle\">")
                    .append("<label for=\"show-removed\" class=\"toggle-label\">Show the ").append(removed.size())
                    .append(removed.size() == 1 ? " removed span" : " removed spans")
                    .append(" in place</label>\n");
        }
        out.append("<div class=\"clean body\">\n");
        if (article.paragraphs().isEmpty()) {
            out.append("<p class=\"muted\">No text: ")
                    .append(article.rawText().isBlank() ? "the article has a headline only." : "cleaning removed all of it.")
                    .append("</p>\n");
        }
        for (String p : article.paragraphs()) {
            out.append("<p>").append(esc(p)).append("</p>\n");
        }
        out.append("</div>\n");
        if (!removed.isEmpty()) {
            asRead(out, article);
            out.append("<details class=\"removed-list\"><summary>What cleaning removed, and why (")
                    .append(removed.size()).append(")</summary>\n<ol>\n");
            for (RemovedSpan s : removed) {
                out.append("<li><span class=\"reason\">").append(esc(reason(s.reason()))).append("</span>");
                if (!s.detail().isBlank()) {
                    out.append(" <span class=\"muted\">").append(esc(s.detail())).append("</span>");
                }
                out.append("<blockquote>").append(esc(s.text())).append("</blockquote></li>\n");
            }
            out.append("</ol>\n</details>\n");
        }
        out.append("</article>\n");
        return Layout.page(title, Layout.Section.NONE, null, out.toString(), false);
    }

    /** The text as read, each removed span marked where it stood; spans not found in it (a caption an HTML reader took out) after it. */
    private static void asRead(StringBuilder out, Article article) {
        String raw = article.rawText();
        out.append("<div class=\"asread body\">\n<p class=\"hint muted\">The text as read, with what cleaning removed "
                + "struck through and labelled with its reason.</p>\n<div class=\"raw\">");
        int at = 0;
        List<RemovedSpan> elsewhere = new ArrayList<>();
        for (RemovedSpan s : article.removed()) {
            int i = s.text().isEmpty() ? -1 : raw.indexOf(s.text(), at);
            if (i < 0) {
                elsewhere.add(s);
                continue;
            }
            out.append(esc(raw.substring(at, i)));
            removedSpan(out, s);
            at = i + s.text().length();
        }
        out.append(esc(raw.substring(at))).append("</div>\n");
        if (!elsewhere.isEmpty()) {
            out.append("<p class=\"hint muted\">Removed before the text was read (not in it as read):</p>\n"
                    + "<div class=\"raw\">");
            for (RemovedSpan s : elsewhere) {
                removedSpan(out, s);
                out.append('\n');
            }
            out.append("</div>\n");
        }
        out.append("</div>\n");
    }

    private static void removedSpan(StringBuilder out, RemovedSpan s) {
        String why = reason(s.reason()) + (s.detail().isBlank() ? "" : ": " + s.detail());
        out.append("<span class=\"removed\"><span class=\"why\">").append(esc(why)).append("</span><del>")
                .append(esc(s.text())).append("</del></span>");
    }

    /** A reason for a reader: "repeated paragraph". */
    public static String reason(RemovalReason reason) {
        return reason == RemovalReason.READ_ALSO ? "\u201cread also\u201d link"
                : reason.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
