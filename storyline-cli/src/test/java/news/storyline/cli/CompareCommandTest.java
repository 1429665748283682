package news.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {
    @TempDir
    Path dir;

    @Test
    void theSeedsAreTheSameStoryWithTheirSharedPlacesAsEvidence() throws Exception {
        Path seeds = Seeds.copyTo(dir.resolve("in"));
        CommandRun run = CommandRun.of("compare", seeds.resolve(Seeds.CLEAN_000).toString(),
                seeds.resolve(Seeds.MESSY_001).toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("overall\\s+1\\.\\d")
                .containsPattern("shared places: .*Mosul").containsPattern("shared places: .*Baghdad")
                .contains("passages that tell alike:");
    }

    @Test
    void twoReportsInAnotherScriptAreScoredLexicallyAndTheOutputSaysWhy() throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "Боевики захватили Мосул\n\nБоевики во вторник захватили "
                + "Мосул, второй по величине город Ирака. Сотни тысяч жителей бежали из города.");
        Path b = Files.writeString(dir.resolve("b.txt"), "Мосул перешел под контроль боевиков\n\nИракская армия "
                + "оставила Мосул, заявили в среду власти. Сотни тысяч жителей Мосула бежали в Курдистан.");
        CommandRun run = CommandRun.of("compare", a.toString(), b.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("not embedded: the embedding model reads the Latin alphabet only")
                .doesNotContain("meaning (sentence embeddings)");
    }

    @Test
    void theEvidenceGroupsSpellingsAndPlacesThemInTheGazetteerUnlessFast() throws Exception {
        Path seeds = Seeds.copyTo(dir.resolve("in"));
        String a = seeds.resolve(Seeds.CLEAN_000).toString();
        String b = seeds.resolve(Seeds.MESSY_001).toString();
        JsonNode node = new ObjectMapper().readTree(CommandRun.of("compare", "--json", a, b).out());

        assertThat(node.get("overall").asDouble()).isLessThanOrEqualTo(2.0);
        assertThat(node.get("geography").asDouble()).isLessThanOrEqualTo(1.5);
        var places = new java.util.ArrayList<String>();
        node.at("/evidence/geography/shared").forEach(p -> places.add(p.asText()));
        assertThat(places).anySatisfy(p -> assertThat(p).contains("Nineveh").contains("Ninevah").contains("Iraq"))
                .anySatisfy(p -> assertThat(p).startsWith("Mosul (Nineveh, Iraq)"))
                .anySatisfy(p -> assertThat(p).startsWith("Baghdad"));
        var names = new java.util.ArrayList<String>();
        node.at("/evidence/entities/shared").forEach(n -> names.add(n.asText()));
        assertThat(names).anySatisfy(n -> assertThat(n).contains("Isil").contains("ISIL").contains("Levant"));

        // The default configuration embedded both (the lexical scores left the pair in doubt) and weighed the cosine.
        assertThat(node.at("/evidence/overall/features/embeddingCosine").asDouble()).isGreaterThan(0.8);

        JsonNode fast = new ObjectMapper().readTree(CommandRun.of("compare", "--json", "--fast", a, b).out());
        assertThat(fast.get("overall").asDouble()).isLessThanOrEqualTo(2.0);
        assertThat(fast.at("/evidence/overall/features").has("embeddingCosine")).isFalse();
        // style and tone: each text's measures, shown beside the scores
        assertThat(fast.at("/evidence/style/text1/sentences").asInt()).isGreaterThan(10);
        assertThat(fast.at("/evidence/style/text1/quotedSentences").asInt())
                .isGreaterThan(fast.at("/evidence/style/text2/quotedSentences").asInt());
        assertThat(fast.at("/evidence/tone/text2/questionsOrExclamations").isInt()).isTrue();
        assertThat(fast.at("/evidence/tone/basis").asText()).contains("not scored");
        assertThat(fast.at("/evidence/geography/shared").toString()).doesNotContain("Ninevah");
    }

    @Test
    void jsonCarriesTheSevenScoresAndEvidenceAndFastIsAccepted() throws Exception {
        Path seeds = Seeds.copyTo(dir.resolve("in"));
        CommandRun run = CommandRun.of("compare", "--json", "--fast", seeds.resolve(Seeds.CLEAN_000).toString(),
                seeds.resolve(Seeds.MESSY_001).toString());
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode node = new ObjectMapper().readTree(run.out());
        for (String key : new String[] {"overall", "geography", "entities", "time", "narrative", "style", "tone"}) {
            assertThat(node.get(key).asDouble()).as(key).isBetween(1.0, 4.0);
            assertThat(node.get("evidence").has(key)).as(key).isTrue();
        }
        assertThat(node.at("/a/language").asText()).isEqualTo("en");
    }

    @Test
    void anEmptyOrBinaryFileIsReportedInOneLineNotACrash() throws Exception {
        Path seeds = Seeds.copyTo(dir.resolve("in"));
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path binary = Files.write(dir.resolve("scan.pdf"), new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '4', 0, 1,
            2, 3, (byte) 0xff, 0, 0, 0});
        for (Path bad : new Path[] {empty, binary}) {
            CommandRun run = CommandRun.of("compare", seeds.resolve(Seeds.CLEAN_000).toString(), bad.toString());
            assertThat(run.status()).isEqualTo(1);
            assertThat(run.err().lines()).anySatisfy(line -> assertThat(line).startsWith("error: ")
                    .contains(bad.getFileName().toString()));
            assertThat(run.out()).isEmpty();
        }
    }
}
