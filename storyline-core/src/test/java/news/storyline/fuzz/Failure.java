package news.storyline.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * An invariant an input broke: what kind, in a line, and the throwable behind it where there is one. Failures of the
 * same kind thrown from the same place share a {@link #signature()}, so a run reports each distinct bug once.
 *
 * @param kind    which invariant ({@code THROWN_FROM_INGEST}, {@code HANG}, {@code LOST_INPUT}, ...)
 * @param message what was seen, one line
 * @param cause   the throwable that escaped, or null
 */
record Failure(String kind, String message, Throwable cause) {
    private static final int SIGNATURE_FRAMES = 3;

    static Failure of(String kind, String message) {
        return new Failure(kind, message, null);
    }

    static Failure thrown(String kind, Throwable cause) {
        String message = cause.getMessage() == null ? "" : cause.getMessage().lines().findFirst().orElse("");
        return new Failure(kind, cause.getClass().getName() + (message.isEmpty() ? "" : ": " + message), cause);
    }

    /** The kind, the exception type and the topmost frames of Storyline's own code (or of any code, if none). */
    String signature() {
        if (cause == null) {
            return kind;
        }
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof StackOverflowError) {
            // Where the stack ran out within a recursion is chance; the method that recurses is the bug.
            return kind + " " + root.getClass().getName() + " recursing in " + mostRepeatedFrame(root);
        }
        return kind + " " + root.getClass().getName() + " at " + String.join(" < ", topFrames(root));
    }

    private static String mostRepeatedFrame(Throwable throwable) {
        var counts = new java.util.LinkedHashMap<String, Integer>();
        for (StackTraceElement frame : throwable.getStackTrace()) {
            counts.merge(frame.getClassName() + "." + frame.getMethodName(), 1, Integer::sum);
        }
        return counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey)
                .orElse("?");
    }

    List<String> topFrames(Throwable throwable) {
        var own = new ArrayList<String>();
        var any = new ArrayList<String>();
        for (StackTraceElement frame : throwable.getStackTrace()) {
            String name = frame.getClassName() + "." + frame.getMethodName();
            if (any.size() < SIGNATURE_FRAMES) {
                any.add(name);
            }
            if (frame.getClassName().startsWith("news.storyline.") && !frame.getClassName().startsWith("news.storyline.fuzz.")
                    && !own.contains(name) && own.size() < SIGNATURE_FRAMES) {
                own.add(name);
            }
        }
        return own.isEmpty() ? any : own;
    }
}
