package news.storyline.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.storyline.story.StoryClusterer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scale benchmark measures a feed only if the feed has stories, time and copies as a real one does. */
class StoryStreamTest {
    @TempDir
    Path dir;

    @Test
    void theSameSeedGivesTheSameFeed() {
        var a = new StoryStream(7, 100_000);
        var b = new StoryStream(7, 100_000);
        for (int i = 0; i < 500; i++) {
            assertThat(a.next()).isEqualTo(b.next());
        }
        assertThat(new StoryStream(8, 100_000).next()).isNotEqualTo(new StoryStream(7, 100_000).next());
    }

    @Test
    void storiesHaveSeveralReportsSpreadOverHoursWithTimeMovingOn() {
        var stream = new StoryStream(1, 100_000);
        var reports = new ArrayList<StoryStream.Report>();
        for (int i = 0; i < 20_000; i++) {
            reports.add(stream.next());
        }
        assertThat(reports).isSortedAccordingTo((x, y) -> x.published().compareTo(y.published()));
        assertThat(reports.getLast().published().getEpochSecond() - reports.getFirst().published().getEpochSecond())
                .isBetween(16_000L, 18_000L);
        Map<Integer, List<StoryStream.Report>> byStory = new HashMap<>();
        reports.forEach(r -> byStory.computeIfAbsent(r.story(), s -> new ArrayList<>()).add(r));
        long inLongerStories = byStory.values().stream().filter(s -> s.size() >= 3).mapToInt(List::size).sum();
        assertThat(inLongerStories).isGreaterThan(reports.size() / 4);
        assertThat(reports.stream().filter(StoryStream.Report::wireCopy).count()).isBetween(500L, 1_500L);
        // A story's reports differ from each other (their own choice and order of sentences) but share its names.
        List<StoryStream.Report> story = byStory.values().stream().filter(s -> s.size() >= 3).findFirst().orElseThrow();
        StoryStream.Report first = story.get(0);
        StoryStream.Report other = story.stream().filter(r -> !r.wireCopy() && r != first).findFirst().orElseThrow();
        assertThat(other.paragraphs()).isNotEqualTo(first.paragraphs());
        assertThat(other.title()).isEqualTo(first.title());
    }

    @Test
    void aStoryGivesAnEventsSentenceItsOwnNamesAndNumbersTheSameWayEachTime() {
        String sentence = "The European Commission has forced Apple Inc. to pay 12 million euros.";
        String own = StoryStream.ownNames(42, sentence);
        assertThat(own).startsWith("The ").contains(" has forced ", " to pay ", " million euros.")
                .doesNotContain("European", "Commission", "Apple", "12 ");
        assertThat(StoryStream.ownNames(42, sentence)).isEqualTo(own);
        assertThat(StoryStream.ownNames(43, sentence)).isNotEqualTo(own);
    }

    @Test
    void endToEndReadsCleansAndClustersTheWholeFeed() throws Exception {
        var stream = new StoryStream(3, 100_000);
        Path file = dir.resolve("feed.jsonl");
        int[] truth = stream.writeJsonl(file, 2_000);
        assertThat(Files.readAllLines(file)).hasSize(2_000);
        assertThat(truth).hasSize(2_000).contains(0);
        StoryScaleBenchmark.Run run = StoryScaleBenchmark.endToEnd(file, 2_000, stream.stories(), truth,
                StoryClusterer.DEFAULT_WINDOW, false);
        assertThat(run.blockSeconds()).hasSize(10);
        // Stories are found, not one per article nor one for all: within a factor of two of the true count, and
        // mostly the true ones.
        assertThat(run.stories()).isBetween(stream.stories() / 2, stream.stories() * 2);
        assertThat(run.quality().n()).isEqualTo(2_000);
        assertThat(run.quality().b3F1()).isGreaterThan(0.8);
        StoryScaleBenchmark.Run alone = StoryScaleBenchmark.clusterOnly(new StoryStream(3, 100_000), 2_000,
                StoryClusterer.DEFAULT_WINDOW);
        assertThat(alone.stories()).isBetween(stream.stories() / 2, stream.stories() * 2);
        // The same feed, the same engine: nearly the same stories whether read from the file or made in memory (the
        // file's articles still carry their outlet's footer until cleaning has seen enough of that outlet).
        assertThat(alone.quality().b3F1()).isCloseTo(run.quality().b3F1(), within(0.01));
    }
}
