package news.storyline.facts.render;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import news.storyline.facts.Agreement;
import news.storyline.facts.EntitySpellings;
import news.storyline.facts.Fact;
import news.storyline.facts.FactComparison;
import news.storyline.facts.ReportArticle;
import news.storyline.facts.StoryReport;
import news.storyline.facts.SummarySentence;
import news.storyline.facts.TimelineEvent;

/**
 * A story report as Markdown: lists and tables. Text from articles is escaped so that it shows as written: no
 * emphasis, link, table cell or HTML tag can come from it.
 */
final class MarkdownReport {
    private final ReportView view;
    private final StoryReport report;
    private final Appendable out;

    MarkdownReport(StoryReport report, Appendable out) {
        this.view = new ReportView(report);
        this.report = report;
        this.out = out;
    }

    /** Text shown literally in Markdown (and in a table cell): every character that could start emphasis, code,
     * a link, a cell or a tag is escaped (all lines it goes in start with our own markup). */
    static String md(String text) {
        return escape(ReportView.plain(text));
    }

    /** Like {@link #md} but keeps leading and trailing blanks (each line break or control character a space). */
    private static String mdPart(String text) {
        StringBuilder blanked = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            blanked.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
        }
        return escape(blanked.toString());
    }

    private static String escape(String plain) {
        StringBuilder s = new StringBuilder(plain.length() + 16);
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            switch (c) {
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '&' -> s.append("&amp;");
                case '\\', '`', '*', '_', '[', ']', '|', '~', '$' -> s.append('\\').append(c);
                default -> s.append(c);
            }
        }
        return s.toString();
    }

    void write() throws IOException {
        String id = ReportView.plain(report.storyId());
        line("# " + md(view.headline()));
        line("");
        String published = view.publishedSpan();
        line((id.isEmpty() ? "" : "Story " + md(id) + ": ") + md(view.reportCount())
                + (published.isEmpty() ? "" : ", " + md(published)) + ".");
        if (!report.articles().isEmpty()) {
            line("");
            line("| Id | Source | Published | Title |");
            line("|---|---|---|---|");
            for (ReportArticle a : report.articles()) {
                String title = md(a.title());
                if (a.url() != null && Html.safeUrl(a.url()) != null) {
                    title = "[" + (title.isEmpty() ? md(a.url()) : title) + "](<" + urlInLink(a.url()) + ">)";
                }
                String copy = a.copyOf() == null ? "" : " (copy of " + md(a.copyOf()) + ")";
                row(md(a.id()), md(a.label()) + copy, md(ReportView.published(a.published())), title);
            }
        }
        summary();
        comparisons("Where the sources disagree", Agreement.CONTRADICTED);
        comparisons("What changed between reports", Agreement.UPDATED);
        comparisons("What they agree on", Agreement.AGREED);
        singleSource();
        timeline();
        entities();
        List<String> problems = view.problems();
        if (!problems.isEmpty()) {
            section("Problems");
            for (String p : problems) {
                line("- " + md(p));
            }
        }
    }

    /** A URL inside {@code <...>} in a link: no angle bracket, space or line break can end it early. */
    private static String urlInLink(String url) {
        StringBuilder s = new StringBuilder();
        for (char c : ReportView.plain(url).toCharArray()) {
            switch (c) {
                case '<' -> s.append("%3C");
                case '>' -> s.append("%3E");
                case ' ' -> s.append("%20");
                case '\\' -> s.append("%5C");
                default -> s.append(c);
            }
        }
        return s.toString();
    }

    private void summary() throws IOException {
        section("Summary");
        if (report.summary().isEmpty()) {
            line("_No summary._");
            return;
        }
        for (SummarySentence s : report.summary()) {
            List<String> sources = s.outlets().size() == s.articleIds().size() && !s.outlets().isEmpty()
                    ? s.outlets().stream().map(ReportView::plain).distinct().toList()
                    : view.labels(s.articleIds().isEmpty() ? List.of(s.articleId()) : s.articleIds());
            line("- " + md(s.text()) + " *\\[" + md(String.join(", ", sources)) + "\\]*");
        }
    }

    private void comparisons(String title, Agreement agreement) throws IOException {
        List<FactComparison> list = view.comparisons(agreement);
        section(title);
        if (list.isEmpty()) {
            line("_None._");
            return;
        }
        line("| What | Source | Says | Sentence |");
        line("|---|---|---|---|");
        for (FactComparison c : list) {
            boolean first = true;
            for (Fact f : c.facts()) {
                String what = first ? "**" + md(ReportView.description(c)) + "**"
                        + (c.note() == null || c.note().isBlank() ? "" : "<br>" + md(c.note())) : "";
                row(what, md(view.label(f.articleId())), md(ReportView.value(f)), sentence(f));
                first = false;
            }
            if (c.facts().isEmpty()) {
                row("**" + md(ReportView.description(c)) + "**", "", md(c.note()), "");
            }
        }
    }

    /** The fact's sentence with the fact itself in bold. */
    private static String sentence(Fact f) {
        int[] span = ReportView.spanInSentence(f);
        String s = f.sentence();
        if (span == null) {
            return md(s);
        }
        String fact = md(s.substring(span[0], span[1]));
        return mdPart(s.substring(0, span[0])).stripLeading() + (fact.isBlank() ? fact : "**" + fact + "**")
                + mdPart(s.substring(span[1])).stripTrailing();
    }

    private void singleSource() throws IOException {
        section("Reported by one source only");
        Map<String, List<FactComparison>> groups = view.singleSourceBySource();
        if (groups.isEmpty()) {
            line("_None._");
            return;
        }
        for (Map.Entry<String, List<FactComparison>> group : groups.entrySet()) {
            line("");
            line("### Only " + md(group.getKey()));
            line("");
            for (FactComparison c : group.getValue()) {
                String values = c.facts().stream().map(ReportView::value).distinct()
                        .reduce((a, b) -> a + "; " + b).orElse("");
                String sentence = c.facts().isEmpty() ? "" : " — " + sentence(c.facts().getFirst());
                line("- **" + md(ReportView.description(c)) + "**" + (values.isEmpty() ? "" : ": " + md(values))
                        + sentence);
            }
        }
    }

    private void timeline() throws IOException {
        section("Timeline");
        if (report.timeline().isEmpty()) {
            line("_No dated events._");
            return;
        }
        line("| When | What | Sources |");
        line("|---|---|---|");
        for (TimelineEvent e : report.timeline()) {
            row(md(ReportView.range(e.from(), e.to())), md(view.stepText(e)),
                    md(String.join(", ", view.sources(e))));
        }
    }

    private void entities() throws IOException {
        section("Entities");
        if (report.entities().isEmpty()) {
            line("_None._");
            return;
        }
        line("| Name | Type | Where | Spellings |");
        line("|---|---|---|---|");
        for (EntitySpellings e : report.entities()) {
            StringBuilder spellings = new StringBuilder();
            for (Map.Entry<String, List<String>> forms : view.sourcesByForm(e.formsByArticle()).entrySet()) {
                if (!spellings.isEmpty()) {
                    spellings.append("; ");
                }
                spellings.append(md(forms.getKey())).append(" (").append(md(String.join(", ", forms.getValue())))
                        .append(')');
            }
            String name = md(e.name()) + (e.variantSpellings()
                    ? " ⚠ " + md(ReportView.formsSummary(e.formsByArticle())) : "");
            row(name, e.type() == null ? "" : e.type().name().toLowerCase(Locale.ROOT), md(e.where()),
                    spellings.toString());
        }
    }

    private void row(String... cells) throws IOException {
        out.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }

    private void section(String title) throws IOException {
        out.append("\n## ").append(title).append("\n\n");
    }

    private void line(String text) throws IOException {
        out.append(text).append('\n');
    }
}
