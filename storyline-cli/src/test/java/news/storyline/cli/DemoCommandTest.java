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
        // the map draws every story of two articles or more: there are fewer than its 40 rows
        assertThat(Files.readString(dir.resolve("story-map.svg"))).startsWith("<svg")
                .contains("Story map: " + storiesOfTwoOrMore(run.out()) + " stories, ");
    }

    /** M of the demo's "stories:   N (M with more than one article)". */
    static int storiesOfTwoOrMore(String out) {
        var m = java.util.regex.Pattern.compile("stories: +\\d+ \\((\\d+) with more than one article\\)").matcher(out);
        assertThat(m.find()).as(out).isTrue();
        return Integer.parseInt(m.group(1));
    }
}
