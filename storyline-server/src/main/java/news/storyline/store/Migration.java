package news.storyline.store;

import java.util.List;

/**
 * One step of the store's schema: applied once, in its own transaction, and recorded in {@code schema_version}.
 *
 * @param version    its number; the store applies those above its current version in increasing order
 * @param statements the SQL statements it runs, in order
 */
public record Migration(int version, String description, List<String> statements) {
    public Migration {
        if (version < 1) {
            throw new IllegalArgumentException("a migration's version starts at 1, not " + version);
        }
        statements = List.copyOf(statements);
    }
}
