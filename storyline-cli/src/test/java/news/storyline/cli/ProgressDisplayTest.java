package news.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProgressDisplayTest {
    @Test
    void theBarFollowsCleaningNotOnlyReading() {
        var progress = ProgressDisplay.disabled();
        progress.started(1, 1_000_000);
        progress.bytesRead(500_000);
        progress.articleRead(100);
        assertThat(progress.position()).as("read half, written nothing").isZero();
        progress.articleWritten(50);
        assertThat(progress.position()).isEqualTo(250_000);
        progress.bytesRead(1_000_000);
        progress.articleRead(200);
        assertThat(progress.position()).as("all read, a quarter written").isEqualTo(250_000);
        progress.articleWritten(200);
        assertThat(progress.position()).isEqualTo(1_000_000);
        assertThat(progress.status()).matches("200 read, 200 written, [0-9,]+/s");
    }

    @Test
    void aPhaseOverItemsInMemoryCountsThem() {
        var progress = ProgressDisplay.counting("Naming", 400, "stories");
        assertThat(progress.position()).isZero();
        progress.articleWritten(100);
        assertThat(progress.position()).isEqualTo(100);
        progress.articleWritten(400);
        assertThat(progress.position()).isEqualTo(400);
        assertThat(progress.status()).matches("[0-9,]+ stories/s");
    }
}
