package news.storyline.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files named on a command line: files as given, directories walked in name order, hidden files and folders
 * (".git", ".DS_Store") passed over, and so are a folder's own documentation files (README.md, LICENSE, NOTICE.txt:
 * a corpus or scrape folder often carries one, and it is never a news article; named on the command line, it is
 * read). A path that does not exist is kept, so that reading it reports the problem.
 */
public final class InputFiles {
    private InputFiles() {
    }

    public static List<Path> expand(List<Path> paths) throws IOException {
        var files = new ArrayList<Path>();
        for (Path path : paths) {
            if (!InputCopy.isStandardInput(path) && Files.isDirectory(path)) {
                files.addAll(walk(path));
            } else {
                files.add(path);
            }
        }
        return files;
    }

    private static List<Path> walk(Path root) throws IOException {
        try (Stream<Path> tree = Files.walk(root)) {
            return tree.filter(Files::isRegularFile)
                    .filter(file -> !isHidden(root.relativize(file)) && !isFolderDocumentation(file))
                    .sorted()
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The names, before any extension, that a folder's documentation goes by. */
    private static final Set<String> DOCUMENTATION = Set.of("readme", "license", "licence", "notice", "changelog",
            "contributing", "copying", "authors");

    static boolean isFolderDocumentation(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.indexOf('.');
        return DOCUMENTATION.contains(dot < 0 ? name : name.substring(0, dot));
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
