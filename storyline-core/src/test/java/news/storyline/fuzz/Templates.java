package news.storyline.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

/**
 * Real-shaped inputs the mutators start from: the seed reports as they were scraped, Wikinews articles from the
 * bundled sample, each rendered as a plain text file, JSON Lines, a JSON array, a news page, and RSS 2.0, RSS 0.91,
 * RSS 1.0/0.9 (RDF) and Atom feeds written the way outlets write them.
 */
final class Templates {
    /** The bundled sample, from the module directory tests run in, or from the repository root. */
    private static final List<Path> WIKINEWS = List.of(
            Path.of("../storyline-cli/src/main/resources/samples/wikinews-semeval2015.jsonl"),
            Path.of("storyline-cli/src/main/resources/samples/wikinews-semeval2015.jsonl"));
    private static final int WIKINEWS_RECORDS = 40;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Story> stories;
    private final List<String> seedTexts;

    private Templates(List<Story> stories, List<String> seedTexts) {
        this.stories = stories;
        this.seedTexts = seedTexts;
    }

    static Templates load() {
        var stories = new ArrayList<Story>(wikinews());
        var seeds = seedTexts();
        for (int i = 0; i < seeds.size(); i++) {
            List<String> paragraphs = Arrays.stream(seeds.get(i).split("\n\\s*\n")).map(String::strip)
                    .filter(p -> !p.isEmpty()).toList();
            stories.add(new Story("seed-" + i, "Militants seize Mosul", "2014-06-10", "https://gulf.example/mosul-" + i,
                    "Gulf News", paragraphs));
        }
        // Two stories the fuzzer can always count on, should the sample or the seeds be missing.
        stories.add(new Story("quake-1", "Earthquake strikes off the coast", "2009-05-04",
                "https://wire.example/quake-1", "Wire", List.of(
                "The earthquake struck at about 7:30 a.m. and had a depth of 1.4 miles, according to the USGS.",
                "Residents said buildings shook for several seconds, but no damage was reported in the town.",
                "Aftershocks continued through the morning, the survey said.")));
        stories.add(new Story("vote-1", "Parliament passes budget after all-night session", "2023-11-24",
                "https://daily.example/politics/budget", "The Daily", List.of(
                "Parliament passed the budget early on Friday after a session that ran through the night.",
                "The opposition said the spending plans would not survive the winter, and vowed to fight on.",
                "Read more: What the budget means for you",
                "Copyright 2023 The Daily. All rights reserved.")));
        if (seeds.isEmpty()) {
            seeds = List.of(stories.getFirst().body());
        }
        return new Templates(List.copyOf(stories), List.copyOf(seeds));
    }

    Story story(RandomGenerator random) {
        return stories.get(random.nextInt(stories.size()));
    }

    List<Story> stories(RandomGenerator random, int count) {
        var picked = new ArrayList<Story>();
        for (int i = 0; i < count; i++) {
            picked.add(story(random));
        }
        return picked;
    }

    /** A well-formed input of the given shape, holding one to four stories. */
    String render(Shape shape, RandomGenerator random) {
        return switch (shape) {
            case TEXT -> random.nextInt(4) == 0 ? seedTexts.get(random.nextInt(seedTexts.size())) : text(story(random));
            case JSONL -> jsonl(stories(random, 1 + random.nextInt(4)));
            case JSON -> jsonArray(stories(random, 1 + random.nextInt(4)));
            case HTML -> html(story(random));
            case RSS2 -> rss2(stories(random, 1 + random.nextInt(4)));
            case RSS091 -> rss091(stories(random, 1 + random.nextInt(4)));
            case RDF -> rdf(stories(random, 1 + random.nextInt(4)), random.nextBoolean());
            case ATOM -> atom(stories(random, 1 + random.nextInt(4)));
        };
    }

    static String text(Story story) {
        return story.title() + "\n\n" + story.body() + "\n";
    }

    static String jsonl(List<Story> stories) {
        var out = new StringBuilder();
        for (Story story : stories) {
            out.append(record(story)).append('\n');
        }
        return out.toString();
    }

    static String jsonArray(List<Story> stories) {
        ArrayNode array = JSON.createArrayNode();
        stories.forEach(story -> array.add(record(story)));
        return array.toPrettyString();
    }

