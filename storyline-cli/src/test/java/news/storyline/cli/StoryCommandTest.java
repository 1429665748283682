package news.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path dir;

    @Test
    void theSeedsReportShowsTheDistanceDisagreementTheSpellingsAndWhatOneSourceAloneGives() throws Exception {
        Path in = Seeds.copyTo(dir.resolve("in"));
        CommandRun run = CommandRun.of("story", in.toString(), "--no-progress");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("350 km north").contains("360 km northwest")
                .contains("Ninevah").contains("Nineveh").contains("Isil").contains("ISIL")
                .contains("second-largest city of Iraq").contains("634 people").contains("more than 4,800 families")
                .contains("10 Jun 2014").contains("9 Jun 2014");
        assertThat(run.err()).contains("story: 2 articles").contains("2 agreed, 1 contradicted");
    }

    @Test
    void jsonCarriesEachFactWithItsArticleSentenceAndOffsets() throws Exception {
        Path in = Seeds.copyTo(dir.resolve("in"));
        Path out = dir.resolve("report.json");
        CommandRun run = CommandRun.of("story", in.toString(), "--format", "json", "-o", out.toString(),
                "--no-progress");
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode report = JSON.readTree(Files.readString(out));
        List<JsonNode> distances = new ArrayList<>();
        for (JsonNode article : report.get("facts")) {
            for (JsonNode fact : article.get("facts")) {
                assertThat(fact.get("articleId").asText()).isEqualTo(article.get("articleId").asText());
                assertThat(fact.get("sentence").asText()).contains(fact.get("text").asText());
                assertThat(fact.get("end").asInt()).isGreaterThan(fact.get("start").asInt());
                if (fact.get("type").asText().equals("DISTANCE")) {
                    distances.add(fact);
                }
            }
        }
        assertThat(distances).extracting(f -> f.get("value").asDouble()).contains(350.0, 360.0);
    }

    @Test
    void htmlIsOneSelfContainedFile() throws Exception {
        Path in = Seeds.copyTo(dir.resolve("in"));
        Path out = dir.resolve("report.html");
        CommandRun run = CommandRun.of("story", in.toString(), "--format", "html", "-o", out.toString(),
                "--no-progress");
        assertThat(run.status()).as(run.err()).isZero();
        String html = Files.readString(out);
        assertThat(html).contains("<svg").contains("Content-Security-Policy").doesNotContain("<script")
                .doesNotContainPattern("(?:src|href)=\"https?:").contains("360 km northwest");
    }

    @Test
    void theOutputFilesExtensionNamesTheFormatUnlessFormatIsGiven() throws Exception {
        Path in = Seeds.copyTo(dir.resolve("in"));
        Path html = dir.resolve("named.html");
        assertThat(CommandRun.of("story", in.toString(), "-o", html.toString(), "--no-progress").status()).isZero();
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("<svg");
        Path json = dir.resolve("named.json");
        assertThat(CommandRun.of("story", in.toString(), "-o", json.toString(), "--no-progress").status()).isZero();
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile()).has("facts")).isTrue();
        Path asked = dir.resolve("asked.html");
        assertThat(CommandRun.of("story", in.toString(), "--format", "markdown", "-o", asked.toString(),
                "--no-progress").status()).isZero();
        assertThat(Files.readString(asked)).doesNotContain("<!DOCTYPE").startsWith("#");
        Path other = dir.resolve("report.out");
        assertThat(CommandRun.of("story", in.toString(), "-o", other.toString(), "--no-progress").status()).isZero();
        assertThat(Files.readString(other)).doesNotContain("<!DOCTYPE").doesNotStartWith("{").doesNotStartWith("#");
    }

    @Test
    void oneStoryOfAClusteringRun() throws Exception {
        Path in = Seeds.copyTo(dir.resolve("in"));
        Files.writeString(in.resolve("other.jsonl"), JSON.createObjectNode().put("id", "apple")
                .put("source", "Tech Daily").put("title", "Apple to lower UK iTunes prices").put("date", "2008-01-09")
                .put("text", "The European Commission has forced Apple Inc. to lower its prices for media in its "
                        + "United Kingdom iTunes store, Apple announced this morning.").toString() + "\n");
        Path stories = dir.resolve("stories.jsonl");
        assertThat(CommandRun.of("cluster", in.toString(), "-o", stories.toString(), "--fast", "--no-progress")
                .status()).isZero();
        String seedStory = null;
        for (String line : Files.readAllLines(stories)) {
            JsonNode story = JSON.readTree(line);
            if (story.get("articles").size() == 2) {
                seedStory = story.get("id").asText();
            }
        }
        assertThat(seedStory).isNotNull();
        CommandRun run = CommandRun.of("story", in.toString(), "--stories", stories.toString(), "--id", seedStory,
                "--no-progress");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("360 km northwest").doesNotContain("iTunes");

        CommandRun missing = CommandRun.of("story", in.toString(), "--stories", stories.toString(), "--id", "nope",
                "--no-progress");
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.err()).contains("no story with id nope");
    }

    @Test
    void badUsageAndTextThatIsNotNewsGetClearAnswers() throws Exception {
        CommandRun format = CommandRun.of("story", dir.toString(), "--format", "pdf");
        assertThat(format.status()).isEqualTo(2);
        assertThat(format.err()).contains("unknown report format 'pdf'");
        CommandRun half = CommandRun.of("story", dir.toString(), "--id", "s1");
        assertThat(half.status()).isEqualTo(2);
        assertThat(half.err()).contains("--stories and --id go together");

        Path recipe = dir.resolve("recipe.txt");
        Files.writeString(recipe, "Pancakes\n\nMix 200 g flour, 2 eggs and 300 ml milk. Whisk until smooth. Heat a "
                + "pan, pour in a ladle of batter and cook for 1 minute each side. Serves 4.\n");
        Path table = dir.resolve("table.txt");
        Files.writeString(table, "1 2 3 4\n5 6 7 8\n9 10 11 12\n13 14 15 16\n");
        CommandRun notNews = CommandRun.of("story", recipe.toString(), table.toString(), "--no-progress");
        assertThat(notNews.status()).as(notNews.err()).isZero();
        assertThat(notNews.out()).contains("WHERE THE SOURCES DISAGREE (0)").contains("WHAT THEY AGREE ON (0)");
        assertThat(notNews.err()).doesNotContain("Exception");

        Path empty = dir.resolve("empty.txt");
        Files.writeString(empty, "");
        CommandRun nothing = CommandRun.of("story", empty.toString(), "--no-progress");
        assertThat(nothing.status()).isEqualTo(1);
        assertThat(nothing.err()).contains("empty").contains("no article to report on");
    }
}
