package news.storyline.cli;

import java.io.PrintStream;
import java.util.function.IntSupplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code storyline} command: its subcommands do the work. */
@Command(name = "storyline",
        mixinStandardHelpOptions = true,
        versionProvider = StorylineVersion.class,
        description = "Turns news articles from many outlets into stories.",
        subcommands = {IngestCommand.class, CleanCommand.class, DedupCommand.class, MentionsCommand.class,
                CompareCommand.class, PairsCommand.class, EvaluatePairsCommand.class, ClusterCommand.class,
                EvalCommand.class, StoryCommand.class, ServeCommand.class,
                DemoCommand.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
                "0:all inputs read",
                "1:some inputs or records could not be read (the rest were; see the messages)",
                "2:wrong usage",
                "3:nothing could be written",
                "4:out of memory (give the JVM more heap: STORYLINE_JAVA_OPTS=-Xmx2g)"})
public final class StorylineCommand {
    static final int SOME_INPUT_FAILED = 1;
    static final int CANNOT_WRITE = 3;
    static final int OUT_OF_MEMORY = 4;

    public static void main(String[] args) {
        System.exit(reportingMemory(() -> commandLine().execute(args), System.err));
    }

    /**
     * Runs the command. Running out of heap (a heap set too small for the embedding model, say) is one line on
     * standard error and its own status, not a stack trace: the line says how large the heap was and how to raise it.
     */
    static int reportingMemory(IntSupplier command, PrintStream err) {
        try {
            return command.getAsInt();
        } catch (OutOfMemoryError e) {
            err.println("storyline: out of memory in a heap of " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MB; give it more, for example STORYLINE_JAVA_OPTS=-Xmx2g");
            return OUT_OF_MEMORY;
        }
    }

    /** The command line, ready to execute; tests and embedders set its output streams. */
    public static CommandLine commandLine() {
        return new CommandLine(new StorylineCommand());
    }
}
