package news.storyline.fuzz;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The input formats the generators write, and the file names that route each to its reader: its own extensions
 * and, as often, an extension no reader claims (so the content is sniffed) or none at all.
 */
enum Shape {
    TEXT(List.of(".txt", ".text", ".md", "", ".dat")),
    JSONL(List.of(".jsonl", ".ndjson", ".log", "")),
    JSON(List.of(".json", ".data", "")),
    HTML(List.of(".html", ".htm", ".php", "", ".xhtml")),
    RSS2(List.of(".rss", ".xml", ".feed", "")),
    RSS091(List.of(".rss", ".xml", "")),
    RDF(List.of(".rdf", ".xml", ".rss", "")),
    ATOM(List.of(".atom", ".xml", ""));

    private final List<String> extensions;

    Shape(List<String> extensions) {
        this.extensions = extensions;
    }

    boolean isFeed() {
        return this == RSS2 || this == RSS091 || this == RDF || this == ATOM;
    }

    /** A file name for input number {@code index}: one of this shape's extensions, or one no reader claims. */
    String fileName(long index, RandomGenerator random) {
        return "in-" + index + extensions.get(random.nextInt(extensions.size()));
    }

    /** A file name with any extension at all, so content meets readers not meant for it. */
    static String anyFileName(long index, RandomGenerator random) {
        List<String> any = List.of(".txt", ".jsonl", ".json", ".html", ".xml", ".rss", ".atom", ".rdf", ".bin", "");
        return "in-" + index + any.get(random.nextInt(any.size()));
    }
}
