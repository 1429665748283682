package news.storyline.cli;

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
                "3:nothing could be written"})
public final class StorylineCommand {
    static final int SOME_INPUT_FAILED = 1;
    static final int CANNOT_WRITE = 3;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line, ready to execute; tests and embedders set its output streams. */
    public static CommandLine commandLine() {
        return new CommandLine(new StorylineCommand());
    }
}
