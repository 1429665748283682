package news.storyline.ingest;

import java.nio.file.Path;

/** Names derived from an input's path. */
public final class InputNames {
    private InputNames() {
    }

    /** The file name without its last extension: "001_f2e9581c621b58c2.txt" gives "001_f2e9581c621b58c2". */
    public static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The lower-case extension without the dot, or "" when there is none. */
    public static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT) : "";
    }
}
