package news.storyline.facts.render;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import news.storyline.facts.Agreement;
import news.storyline.facts.EntitySpellings;
import news.storyline.facts.Fact;
import news.storyline.facts.FactComparison;
import news.storyline.facts.ReportArticle;
import news.storyline.facts.StoryReport;
import news.storyline.facts.SummarySentence;
import news.storyline.facts.TimelineEvent;

/** A story report as plain text for a terminal: 110 columns, control characters from articles removed. */
final class TextReport {
    static final int WIDTH = 110;

    private final ReportView view;
    private final StoryReport report;
    private final Appendable out;

    TextReport(StoryReport report, Appendable out) {
        this.view = new ReportView(report);
        this.report = report;
        this.out = out;
    }

    void write() throws IOException {
        header();
        summary();
        comparisons("WHERE THE SOURCES DISAGREE", Agreement.CONTRADICTED);
        comparisons("WHAT CHANGED BETWEEN REPORTS", Agreement.UPDATED);
        comparisons("WHAT THEY AGREE ON", Agreement.AGREED);
        singleSource();
        timeline();
        entities();
        problems();
    }

    private void header() throws IOException {
        String headline = view.headline();
        if (report.storyId() != null && !report.storyId().isBlank()) {
            wrap("Story " + ReportView.plain(report.storyId()) + ": " + headline, "", "");
        } else {
            wrap(headline, "", "");
        }
        line("=".repeat(Math.min(WIDTH, Math.max(10, Math.min(headline.length() + 8, WIDTH)))));
        String published = view.publishedSpan();
        wrap(view.reportCount() + (published.isEmpty() ? "" : ", " + published), "", "");
        for (ReportArticle a : report.articles()) {
            String copy = a.copyOf() == null ? "" : " (copy of " + ReportView.plain(a.copyOf()) + ")";
            wrap("[" + ReportView.plain(a.id()) + "] " + ReportView.plain(a.label()) + ", "
                    + ReportView.published(a.published()) + copy + ": " + orNone(a.title(), "(no title)"),
                    "  ", "      ");
            if (a.url() != null && !a.url().isBlank()) {
                wrap(ReportView.plain(a.url()), "      ", "      ");
            }
        }
    }

    private void summary() throws IOException {
        section("SUMMARY");
        if (report.summary().isEmpty()) {
            line("  (no summary)");
            return;
        }
        for (SummarySentence s : report.summary()) {
            wrap(ReportView.plain(s.text()) + " [" + String.join(", ", sources(s)) + "]", "  * ", "    ");
        }
    }

    private List<String> sources(SummarySentence s) {
        if (s.outlets().size() == s.articleIds().size() && !s.outlets().isEmpty()) {
            return s.outlets().stream().map(ReportView::plain).distinct().toList();
        }
        return view.labels(s.articleIds().isEmpty() ? List.of(s.articleId()) : s.articleIds());
    }

    private void comparisons(String title, Agreement agreement) throws IOException {
        List<FactComparison> list = view.comparisons(agreement);
        section(title + " (" + list.size() + ")");
        if (list.isEmpty()) {
            line("  (none)");
            return;
        }
        for (FactComparison c : list) {
            wrap(ReportView.description(c), agreement == Agreement.CONTRADICTED ? "  ! "
                    : agreement == Agreement.UPDATED ? "  ~ " : "  * ", "    ");
            for (Fact f : c.facts()) {
                wrap(view.label(f.articleId()) + ": " + ReportView.value(f) + "  \u201c"
                        + ReportView.plain(f.sentence()) + "\u201d", "      - ", "        ");
            }
            if (c.note() != null && !c.note().isBlank()) {
                wrap("note: " + ReportView.plain(c.note()), "      ", "        ");
            }
        }
    }

