package news.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code storyline mentions} as a user runs it on the two seed reports. */
class MentionsCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsEachArticlesEntitiesGroupedAndThoseBothName() throws Exception {
        Path seeds = Seeds.copyTo(dir);
        CommandRun run = CommandRun.of("mentions", seeds.resolve(Seeds.CLEAN_000).toString(),
                seeds.resolve(Seeds.MESSY_001).toString());

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("== 1.1345264-3993115206", "== 001_f2e9581c621b58c2", "-- places",
                "-- organisations", "-- persons", "-- dates", "\"on Tuesday\"");
        String shared = run.out().substring(run.out().indexOf("== named by more than one article"));
        assertThat(shared).containsPattern("Mosul +10 +\\[Mosul 10\\] +-> Mosul \\(city in Nineveh, Iraq; 36\\.335, "
                + "43\\.119; geonames 99072\\)");
        assertThat(shared).containsPattern("\\[Ninevah 3, Nineveh 3\\] +-> Nineveh \\(region in Iraq");
        assertThat(shared).containsPattern("\\[Isil 7, ISIL 2, .*Islamic State of Iraq and the Levant 1");
        assertThat(run.err()).startsWith("mentions: 2 articles;");
    }

    @Test
    void resolvesDatesAgainstTheRecordsDate() throws Exception {
        Path file = dir.resolve("wire.jsonl");
        Files.writeString(file, "{\"id\": \"w1\", \"date\": \"2014-06-10\", \"title\": \"Militants seize Mosul\", "
                + "\"text\": \"Militants seized Mosul on Tuesday after fighting that began late yesterday.\"}\n");
        CommandRun run = CommandRun.of("mentions", file.toString());
        assertThat(run.status()).isZero();
        assertThat(run.out()).containsPattern("\"on Tuesday\" +2014-06-10")
                .containsPattern("\"late yesterday\" +2014-06-09");
    }

    @Test
    void aMissingFileIsReportedAndTheRestRead() throws Exception {
        Path seeds = Seeds.copyTo(dir);
        CommandRun run = CommandRun.of("mentions", dir.resolve("nope.txt").toString(),
                seeds.resolve(Seeds.CLEAN_000).toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("error: " + dir.resolve("nope.txt") + ": no such file");
        assertThat(run.out()).contains("== 1.1345264-3993115206");
    }
}
