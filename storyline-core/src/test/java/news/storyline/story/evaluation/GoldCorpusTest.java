package news.storyline.story.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import news.storyline.article.Article;
import news.storyline.ingest.InputProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldCorpusTest {
    @TempDir
    Path dir;

    private final List<InputProblem> problems = new ArrayList<>();

    private GoldCorpus read(String... lines) throws Exception {
        Path file = Files.write(dir.resolve("gold.jsonl"), List.of(lines), StandardCharsets.UTF_8);
        return GoldCorpus.read(file, problems::add);
    }

    private static String record(String id, String cluster, String split, String date, String text) {
        return "{\"id\": \"" + id + "\", \"cluster\": \"" + cluster + "\", \"split\": \"" + split + "\""
                + (date == null ? "" : ", \"date\": \"" + date + "\"") + ", \"text\": \"" + text + "\"}";
    }

    private GoldCorpus mixed() throws Exception {
        return read(
                record("a1", "A", "train", "2020-01-03", "Lava reached the coast road on Monday."),
                record("a2", "A", "test", "2020-01-02", "Lava from the volcano closed the coast road."),
                record("b1", "B", "test", null, "The central bank raised its rate by half a point."),
                record("b2", "B", "test", "2020-01-01", "Rates rose again as the central bank met."),
                record("c1", "C", "test", "2020-01-05", "The final went to extra time in the rain."),
                record("x1", "C", "test", "not a date", "A record whose date cannot be read."),
                "{\"id\": \"x2\", \"cluster\": \"C\", \"split\": \"test\", \"title\": \"\", \"text\": \"\"}",
                "{\"id\": \"x3\", \"split\": \"test\", \"text\": \"A record without a gold story.\"}",
                record("a2", "A", "test", null, "A second record with an id already read."),
                "{\"id\": \"h1\", \"cluster\": \"C\", \"split\": \"test\", \"title\": \"Final ends in a draw\", "
                        + "\"text\": \"\"}",
                "{\"id\": \"x5\", \"cluster\": ");
    }

    @Test
    void badRecordsAreReportedOneLineEachAndSkipped() throws Exception {
        GoldSet all = mixed().select(null, 0);

        assertThat(problems).extracting(p -> p.location().replaceAll(".*:", "")).containsExactly(
                "7", "11", "8", "9", "6");
        assertThat(problems).extracting(InputProblem::reason).anySatisfy(r -> assertThat(r).contains("not a date"))
                .anySatisfy(r -> assertThat(r).contains("no gold \"cluster\""))
                .anySatisfy(r -> assertThat(r).contains("id a2 seen before"))
                .anySatisfy(r -> assertThat(r).contains("malformed JSON"));
        assertThat(all.articles()).extracting(Article::id).containsExactlyInAnyOrder(
                "a1", "a2", "b1", "b2", "c1", "h1");
    }

    @Test
    void aDateTheRecordGaveUnreadablyIsTakenFromTheTextWhenItIsThere() throws Exception {
        GoldSet set = read(record("d1", "D", "test", "03-02-2009",
                "Car sales down sharply\\nFebruary 03, 2009\\nSales of cars fell by a third in January.")).select(null, 0);

        assertThat(problems).isEmpty();
        assertThat(set.articles()).singleElement().satisfies(a ->
                assertThat(a.published()).hasToString("2009-02-03T00:00:00Z"));
    }

    @Test
    void aSplitComesInStreamOrderWithItsGoldStories() throws Exception {
        GoldSet test = mixed().select("test", 0);

        // By time; an undated record at the time of the dated one before it in the input (b1 after a2, h1 after c1).
        // The headline-only record is kept.
        assertThat(test.articles()).extracting(Article::id).containsExactly("b2", "a2", "b1", "c1", "h1");
        assertThat(test.gold()).containsEntry("a2", "A").containsEntry("b1", "B").containsEntry("h1", "C")
                .doesNotContainKey("a1");
        assertThat(test.stories()).containsExactly("B", "A", "C");
    }

    @Test
    void aLimitKeepsTheFirstStoriesOfTheSplitWhole() throws Exception {
        GoldCorpus corpus = mixed();

        GoldSet firstTwo = corpus.select("test", 2);

        assertThat(firstTwo.articles()).extracting(Article::id).containsExactly("b2", "a2", "b1");
        assertThat(corpus.select("train", 2).articles()).extracting(Article::id).containsExactly("a1");
        assertThat(corpus.hasSplit("train")).isTrue();
        assertThat(corpus.hasSplit("dev")).isFalse();
        assertThat(corpus.select("dev", 0).size()).isZero();
    }

    @Test
    void aSampleTakesWholeStoriesAndSaysSo() throws Exception {
        var lines = new ArrayList<String>();
        for (int story = 0; story < 20; story++) {
            for (int i = 0; i < 3; i++) {
                lines.add(record("s" + story + "-" + i, "S" + story, "train", null, "Report " + i + " of event " + story
                        + "."));
            }
        }
        GoldCorpus corpus = read(lines.toArray(String[]::new));

        GoldSet sample = corpus.sample("train", 0, 10, 7);

        assertThat(sample.size()).isEqualTo(12);
        assertThat(sample.stories()).hasSize(4);
        sample.stories().forEach(story -> assertThat(sample.gold().values()).filteredOn(story::equals).hasSize(3));
        assertThat(sample.sampling()).isEqualTo("a seeded sample of 4 of 20 stories, 12 of 60 articles");
        assertThat(corpus.sample("train", 0, 10, 7).articles()).isEqualTo(sample.articles());
        assertThat(corpus.sample("train", 0, 100, 7).sampling()).isEmpty();
    }
}
