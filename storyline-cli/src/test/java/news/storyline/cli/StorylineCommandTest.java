package news.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StorylineCommandTest {

    @Test
    void runningOutOfMemoryIsOneLineAndItsOwnStatus() {
        var err = new ByteArrayOutputStream();
        int status = StorylineCommand.reportingMemory(() -> {
            throw new OutOfMemoryError("Java heap space");
        }, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(StorylineCommand.OUT_OF_MEMORY);
        String message = err.toString(StandardCharsets.UTF_8);
        assertThat(message.lines()).hasSize(1);
        assertThat(message).startsWith("storyline: out of memory in a heap of ").contains("STORYLINE_JAVA_OPTS=-Xmx");
    }

    @Test
    void aCommandsOwnStatusPassesThrough() {
        assertThat(StorylineCommand.reportingMemory(() -> 3, System.err)).isEqualTo(3);
    }
}
