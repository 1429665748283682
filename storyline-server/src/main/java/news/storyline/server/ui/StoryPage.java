package news.storyline.server.ui;

import static news.storyline.server.ui.Html.esc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.storyline.article.Article;
import news.storyline.facts.ReportArticle;
import news.storyline.facts.StoryReport;
import news.storyline.facts.render.StoryReportRenderer;
import news.storyline.story.StoryMerge;

/**
 * A story: its report (summary with sources, the two pictures, disagreements first and highlighted, agreements,
 * one-source facts, timeline, entities with their spellings, every fact; see
 * {@link StoryReportRenderer#htmlFragment}), then its articles side by side by outlet, each wire copy folded under
 * its original.
 */
public final class StoryPage {
    private static final int LEAD_PARAGRAPHS = 2;
    private static final int LEAD_CHARS = 600;

    private StoryPage() {
    }

    /**
     * @param report   the story's report
     * @param articles the story's articles, for their leads (any order; may be empty or miss some)
     */
    public static String render(StoryReport report, List<Article> articles) {
        return render(report, articles, List.of(), List.of());
    }

    /**
     * @param merged  the stories the engine merged into this one
     * @param resumed the times it was taken up again after going quiet
     */
    public static String render(StoryReport report, List<Article> articles, List<StoryMerge> merged,
                                List<StoryMerge> resumed) {
        Map<String, Article> byId = new LinkedHashMap<>();
        if (articles != null) {
            articles.forEach(a -> byId.put(a.id(), a));
        }
        StringBuilder out = new StringBuilder(32768);
        out.append("<nav class=\"jump\" aria-label=\"On this page\"><a href=\"#summary\">Summary</a>")
                .append("<a href=\"#disagree\">Disagreements</a><a href=\"#agree\">Agreements</a>")
                .append("<a href=\"#single\">One source</a><a href=\"#timeline\">Timeline</a>")
                .append("<a href=\"#entities\">Entities</a><a href=\"#articles\">Articles</a></nav>\n");
        out.append(StoryReportRenderer.htmlFragment(report));
        history(out, merged, resumed);
        articles(out, report, byId);
        String title = report.headline() == null || report.headline().isBlank()
                ? "Story " + (report.storyId() == null ? "" : report.storyId()) : report.headline();
        return Layout.page(title, Layout.Section.STORIES, null, out.toString(), false);
    }

    /**
     * What the engine did to the story besides adding reports: a story it merged in (two stories found to be one), a
     * time it took the story up again after it had gone quiet (a trial months after a crime).
     */
    private static void history(StringBuilder out, List<StoryMerge> merged, List<StoryMerge> resumed) {
        if (merged.isEmpty() && resumed.isEmpty()) {
            return;
        }
        out.append("<section id=\"history\">\n<h2>How the story grew</h2>\n<ul class=\"history\">\n");
        for (StoryMerge r : resumed) {
            out.append("<li>Taken up again on ").append(Layout.time(r.at())).append(" by <a href=\"")
                    .append(esc(Links.article(r.byArticle()))).append("\">").append(esc(r.byArticle()))
                    .append("</a>, after it had gone quiet").append(esc(r.whyClause()))
                    .append("</li>\n");
        }
        for (StoryMerge m : merged) {
            out.append("<li>Merged with story <code>").append(esc(m.absorbed())).append("</code> ")
                    .append("on ").append(Layout.time(m.at())).append(", when <a href=\"")
                    .append(esc(Links.article(m.byArticle()))).append("\">").append(esc(m.byArticle())).append("</a> belonged to both</li>\n");
        }
        out.append("</ul>\n</section>\n");
    }

    private static void articles(StringBuilder out, StoryReport report, Map<String, Article> byId) {
        out.append("<section id=\"articles\">\n<h2>Articles, side by side</h2>\n");
        if (report.articles().isEmpty()) {
            out.append("<p class=\"muted\">No articles.</p>\n</section>\n");
            return;
        }
        // originals in story order; each copy under the original it copies (a copy of a copy under the first)
        Map<String, List<ReportArticle>> copies = new LinkedHashMap<>();
        List<ReportArticle> originals = new ArrayList<>();
        for (ReportArticle a : report.articles()) {
            String root = root(report, a);
            if (root == null) {
                originals.add(a);
            } else {
                copies.computeIfAbsent(root, k -> new ArrayList<>()).add(a);
            }
        }
        String first = originals.isEmpty() ? null : originals.get(0).id();
        out.append("<div class=\"side\">\n");
        for (ReportArticle a : originals) {
            out.append("<article class=\"card\">\n<p class=\"outlet\">").append(esc(a.label())).append("</p>\n")
                    .append("<h3><a href=\"").append(esc(Links.article(a.id()))).append("\">")
                    .append(esc(a.title() == null || a.title().isBlank() ? "(no title) " + a.id() : a.title()))
                    .append("</a></h3>\n<p class=\"meta\">").append(Layout.time(a.published()));
            if (Html.safeUrl(a.url()) != null) {
                out.append(a.published() == null ? "" : " \u00b7 ").append(Html.externalLink(a.url(), "original"));
            }
            if (first != null && !first.equals(a.id())) {
                out.append(" \u00b7 <a href=\"").append(esc(Links.compare(first, a.id()))).append("\">compare</a>");
            }
            out.append("</p>\n");
            Article full = byId.get(a.id());
            if (full != null && !full.paragraphs().isEmpty()) {
                out.append("<div class=\"lead\">");
                int chars = 0;
                for (String p : full.paragraphs().subList(0, Math.min(LEAD_PARAGRAPHS, full.paragraphs().size()))) {
                    if (chars > LEAD_CHARS) {
                        break;
                    }
                    String shown = p.length() > LEAD_CHARS ? p.substring(0, LEAD_CHARS) + "\u2026" : p;
                    out.append("<p>").append(esc(shown)).append("</p>");
                    chars += p.length();
                }
                out.append("</div>\n");
            }
            List<ReportArticle> its = copies.getOrDefault(a.id(), List.of());
            if (!its.isEmpty()) {
                out.append("<details class=\"copies\"><summary>").append(its.size())
                        .append(its.size() == 1 ? " copy" : " copies").append(" of this report</summary>\n<ul>\n");
                for (ReportArticle c : its) {
                    out.append("<li><span class=\"src\">").append(esc(c.label())).append("</span> <a href=\"")
                            .append(esc(Links.article(c.id()))).append("\">")
                            .append(esc(c.title() == null || c.title().isBlank() ? c.id() : c.title()))
                            .append("</a> <span class=\"muted\">").append(Layout.time(c.published()))
                            .append("</span></li>\n");
                }
                out.append("</ul>\n</details>\n");
            }
            out.append("</article>\n");
        }
        out.append("</div>\n</section>\n");
    }

    /** The original a copy goes under, following copies of copies; null for an original (or a copy of nothing here). */
    private static String root(StoryReport report, ReportArticle a) {
        String at = a.copyOf();
        String root = null;
        for (int hops = 0; at != null && hops < 32; hops++) {
            ReportArticle original = report.article(at);
            if (original == null || original.id().equals(a.id())) {
                break;
            }
            root = original.id();
            at = original.copyOf();
        }
        return root;
    }
}
