/**
 * The Storyline server: live ingest into the store, the REST API and the web UI, on Javalin (Jetty). The core stays
 * framework-free; this module holds what needs a web framework and a database driver.
 */
package news.storyline.server;
