/**
 * The web UI: pages rendered as plain functions that return HTML strings (no template engine), their small input
 * records, and the two static assets ({@code app.css}, {@code live.js}) under {@link news.storyline.server.ui.Assets}.
 * Every piece of text is escaped by {@link news.storyline.server.ui.Html#esc}; only http(s) addresses are linked;
 * every page carries {@link news.storyline.server.ui.Csp#POLICY}, which the server also sends as a header.
 */
package news.storyline.server.ui;
