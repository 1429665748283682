package news.storyline.fuzz;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every failure of a run, grouped by signature. For each distinct failure it keeps the count, the smallest input
 * that caused it and the stack behind it, and saves inputs under a folder so that each can be replayed with
 * {@code -Dfuzz.replay=FILE}: the smallest of each kind as {@code smallest-...}, and the first few as they came.
 */
final class FailureLog {
    private static final int SAVED_PER_KIND = 3;
    private static final int PRINTED = 40;

    private final Path folder;
    private final Map<String, Kind> kinds = new LinkedHashMap<>();
    private int total;
    private String header = "fuzz: run in progress";

    static final class Kind {
        final String signature;
        int count;
        FuzzInput smallest;
        Failure smallestFailure;
        Path smallestFile;
        final Map<String, Integer> families = new LinkedHashMap<>();

        Kind(String signature) {
            this.signature = signature;
        }
    }

    FailureLog(Path folder) {
        this.folder = folder;
    }

    void add(FuzzInput input, Failure failure) {
        total++;
        // A hang has no stack to tell one bug from another; the family that made the input does.
        String signature = failure.cause() == null && failure.kind().endsWith("HANG")
                ? failure.signature() + " in " + input.family() : failure.signature();
        Kind kind = kinds.computeIfAbsent(signature, Kind::new);
        kind.count++;
        kind.families.merge(input.family(), 1, Integer::sum);
        if (total <= PRINTED) {
            System.out.println("fuzz failure: " + input.label() + ": " + failure.kind() + ": " + failure.message());
        }
        String slug = slug(signature);
        if (kind.count <= SAVED_PER_KIND) {
            save(folder.resolve(slug).resolve(fileName(input)), input);
        }
        if (kind.smallest == null || input.bytes().length < kind.smallest.bytes().length) {
            kind.smallest = input;
            kind.smallestFailure = failure;
            kind.smallestFile = save(folder.resolve(slug).resolve("smallest-" + fileName(input)), input);
            deleteOtherSmallest(folder.resolve(slug), kind.smallestFile);
        }
        // Kept current as the run goes, so that a long run stopped early still leaves its findings.
        writeReport(header);
    }

    int total() {
        return total;
    }

    List<Kind> kinds() {
        return List.copyOf(kinds.values());
    }

    /** A report of every distinct failure: count, families, smallest input, and the stack behind it. */
    String report() {
        var out = new StringBuilder();
        for (Kind kind : kinds.values()) {
            out.append("- ").append(kind.count).append(" x ").append(kind.signature).append('\n')
                    .append("    families: ").append(kind.families).append('\n')
                    .append("    smallest: ").append(kind.smallest.label()).append(" -> ").append(kind.smallestFile)
                    .append('\n')
                    .append("    message:  ").append(shorten(kind.smallestFailure.message())).append('\n');
            if (kind.smallestFailure.cause() != null) {
                out.append(indentedTopOfStack(kind.smallestFailure.cause()));
            }
        }
        return out.toString();
    }

    void writeReport(String header) {
        this.header = header;
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("summary.txt"), header + "\n" + report());
        } catch (IOException e) {
            System.out.println("fuzz: cannot write " + folder.resolve("summary.txt") + ": " + e.getMessage());
        }
    }

    static String fileName(FuzzInput input) {
        return input.family() + "-s" + input.seed() + "-i" + input.index() + "-" + input.fileName();
    }

    private static Path save(Path file, FuzzInput input) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, input.bytes());
        } catch (IOException e) {
            System.out.println("fuzz: cannot save " + file + ": " + e.getMessage());
        }
        return file.toAbsolutePath();
    }

    private static void deleteOtherSmallest(Path folder, Path keep) {
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                if (file.getFileName().toString().startsWith("smallest-") && !file.toAbsolutePath().equals(keep)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            // Only tidiness is lost.
        }
    }

    private static String indentedTopOfStack(Throwable throwable) {
        var text = new StringWriter();
        throwable.printStackTrace(new PrintWriter(text));
        var out = new StringBuilder();
        text.toString().lines().limit(12).forEach(line -> out.append("      ").append(line).append('\n'));
        return out.toString();
    }

    private static String slug(String signature) {
        String slug = signature.replaceAll("[^A-Za-z0-9_.]+", "-").replaceAll("-+", "-");
        return slug.length() > 120 ? slug.substring(0, 100) + "-" + Integer.toHexString(signature.hashCode()) : slug;
    }

    private static String shorten(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
