package news.storyline.facts.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import news.storyline.facts.StoryReport;

/**
 * Shows a {@link StoryReport} as text, Markdown, HTML or JSON. All text taken from articles is treated as untrusted:
 * escaped for HTML and Markdown, stripped of control characters for the terminal, encoded by Jackson for JSON.
 * Stateless and safe to share between threads.
 */
public final class StoryReportRenderer {

    private StoryReportRenderer() {
    }

    /** Writes {@code report} to {@code out} in {@code format}. The output ends with a line break. */
    public static void render(StoryReport report, ReportFormat format, Appendable out) throws IOException {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        switch (format) {
            case TEXT -> new TextReport(report, out).write();
            case MARKDOWN -> new MarkdownReport(report, out).write();
            case HTML -> new HtmlReport(report, out).write();
            case JSON -> JsonReport.write(report, out);
        }
    }

    /** {@code report} in {@code format}, as one string. */
    public static String render(StoryReport report, ReportFormat format) {
        StringBuilder out = new StringBuilder(8192);
        try {
            render(report, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw
        }
        return out.toString();
    }

    /**
     * The styles of the report's classes, for a page that embeds {@link #htmlFragment} (the standalone HTML report
     * inlines the same sheet). It uses the page's colour properties ({@code --ink}, {@code --muted}, {@code --line},
     * {@code --red}, {@code --red-bg}, {@code --green}, {@code --green-bg}, {@code --amber}, {@code --amber-bg},
     * {@code --blue}), and the story map's ({@link StoryMap#CSS}), for a page that embeds that picture.
     */
    public static String stylesheet() {
        return HtmlReport.REPORT_CSS + StoryMap.CSS;
    }

    /**
     * The HTML report's sections as a fragment to embed in a page of one's own: header, sources, summary,
     * disagreements, agreements, one-source facts, the timeline and who-reported-what pictures (inline SVG), entities
     * and every fact, in one {@code <div class="story-report">}. It carries no {@code <style>}, no inline
     * {@code style=} attribute and no script, so it works under a strict Content-Security-Policy
     * ({@code style-src 'self'}); the embedding page styles its classes. Article text is escaped as in the page.
     */
    public static String htmlFragment(StoryReport report) {
        Objects.requireNonNull(report, "report");
        StringBuilder out = new StringBuilder(8192);
        try {
            new HtmlReport(report, out).writeFragment();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
