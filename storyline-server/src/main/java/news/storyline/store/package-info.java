/**
 * The durable embedded store: one folder a user can back up, holding articles (raw, clean, removed spans), stories,
 * assignments, merges and facts, with full-text search and a versioned schema.
 */
package news.storyline.store;