    private void singleSource() throws IOException {
        Map<String, List<FactComparison>> groups = view.singleSourceBySource();
        section("REPORTED BY ONE SOURCE ONLY (" + groups.values().stream().mapToInt(List::size).sum() + ")");
        if (groups.isEmpty()) {
            line("  (none)");
            return;
        }
        for (Map.Entry<String, List<FactComparison>> group : groups.entrySet()) {
            wrap("Only " + group.getKey() + ":", "  ", "  ");
            for (FactComparison c : group.getValue()) {
                String values = c.facts().stream().map(ReportView::value).distinct()
                        .reduce((a, b) -> a + "; " + b).orElse("");
                wrap(ReportView.description(c) + (values.isEmpty() ? "" : ": " + values), "    * ", "      ");
                if (!c.facts().isEmpty()) {
                    wrap("\u201c" + ReportView.plain(c.facts().getFirst().sentence()) + "\u201d", "      ", "      ");
                }
            }
        }
    }

    private void timeline() throws IOException {
        section("TIMELINE (" + report.timeline().size() + ")");
        if (report.timeline().isEmpty()) {
            line("  (no dated events)");
            return;
        }
        int width = 0;
        for (TimelineEvent e : report.timeline()) {
            width = Math.max(width, ReportView.range(e.from(), e.to()).length());
        }
        width = Math.min(width, 30);
        for (TimelineEvent e : report.timeline()) {
            String date = pad(ReportView.range(e.from(), e.to()), width);
            wrap(date + "  " + view.stepText(e) + " [" + String.join(", ", view.sources(e)) + "]",
                    "  ", "  " + " ".repeat(width + 2));
        }
    }

    private void entities() throws IOException {
        section("ENTITIES (" + report.entities().size() + ")");
        if (report.entities().isEmpty()) {
            line("  (none)");
            return;
        }
        for (EntitySpellings e : report.entities()) {
            String type = e.type() == null ? "" : e.type().name().toLowerCase(java.util.Locale.ROOT);
            String where = e.where() == null || e.where().isBlank() ? "" : ", " + ReportView.plain(e.where());
            String variants = e.variantSpellings()
                    ? "  <- " + ReportView.formsSummary(e.formsByArticle()) : "";
            wrap(orNone(e.name(), "(unnamed)") + " (" + type + where + ")" + variants, "  * ", "    ");
            StringBuilder spellings = new StringBuilder();
            for (Map.Entry<String, List<String>> forms : view.sourcesByForm(e.formsByArticle()).entrySet()) {
                if (!spellings.isEmpty()) {
                    spellings.append("; ");
                }
                spellings.append('"').append(forms.getKey()).append("\" ").append(String.join(", ", forms.getValue()));
            }
            if (!spellings.isEmpty()) {
                wrap("written " + spellings, "      ", "        ");
            }
        }
    }

    private void problems() throws IOException {
        List<String> problems = view.problems();
        if (problems.isEmpty()) {
            return;
        }
        section("PROBLEMS (" + problems.size() + ")");
        for (String p : problems) {
            wrap(p, "  - ", "    ");
        }
    }

    private static String orNone(String text, String none) {
        String s = ReportView.plain(text);
        return s.isEmpty() ? none : s;
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    private void section(String title) throws IOException {
        out.append('\n');
        line(title);
    }

    private void line(String text) throws IOException {
        out.append(text).append('\n');
    }

    /**
     * {@code text} (already plain: no line break or control character) wrapped at {@link #WIDTH}: the first line after {@code first}, the others after {@code rest}; a
     * word longer than a line is cut.
     */
    private void wrap(String text, String first, String rest) throws IOException {
        String prefix = first;
        StringBuilder line = new StringBuilder(prefix);
        // split at single spaces only: a run of spaces (padding) stays inside its word
        for (String word : text.split("(?<! ) (?! )")) {
            while (!word.isEmpty()) {
                boolean started = line.length() > prefix.length();
                int room = WIDTH - line.length() - (started ? 1 : 0);
                if (word.length() <= room) {
                    line.append(started ? " " : "").append(word);
                    word = "";
                } else if (started) {
                    line(line.toString());
                    prefix = rest;
                    line = new StringBuilder(prefix);
                } else {
                    int take = Math.max(1, room);
                    line(line.append(word, 0, take).toString());
                    word = word.substring(take);
                    prefix = rest;
                    line = new StringBuilder(prefix);
                }
            }
        }
        if (line.length() > prefix.length() || prefix == first) {
            line(line.toString().stripTrailing());
        }
    }
}
