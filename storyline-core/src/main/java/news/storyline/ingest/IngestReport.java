package news.storyline.ingest;

import java.util.List;

/**
 * What an ingest run did.
 *
 * @param filesRead      inputs read, wholly or in part
 * @param filesFailed    inputs rejected as a whole
 * @param articles       articles read
 * @param recordsSkipped records skipped inside inputs that were otherwise read
 * @param problems       every problem, inputs and records, in the order met
 */
public record IngestReport(int filesRead, int filesFailed, int articles, int recordsSkipped,
                           List<InputProblem> problems) {
    public IngestReport {
        problems = List.copyOf(problems);
    }

    public boolean clean() {
        return problems.isEmpty();
    }

    /** One line for the end of a run. */
    public String summary() {
        return "%d article%s from %d file%s; %d input%s failed, %d record%s skipped".formatted(
                articles, plural(articles), filesRead, plural(filesRead), filesFailed, plural(filesFailed),
                recordsSkipped, plural(recordsSkipped));
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }
}
