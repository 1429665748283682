package news.storyline.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/** The formats Storyline reads, told apart by file extension and, failing that, by how the content starts. */
public enum InputFormat {
    TEXT, JSONL, HTML, FEED;

    public static InputFormat of(Path file, byte[] head) {
        return switch (InputNames.extension(file)) {
            case "jsonl", "ndjson" -> JSONL;
            case "html", "htm", "xhtml", "shtml" -> HTML;
            case "rss", "atom", "rdf" -> FEED;
            case "txt", "text" -> TEXT;
            default -> sniff(head);
        };
    }

    private static InputFormat sniff(byte[] head) {
        String start = new String(head, StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "").stripLeading()
                .toLowerCase(Locale.ROOT);
        if (start.startsWith("{")) {
            return JSONL;
        }
        if (start.contains("<rss") || start.contains("<feed") || start.contains("<rdf:rdf")) {
            return FEED;
        }
        if (start.startsWith("<!doctype html") || start.contains("<html")) {
            return HTML;
        }
        return TEXT;
    }
}
