package news.storyline.facts.render;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The forms a story report is shown in. */
public enum ReportFormat {
    /** Plain text for a terminal, 110 columns. */
    TEXT("txt"),
    /** Markdown: lists and tables. */
    MARKDOWN("md"),
    /** One self-contained HTML file: inline CSS, inline SVG pictures, no script, nothing loaded from elsewhere. */
    HTML("html"),
    /** One JSON object: every fact with its source article, its sentence and its character offsets. */
    JSON("json");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    /** The name a user types: "text", "markdown", "html", "json". */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The usual file extension, without the dot: "txt", "md", "html", "json". */
    public String extension() {
        return extension;
    }

    /**
     * The format of this name ("text", "markdown", "html" or "json"; case and surrounding blanks ignored).
     *
     * @throws IllegalArgumentException naming the allowed formats when {@code name} is none of them
     */
    public static ReportFormat parse(String name) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (ReportFormat format : values()) {
            if (format.id().equals(key)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown report format '" + name + "': use one of " + allowed());
    }

    /**
     * The format a file name asks for by its extension ("report.html", "facts.json", "notes.md", "story.txt"; also
     * ".htm" and ".markdown"), or empty when it names none of them.
     */
    public static java.util.Optional<ReportFormat> ofFileName(String fileName) {
        String lower = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        String extension = dot < 0 ? "" : lower.substring(dot + 1);
        for (ReportFormat format : values()) {
            if (format.extension.equals(extension)) {
                return java.util.Optional.of(format);
            }
        }
        return extension.equals("htm") ? java.util.Optional.of(HTML)
                : extension.equals("markdown") ? java.util.Optional.of(MARKDOWN) : java.util.Optional.empty();
    }

    /** "text, markdown, html, json". */
    public static String allowed() {
        return Arrays.stream(values()).map(ReportFormat::id).collect(Collectors.joining(", "));
    }
}
