package news.storyline.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import news.storyline.clean.CorpusCleaner;
import news.storyline.ingest.Ingestor;
import news.storyline.similarity.CopyRelation;
import news.storyline.similarity.DuplicateFinder;
import news.storyline.similarity.DuplicateGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code storyline dedup PATH... [--json]}: finds exact, near, containing and syndicated copies among articles and
 * prints them in groups, the earliest article of each as the original.
 */
@Command(name = "dedup", mixinStandardHelpOptions = true,
        header = "Find exact and near copies and syndicated wire copies.",
        description = "Reads and cleans the articles, then prints each group of copies: the earliest article as the "
                + "original, and each copy with its relation (exact, near, contains, syndicated) and score.")
final class DedupCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to read; folders are read whole.")
    List<Path> paths;

    @Option(names = "--json", description = "Print one JSON object a group instead of text.")
    boolean json;

    @Option(names = "--no-progress", description = "Never show a progress bar.")
    boolean noProgress;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        var finder = new DuplicateFinder();
        CleanedStream.Result result;
        try (var progress = noProgress ? ProgressDisplay.disabled() : ProgressDisplay.onConsole("Reading")) {
            result = CleanedStream.run(paths, new Ingestor(), CorpusCleaner.DEFAULT_WINDOW_CHARS, article -> article,
                    article -> {
                        finder.add(article);
                        progress.articleWritten(finder.size());
                    }, progress, err);
        }
        List<DuplicateGroup> groups = finder.groups();
        for (int g = 0; g < groups.size(); g++) {
            if (json) {
                out.println(JSON.writeValueAsString(groupJson(groups.get(g))));
            } else {
                printGroup(out, g + 1, groups.get(g));
            }
        }
        out.flush();
        err.println("dedup: " + finder.size() + " articles, " + summary(groups) + "; " + result.report().summary());
        err.flush();
        return result.clean() ? 0 : StorylineCommand.SOME_INPUT_FAILED;
    }

    private static String summary(List<DuplicateGroup> groups) {
        Map<CopyRelation, Integer> byRelation = new EnumMap<>(CopyRelation.class);
        groups.forEach(g -> g.copies().forEach(c -> byRelation.merge(c.relation(), 1, Integer::sum)));
        int copies = byRelation.values().stream().mapToInt(Integer::intValue).sum();
        var text = new StringBuilder("%d group%s, %d cop%s".formatted(groups.size(), groups.size() == 1 ? "" : "s",
                copies, copies == 1 ? "y" : "ies"));
        if (!byRelation.isEmpty()) {
            text.append(" (");
            byRelation.forEach((relation, count) -> text.append(text.charAt(text.length() - 1) == '(' ? "" : ", ")
                    .append(relation.label()).append(' ').append(count));
            text.append(')');
        }
        return text.toString();
    }

    private static void printGroup(PrintWriter out, int number, DuplicateGroup group) {
        out.printf("group %d: %d articles%n", number, group.copies().size() + 1);
        out.printf("  %-28s %s%n", "original", describe(group.original()));
        for (DuplicateGroup.Copy copy : group.copies()) {
            String relation = copy.relation() == CopyRelation.SYNDICATED
                    ? "syndicated (" + copy.agency() + ", " + copy.match().label() + ")" : copy.relation().label();
            String against = copy.measuredAgainst().equals(group.original().id()) ? ""
                    : "  [measured against " + copy.measuredAgainst() + "]";
            out.printf(Locale.ROOT, "  %-28s %s%s%n", relation + " " + String.format(Locale.ROOT, "%.2f", copy.score()),
                    describe(copy.article()), against);
        }
    }

    private static String describe(DuplicateGroup.Member member) {
        return ArticleHeading.of(member.id(), member.source(), member.published(), member.title());
    }

    private static ObjectNode groupJson(DuplicateGroup group) {
        ObjectNode node = JSON.createObjectNode();
        node.set("original", memberJson(group.original()));
        var copies = node.putArray("copies");
        for (DuplicateGroup.Copy copy : group.copies()) {
            ObjectNode c = memberJson(copy.article());
            c.put("relation", copy.relation().label());
            c.put("match", copy.match().label());
            c.put("score", Math.round(copy.score() * 1000) / 1000.0);
            if (copy.agency() != null) {
                c.put("agency", copy.agency());
            }
            c.put("measuredAgainst", copy.measuredAgainst());
            copies.add(c);
        }
        return node;
    }

    private static ObjectNode memberJson(DuplicateGroup.Member member) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", member.id());
        node.put("source", member.source());
        node.put("title", member.title());
        node.put("date", member.published() == null ? null : member.published().toString());
        node.put("origin", member.origin());
        return node;
    }
}
