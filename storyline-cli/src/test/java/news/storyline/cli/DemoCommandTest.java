package news.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
    @TempDir
    Path dir;

    @Test
    void runsTheMainJobOnTheBundledCorpus() throws Exception {
        CommandRun run = CommandRun.of("demo", "-o", dir.toString());

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("120 articles read and cleaned, 0 problems",
                "topics:    {airbus_boeing=30, apple=30, gm_chrysler_ford=30, stock_market=30}",
                "languages: {en=120}", "(120 of 120 dated)");
        assertThat(Files.readAllLines(dir.resolve("articles.jsonl"))).hasSize(120);
        assertThat(run.out()).contains(dir.resolve("story-map.svg") + " (the stories on a time axis)");
        assertThat(Files.readString(dir.resolve("story-map.svg"))).startsWith("<svg")
                .contains("Story map: 8 stories, 15 Oct 2007 to 4 Jun 2009");
    }
}
