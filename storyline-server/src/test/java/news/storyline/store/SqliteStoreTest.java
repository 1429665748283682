package news.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.storyline.article.Article;
import news.storyline.article.RemovalReason;
import news.storyline.article.RemovedSpan;
import news.storyline.facts.ArticleFacts;
import news.storyline.facts.Fact;
import news.storyline.facts.FactType;
import news.storyline.facts.ReferenceDay;
import news.storyline.story.StoryMerge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store on a real file in a temporary folder. */
class SqliteStoreTest {
    @TempDir
    Path dir;

    static final Instant T0 = Instant.parse("2014-06-10T09:00:00Z");

    static Article article(String id, String url, String source, String title, String body, Instant published) {
        return new Article(id, source, url, title, published, "en", "raw " + body, List.of(body),
                List.of(new RemovedSpan("Image Credit: AFP", RemovalReason.IMAGE_CAPTION, "matched 'Image Credit:'")),
                Map.of("cluster", "1"), "post:1");
    }

    static ArticleFacts facts(String id) {
        return new ArticleFacts(id, new ReferenceDay(LocalDate.of(2014, 6, 10), ReferenceDay.How.PUBLISHED, "the date"),
                List.of(new Fact(id, FactType.DISTANCE, "350 km north of Baghdad", 0, 23, "Mosul is 350 km north.",
                        0, "Mosul", "distance from Baghdad", 350.0, Double.POSITIVE_INFINITY, "km", null, "north",
                        null, null, null)), List.of());
    }

    static StoredStory story(String id, String headline, Instant last, int count, List<String> outlets) {
        return new StoredStory(id, headline, T0, last, count, count, outlets, List.of("Maliki"), List.of("Mosul"),
                Instant.now());
    }

    static ArticleWrite write(Article a, String storyId, StoredStory story, List<StoryMerge> merges) {
        return new ArticleWrite(a, facts(a.id()), new StoredAssignment(a.id(), storyId, null, 0.9), story, merges);
    }

