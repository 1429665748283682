package news.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The acceptance check, as a user runs it: {@code storyline clean} on each seed. */
class CleanCommandTest {
    @TempDir
    Path dir;

    @Test
    void keepsEachParagraphOf001OnceAndDropsAlsoRead() throws Exception {
        Path seeds = Seeds.copyTo(dir);
        CommandRun run = CommandRun.of("clean", seeds.resolve(Seeds.MESSY_001).toString());

        assertThat(run.status()).isZero();
        String cleanText = section(run.out(), "-- clean text", "-- removed");
        List<String> paragraphs = cleanText.lines().skip(1).filter(line -> !line.isBlank()).toList();
        assertThat(paragraphs).hasSize(12).doesNotHaveDuplicates().doesNotContain("Also Read");
        assertThat(run.out()).contains("-- clean text (12 paragraphs)", "-- removed (11)",
                "[READ_ALSO] link to other articles: \"Also Read\"", "[REPEATED_PARAGRAPH] repeats paragraph 2");
    }

    @Test
    void dropsTheIdLineAndImageCaptionOf000FromTheBody() throws Exception {
        Path seeds = Seeds.copyTo(dir);
        CommandRun run = CommandRun.of("clean", seeds.resolve(Seeds.CLEAN_000).toString());

        assertThat(run.status()).isZero();
        String cleanText = section(run.out(), "-- clean text", "-- removed");
        assertThat(cleanText).doesNotContain("1.1345264-3993115206").doesNotContain("Image Credit")
                .contains("Mosul: Militants seized Iraq’s second-largest city on Tuesday");
        String removed = run.out().substring(run.out().indexOf("-- removed"));
        assertThat(removed).contains("[SOURCE_ID_LINE]", "1.1345264-3993115206", "[IMAGE_CAPTION]",
                "AFP PHOTO/HAIDAR HAMDANI Image Credit: AFP");
        assertThat(run.out()).startsWith("== 1.1345264-3993115206");
    }

    @Test
    void jsonOutputIsOneLinePerArticle() throws Exception {
        Path seeds = Seeds.copyTo(dir);
        CommandRun run = CommandRun.of("clean", "--json", seeds.resolve(Seeds.CLEAN_000).toString(),
                seeds.resolve(Seeds.MESSY_001).toString());
        assertThat(run.out().lines()).hasSize(2).allMatch(line -> line.startsWith("{\"id\":"));
    }

    @Test
    void aMissingFileIsReportedWithANonZeroStatus() {
        CommandRun run = CommandRun.of("clean", dir.resolve("nope.txt").toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("error: " + dir.resolve("nope.txt") + ": no such file" + System.lineSeparator());
    }

    private static String section(String text, String from, String to) {
        return text.substring(text.indexOf(from), text.indexOf(to));
    }
}
