package news.storyline.story;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.storyline.article.Article;
import news.storyline.embed.BgeSmallEmbedder;
import news.storyline.story.evaluation.GoldCorpus;
import news.storyline.story.evaluation.GoldSet;
import news.storyline.text.CachedEmbedder;
import news.storyline.text.TextEmbedder;

/**
 * The gold splits the story harnesses tune and check on, read by the main {@link GoldCorpus} (cleaned, in stream
 * order: what {@code storyline eval} measures), and their sentence embeddings through a {@link CachedEmbedder}, so
 * that a text is embedded once across runs. The texts stay in the shared data folder beside the worktree.
 *
 * <p>The cache file is {@code -Dstoryline.embeddingCache=FILE}, by default /work/cache/bge.bin.
 */
final class GoldSplits {
    static final Path DATA = Path.of("..", "..", "shared", "data");
    static final Path ECB_PLUS = DATA.resolve("ecbplus_event_clusters.jsonl");
    static final Path ALLSIDES = DATA.resolve("allsides_dev_story_clusters.jsonl");

    private static GoldCorpus ecbPlus;
    private static GoldCorpus allSides;
    private static TextEmbedder embedder;

    private GoldSplits() {
    }

    static boolean available() {
        return Files.isReadable(ECB_PLUS) && Files.isReadable(ALLSIDES);
    }

    static synchronized GoldSet ecbPlus(String split) throws IOException {
        if (ecbPlus == null) {
            ecbPlus = read(ECB_PLUS);
        }
        return ecbPlus.select(split, 0);
    }

    static synchronized GoldSet allSides(String split) throws IOException {
        if (allSides == null) {
            allSides = read(ALLSIDES);
        }
        return allSides.select(split, 0);
    }

    /**
     * AllSides train cut into {@code parts} disjoint sets of whole stories (a seeded draw), each in stream order.
     * Undated, every story of a set is a candidate for every article, so how many there are sets how hard the set
     * is: the whole split's 2,131 stories are eight times the 273 of AllSides dev, and a week of a dated stream holds
     * far fewer than either.
     */
    static synchronized List<GoldSet> allSidesTrainParts(int parts) throws IOException {
        GoldSet train = allSides("train");
        var stories = new ArrayList<>(train.stories());
        java.util.Collections.shuffle(stories, new java.util.Random(7));
        var partOf = new HashMap<String, Integer>();
        for (int i = 0; i < stories.size(); i++) {
            partOf.put(stories.get(i), i % parts);
        }
        var sets = new ArrayList<GoldSet>();
        for (int part = 0; part < parts; part++) {
            int p = part;
            List<Article> articles = train.articles().stream()
                    .filter(a -> partOf.get(train.gold().get(a.id())) == p).toList();
            var gold = new java.util.LinkedHashMap<String, String>();
            articles.forEach(a -> gold.put(a.id(), train.gold().get(a.id())));
            sets.add(new GoldSet(articles, gold, "part " + (part + 1) + " of " + parts));
        }
        return sets;
    }

    private static GoldCorpus read(Path file) throws IOException {
        return GoldCorpus.read(file, problem -> System.err.println("gold: " + problem.oneLine()));
    }

    /** The shared, cached embedder (bge-small), made on first use. */
    static synchronized TextEmbedder embedder() throws IOException {
        if (embedder == null) {
            embedder = new CachedEmbedder(new BgeSmallEmbedder(),
                    Path.of(System.getProperty("storyline.embeddingCache", "/work/cache/bge.bin")));
        }
        return embedder;
    }

    /** Each article's vector of {@link StoryClusterer#embeddingText}, by article id (none for one with no text). */
    static Map<String, float[]> embeddings(GoldSet set) throws IOException {
        var ids = new ArrayList<String>();
        var texts = new ArrayList<String>();
        for (Article article : set.articles()) {
            String text = StoryClusterer.embeddingText(article);
            if (text != null) {
                ids.add(article.id());
                texts.add(text);
            }
        }
        var vectors = new HashMap<String, float[]>();
        int batch = 256;
        for (int from = 0; from < texts.size(); from += batch) {
            List<float[]> done = embedder().embedAll(texts.subList(from, Math.min(texts.size(), from + batch)));
            for (int i = 0; i < done.size(); i++) {
                vectors.put(ids.get(from + i), done.get(i));
            }
            System.err.printf("embedded %d of %d%n", Math.min(texts.size(), from + batch), texts.size());
        }
        return vectors;
    }
}
