package news.storyline.store;

import java.util.List;

/** The store's schema as the list of migrations that make it, oldest first. */
final class Schema {
    private Schema() {
    }

    static final Migration V1 = new Migration(1, "articles, facts, stories, assignments, merges, full-text index",
            List.of("""
                    CREATE TABLE articles (
                      seq INTEGER PRIMARY KEY AUTOINCREMENT,
                      id TEXT NOT NULL UNIQUE,
                      url TEXT UNIQUE,
                      source TEXT,
                      title TEXT,
                      published_ms INTEGER,
                      language TEXT,
                      article_json TEXT NOT NULL,
                      ingested_ms INTEGER NOT NULL)""",
                    "CREATE INDEX articles_published ON articles(published_ms)",
                    "CREATE INDEX articles_source ON articles(source)",
                    """
                    CREATE TABLE facts (
                      article_id TEXT NOT NULL PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
                      facts_json TEXT NOT NULL)""",
                    """
                    CREATE TABLE stories (
                      id TEXT NOT NULL PRIMARY KEY,
                      headline TEXT,
                      first_seen_ms INTEGER,
                      last_seen_ms INTEGER,
                      reports INTEGER NOT NULL,
                      article_count INTEGER NOT NULL,
                      outlets_json TEXT NOT NULL,
                      top_names_json TEXT NOT NULL,
                      top_places_json TEXT NOT NULL,
                      updated_ms INTEGER NOT NULL)""",
                    "CREATE INDEX stories_last_seen ON stories(last_seen_ms)",
                    """
                    CREATE TABLE assignments (
                      article_id TEXT NOT NULL PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
                      story_id TEXT NOT NULL,
                      copy_of TEXT,
                      probability REAL NOT NULL)""",
                    "CREATE INDEX assignments_story ON assignments(story_id)",
                    """
                    CREATE TABLE merges (
                      absorbed TEXT NOT NULL PRIMARY KEY,
                      into_story TEXT NOT NULL,
                      at_ms INTEGER,
                      by_article TEXT)""",
                    "CREATE VIRTUAL TABLE article_text USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2')"));

    /**
     * Sentence embeddings of the texts the default configuration embeds (headlines, and whole articles compared),
     * keyed by model and {@link news.storyline.text.TextDigest}, so that replaying the store on open embeds nothing.
     */
    static final Migration V2 = new Migration(2, "sentence embeddings by model and text digest", List.of("""
            CREATE TABLE vectors (
              model TEXT NOT NULL,
              digest BLOB NOT NULL,
              vector BLOB NOT NULL,
              PRIMARY KEY (model, digest)) WITHOUT ROWID"""));

    static final List<Migration> MIGRATIONS = List.of(V1, V2);
}
