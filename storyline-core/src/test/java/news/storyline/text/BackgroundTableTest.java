package news.storyline.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BackgroundTableTest {

    @Test
    void theCommittedTableIsWhatTheGeneratorWritesFromTheOpenCorpora() throws Exception {
        Path root = Path.of("..").toAbsolutePath().normalize();
        assumeTrue(Files.isRegularFile(root.resolve(BackgroundTableGenerator.ECB_PLUS)), "ECB+ not present");
        String committed = Files.readString(root.resolve(BackgroundTableGenerator.TABLE), StandardCharsets.UTF_8);
        assertThat(BackgroundTableGenerator.table(root)).isEqualTo(committed);
    }

    @Test
    void theCommittedLetterTableIsWhatTheGeneratorWritesFromTheOpenCorpora() throws Exception {
        Path root = Path.of("..").toAbsolutePath().normalize();
        assumeTrue(Files.isRegularFile(root.resolve(BackgroundTableGenerator.ECB_PLUS)), "ECB+ not present");
        String committed = Files.readString(root.resolve(BackgroundTableGenerator.LETTER_TABLE),
                StandardCharsets.UTF_8);
        assertThat(BackgroundTableGenerator.letterTable(root)).isEqualTo(committed);
    }
}
