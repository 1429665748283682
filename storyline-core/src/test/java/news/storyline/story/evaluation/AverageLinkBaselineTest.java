package news.storyline.story.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AverageLinkBaselineTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static GoldCorpus corpus;

    /** Two obvious stories a split, three reports each, told in different words. */
    @BeforeAll
    static void writeCorpus(@TempDir Path dir) throws Exception {
        var lines = new ArrayList<String>();
        add(lines, "train", "fire", "Wildfire forces thousands to flee homes in California",
                "A fast-moving wildfire in northern California forced thousands of residents to flee their homes as "
                        + "firefighters battled flames driven by strong winds.");
        add(lines, "train", "fire", "California wildfire spreads, evacuations ordered",
                "Evacuations were ordered in northern California as the wildfire spread overnight, burning homes "
                        + "and forcing residents to flee; firefighters said winds drove the flames.");
        add(lines, "train", "fire", "Firefighters battle California blaze",
                "Hundreds of firefighters battled the California wildfire, which has burned dozens of homes. "
                        + "Strong winds pushed the flames toward towns whose residents fled.");
        add(lines, "train", "vote", "Kenya votes in tight presidential election",
                "Kenyans queued for hours to vote in a presidential election seen as a tight race between the two "
                        + "leading candidates, with results expected within a week.");
        add(lines, "train", "vote", "Long queues as Kenya elects a president",
                "Voters in Kenya formed long queues at polling stations in the presidential election; the electoral "
                        + "commission said results from the tight race would come within a week.");
        add(lines, "train", "vote", "Kenya election count begins",
                "Counting began after Kenya's presidential election closed. The electoral commission expects "
                        + "results of the race between the two leading candidates within a week.");
        add(lines, "test", "volcano", "Volcano erupts in Iceland, flights grounded",
                "A volcano erupted under a glacier in Iceland, sending a plume of ash into the sky and grounding "
                        + "flights across northern Europe.");
        add(lines, "test", "volcano", "Ash cloud from Iceland volcano halts European flights",
                "Airlines cancelled flights across Europe as the ash cloud from the erupting Iceland volcano drifted "
                        + "south; the glacier eruption showed no sign of stopping.");
        add(lines, "test", "volcano", "Iceland eruption: ash plume keeps planes on the ground",
                "Planes stayed on the ground in northern Europe for a third day as the volcano in Iceland kept "
                        + "sending ash into the sky from beneath the glacier.");
        add(lines, "test", "rates", "Central bank raises interest rates to fight inflation",
                "The central bank raised its main interest rate by half a percentage point to fight inflation, the "
                        + "largest increase in two decades.");
        add(lines, "test", "rates", "Bank lifts rates by half a point",
                "Inflation pushed the central bank to lift interest rates by half a percentage point, its biggest "
                        + "rise in two decades, and it signalled more increases.");
        add(lines, "test", "rates", "Borrowing costs rise as central bank acts on inflation",
                "Borrowing costs will rise after the central bank increased interest rates to curb inflation; "
                        + "economists expect further rate increases this year.");
        Path file = Files.write(dir.resolve("stories.jsonl"), lines, StandardCharsets.UTF_8);
        corpus = GoldCorpus.read(file, problem -> {
            throw new AssertionError(problem.oneLine());
        });
    }

    private static void add(List<String> lines, String split, String story, String title, String text)
            throws Exception {
        lines.add(JSON.writeValueAsString(Map.of("id", story + lines.size(), "cluster", story, "split", split,
                "title", title, "text", text)));
    }

    private static ClusterScores scores(Clusterer clusterer, GoldSet set) {
        return StoryEvaluation.run("set", set, "system", clusterer).scores();
    }

    @Test
    void tuningOnTrainFindsAThresholdThatSeparatesTheStories() {
        GoldSet train = corpus.select("train", 0);

        AverageLinkBaseline tuned = AverageLinkBaseline.tunedOn(train, "toy train");

        assertThat(scores(tuned, train).b3F1()).isEqualTo(1.0);
        assertThat(tuned.settings()).startsWith(String.format(java.util.Locale.ROOT, "threshold %.2f, tuned on toy "
                + "train (2 stories, 6 articles; B-cubed F1 1.0000 there)", tuned.threshold()));
    }

    @Test
    void theTunedThresholdSeparatesOtherStoriesOfTheSameKind() {
        AverageLinkBaseline tuned = AverageLinkBaseline.tunedOn(corpus.select("train", 0), "toy train");
        GoldSet test = corpus.select("test", 0);

        ClusterScores s = scores(tuned, test);

        assertThat(s.kPred()).isEqualTo(2);
        assertThat(s.b3F1()).isEqualTo(1.0);
        Map<String, String> stories = tuned.cluster(test.articles());
        assertThat(stories).hasSize(6);
        // Each story is named by the id of its first article.
        assertThat(stories.values()).allSatisfy(story -> assertThat(stories).containsKey(story));
    }

    @Test
    void theThresholdDecides() {
        GoldSet test = corpus.select("test", 0);

        assertThat(scores(AverageLinkBaseline.at(0.99, "too strict"), test).kPred()).isEqualTo(6);
        assertThat(scores(AverageLinkBaseline.at(0.0, "anything goes"), test).kPred()).isEqualTo(1);
    }
}
