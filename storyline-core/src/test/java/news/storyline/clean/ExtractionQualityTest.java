package news.storyline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import news.storyline.article.Article;
import news.storyline.ingest.Ingestor;
import news.storyline.ingest.InputProblem;
import org.junit.jupiter.api.Test;

/**
 * Main-content extraction measured on the labelled pages in {@code pages/}: each {@code name.html} beside the body
 * text a reader should get from it, {@code name.txt}. The pages are invented, shaped after many real layouts (see the
 * folder's README). Each page's clean text is compared with the expected body as bags of lower-case word tokens;
 * the set's figure is the mean of the pages' F1, the measure public extraction benchmarks use. The floor sits a
 * little under what the extractor reaches, so that a change that makes extraction worse fails here.
 */
class ExtractionQualityTest {
    private static final double F1_FLOOR = 0.98;
    /** No page may come out badly, however well the others do: a page read from the wrong block scores near zero. */
    private static final double PAGE_F1_FLOOR = 0.8;
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");

    @Test
    void extractsTheBodiesOfTheLabelledPages() throws Exception {
        List<Path> pages = labelledPages();
        double precisionSum = 0;
        double recallSum = 0;
        double f1Sum = 0;
        double worstPage = 1;
        var report = new StringBuilder();
        long start = System.nanoTime();
        for (Path page : pages) {
            String expected = Files.readString(expectedTextOf(page), StandardCharsets.UTF_8);
            Score score = Score.of(tokens(expected), tokens(extract(page)));
            precisionSum += score.precision();
            recallSum += score.recall();
            f1Sum += score.f1();
            worstPage = Math.min(worstPage, score.f1());
            report.append(String.format(Locale.ROOT, "  %-28s P %.3f  R %.3f  F1 %.3f%s%n",
                    page.getFileName(), score.precision(), score.recall(), score.f1(),
                    score.f1() < 0.99 ? "  extra: " + difference(tokens(extract(page)), tokens(expected))
                            + "  missing: " + difference(tokens(expected), tokens(extract(page))) : ""));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        int n = pages.size();
        double f1 = f1Sum / n;
        System.out.printf(Locale.ROOT, "Extraction on %d labelled pages: P %.3f  R %.3f  F1 %.3f  (%d ms)%n%s",
                n, precisionSum / n, recallSum / n, f1, millis, report);

        assertThat(n).isGreaterThanOrEqualTo(25);
        assertThat(f1).isGreaterThanOrEqualTo(F1_FLOOR);
        assertThat(worstPage).isGreaterThanOrEqualTo(PAGE_F1_FLOOR);
    }

    /** The clean text a user gets from the page; nothing when the page is refused. */
    private static String extract(Path page) throws IOException {
        var problems = new ArrayList<InputProblem>();
        List<Article> articles = new Ingestor().readAll(List.of(page), problems);
        return articles.isEmpty() ? "" : new ArticleCleaner().clean(articles.getFirst()).paragraphs()
                .stream().reduce("", (a, b) -> a + "\n\n" + b);
    }

    /** Up to a dozen tokens the first bag holds more of than the second: what to look at on a page that scores low. */
    private static List<String> difference(Map<String, Integer> first, Map<String, Integer> second) {
        return first.entrySet().stream()
                .filter(entry -> entry.getValue() > second.getOrDefault(entry.getKey(), 0))
                .map(Map.Entry::getKey).sorted().limit(12).toList();
    }

    private static Map<String, Integer> tokens(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher matcher = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            counts.merge(matcher.group(), 1, Integer::sum);
        }
        return counts;
    }

    private record Score(double precision, double recall, double f1) {
        static Score of(Map<String, Integer> expected, Map<String, Integer> got) {
            int common = 0;
            for (var entry : got.entrySet()) {
                common += Math.min(entry.getValue(), expected.getOrDefault(entry.getKey(), 0));
            }
            int gotTotal = got.values().stream().mapToInt(Integer::intValue).sum();
            int expectedTotal = expected.values().stream().mapToInt(Integer::intValue).sum();
            double precision = gotTotal == 0 ? 0 : (double) common / gotTotal;
            double recall = expectedTotal == 0 ? 0 : (double) common / expectedTotal;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            return new Score(precision, recall, f1);
        }
    }

    private static List<Path> labelledPages() throws URISyntaxException, IOException {
        Path folder = Path.of(Objects.requireNonNull(ExtractionQualityTest.class.getResource("/pages")).toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".html")).sorted().toList();
        }
    }

    private static Path expectedTextOf(Path page) {
        String name = page.getFileName().toString();
        return page.resolveSibling(name.substring(0, name.length() - ".html".length()) + ".txt");
    }
}
