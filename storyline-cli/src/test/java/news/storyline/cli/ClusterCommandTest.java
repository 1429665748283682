package news.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path dir;

    @Test
    void theSeedsAndAPlantedCopyMakeOneStoryOfTwoReportsAndAnUnrelatedArticleItsOwn() throws Exception {
        Path in = Seeds.copyTo(dir.resolve("in"));
        String seed = Files.readString(in.resolve(Seeds.CLEAN_000));
        var records = new ArrayList<String>();
        // A wire copy run by another outlet, an unrelated article, and a record with no text: all JSON Lines.
        records.add(JSON.createObjectNode().put("id", "copy").put("source", "Another Outlet")
                .put("title", "Militants seize Mosul").put("text", "From our wire service.\n\n" + body(seed))
                .toString());
        records.add(JSON.createObjectNode().put("id", "apple").put("source", "Tech Daily")
                .put("title", "Apple to lower UK iTunes prices").put("date", "2008-01-09")
                .put("text", "The European Commission has forced Apple Inc. to lower its prices for media in its "
                        + "United Kingdom iTunes store. The change in policy will occur within six months, Apple "
                        + "announced this morning from its headquarters in Cupertino, California.").toString());
        records.add(JSON.createObjectNode().put("id", "blank").put("title", "").put("text", "").toString());
        // A date that cannot be read, and none in the text: its place in the stream is unknown.
        records.add(JSON.createObjectNode().put("id", "when").put("date", "the day after the vote")
                .put("text", "Counting went on through the night in the northern districts.").toString());
        Files.write(in.resolve("more.jsonl"), records);
        Path stories = dir.resolve("out/stories.jsonl");
        Path assignments = dir.resolve("out/assignments.jsonl");

        CommandRun run = CommandRun.of("cluster", in.toString(), "-o", stories.toString(), "--assignments",
                assignments.toString(), "--no-progress");

        Map<String, String> storyOf = new TreeMap<>();
        Map<String, String> copyOf = new TreeMap<>();
        for (String line : Files.readAllLines(assignments)) {
            JsonNode a = JSON.readTree(line);
            storyOf.put(a.get("id").asText(), a.get("story").asText());
            if (a.has("copyOf")) {
                copyOf.put(a.get("id").asText(), a.get("copyOf").asText());
            }
        }
        List<String> seedIds = storyOf.keySet().stream().filter(id -> !id.equals("copy") && !id.equals("apple"))
                .toList();
        assertThat(seedIds).hasSize(2);
        assertThat(storyOf.get(seedIds.get(1))).isEqualTo(storyOf.get(seedIds.get(0)));
        assertThat(storyOf.get("copy")).isEqualTo(storyOf.get(seedIds.get(0)));
        assertThat(copyOf).containsOnlyKeys("copy");
        assertThat(storyOf.get("apple")).isNotEqualTo(storyOf.get("copy"));
        assertThat(storyOf).doesNotContainKey("blank").doesNotContainKey("when");

        List<JsonNode> written = Files.readAllLines(stories).stream().map(ClusterCommandTest::tree).toList();
        assertThat(written).hasSize(2);
        JsonNode mosul = written.stream().filter(s -> s.get("articleCount").asInt() == 3).findFirst().orElseThrow();
        assertThat(mosul.get("reports").asInt()).isEqualTo(2);
        assertThat(mosul.get("outlets").toString()).contains("Another Outlet");
        // Names and terms as the reports write them, spellings grouped: not the index's lower-case words and stems.
        assertThat(strings(mosul.get("places"))).contains("Mosul", "Baghdad").doesNotContain("mosul");
        assertThat(strings(mosul.get("entities"))).contains("Islamic State of Iraq and the Levant")
                .doesNotContain("Isil", "ISIL", "isil", "qaida");
        assertThat(strings(mosul.get("topTerms"))).contains("Mosul", "militants").doesNotContain("milit", "mosul");
        // The reader already refuses a record with no text, by its line; the rest of the run goes on.
        assertThat(run.err()).contains("cluster: 4 articles in 2 stories", "1 copy",
                "more.jsonl:3: record has no text", "1 record skipped", ", 1 skipped",
                "skipped: when (" + in.resolve("more.jsonl") + ":4): date not understood: \"the day after the vote\"");
        assertThat(run.status()).isEqualTo(StorylineCommand.SOME_INPUT_FAILED);
    }

    private static List<String> strings(JsonNode array) {
        var strings = new java.util.ArrayList<String>();
        array.forEach(node -> strings.add(node.asText()));
        return strings;
    }

    @Test
    void aStorysTopTermsLeaveOutPronounsItsReportsRepeat() throws Exception {
        String body = "Maria Lopez won the regional swimming title on Sunday. She said her coach had pushed her "
                + "hard, and her family watched her race. She broke her own record in the final, and she thanked "
                + "her club. Her next race is the national championship, where she will defend her swimming title.";
        Path in = dir.resolve("swim.jsonl");
        Files.writeString(in, JSON.createObjectNode().put("id", "a").put("source", "One").put("title",
                "Lopez wins swimming title").put("date", "2024-05-05T10:00:00Z").put("text", body) + "\n"
                + JSON.createObjectNode().put("id", "b").put("source", "Two").put("title",
                "Swimmer Lopez takes regional title").put("date", "2024-05-05T12:00:00Z")
                .put("text", body.replace("Sunday", "Sunday afternoon")) + "\n");
        Path stories = dir.resolve("swim-stories.jsonl");

        CommandRun.of("cluster", in.toString(), "-o", stories.toString(), "--no-progress", "--fast");

        List<String> terms = strings(tree(Files.readAllLines(stories).get(0)).get("topTerms"));
        assertThat(terms).contains("swimming", "Lopez").doesNotContain("her", "she", "She", "Her");
    }

    @Test
    void aReportMonthsLaterTakesUpTheQuietStoryItContinuesAndTheStorySaysWhen() throws Exception {
        Path feed = quietStoryFeed();
        Path stories = dir.resolve("stories.jsonl");

        CommandRun run = CommandRun.of("cluster", feed.toString(), "-o", stories.toString(), "--fast", "--no-progress");

        JsonNode mosul = Files.readAllLines(stories).stream().map(ClusterCommandTest::tree)
                .filter(s -> s.get("articleCount").asInt() > 1).findFirst().orElseThrow();
        assertThat(mosul.get("reports").asInt()).isEqualTo(3);
        assertThat(mosul.get("lastSeen").asText()).startsWith("2014-09-10");
        assertThat(mosul.get("resumed")).hasSize(1);
        assertThat(mosul.get("resumed").get(0).get("byArticle").asText()).isEqualTo("later");
        assertThat(mosul.get("resumed").get(0).get("at").asText()).startsWith("2014-09-10");
        assertThat(mosul.get("resumed").get(0).get("why").asText()).startsWith("is as alike to it as two stories");
        assertThat(run.err()).contains("cluster: 4 articles in 2 stories", "1 taken up again");
        assertThat(run.status()).isZero();
    }

    /** The seeds on one day, an unrelated article, and three months on a retrospective told from both seeds. */
    private Path quietStoryFeed() throws Exception {
        Path in = Seeds.copyTo(dir.resolve("seeds"));
        String first = body(Files.readString(in.resolve(Seeds.CLEAN_000)));
        String second = body(Files.readString(in.resolve(Seeds.MESSY_001)));
        var records = new ArrayList<String>();
        records.add(record("a", "Outlet A", "Militants seize Mosul", "2014-06-10", first));
        records.add(record("b", "Outlet B", "Mosul falls to Isil", "2014-06-10", second));
        records.add(record("apple", "Tech Daily", "Apple to lower UK iTunes prices", "2014-06-30",
                "The European Commission has forced Apple Inc. to lower its prices for media in its United Kingdom "
                        + "iTunes store, Apple announced this morning from its headquarters in Cupertino."));
        // Three months on, past any window: a retrospective told from both reports' openings.
        records.add(record("later", "Outlet C", "How Mosul fell", "2014-09-10",
                opening(first, 3) + "\n\n" + opening(second, 3)));
        Path feed = dir.resolve("feed.jsonl");
        Files.write(feed, records);
        return feed;
    }

    @Test
    void theStoryMapDrawsTheStoryOfThreeOutletsWithItsQuietTimeAndLeavesTheSingleArticleOut() throws Exception {
        Path feed = quietStoryFeed();
        Path map = dir.resolve("map.svg");

        CommandRun run = CommandRun.of("cluster", feed.toString(), "--map", map.toString(), "--fast",
                "--no-progress");

        String svg = Files.readString(map);
        assertThat(svg).startsWith("<svg").contains("Story map: 1 story, 10 Jun 2014 to 10 Sep 2014",
                ">Outlet A<", ">Outlet B<", ">Outlet C<", "3 reports", "by article later",
                "stroke-dasharray=\"3 3\"").doesNotContain("Tech Daily", "Apple to lower");
        assertThat(run.err()).contains("cluster: story map of 1 story drawn to " + map);
        assertThat(run.status()).isZero();

        CommandRun refused = CommandRun.of("cluster", feed.toString(), "--map", map.toString(), "--map-stories",
                "0", "--fast", "--no-progress");
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err()).contains("--map-stories must be at least 1 (got 0)");
    }

    @Test
    void anArticleDatedInTheFutureIsTakenAsUndatedAndSaidSo() throws Exception {
        Path in = Seeds.copyTo(dir.resolve("seeds"));
        String first = body(Files.readString(in.resolve(Seeds.CLEAN_000)));
        String second = body(Files.readString(in.resolve(Seeds.MESSY_001)));
        Path feed = dir.resolve("feed.jsonl");
        Files.write(feed, List.of(record("a", "Outlet A", "Militants seize Mosul", "2014-06-10", first),
                record("typo", "Outlet T", "Mosul falls", "2914-06-10", opening(first, 2)),
                record("b", "Outlet B", "Mosul falls to Isil", "2014-06-10", second)));
        Path assignments = dir.resolve("assignments.jsonl");

        CommandRun run = CommandRun.of("cluster", feed.toString(), "--assignments", assignments.toString(), "--fast",
                "--no-progress");

        assertThat(run.err()).contains("dated in the future: typo (" + feed + ":2): 2914-06-10T00:00:00Z, taken as "
                + "undated");
        assertThat(Files.readAllLines(assignments).stream().map(ClusterCommandTest::tree)
                .map(a -> a.get("story").asText()).distinct()).hasSize(1);
        assertThat(run.status()).isZero();
    }

    private static String record(String id, String outlet, String title, String date, String text) {
        return JSON.createObjectNode().put("id", id).put("source", outlet).put("title", title).put("date", date)
                .put("text", text).toString();
    }

    /** The first paragraphs of a text (blank-line separated, or lines where it has none). */
    private static String opening(String text, int paragraphs) {
        String[] parts = text.strip().split(text.contains("\n\n") ? "\n\s*\n" : "\n");
        return String.join("\n\n", java.util.Arrays.asList(parts).subList(0, Math.min(paragraphs, parts.length)));
    }

    @Test
    void withoutAnOutputFileItPrintsTheStoriesForAPerson() throws Exception {
        Path in = Seeds.copyTo(dir.resolve("in"));
        CommandRun run = CommandRun.of("cluster", in.toString(), "--window-days", "3", "--no-progress");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("s1  \"", "2 reports", "places:").containsIgnoringCase("mosul");
        // Who and where as the mention layer groups them: spellings of one name together, places by name.
        String names = run.out().lines().filter(l -> l.contains("names:")).findFirst().orElseThrow();
        assertThat(names).contains("Islamic State of Iraq and the Levant").contains("Mosul, Iraq")
                .doesNotContain("Isil,");
        assertThat(run.err()).contains("cluster: 2 articles in 1 story");
    }

    @Test
    void anArticleInAnotherLanguageIsClusteredWithoutAnEmbeddingAndTheRunSaysSo() throws Exception {
        Path in = Seeds.copyTo(dir.resolve("in"));
        Files.writeString(in.resolve("de.txt"), "Kabinett beschliesst Klimaschutzgesetz\n\nDie Bundesregierung hat am "
                + "Dienstag in Berlin ein neues Klimaschutzgesetz beschlossen. Der Bundestag soll im Herbst darueber "
                + "abstimmen, sagte ein Regierungssprecher. Die Opposition kritisierte den Entwurf als zu schwach.\n");
        Path cache = dir.resolve("vectors.bin");
        CommandRun run = CommandRun.of("cluster", in.toString(), "--embedding-cache", cache.toString(),
                "--no-progress");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).contains("cluster: 3 articles in 2 stories",
                "cluster: 1 article in other languages than English weighed without sentence embeddings");
        // Only the two English reports were embedded: two vectors of 384 floats past the header line.
        assertThat(Files.size(cache)).isLessThan(3L * 384 * 4);
    }

    @Test
    void theFastConfigurationAlsoMakesTheSeedsOneStory() throws Exception {
        Path in = Seeds.copyTo(dir.resolve("in"));
        CommandRun run = CommandRun.of("cluster", in.toString(), "--fast", "--no-progress");
        assertThat(run.status()).isZero();
        assertThat(run.err()).contains("cluster: 2 articles in 1 story");
    }

    @Test
    void theEmbeddingCacheKeepsEachArticlesVectorSoASecondRunEmbedsNothing() throws Exception {
        Path in = Seeds.copyTo(dir.resolve("in"));
        Path cache = dir.resolve("cache/vectors.bin");
        Path first = dir.resolve("first.jsonl");
        Path second = dir.resolve("second.jsonl");

        CommandRun run = CommandRun.of("cluster", in.toString(), "--embedding-cache", cache.toString(),
                "--assignments", first.toString(), "-o", dir.resolve("s1.jsonl").toString(), "--no-progress");
        assertThat(run.status()).as(run.err()).isZero();
        long size = Files.size(cache);
        // Two reports of 384 floats each, past the header line.
        assertThat(size).isGreaterThan(2L * 384 * 4);
        CommandRun again = CommandRun.of("cluster", in.toString(), "--embedding-cache", cache.toString(),
                "--assignments", second.toString(), "-o", dir.resolve("s2.jsonl").toString(), "--no-progress");
        assertThat(again.status()).isZero();
        assertThat(Files.size(cache)).isEqualTo(size);
        assertThat(Files.readAllLines(second)).isEqualTo(Files.readAllLines(first));

        CommandRun both = CommandRun.of("cluster", in.toString(), "--fast", "--embedding-cache", cache.toString());
        assertThat(both.status()).isEqualTo(2);
        assertThat(both.err()).contains("--embedding-cache goes without --fast");
        Path notACache = Files.writeString(dir.resolve("other.bin"), "something else\n");
        CommandRun wrong = CommandRun.of("cluster", in.toString(), "--embedding-cache", notACache.toString());
        assertThat(wrong.status()).isEqualTo(StorylineCommand.CANNOT_WRITE);
        assertThat(wrong.err().strip()).contains("cannot use the embedding cache").doesNotContain("\n");
    }

    @Test
    void aWindowOfNoDaysIsRefusedInOneLine() throws Exception {
        CommandRun run = CommandRun.of("cluster", dir.toString(), "--window-days", "0");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--window-days must be at least 1");
    }

    private static String body(String seedFile) {
        // The seed's scraped text after its id line: the copy carries the same paragraphs.
        return seedFile.substring(seedFile.indexOf('\n') + 1);
    }

    private static JsonNode tree(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
