package news.storyline.facts.render;

import static news.storyline.facts.render.Html.esc;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import news.storyline.facts.Agreement;
import news.storyline.facts.ArticleFacts;
import news.storyline.facts.EntitySpellings;
import news.storyline.facts.Fact;
import news.storyline.facts.FactComparison;
import news.storyline.facts.ReportArticle;
import news.storyline.facts.StoryReport;
import news.storyline.facts.SummarySentence;
import news.storyline.facts.TimelineEvent;

/**
 * A story report as one self-contained HTML page: inline CSS and SVG, no script, nothing loaded from elsewhere (the
 * page's Content-Security-Policy forbids it). Every piece of text from the articles is escaped.
 */
final class HtmlReport {
    static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

    /** The page around the report: colours, type, layout. The report's own rules are {@link #REPORT_CSS}. */
    private static final String PAGE_CSS = """
            :root{--ink:#1d2329;--muted:#5f6b76;--line:#d9dee3;--soft:#eef1f4;--red:#b3261e;--red-bg:#fcf1f0;\
            --green:#2e7d32;--green-bg:#f1f7f1;--amber:#8a6d1f;--amber-bg:#fbf6e6;--blue:#1d4f80}
            *{box-sizing:border-box}
            html{background:#f6f7f9}
            body{margin:0;color:var(--ink);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",\
            Arial,sans-serif}
            main{max-width:1000px;margin:0 auto;padding:28px 32px 48px;background:#fff;min-height:100vh}
            h1{font-size:26px;line-height:1.25;margin:0 0 6px}
            h2{font-size:18px;margin:36px 0 12px;padding-bottom:4px;border-bottom:1px solid var(--line)}
            h3{font-size:15px;margin:0 0 4px}
            .muted{color:var(--muted)}
            a{color:var(--blue)}
            table{border-collapse:collapse;width:100%;font-size:14px}
            th,td{text-align:left;vertical-align:top;padding:6px 8px;border-bottom:1px solid var(--line)}
            th{font-weight:600;color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.04em}
            .when{white-space:nowrap}
            """;
    /** The report's own rules, shared with the web UI's story page (which serves them as a stylesheet). */
    static final String REPORT_CSS = readStylesheet();
    private static final String CSS = PAGE_CSS + REPORT_CSS;

