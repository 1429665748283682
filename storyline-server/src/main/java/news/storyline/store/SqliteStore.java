package news.storyline.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.storyline.article.Article;
import news.storyline.facts.ArticleFacts;
import news.storyline.io.ArticleJson;
import news.storyline.io.ArticleJsonReader;
import news.storyline.story.Story;
import news.storyline.story.StoryMerge;

/**
 * The durable store: one SQLite database, {@code storyline.db}, in a folder a user can back up (with its
 * {@code -wal} file while it is open). WAL journal, {@code synchronous=FULL} (a committed write survives a power
 * cut), foreign keys on, a busy timeout. The schema is versioned: {@code schema_version} holds the version, and each
 * {@link Migration} above it is applied in order, each in one transaction.
 *
 * <p>One ingested article is one transaction ({@link #write}): the article, its facts, its assignment, its story
 * and the merges it caused commit together or not at all, so a crash never leaves half an article. Nothing is
 * acknowledged before its commit returns.
 *
 * <p>Safe to share between threads: one connection, every call serialised.
 */
public final class SqliteStore implements AutoCloseable {
    public static final String FILE_NAME = "storyline.db";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final Path folder;
    private final Connection connection;

    private SqliteStore(Path folder, Connection connection) {
        this.folder = folder;
        this.connection = connection;
    }

    /** Opens the store in {@code folder}, creating the folder and the database if need be, migrated to the latest. */
    public static SqliteStore open(Path folder) {
        return open(folder, Schema.MIGRATIONS);
    }

