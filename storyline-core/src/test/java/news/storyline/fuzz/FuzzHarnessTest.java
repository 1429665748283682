package news.storyline.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness itself: inputs made again from their seed and index, hangs caught, failures told apart. */
class FuzzHarnessTest {
    private static final Templates TEMPLATES = Templates.load();

    @TempDir
    Path dir;

    @Test
    void everyFamilyMakesTheSameInputAgainFromSeedAndIndex() {
        for (Family family : Family.values()) {
            var distinct = new java.util.HashSet<String>();
            for (long index = 0; index < 10; index++) {
                FuzzInput once = family.make(TEMPLATES, new SplittableRandom(index), 7, index);
                FuzzInput again = family.make(TEMPLATES, new SplittableRandom(index), 7, index);
                assertThat(java.util.Arrays.equals(again.bytes(), once.bytes())).as(family + " " + index).isTrue();
                assertThat(again.fileName()).isEqualTo(once.fileName());
                distinct.add(java.util.HexFormat.of().formatHex(once.bytes()));
            }
            assertThat(distinct).as(family.name()).hasSizeGreaterThan(1);
        }
    }

    @Test
    void templatesStartFromTheSampleAndTheSeedReports() {
        var random = new SplittableRandom(1);
        String texts = String.join("\n", java.util.stream.IntStream.range(0, 200)
                .mapToObj(i -> TEMPLATES.render(Shape.TEXT, random)).toList());
        assertThat(texts).contains("Mosul").contains("iTunes");
    }

    @Test
    void aWellFormedInputPassesEveryCheck() throws Exception {
        Path file = dir.resolve("wire.rss");
        Files.writeString(file, Templates.rss2(TEMPLATES.stories(new SplittableRandom(2), 3)), StandardCharsets.UTF_8);
        PipelineCheck.Outcome outcome = new PipelineCheck().run(file, false);
        assertThat(outcome.failure()).isNull();
        assertThat(outcome.articles()).isEqualTo(3);
        assertThat(outcome.problems()).isZero();
    }

    @Test
    void anInputThatYieldsNothingIsALostInputUnlessItMayBeEmpty() throws Exception {
        Path missing = dir.resolve("gone");
        Files.createDirectories(missing);
        // A folder with nothing in it reads as no files at all: nothing read, nothing reported.
        assertThat(new PipelineCheck().run(missing, false).failure().kind()).isEqualTo("LOST_INPUT");
        assertThat(new PipelineCheck().run(missing, true).failure()).isNull();
    }

    @Test
    void theWatchdogGivesUpOnAHangAndGoesOnWithAFreshWorker() throws Exception {
        try (var watchdog = new Watchdog(Duration.ofMillis(200))) {
            assertThat(watchdog.<String>run(() -> {
                Thread.sleep(10_000);
                return "late";
            })).isNull();
            assertThat(watchdog.run(() -> "next")).isEqualTo("next");
        }
    }

    @Test
    void failuresThrownFromTheSamePlaceShareASignatureAndOthersDoNot() {
        Failure deep = Failure.thrown("THROWN_FROM_INGEST", recurse(50));
        Failure deeper = Failure.thrown("THROWN_FROM_INGEST", recurse(80));
        Failure elsewhere = Failure.thrown("THROWN_FROM_INGEST", new IllegalStateException("x"));
        assertThat(deep.signature()).isEqualTo(deeper.signature()).contains("StackOverflowError");
        Failure real = Failure.thrown("THROWN_FROM_INGEST", overflow());
        assertThat(real.signature()).endsWith("recursing in " + Inner.class.getName() + ".down");
        assertThat(elsewhere.signature()).isNotEqualTo(deep.signature());
    }

    /** A real overflow, its stack full of one method's frames. */
    private static StackOverflowError overflow() {
        try {
            Inner.down(0);
        } catch (StackOverflowError e) {
            return e;
        }
        throw new AssertionError("no overflow");
    }

    private static Throwable recurse(int depth) {
        if (depth == 0) {
            return new StackOverflowError();
        }
        return recurse(depth - 1);
    }

    static final class Inner {
        static int down(int depth) {
            return down(depth + 1) + 1;
        }
    }
}
