package news.storyline.story;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import news.storyline.story.evaluation.StoryEvaluation;
import news.storyline.story.evaluation.GoldCorpus;
import news.storyline.story.evaluation.GoldSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Story sets in other languages than English, made of the SemEval-2022 Task 8 pairs: the articles of one language's
 * same-language pairs, those of a pair rated overall 1.5 or better in one story (linked through shared articles),
 * every other article on its own. A rough gold: pairs across the file were never rated, so two reports of one story
 * that no annotator compared count as two stories and a join of them as an error; it serves to compare
 * configurations, not as a score to publish. Prints B-cubed F1 and precision of both configurations per language.
 * The texts stay in the shared data folder; the sets are written to a temporary folder only.
 *
 * <pre>./mvnw -B -q -o test -pl storyline-cli -Dtest=SemEvalStorySets -Dstoryline.semevalStories=true -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
@EnabledIfSystemProperty(named = "storyline.semevalStories", matches = "true")
class SemEvalStorySets {
    private static final Path PAIRS = GoldSplits.DATA.resolve("semeval2022t8_dev_pairs.jsonl");
    private static final double SAME_STORY = 1.5;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void printTheFiguresPerLanguage(@TempDir Path folder) throws Exception {
        assumeTrue(Files.isReadable(PAIRS), "no shared data");
        List<JsonNode> pairs = Files.readAllLines(PAIRS).stream().filter(l -> !l.isBlank()).map(l -> {
            try {
                return JSON.readTree(l);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        var embedder = GoldSplits.embedder();
        for (String language : List.of("en", "de", "es", "pl", "tr", "ar", "de+en")) {
            Path file = folder.resolve(language + ".jsonl");
            write(pairs, language, file);
            GoldSet set = GoldCorpus.read(file, problem -> System.err.println(problem.oneLine())).select(null, 0);
            var fast = StoryEvaluation.run("", set, "", articles -> StoryClusterer.cluster(articles,
                    StoryClusterer.DEFAULT_WINDOW, StoryModel.fast(), null));
            var embedded = StoryEvaluation.run("", set, "", articles -> StoryClusterer.cluster(articles,
                    StoryClusterer.DEFAULT_WINDOW, StoryModel.embedded(), embedder));
            System.out.printf(Locale.ROOT, "%s %d articles: default B-cubed F1 %.3f (P %.3f), fast %.3f (P %.3f)%n",
                    language, set.size(), embedded.scores().b3F1(), embedded.scores().b3Precision(),
                    fast.scores().b3F1(), fast.scores().b3Precision());
            if (language.contains("+")) {
                System.out.println("  default: " + crossLinks(pairs, embedded.assignments()));
                System.out.println("  fast:    " + crossLinks(pairs, fast.assignments()));
            }
        }
    }

    /** Of the pairs across two languages, how many rated the same story and how many rated apart share a story. */
    private static String crossLinks(List<JsonNode> pairs, Map<String, String> stories) {
        int same = 0;
        int sameJoined = 0;
        int apart = 0;
        int apartJoined = 0;
        for (JsonNode pair : pairs) {
            if (pair.path("lang1").asText().equals(pair.path("lang2").asText())) {
                continue;
            }
            String[] ids = pair.path("pair_id").asText().split("_");
            boolean joined = stories.get(ids[0]) != null && stories.get(ids[0]).equals(stories.get(ids[1]));
            double overall = pair.path("Overall").asDouble();
            if (overall <= SAME_STORY) {
                same++;
                sameJoined += joined ? 1 : 0;
            } else if (overall >= 3) {
                apart++;
                apartJoined += joined ? 1 : 0;
            }
        }
        return String.format(Locale.ROOT, "pairs across languages rated the same story joined %d of %d; rated apart "
                + "(3 or more) joined %d of %d", sameJoined, same, apartJoined, apart);
    }

    /** One language's articles with their story: a pair rated the same story links its two articles. */
    private static void write(List<JsonNode> pairs, String language, Path file) throws Exception {
        var parent = new HashMap<String, String>();
        var texts = new LinkedHashMap<String, String>();
        for (JsonNode pair : pairs) {
            var languages = List.of(language.split("\\+"));
            if (!languages.contains(pair.path("lang1").asText()) || !languages.contains(pair.path("lang2").asText())) {
                continue;
            }
            String[] ids = pair.path("pair_id").asText().split("_");
            texts.put(ids[0], pair.path("text1").asText());
            texts.put(ids[1], pair.path("text2").asText());
            if (pair.path("Overall").asDouble() <= SAME_STORY) {
                parent.put(root(parent, ids[0]), root(parent, ids[1]));
            }
        }
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            for (Map.Entry<String, String> article : texts.entrySet()) {
                out.write(JSON.writeValueAsString(JSON.createObjectNode().put("id", article.getKey())
                        .put("text", article.getValue()).put("cluster", root(parent, article.getKey()))));
                out.newLine();
            }
        }
    }

    private static String root(Map<String, String> parent, String id) {
        String at = id;
        while (parent.containsKey(at) && !parent.get(at).equals(at)) {
            at = parent.get(at);
        }
        return at;
    }
}
