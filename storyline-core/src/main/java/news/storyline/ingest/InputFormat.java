package news.storyline.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/** The formats Storyline reads, told apart by file extension and, failing that, by how the content starts. */
public enum InputFormat {
    TEXT, JSONL, JSON, HTML, FEED;

    public static InputFormat of(Path file, byte[] head) {
        return switch (InputNames.extension(file)) {
            case "jsonl", "ndjson" -> JSONL;
            case "json" -> JSON;
            case "html", "htm", "xhtml", "shtml" -> HTML;
            // Any other XML is not an article format: the feed reader says so rather than reading markup as text.
            case "rss", "atom", "rdf", "xml" -> FEED;
            case "txt", "text" -> TEXT;
            default -> sniff(head);
        };
    }

    private static InputFormat sniff(byte[] head) {
        // A UTF-16 or UTF-32 file shows its first characters only when decoded as its byte-order mark says.
        String start = new String(head, TextDecoder.byteOrderMark(head).orElse(StandardCharsets.UTF_8))
                .replaceFirst("^\uFEFF", "").stripLeading()
                .toLowerCase(Locale.ROOT);
        if (start.startsWith("{")) {
            return JSONL;
        }
        if (start.startsWith("[")) {
            return JSON;
        }
        // Whichever root comes first decides: a feed may quote "<html" in its items, a page may quote "<feed".
        int html = firstIndex(start, "<!doctype html", "<html");
        int feed = firstIndex(start, "<rss", "<feed", "<rdf:rdf");
        if (html >= 0 && (feed < 0 || html < feed)) {
            return HTML;
        }
        if (feed >= 0 || start.startsWith("<?xml")) {
            return FEED;
        }
        return TEXT;
    }

    private static int firstIndex(String text, String... markers) {
        int first = -1;
        for (String marker : markers) {
            int at = text.indexOf(marker);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }
}