    private static String readStylesheet() {
        try (var in = HtmlReport.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("missing resource news/storyline/facts/render/report.css");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private final ReportView view;
    private final ReportPictures pictures;
    private final StoryReport report;
    private final Appendable out;

    HtmlReport(StoryReport report, Appendable out) {
        this.view = new ReportView(report);
        this.pictures = new ReportPictures(view);
        this.report = report;
        this.out = out;
    }

    void write() throws IOException {
        String headline = view.headline();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(esc(CSP)).append("\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
                .append("<link rel=\"icon\" href=\"data:,\">\n")
                .append("<title>").append(esc(headline)).append(" \u2014 story report</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<main>\n");
        writeFragment();
        out.append("</main>\n</body>\n</html>\n");
    }

    /**
     * The report's sections alone, as a fragment for a page of its own that brings its own styles: the same markup
     * as in the page, in a {@code <div class="story-report">}, with no inline style or script.
     */
    void writeFragment() throws IOException {
        out.append("<div class=\"story-report\">\n");
        body();
        out.append("</div>\n");
    }

    private void body() throws IOException {
        String headline = view.headline();
        header(headline);
        summary();
        comparisons("disagree", "Where the sources disagree", Agreement.CONTRADICTED,
                "No fact is given differently by two sources.");
        comparisons("changed", "What changed between reports", Agreement.UPDATED,
                "No count or amount changed between reports of different days.");
        comparisons("agree", "What they agree on", Agreement.AGREED, "No fact is given alike by two sources.");
        singleSource();
        timeline();
        whoReportedWhat();
        entities();
        allFacts();
        problems();
    }

    private void header(String headline) throws IOException {
        out.append("<header>\n<h1>").append(esc(headline)).append("</h1>\n<p class=\"meta\">");
        String id = ReportView.plain(report.storyId());
        if (!id.isEmpty()) {
            out.append("Story ").append(esc(id)).append(" \u00b7 ");
        }
        out.append(esc(view.reportCount()));
        String published = view.publishedSpan();
        if (!published.isEmpty()) {
            out.append(" \u00b7 ").append(esc(published));
        }
        out.append("</p>\n");
        long variants = report.entities().stream().filter(EntitySpellings::variantSpellings).count();
        out.append("<ul class=\"glance\">")
                .append(stat("red", view.comparisons(Agreement.CONTRADICTED).size(), "disagreement", "disagreements"))
                .append(stat("blue", view.comparisons(Agreement.UPDATED).size(), "value updated", "values updated"))
                .append(stat("green", view.comparisons(Agreement.AGREED).size(), "fact agreed", "facts agreed"))
                .append(stat("", view.comparisons(Agreement.SINGLE_SOURCE).size(), "fact from one source only",
                        "facts from one source only"))
                .append(stat("", report.timeline().size(), "dated event", "dated events"))
                .append(stat("amber", (int) variants, "name spelt differently", "names spelt differently"))
                .append("</ul>\n</header>\n");
        if (!report.articles().isEmpty()) {
            out.append("<section id=\"sources\">\n<h2>Sources</h2>\n<table>\n<thead><tr><th>Id</th><th>Outlet</th>")
                    .append("<th>Published</th><th>Title</th><th>Dates counted from</th></tr></thead>\n<tbody>\n");
            for (ReportArticle a : report.articles()) {
                out.append("<tr><td>").append(esc(a.id())).append("</td><td>").append(esc(a.label()));
                if (a.copyOf() != null) {
                    out.append(" <span class=\"muted\">(copy of ").append(esc(a.copyOf())).append(")</span>");
                }
                out.append("</td><td class=\"when\">").append(esc(ReportView.published(a.published())))
                        .append("</td><td>");
                String title = ReportView.plain(a.title());
                String url = Html.safeUrl(a.url());
                if (url != null) {
                    out.append("<a href=\"").append(esc(url)).append("\" rel=\"noopener noreferrer nofollow\">")
                            .append(esc(title.isEmpty() ? url : title)).append("</a>");
                } else {
                    out.append(esc(title.isEmpty() ? "(no title)" : title));
                    if (a.url() != null && !a.url().isBlank()) {
                        out.append(" <span class=\"muted\">").append(esc(ReportView.plain(a.url()))).append("</span>");
                    }
                }
                out.append("</td><td class=\"muted\">").append(esc(ReportView.reference(a.reference())))
                        .append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n</section>\n");
        }
    }

    private static String stat(String cls, int n, String one, String many) {
        return "<li" + (cls.isEmpty() ? "" : " class=\"" + cls + "\"") + "><b>" + n + "</b> "
                + esc(n == 1 ? one : many) + "</li>";
    }

    private void summary() throws IOException {
        out.append("<section id=\"summary\">\n<h2>Summary</h2>\n");
        if (report.summary().isEmpty()) {
            out.append("<p class=\"muted\">No summary.</p>\n</section>\n");
            return;
        }
        out.append("<ul class=\"summary\">\n");
        for (SummarySentence s : report.summary()) {
            List<String> sources = s.outlets().size() == s.articleIds().size() && !s.outlets().isEmpty()
                    ? s.outlets().stream().map(ReportView::plain).distinct().toList()
                    : view.labels(s.articleIds().isEmpty() ? List.of(s.articleId()) : s.articleIds());
            out.append("<li>").append(esc(ReportView.plain(s.text())));
            for (String source : sources) {
                out.append(" <span class=\"src\">").append(esc(source)).append("</span>");
            }
            out.append("</li>\n");
        }
        out.append("</ul>\n</section>\n");
    }

    private void comparisons(String id, String title, Agreement agreement, String none) throws IOException {
        List<FactComparison> list = view.comparisons(agreement);
        out.append("<section id=\"").append(id).append("\">\n<h2>").append(esc(title)).append("</h2>\n");
        if (list.isEmpty()) {
            out.append("<p class=\"muted\">").append(esc(none)).append("</p>\n");
        }
        String cls = switch (agreement) {
            case CONTRADICTED -> "contradicted";
            case UPDATED -> "updated";
            default -> "agreed";
        };
        for (FactComparison c : list) {
            out.append("<article class=\"cmp ").append(cls).append("\">\n<h3>")
                    .append(esc(ReportView.description(c))).append("</h3>\n");
            if (c.note() != null && !c.note().isBlank()) {
                out.append("<p class=\"note\">").append(esc(ReportView.plain(c.note()))).append("</p>\n");
            }
            out.append("<ul>\n");
            for (Fact f : c.facts()) {
                out.append("<li>");
                fact(f, agreement == Agreement.CONTRADICTED);
                out.append("</li>\n");
            }
            out.append("</ul>\n</article>\n");
        }
        out.append("</section>\n");
    }

    /** A fact: its source, what it says, and its sentence to unfold with the fact marked in it. */
    private void fact(Fact f, boolean open) throws IOException {
        out.append("<span class=\"src\">").append(esc(view.label(f.articleId()))).append("</span> ")
                .append("<span class=\"val\">").append(esc(ReportView.value(f))).append("</span>");
        if (f.speaker() != null && !f.speaker().isBlank()) {
            out.append(" <span class=\"muted\">according to ").append(esc(ReportView.speaker(f.speaker())))
                    .append("</span>");
        }
        out.append(" <details").append(open ? " open" : "").append("><summary>sentence</summary><blockquote>");
        sentence(f);
        out.append("<span class=\"where\">").append(esc(view.label(f.articleId()))).append(", article ")
                .append(esc(f.articleId())).append(", characters ").append(String.valueOf(f.start()))
                .append("\u2013").append(String.valueOf(f.end())).append("</span></blockquote></details>");
    }

    private void sentence(Fact f) throws IOException {
        int[] span = ReportView.spanInSentence(f);
        String s = f.sentence();
        if (span == null) {
            out.append(esc(ReportView.plain(s)));
            return;
        }
        out.append(esc(s.substring(0, span[0]))).append("<mark>").append(esc(s.substring(span[0], span[1])))
                .append("</mark>").append(esc(s.substring(span[1])));
    }

    private void singleSource() throws IOException {
        out.append("<section id=\"single\" class=\"single\">\n<h2>Reported by one source only</h2>\n");
        Map<String, List<FactComparison>> groups = view.singleSourceBySource();
        if (groups.isEmpty()) {
            out.append("<p class=\"muted\">Every fact is given by two sources or more.</p>\n");
        }
        for (Map.Entry<String, List<FactComparison>> group : groups.entrySet()) {
            out.append("<h3>Only in ").append(esc(group.getKey())).append("</h3>\n<ul>\n");
            for (FactComparison c : group.getValue()) {
                out.append("<li><b>").append(esc(ReportView.description(c))).append("</b>");
                for (Fact f : c.facts()) {
                    out.append("<br>");
                    fact(f, false);
                }
                out.append("</li>\n");
            }
            out.append("</ul>\n");
        }
        out.append("</section>\n");
    }

    private void timeline() throws IOException {
        out.append("<section id=\"timeline\">\n<h2>Timeline</h2>\n");
        String svg = pictures.timeline();
        if (svg == null) {
            out.append("<p class=\"muted\">No event in these reports could be dated.</p>\n</section>\n");
            return;
        }
        out.append("<div class=\"figure\">").append(svg).append("</div>\n");
        out.append("<table>\n<thead><tr><th>#</th><th>When</th><th>What</th><th>Sources</th></tr></thead>\n<tbody>\n");
        List<TimelineEvent> events = report.timeline();
        for (int i = 0; i < events.size(); i++) {
            TimelineEvent e = events.get(i);
            out.append("<tr><td class=\"num\">").append(String.valueOf(i + 1)).append("</td><td class=\"when\">")
                    .append(esc(ReportView.range(e.from(), e.to()))).append("</td><td>")
                    .append(esc(view.stepText(e))).append("</td><td>");
            for (String source : view.sources(e)) {
                out.append("<span class=\"src\">").append(esc(source)).append("</span> ");
            }
            out.append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    private void whoReportedWhat() throws IOException {
        out.append("<section id=\"who\">\n<h2>Who reported what, when</h2>\n");
        String svg = pictures.whoReportedWhat();
        if (svg == null) {
            out.append("<p class=\"muted\">Nothing to place: no dated event and no publication date.</p>\n");
        } else {
            out.append("<div class=\"figure\">").append(svg).append("</div>\n");
        }
        out.append("</section>\n");
    }

    private void entities() throws IOException {
        out.append("<section id=\"entities\">\n<h2>Entities</h2>\n");
        if (report.entities().isEmpty()) {
            out.append("<p class=\"muted\">No people, organisations or places found.</p>\n</section>\n");
            return;
        }
        out.append("<table>\n<thead><tr><th>Name</th><th>Type</th><th>Where</th><th>Spellings, by source</th>")
                .append("</tr></thead>\n<tbody>\n");
        for (EntitySpellings e : report.entities()) {
            boolean variant = e.variantSpellings();
            out.append("<tr").append(variant ? " class=\"variant\"" : "").append("><td><b>")
                    .append(esc(ReportView.plain(e.name()))).append("</b>");
            if (variant) {
                out.append("<span class=\"badge\">").append(esc(ReportView.formsSummary(e.formsByArticle())))
                        .append("</span>");
            }
            out.append("</td><td>").append(e.type() == null ? "" : esc(e.type().name().toLowerCase(Locale.ROOT)))
                    .append("</td><td>").append(esc(ReportView.plain(e.where()))).append("</td><td>");
            boolean first = true;
            for (Map.Entry<String, List<String>> form : view.sourcesByForm(e.formsByArticle()).entrySet()) {
                out.append(first ? "" : "<br>").append("<span class=\"form\"><b>").append(esc(form.getKey()))
                        .append("</b></span>");
                for (String source : form.getValue()) {
                    out.append(" <span class=\"src\">").append(esc(source)).append("</span>");
                }
                first = false;
            }
            out.append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    private void allFacts() throws IOException {
        int total = report.facts().stream().mapToInt(af -> af.facts().size()).sum();
        if (total == 0) {
            return;
        }
        out.append("<section id=\"facts\" class=\"facts\">\n<h2>All facts, by source</h2>\n");
        for (ArticleFacts af : report.facts()) {
            out.append("<details><summary>").append(esc(view.label(af.articleId()))).append(" (")
                    .append(esc(af.articleId())).append("): ").append(String.valueOf(af.facts().size()))
                    .append(af.facts().size() == 1 ? " fact" : " facts").append(", dates counted from ")
                    .append(esc(ReportView.reference(af.reference()))).append("</summary>\n");
            out.append("<table>\n<thead><tr><th>Type</th><th>Says</th><th>Sentence</th><th>Characters</th></tr>")
                    .append("</thead>\n<tbody>\n");
            for (Fact f : af.facts()) {
                out.append("<tr><td>").append(esc(f.type().name().toLowerCase(Locale.ROOT))).append("</td><td>")
                        .append(esc(ReportView.value(f))).append("</td><td>");
                sentence(f);
                out.append("</td><td class=\"when\">").append(String.valueOf(f.start())).append("\u2013")
                        .append(String.valueOf(f.end())).append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n</details>\n");
        }
        out.append("</section>\n");
    }

    private void problems() throws IOException {
        List<String> problems = view.problems();
        if (problems.isEmpty()) {
            return;
        }
        out.append("<section id=\"problems\" class=\"problems\">\n<h2>Problems</h2>\n<ul>\n");
        for (String p : problems) {
            out.append("<li>").append(esc(p)).append("</li>\n");
        }
        out.append("</ul>\n</section>\n");
    }
}