    static ObjectNode record(Story story) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", story.id()).put("title", story.title()).put("date", story.date()).put("url", story.url())
                .put("source", story.source()).put("lang", "en").put("text", story.body());
        return node;
    }

    static String html(Story story) {
        return html(story, paragraphsHtml(story));
    }

    /** A news page as outlets make them: metadata, navigation, a figure, a byline, a share bar, related links. */
    static String html(Story story, String articleBody) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <title>%1$s | %2$s</title>
                <meta property="og:site_name" content="%2$s">
                <link rel="canonical" href="%3$s">
                <meta property="article:published_time" content="%4$sT09:30:00Z">
                <script type="application/ld+json">{"@type":"NewsArticle","headline":"%1$s"}</script>
                </head>
                <body>
                <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
                <main>
                <article>
                <h1>%1$s</h1>
                <p class="byline">By Jane Arraf in Baghdad</p>
                <figure><img src="/a.jpg" alt=""><figcaption>Soldiers gather in Najaf. Image Credit: AFP</figcaption></figure>
                %5$s
                <div class="share"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
                </article>
                <aside><h2>Related stories</h2><ul><li><a href="/x">Other news</a></li></ul></aside>
                </main>
                <footer><p>&copy; 2024 %2$s. All rights reserved.</p></footer>
                </body>
                </html>
                """.formatted(escape(story.title()), escape(story.source()), escape(story.url()), story.date(),
                articleBody);
    }

    static String paragraphsHtml(Story story) {
        var out = new StringBuilder();
        for (String paragraph : story.paragraphs()) {
            out.append("<p>").append(escape(paragraph)).append("</p>\n");
        }
        return out.toString();
    }

    static String rss2(List<Story> stories) {
        var items = new StringBuilder();
        for (Story story : stories) {
            items.append(rss2Item(story, escape(story.title()), escape(paragraphsHtml(story))));
        }
        return rss2Channel(stories.isEmpty() ? "World News" : stories.getFirst().source(), items.toString());
    }

    static String rss2Item(Story story, String escapedTitle, String escapedDescription) {
        return """
                <item>
                  <title>%s</title>
                  <link>%s</link>
                  <guid isPermaLink="false">%s</guid>
                  <pubDate>%s</pubDate>
                  <dc:creator>Jane Arraf</dc:creator>
                  <description>%s</description>
                </item>
                """.formatted(escapedTitle, escape(story.url()), escape(story.id()), rfc1123(story.date()),
                escapedDescription);
    }

    static String rss2Channel(String title, String items) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
                <channel>
                  <title>%s</title>
                  <link>https://wire.example/</link>
                  <description>Latest news</description>
                  <language>en-us</language>
                %s</channel>
                </rss>
                """.formatted(escape(title), items);
    }

    static String rss091(List<Story> stories) {
        var items = new StringBuilder();
        for (Story story : stories) {
            items.append("<item><title>").append(escape(story.title())).append("</title><link>")
                    .append(escape(story.url())).append("</link><description>")
                    .append(escape(story.body())).append("</description></item>\n");
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="0.91"><channel><title>Wire</title><link>https://wire.example/</link>
                <description>News</description><language>en</language>
                %s</channel></rss>
                """.formatted(items);
    }

    /** RSS 1.0, or with {@code rss090} the Netscape RSS 0.90 namespace, whose items have only a title and link. */
    static String rdf(List<Story> stories, boolean rss090) {
        String namespace = rss090 ? "http://my.netscape.com/rdf/simple/0.9/" : "http://purl.org/rss/1.0/";
        var items = new StringBuilder();
        for (Story story : stories) {
            items.append("<item rdf:about=\"").append(escape(story.url())).append("\"><title>")
                    .append(escape(story.title())).append("</title><link>").append(escape(story.url()))
                    .append("</link>");
            if (!rss090) {
                items.append("<dc:date>").append(story.date()).append("T09:30:00Z</dc:date><description>")
                        .append(escape(story.body())).append("</description>");
            }
            items.append("</item>\n");
        }
        return """
                <?xml version="1.0"?>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="%s" xmlns:dc="http://purl.org/dc/elements/1.1/">
                <channel rdf:about="https://wire.example/"><title>Wire</title><link>https://wire.example/</link><description>News</description></channel>
                %s</rdf:RDF>
                """.formatted(namespace, items);
    }

    static String atom(List<Story> stories) {
        var entries = new StringBuilder();
        for (Story story : stories) {
            entries.append("""
                    <entry>
                      <title>%s</title>
                      <link rel="alternate" href="%s"/>
                      <id>tag:wire.example,2024:%s</id>
                      <updated>%sT09:30:00Z</updated>
                      <author><name>Jane Arraf</name></author>
                      <content type="html">%s</content>
                    </entry>
                    """.formatted(escape(story.title()), escape(story.url()), escape(story.id()), story.date(),
                    escape(paragraphsHtml(story))));
        }
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>Alpine Wire</title>
                  <id>tag:wire.example,2024:feed</id>
                  <updated>2024-01-01T00:00:00Z</updated>
                %s</feed>
                """.formatted(entries);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String rfc1123(String isoDate) {
        try {
            return DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT)
                    .format(LocalDate.parse(isoDate).atTime(9, 30).atOffset(ZoneOffset.UTC));
        } catch (RuntimeException e) {
            return isoDate;
        }
    }

    private static List<Story> wikinews() {
        for (Path path : WIKINEWS) {
            if (Files.isRegularFile(path)) {
                try (Stream<String> lines = Files.lines(path, StandardCharsets.UTF_8)) {
                    return lines.limit(WIKINEWS_RECORDS).map(Templates::wikinewsStory).toList();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return List.of();
    }

    private static Story wikinewsStory(String line) {
        try {
            JsonNode record = JSON.readTree(line);
            List<String> paragraphs = record.path("text").asText().lines().map(String::strip)
                    .filter(p -> !p.isEmpty()).toList();
            return new Story("wn-" + record.path("id").asText(), record.path("title").asText(),
                    record.path("date").asText("2008-01-09"),
                    "https://en.wikinews.org/wiki/" + record.path("id").asText(), "Wikinews", paragraphs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed reports, exactly as scraped, from the shared fixtures on the test class path. */
    private static List<String> seedTexts() {
        URL folder = Templates.class.getClassLoader().getResource("seeds");
        if (folder == null || !"file".equals(folder.getProtocol())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            return files.filter(file -> file.getFileName().toString().endsWith(".txt")).sorted()
                    .map(Templates::readUtf8).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String readUtf8(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
