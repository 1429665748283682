package news.storyline.server.ui;

import static news.storyline.facts.render.StoryReportFixtures.XSS;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import news.storyline.article.Article;
import news.storyline.article.RemovalReason;
import news.storyline.article.RemovedSpan;
import news.storyline.clean.ArticleCleaner;
import news.storyline.ingest.InputProblem;
import news.storyline.ingest.Ingestor;
import news.storyline.similarity.ArticleProfile;
import news.storyline.similarity.PairScorer;
import news.storyline.similarity.PairScores;

/** Data for the UI tests: the two seed reports cleaned, and articles whose every text is hostile. */
final class UiFixtures {
    static final Path SEEDS = Paths.get("..", "fixtures", "seeds");

    private UiFixtures() {
    }

    /** The seed reports, read and cleaned, in file order. */
    static List<Article> seeds() {
        try (var files = Files.list(SEEDS)) {
            List<Path> paths = files.filter(p -> p.toString().endsWith(".txt")).sorted(Comparator.naturalOrder())
                    .toList();
            List<InputProblem> problems = new ArrayList<>();
            ArticleCleaner cleaner = new ArticleCleaner();
            return new Ingestor().readAll(paths, problems).stream().map(cleaner::clean).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An article whose title, outlet, url, paragraphs and removed spans all carry markup and script. */
    static Article hostileArticle() {
        String raw = "Share this: " + XSS + "\n\nOfficials said " + XSS + " on Monday.\n\nRead more: " + XSS;
        return new Article("x0", XSS, "javascript:alert(1)", XSS, Instant.parse("2020-01-02T08:00:00Z"), "en", raw,
                List.of("Officials said " + XSS + " on Monday."),
                List.of(new RemovedSpan("Share this: " + XSS, RemovalReason.SHARE_SUBSCRIBE, XSS),
                        new RemovedSpan("Read more: " + XSS, RemovalReason.READ_ALSO, "matched 'Read more'"),
                        new RemovedSpan("Photo: " + XSS, RemovalReason.IMAGE_CAPTION, "figcaption")),
                Map.of(), "test");
    }

    /** An Arabic report (headline and two paragraphs) with one English paragraph, as a bilingual outlet runs them. */
    static Article arabicArticle() {
        String headline = "مسلحون يسيطرون على مدينة الموصل";
        List<String> paragraphs = List.of(
                "سيطر مسلحون من تنظيم الدولة الإسلامية على مدينة الموصل ثاني أكبر مدن العراق يوم الثلاثاء.",
                "Officials in Baghdad said the army had withdrawn.",
                "وقال مسؤولون إن مئات الآلاف من السكان فروا نحو إقليم كردستان.");
        return new Article("ar1", "Al Outlet", null, headline, Instant.parse("2014-06-10T09:00:00Z"), "ar",
                headline + "\n\n" + String.join("\n\n", paragraphs), paragraphs, List.of(), Map.of(), "test");
    }

    /**
     * The story map of the seeds (one row, linked to /stories/seeds) and of a hostile story (its headline, outlet and
     * titles carry markup and script, its id a path and a query), as the map page embeds it.
     */
    static news.storyline.facts.render.StoryMap.Picture map() {
        List<Article> seeds = seeds();
        Instant t = Instant.parse("2014-06-10T09:30:00Z");
        var seedRow = new news.storyline.facts.render.StoryMap.Row("seeds", seeds.get(0).title(), 2, List.of(
                new news.storyline.story.Story.Member(seeds.get(0).id(), "Gulf News", seeds.get(0).title(), t, null),
                new news.storyline.story.Story.Member(seeds.get(1).id(), "Al Jazeera", seeds.get(1).title(),
                        t.plusSeconds(5 * 3600), null)));
        var hostileRow = new news.storyline.facts.render.StoryMap.Row(XSS + "/..?a=1", XSS, 2, List.of(
                new news.storyline.story.Story.Member("x0", XSS, XSS, t.plusSeconds(86_400), null),
                new news.storyline.story.Story.Member("x1", XSS, XSS, t.plusSeconds(2 * 86_400), "x0")));
        return news.storyline.facts.render.StoryMap.embedded(List.of(seedRow, hostileRow), List.of(), List.of(), 10,
                Links::story);
    }

    /** The two articles scored as storyline compare --fast scores them. */
    static PairScores scores(Article a, Article b) {
        PairScorer scorer = PairScorer.fast();
        ArticleProfile pa = ArticleProfile.of(a.id(), a.title(), a.cleanText(), a.language(), a.published());
        ArticleProfile pb = ArticleProfile.of(b.id(), b.title(), b.cleanText(), b.language(), b.published());
        scorer.count(pa);
        scorer.count(pb);
        return scorer.score(pa, pb);
    }
}