    @Test
    void aFreshStoreIsMigratedInWalModeWithFts5() throws Exception {
        try (SqliteStore store = SqliteStore.open(dir.resolve("data"))) {
            assertThat(store.schemaVersion()).isEqualTo(LATEST);
        }
        assertThat(dir.resolve("data").resolve(SqliteStore.FILE_NAME)).exists();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("data/storyline.db"));
             ResultSet rs = c.createStatement().executeQuery("PRAGMA journal_mode")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
        }
    }

    @Test
    void reopeningKeepsEverythingAndAppliesOnlyNewMigrations() {
        Article a = article("a1", "https://x.org/1", "Gulf News", "Militants seize Mosul", "Militants seized Mosul.", T0);
        try (SqliteStore store = SqliteStore.open(dir)) {
            store.write(write(a, "s1", story("s1", "Militants seize Mosul", T0, 1, List.of("Gulf News")), List.of()));
        }
        var next = new Migration(LATEST + 1, "a note on stories", List.of("ALTER TABLE stories ADD COLUMN note TEXT"));
        try (SqliteStore store = SqliteStore.open(dir, later(next))) {
            assertThat(store.schemaVersion()).isEqualTo(LATEST + 1);
            assertThat(store.article("a1")).contains(a);
            assertThat(store.facts("a1")).contains(facts("a1"));
            assertThat(store.storyArticleIds("s1")).containsExactly("a1");
            assertThat(store.story("s1").orElseThrow().outlets()).containsExactly("Gulf News");
        }
        // Reopened by this program's list again: a store newer than the program is refused, not damaged.
        assertThatThrownBy(() -> SqliteStore.open(dir)).hasMessageContaining("newer than this program");
        try (SqliteStore store = SqliteStore.open(dir, later(next))) {
            assertThat(store.schemaVersion()).isEqualTo(LATEST + 1);
            assertThat(store.articleCount()).isEqualTo(1);
        }
    }

    @Test
    void aFailingMigrationLeavesTheStoreAtItsVersion() {
        try (SqliteStore store = SqliteStore.open(dir)) {
            assertThat(store.schemaVersion()).isEqualTo(LATEST);
        }
        var bad = new Migration(LATEST + 1, "half good", List.of("CREATE TABLE extra (x INTEGER)", "THIS IS NOT SQL"));
        assertThatThrownBy(() -> SqliteStore.open(dir, later(bad))).hasMessageContaining("version " + (LATEST + 1));
        try (SqliteStore store = SqliteStore.open(dir)) {
            assertThat(store.schemaVersion()).isEqualTo(LATEST);
        }
        var good = new Migration(LATEST + 1, "extra", List.of("CREATE TABLE extra (x INTEGER)"));
        try (SqliteStore store = SqliteStore.open(dir, later(good))) {
            assertThat(store.schemaVersion()).isEqualTo(LATEST + 1); // the failed one's table was rolled back with it
        }
    }

    @Test
    void aStoreOfTheFirstSchemaIsMigratedToKeepVectorsAndKeepsItsArticles() {
        Article a = article("a1", "https://x.org/1", "Gulf News", "Militants seize Mosul", "Militants seized Mosul.", T0);
        try (SqliteStore store = SqliteStore.open(dir, List.of(Schema.V1))) {
            store.write(write(a, "s1", story("s1", "Militants seize Mosul", T0, 1, List.of("Gulf News")), List.of()));
        }
        try (SqliteStore store = SqliteStore.open(dir)) {
            assertThat(store.schemaVersion()).isEqualTo(LATEST);
            assertThat(store.article("a1")).contains(a);
            byte[] key = news.storyline.text.TextDigest.of("Militants seize Mosul");
            assertThat(store.vector("m", key)).isEmpty();
            float[] v = {0.6f, -0.8f, Float.MIN_VALUE, 1e-7f};
            store.putVector("m", key, v);
            store.putVector("m", key, new float[] {1, 0, 0, 0}); // kept once: the first stays
            assertThat(store.vector("m", key)).hasValueSatisfying(kept -> assertThat(kept).containsExactly(v));
            assertThat(store.vector("other model", key)).isEmpty();
            assertThat(store.vectorCount("m")).isEqualTo(1);
        }
    }

    /** The version this program's store is migrated to. */
    private static final int LATEST = Schema.MIGRATIONS.get(Schema.MIGRATIONS.size() - 1).version();

    /** This program's migrations and one more. */
    private static List<Migration> later(Migration next) {
        var all = new java.util.ArrayList<>(Schema.MIGRATIONS);
        all.add(next);
        return all;
    }

    @Test
    void anArticleIsStoredOnceByIdAndOnceByUrl() {
        try (SqliteStore store = SqliteStore.open(dir)) {
            Article a = article("a1", "https://x.org/1", "Gulf News", "t", "body", T0);
            store.write(write(a, "s1", story("s1", "t", T0, 1, List.of("Gulf News")), List.of()));
            assertThatThrownBy(() -> store.write(write(a, "s1", story("s1", "t", T0, 1, List.of()), List.of())))
                    .isInstanceOf(StoreException.class).hasMessageContaining("a1");
            Article sameUrl = article("a2", "https://x.org/1", "Gulf News", "t", "other", T0);
            assertThatThrownBy(() -> store.write(write(sameUrl, "s1", story("s1", "t", T0, 2, List.of()), List.of())))
                    .isInstanceOf(StoreException.class);
            assertThat(store.articleByUrl("https://x.org/1").orElseThrow().id()).isEqualTo("a1");
            assertThat(store.articleCount()).isEqualTo(1);
            assertThat(store.story("s1").orElseThrow().articleCount()).isEqualTo(1);
            // Articles without an address do not collide.
            store.write(write(article("a3", null, "X", "t", "b", T0), "s2", story("s2", "t", T0, 1, List.of()),
                    List.of()));
            store.write(write(article("a4", "", "X", "t", "b", T0), "s3", story("s3", "t", T0, 1, List.of()),
                    List.of()));
            assertThat(store.articleCount()).isEqualTo(3);
        }
    }

    @Test
    void aWriteThatFailsMidWayLeavesNothing() {
        try (SqliteStore store = SqliteStore.open(dir)) {
            Article a = article("a1", "https://x.org/1", "Gulf News", "Mosul falls", "Militants seized Mosul.", T0);
            // The story row is written last; a story without an id fails after the article, facts and assignment.
            StoredStory broken = new StoredStory(null, "x", T0, T0, 1, 1, List.of(), List.of(), List.of(), T0);
            assertThatThrownBy(() -> store.write(write(a, "s1", broken, List.of())))
                    .isInstanceOf(StoreException.class);
            assertThat(store.article("a1")).isEmpty();
            assertThat(store.facts("a1")).isEmpty();
            assertThat(store.assignment("a1")).isEmpty();
            assertThat(store.search("Mosul", 0, 10)).isEmpty();
            assertThat(store.articleCount()).isZero();
            // and the store goes on
            store.write(write(a, "s1", story("s1", "Mosul falls", T0, 1, List.of("Gulf News")), List.of()));
            assertThat(store.article("a1")).contains(a);
        }
    }

    @Test
    void fullTextSearchFindsWordsWithSnippetsAndStoriesByQuery() {
        try (SqliteStore store = SqliteStore.open(dir)) {
            store.write(write(article("a1", null, "Gulf News", "Militants seize Mosul",
                    "Insurgents overran the provincial headquarters in Mosul.", T0), "s1",
                    story("s1", "Militants seize Mosul", T0, 1, List.of("Gulf News")), List.of()));
            store.write(write(article("a2", null, "Reuters", "Apple earnings", "Apple reported quarterly results.",
                    T0.plusSeconds(3600)), "s2", story("s2", "Apple earnings", T0.plusSeconds(3600), 1,
                    List.of("Reuters")), List.of()));
            List<SearchHit> hits = store.search("provincial", 0, 10);
            assertThat(hits).singleElement().satisfies(h -> {
                assertThat(h.articleId()).isEqualTo("a1");
                assertThat(h.storyId()).isEqualTo("s1");
                assertThat(h.snippet()).contains("[provincial]");
                assertThat(h.published()).isEqualTo(T0);
            });
            assertThat(store.search("\"unbalanced AND (", 0, 10)).isEmpty(); // no syntax, no error
            assertThat(store.search("", 0, 10)).isEmpty();
            assertThat(store.stories(new StoryQuery(null, null, "apple", null, null, 0, 10)))
                    .extracting(StoredStory::id).containsExactly("s2");
            assertThat(store.stories(StoryQuery.all(10))).extracting(StoredStory::id).containsExactly("s2", "s1");
            assertThat(store.stories(new StoryQuery(null, null, null, "gulf news", null, 0, 10)))
                    .extracting(StoredStory::id).containsExactly("s1");
            assertThat(store.stories(new StoryQuery(T0.plusSeconds(60), null, null, null, null, 0, 10)))
                    .extracting(StoredStory::id).containsExactly("s2");
            assertThat(store.stories(new StoryQuery(null, T0.plusSeconds(60), null, null, "en", 0, 10)))
                    .extracting(StoredStory::id).containsExactly("s1");
            assertThat(store.stories(new StoryQuery(null, null, null, null, null, 1, 1)))
                    .extracting(StoredStory::id).containsExactly("s1");
        }
    }

    @Test
    void aMergeMovesTheAbsorbedStorysArticles() {
        try (SqliteStore store = SqliteStore.open(dir)) {
            store.write(write(article("a1", null, "A", "t1", "one", T0), "s1", story("s1", "t1", T0, 1, List.of("A")),
                    List.of()));
            store.write(write(article("a2", null, "B", "t2", "two", T0), "s2", story("s2", "t2", T0, 1, List.of("B")),
                    List.of()));
            store.write(write(article("a3", null, "C", "t3", "three", T0), "s1",
                    story("s1", "t1", T0, 3, List.of("A", "B", "C")), List.of(new StoryMerge("s2", "s1", T0, "a3"))));
            assertThat(store.story("s2")).isEmpty();
            assertThat(store.mergedInto("s2")).contains("s1");
            assertThat(store.storyArticleIds("s1")).containsExactly("a1", "a2", "a3");
            assertThat(store.merges()).containsExactly(new StoryMerge("s2", "s1", T0, "a3"));
            List<String> replay = new ArrayList<>();
            store.forEachArticle(a -> replay.add(a.id()));
            assertThat(replay).containsExactly("a1", "a2", "a3");
        }
        assertThat(Files.exists(dir.resolve(SqliteStore.FILE_NAME))).isTrue();
    }
}
