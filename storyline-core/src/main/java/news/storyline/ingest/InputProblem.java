package news.storyline.ingest;

import java.util.Objects;
import news.storyline.text.Whitespace;

/**
 * Why one input, or one record inside it, could not be read.
 *
 * @param location the file, or the file and line ("feed.jsonl:17")
 * @param reason   a short reason a person can act on ("binary content (PDF)", "malformed JSON: ...")
 */
public record InputProblem(String location, String reason) {
    public InputProblem {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(reason, "reason");
    }

    /** One line, naming the input first, as the CLI prints it. */
    public String oneLine() {
        return location + ": " + Whitespace.fold(reason);
    }
}
