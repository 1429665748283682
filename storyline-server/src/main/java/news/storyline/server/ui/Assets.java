package news.storyline.server.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import news.storyline.facts.render.StoryReportRenderer;

/**
 * The UI's static assets, on the classpath under {@value #CLASSPATH_DIR}, served at {@link Links#ASSETS}
 * ({@code /ui/app.css}, {@code /ui/live.js}) with {@link Csp#HEADERS}, and the story report's sheet
 * ({@code /ui/report.css}, from {@link StoryReportRenderer#stylesheet}). Only these names exist: the folder holds
 * nothing else, and it is apart from the package's classes.
 */
public final class Assets {
    /** The classpath folder of the assets (for Javalin: {@code staticFiles.add(d -> d.directory = CLASSPATH_DIR)}). */
    public static final String CLASSPATH_DIR = "/news/storyline/server/ui/assets";
    /** Each asset's name and content type. */
    public static final Map<String, String> TYPES = Map.of(
            "app.css", "text/css; charset=utf-8",
            "report.css", "text/css; charset=utf-8",
            "live.js", "text/javascript; charset=utf-8");

    private Assets() {
    }

    /** The bytes of asset {@code name}, or null when there is no such asset. */
    public static byte[] read(String name) {
        if (!TYPES.containsKey(name)) {
            return null;
        }
        if (name.equals("report.css")) {
            // The story report's own sheet, the one the standalone HTML report inlines: one set of rules for both.
            return StoryReportRenderer.stylesheet().getBytes(StandardCharsets.UTF_8);
        }
        try (InputStream in = Assets.class.getResourceAsStream(CLASSPATH_DIR + "/" + name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
