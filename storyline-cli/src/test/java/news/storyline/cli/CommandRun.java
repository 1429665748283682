package news.storyline.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the storyline command, with what it printed. */
record CommandRun(int status, String out, String err) {
    static CommandRun of(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int status = StorylineCommand.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(args);
        return new CommandRun(status, out.toString(), err.toString());
    }
}