    /** Opens the store with these migrations (tests add later ones). */
    static SqliteStore open(Path folder, List<Migration> migrations) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException("cannot create the store folder " + folder + ": " + e.getMessage(), e);
        }
        Path file = folder.resolve(FILE_NAME);
        Connection connection = null;
        try {
            connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA busy_timeout = 10000");
                try (ResultSet rs = s.executeQuery("PRAGMA journal_mode = WAL")) {
                    if (!rs.next() || !"wal".equalsIgnoreCase(rs.getString(1))) {
                        throw new SQLException("WAL journal mode was refused");
                    }
                }
                s.execute("PRAGMA synchronous = FULL");
                s.execute("PRAGMA foreign_keys = ON");
            }
            SqliteStore store = new SqliteStore(folder, connection);
            store.migrate(migrations);
            return store;
        } catch (SQLException e) {
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException ignored) {
                    // the first failure is the one to report
                }
            }
            throw new StoreException("cannot open the store " + file + ": " + e.getMessage(), e);
        }
    }

    public Path folder() {
        return folder;
    }

    private void migrate(List<Migration> migrations) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, description TEXT, "
                    + "applied_ms INTEGER NOT NULL)");
        }
        int current = schemaVersion();
        int previous = 0;
        for (Migration m : migrations) {
            if (m.version() <= previous) {
                throw new IllegalArgumentException("migrations out of order at version " + m.version());
            }
            previous = m.version();
            if (m.version() <= current) {
                continue;
            }
            connection.setAutoCommit(false);
            try (Statement s = connection.createStatement()) {
                for (String sql : m.statements()) {
                    s.execute(sql);
                }
                try (PreparedStatement p = connection.prepareStatement(
                        "INSERT INTO schema_version (version, description, applied_ms) VALUES (?, ?, ?)")) {
                    p.setInt(1, m.version());
                    p.setString(2, m.description());
                    p.setLong(3, System.currentTimeMillis());
                    p.executeUpdate();
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw new SQLException("migration to version " + m.version() + " failed: " + e.getMessage(), e);
            } finally {
                connection.setAutoCommit(true);
            }
        }
        if (current > previous) {
            throw new SQLException("the store's schema is version " + current + ", newer than this program knows ("
                    + previous + "): use a newer Storyline");
        }
    }

    /** The schema's version: the highest migration applied. */
    public synchronized int schemaVersion() {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw failed("read the schema version", e);
        }
    }

    /**
     * Writes one ingested article and everything it changed, in one transaction: all of it is committed when this
     * returns, or none of it (the exception says why).
     */
    public synchronized void write(ArticleWrite write) {
        Article a = write.article();
        try {
            connection.setAutoCommit(false);
            try {
                long seq;
                try (PreparedStatement p = connection.prepareStatement("INSERT INTO articles (id, url, source, title, "
                        + "published_ms, language, article_json, ingested_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS)) {
                    p.setString(1, a.id());
                    p.setString(2, blankToNull(a.url()));
                    p.setString(3, a.source());
                    p.setString(4, a.title());
                    setTime(p, 5, a.published());
                    p.setString(6, a.language());
                    p.setString(7, ArticleJson.line(a));
                    p.setLong(8, System.currentTimeMillis());
                    p.executeUpdate();
                    try (ResultSet keys = p.getGeneratedKeys()) {
                        keys.next();
                        seq = keys.getLong(1);
                    }
                }
                try (PreparedStatement p = connection.prepareStatement(
                        "INSERT INTO article_text (rowid, title, body) VALUES (?, ?, ?)")) {
                    p.setLong(1, seq);
                    p.setString(2, a.title() == null ? "" : a.title());
                    p.setString(3, a.cleanText());
                    p.executeUpdate();
                }
                if (write.facts() != null) {
                    try (PreparedStatement p = connection.prepareStatement(
                            "INSERT INTO facts (article_id, facts_json) VALUES (?, ?)")) {
                        p.setString(1, a.id());
                        p.setString(2, FactsJson.write(write.facts()));
                        p.executeUpdate();
                    }
                }
                StoredAssignment as = write.assignment();
                try (PreparedStatement p = connection.prepareStatement("INSERT INTO assignments (article_id, story_id, "
                        + "copy_of, probability) VALUES (?, ?, ?, ?)")) {
                    p.setString(1, a.id());
                    p.setString(2, as.storyId());
                    p.setString(3, as.copyOf());
                    p.setDouble(4, as.probability());
                    p.executeUpdate();
                }
                for (StoryMerge m : write.merges()) {
                    try (PreparedStatement p = connection.prepareStatement(
                            "UPDATE assignments SET story_id = ? WHERE story_id = ?")) {
                        p.setString(1, m.into());
                        p.setString(2, m.absorbed());
                        p.executeUpdate();
                    }
                    try (PreparedStatement p = connection.prepareStatement("DELETE FROM stories WHERE id = ?")) {
                        p.setString(1, m.absorbed());
                        p.executeUpdate();
                    }
                    try (PreparedStatement p = connection.prepareStatement("INSERT OR REPLACE INTO merges (absorbed, "
                            + "into_story, at_ms, by_article) VALUES (?, ?, ?, ?)")) {
                        p.setString(1, m.absorbed());
                        p.setString(2, m.into());
                        setTime(p, 3, m.at());
                        p.setString(4, m.byArticle());
                        p.executeUpdate();
                    }
                }
                upsert(write.story());
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failed("store article " + a.id(), e);
        }
    }

    private void upsert(StoredStory s) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO stories (id, headline, first_seen_ms, "
                + "last_seen_ms, reports, article_count, outlets_json, top_names_json, top_places_json, updated_ms) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET headline = excluded.headline, "
                + "first_seen_ms = excluded.first_seen_ms, last_seen_ms = excluded.last_seen_ms, "
                + "reports = excluded.reports, article_count = excluded.article_count, "
                + "outlets_json = excluded.outlets_json, top_names_json = excluded.top_names_json, "
                + "top_places_json = excluded.top_places_json, updated_ms = excluded.updated_ms")) {
            p.setString(1, s.id());
            p.setString(2, s.headline());
            setTime(p, 3, s.firstSeen());
            setTime(p, 4, s.lastSeen());
            p.setInt(5, s.reports());
            p.setInt(6, s.articleCount());
            p.setString(7, json(s.outlets()));
            p.setString(8, json(s.topNames()));
            p.setString(9, json(s.topPlaces()));
            p.setLong(10, (s.updatedAt() == null ? Instant.now() : s.updatedAt()).toEpochMilli());
            p.executeUpdate();
        }
    }

    /** The stored (cleaned) article of this id. */
    public synchronized Optional<Article> article(String id) {
        return oneArticle("SELECT article_json FROM articles WHERE id = ?", id);
    }

    /** The stored article of this address. */
    public synchronized Optional<Article> articleByUrl(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        return oneArticle("SELECT article_json FROM articles WHERE url = ?", url);
    }

    private Optional<Article> oneArticle(String sql, String key) {
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            p.setString(1, key);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(ArticleJsonReader.read(rs.getString(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failed("read article " + key, e);
        }
    }

    /** The stored facts of an article. */
    public synchronized Optional<ArticleFacts> facts(String articleId) {
        try (PreparedStatement p = connection.prepareStatement("SELECT facts_json FROM facts WHERE article_id = ?")) {
            p.setString(1, articleId);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(FactsJson.read(rs.getString(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failed("read the facts of " + articleId, e);
        }
    }

    /** The story an article is in, and whether it is a copy. */
    public synchronized Optional<StoredAssignment> assignment(String articleId) {
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT article_id, story_id, copy_of, probability FROM assignments WHERE article_id = ?")) {
            p.setString(1, articleId);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(assignment(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failed("read the story of " + articleId, e);
        }
    }

    /** A story's assignments, in the order its articles arrived. */
    public synchronized List<StoredAssignment> storyAssignments(String storyId) {
        try (PreparedStatement p = connection.prepareStatement("SELECT s.article_id, s.story_id, s.copy_of, "
                + "s.probability FROM assignments s JOIN articles a ON a.id = s.article_id WHERE s.story_id = ? "
                + "ORDER BY a.seq")) {
            p.setString(1, storyId);
            List<StoredAssignment> out = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(assignment(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failed("read the articles of story " + storyId, e);
        }
    }

    /**
     * A story's articles as a list or a picture shows them (id, outlet, title, publication time, the article each
     * copy copies), in the order they arrived, read from their columns without their texts.
     */
    public synchronized List<Story.Member> storyMembers(String storyId) {
        try (PreparedStatement p = connection.prepareStatement("SELECT a.id, a.source, a.title, a.published_ms, "
                + "s.copy_of FROM assignments s JOIN articles a ON a.id = s.article_id WHERE s.story_id = ? "
                + "ORDER BY a.seq")) {
            p.setString(1, storyId);
            List<Story.Member> out = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    Instant published = time(rs, 4);
                    out.add(new Story.Member(rs.getString(1), rs.getString(2), rs.getString(3), published,
                            rs.getString(5)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failed("read the articles of story " + storyId, e);
        }
    }

    /** A story's article ids, in the order they arrived. */
    public List<String> storyArticleIds(String storyId) {
        return storyAssignments(storyId).stream().map(StoredAssignment::articleId).toList();
    }

    private static StoredAssignment assignment(ResultSet rs) throws SQLException {
        return new StoredAssignment(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(4));
    }

    /** The story of this id; empty for an unknown one or one merged into another ({@link #mergedInto}). */
    public synchronized Optional<StoredStory> story(String id) {
        try (PreparedStatement p = connection.prepareStatement(STORY_COLUMNS + " WHERE id = ?")) {
            p.setString(1, id);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(story(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failed("read story " + id, e);
        }
    }

    /** The story a merged story now lives in (following chains of merges), or empty. */
    public synchronized Optional<String> mergedInto(String storyId) {
        String current = storyId;
        String into = null;
        for (int hops = 0; hops < 1000; hops++) {
            try (PreparedStatement p = connection.prepareStatement(
                    "SELECT into_story FROM merges WHERE absorbed = ?")) {
                p.setString(1, current);
                try (ResultSet rs = p.executeQuery()) {
                    if (!rs.next()) {
                        break;
                    }
                    into = rs.getString(1);
                    current = into;
                }
            } catch (SQLException e) {
                throw failed("read the merges of " + storyId, e);
            }
        }
        return Optional.ofNullable(into);
    }

    /** Every merge, in the order they happened. */
    public synchronized List<StoryMerge> merges() {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT absorbed, into_story, at_ms, by_article FROM merges ORDER BY rowid")) {
            return merges(rs);
        } catch (SQLException e) {
            throw failed("read the merges", e);
        }
    }

    /** The merges of other stories into this one, in the order they happened. */
    public synchronized List<StoryMerge> mergesInto(String storyId) {
        try (PreparedStatement p = connection.prepareStatement("SELECT absorbed, into_story, at_ms, by_article "
                + "FROM merges WHERE into_story = ? ORDER BY rowid")) {
            p.setString(1, storyId);
            try (ResultSet rs = p.executeQuery()) {
                return merges(rs);
            }
        } catch (SQLException e) {
            throw failed("read the merges into " + storyId, e);
        }
    }

    private static List<StoryMerge> merges(ResultSet rs) throws SQLException {
        List<StoryMerge> out = new ArrayList<>();
        while (rs.next()) {
            out.add(new StoryMerge(rs.getString(1), rs.getString(2), time(rs, 3), rs.getString(4)));
        }
        return out;
    }

    private static final String STORY_COLUMNS = "SELECT id, headline, first_seen_ms, last_seen_ms, reports, "
            + "article_count, outlets_json, top_names_json, top_places_json, updated_ms FROM stories";

    /** The stories the query selects, the latest changed first (then by last seen). */
    public synchronized List<StoredStory> stories(StoryQuery q) {
        StringBuilder sql = new StringBuilder(STORY_COLUMNS).append(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (q.since() != null) {
            sql.append(" AND last_seen_ms >= ?");
            args.add(q.since().toEpochMilli());
        }
        if (q.until() != null) {
            sql.append(" AND last_seen_ms < ?");
            args.add(q.until().toEpochMilli());
        }
        if (q.source() != null && !q.source().isBlank()) {
            sql.append(" AND EXISTS (SELECT 1 FROM assignments s JOIN articles a ON a.id = s.article_id "
                    + "WHERE s.story_id = stories.id AND a.source = ? COLLATE NOCASE)");
            args.add(q.source().strip());
        }
        if (q.language() != null && !q.language().isBlank()) {
            sql.append(" AND EXISTS (SELECT 1 FROM assignments s JOIN articles a ON a.id = s.article_id "
                    + "WHERE s.story_id = stories.id AND a.language = ?)");
            args.add(q.language().strip().toLowerCase(Locale.ROOT));
        }
        if (q.text() != null && !q.text().isBlank()) {
            String match = ftsQuery(q.text());
            if (match == null) {
                return List.of();
            }
            sql.append(" AND id IN (SELECT s.story_id FROM article_text t JOIN articles a ON a.seq = t.rowid "
                    + "JOIN assignments s ON s.article_id = a.id WHERE article_text MATCH ?)");
            args.add(match);
        }
        // The latest changed first: a live list shows a story moving up as reports arrive, undated or not.
        sql.append(" ORDER BY updated_ms DESC, last_seen_ms IS NULL, last_seen_ms DESC, id LIMIT ? OFFSET ?");
        args.add(q.limit());
        args.add(q.offset());
        try (PreparedStatement p = connection.prepareStatement(sql.toString())) {
            bind(p, args);
            List<StoredStory> out = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(story(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failed("list stories", e);
        }
    }

    private static StoredStory story(ResultSet rs) throws SQLException {
        return new StoredStory(rs.getString(1), rs.getString(2), time(rs, 3), time(rs, 4), rs.getInt(5),
                rs.getInt(6), strings(rs.getString(7)), strings(rs.getString(8)), strings(rs.getString(9)),
                time(rs, 10));
    }

    /**
     * Articles whose title or clean text hold all the words of {@code query}, best match first, each with a snippet
     * (matched words in {@code [ ]}). The query is read as words only: no search syntax, so no query is an error.
     */
    public synchronized List<SearchHit> search(String query, int offset, int limit) {
        String match = ftsQuery(query);
        if (match == null) {
            return List.of();
        }
        try (PreparedStatement p = connection.prepareStatement("SELECT a.id, a.title, a.source, a.published_ms, "
                + "s.story_id, snippet(article_text, 1, '[', ']', '…', 16) FROM article_text t "
                + "JOIN articles a ON a.seq = t.rowid LEFT JOIN assignments s ON s.article_id = a.id "
                + "WHERE article_text MATCH ? ORDER BY bm25(article_text), a.seq LIMIT ? OFFSET ?")) {
            p.setString(1, match);
            p.setInt(2, limit);
            p.setInt(3, offset);
            List<SearchHit> out = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new SearchHit(rs.getString(1), rs.getString(2), rs.getString(3), time(rs, 4),
                            rs.getString(5), rs.getString(6)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failed("search for '" + query + "'", e);
        }
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** The words of a user's query as an FTS5 query: each quoted, all required; null when it has no word. */
    static String ftsQuery(String query) {
        if (query == null) {
            return null;
        }
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(query);
        while (m.find() && words.size() < 32) {
            words.add('"' + m.group() + '"');
        }
        return words.isEmpty() ? null : String.join(" ", words);
    }

    /** The kept vector of a text digest ({@link news.storyline.text.TextDigest}) under a model, if any. */
    public synchronized Optional<float[]> vector(String model, byte[] digest) {
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT vector FROM vectors WHERE model = ? AND digest = ?")) {
            p.setString(1, model);
            p.setBytes(2, digest);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                var bytes = java.nio.ByteBuffer.wrap(rs.getBytes(1)).order(java.nio.ByteOrder.LITTLE_ENDIAN);
                float[] v = new float[bytes.remaining() / Float.BYTES];
                bytes.asFloatBuffer().get(v);
                return Optional.of(v);
            }
        } catch (SQLException e) {
            throw failed("read a vector", e);
        }
    }

    /** Keeps a text's vector under a model; one already kept for the digest stays (the same text, the same vector). */
    public synchronized void putVector(String model, byte[] digest, float[] vector) {
        var bytes = java.nio.ByteBuffer.allocate(vector.length * Float.BYTES).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(vector);
        try (PreparedStatement p = connection.prepareStatement(
                "INSERT OR IGNORE INTO vectors (model, digest, vector) VALUES (?, ?, ?)")) {
            p.setString(1, model);
            p.setBytes(2, digest);
            p.setBytes(3, bytes.array());
            p.executeUpdate();
        } catch (SQLException e) {
            throw failed("keep a vector", e);
        }
    }

    /** Vectors kept under a model. */
    public synchronized long vectorCount(String model) {
        try (PreparedStatement p = connection.prepareStatement("SELECT COUNT(*) FROM vectors WHERE model = ?")) {
            p.setString(1, model);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw failed("count the vectors", e);
        }
    }

    /** Every stored article in the order it was stored (the order to replay them in), one at a time. */
    public void forEachArticle(Consumer<Article> consumer) {
        long after = 0;
        while (true) {
            List<Article> page = new ArrayList<>();
            synchronized (this) {
                try (PreparedStatement p = connection.prepareStatement(
                        "SELECT seq, article_json FROM articles WHERE seq > ? ORDER BY seq LIMIT 500")) {
                    p.setLong(1, after);
                    try (ResultSet rs = p.executeQuery()) {
                        while (rs.next()) {
                            after = rs.getLong(1);
                            page.add(ArticleJsonReader.read(rs.getString(2)));
                        }
                    }
                } catch (SQLException e) {
                    throw failed("read the articles", e);
                }
            }
            if (page.isEmpty()) {
                return;
            }
            page.forEach(consumer);
        }
    }

    public synchronized long articleCount() {
        return count("SELECT COUNT(*) FROM articles");
    }

    public synchronized long storyCount() {
        return count("SELECT COUNT(*) FROM stories");
    }

    private long count(String sql) {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw failed("count", e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            if (!connection.isClosed()) {
                connection.close();
            }
        } catch (SQLException e) {
            throw failed("close", e);
        }
    }

    private StoreException failed(String what, SQLException e) {
        return new StoreException("store: cannot " + what + ": " + e.getMessage(), e);
    }

    private static void bind(PreparedStatement p, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            Object v = args.get(i);
            if (v instanceof Long l) {
                p.setLong(i + 1, l);
            } else if (v instanceof Integer n) {
                p.setInt(i + 1, n);
            } else {
                p.setString(i + 1, (String) v);
            }
        }
    }

    private static void setTime(PreparedStatement p, int index, Instant time) throws SQLException {
        if (time == null) {
            p.setNull(index, Types.INTEGER);
        } else {
            p.setLong(index, time.toEpochMilli());
        }
    }

    private static Instant time(ResultSet rs, int index) throws SQLException {
        long ms = rs.getLong(index);
        return rs.wasNull() ? null : Instant.ofEpochMilli(ms);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String json(List<String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> strings(String json) {
        try {
            return json == null ? List.of() : JSON.readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("bad list in the store: " + e.getOriginalMessage(), e);
        }
    }
}
