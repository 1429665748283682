package news.storyline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.storyline.article.Article;
import news.storyline.article.RemovalReason;
import news.storyline.ingest.InputProblem;
import org.junit.jupiter.api.Test;

class CorpusCleanerTest {
    private static final String FOOTER = "Gulf Daily is not responsible for the content of external sites.";

    @Test
    void aStreamCleanedThroughASmallWindowComesOutInOrderWithTheOutletsFooterLearnt() {
        var stream = new ArrayList<Article>();
        for (int i = 0; i < 200; i++) {
            stream.add(article("g" + i, "Gulf Daily", "Story " + i + " on the floods that hit the north this week, "
                    + "with the rescue teams still searching the valleys.\n" + FOOTER));
        }
        var out = new ArrayList<Article>();
        int longestHeld = 0;
        // About ten articles' worth of text: the stream is never held whole.
        var cleaner = new CorpusCleaner(1_500, out::add, problem -> { throw new AssertionError(problem); });
        for (Article article : stream) {
            cleaner.accept(article);
            longestHeld = Math.max(longestHeld, cleaner.held());
        }
        cleaner.finish();

        assertThat(longestHeld).isBetween(5, 20);
        assertThat(out).extracting(Article::id).isEqualTo(stream.stream().map(Article::id).toList());
        assertThat(out).allSatisfy(a -> {
            assertThat(a.paragraphs()).hasSize(1).doesNotContain(FOOTER);
            assertThat(a.removed()).extracting(s -> s.reason()).containsExactly(RemovalReason.OUTLET_BOILERPLATE);
        });
    }

    @Test
    void aWholeListIsCleanedAsOneCorpus() {
        var corpus = new ArrayList<Article>();
        for (int i = 0; i < 6; i++) {
            corpus.add(article("t" + i, "Gulf Daily", "Story " + i + " about the floods in the north.\n" + FOOTER));
        }
        assertThat(CorpusCleaner.clean(corpus)).hasSize(6).allSatisfy(a -> assertThat(a.paragraphs()).doesNotContain(FOOTER));
    }

    @Test
    void anArticleCleaningFailsOnIsReportedAndKeptAsRead() {
        var out = new ArrayList<Article>();
        var problems = new ArrayList<InputProblem>();
        var real = new ArticleCleaner();
        var cleaner = new CorpusCleaner(1_000_000, out::add, problems::add, outlets -> article -> {
            if (article.id().equals("bad")) {
                throw new IllegalStateException("a bug met on odd input");
            }
            return real.clean(article);
        });
        cleaner.accept(article("bad", "Gulf Daily", "A story cleaning trips over.\n\nIts second paragraph."));
        cleaner.accept(article("fine", "Gulf Daily", "A fine story about the floods."));
        cleaner.finish();

        assertThat(out).extracting(Article::id).containsExactly("bad", "fine");
        assertThat(out.getFirst().cleanText()).isEqualTo("A story cleaning trips over.\n\nIts second paragraph.");
        assertThat(problems).extracting(InputProblem::oneLine)
                .containsExactly("bad: cleaning failed (IllegalStateException); the article is kept as read");
        assertThat(out.get(1).paragraphs()).containsExactly("A fine story about the floods.");
    }

    @Test
    void theOutletTableStaysWithinItsBoundOnAnEndlessStream() {
        var boilerplate = new OutletBoilerplate(1_000);
        for (int i = 0; i < 5_000; i++) {
            boilerplate.add(article("a" + i, "Wire", "Unique paragraph number " + i + " of the day.\n" + FOOTER));
        }
        assertThat(boilerplate.linesHeld()).isLessThanOrEqualTo(1_000);
        assertThat(boilerplate.articlesWith("Wire", FOOTER)).isEqualTo(5_000);
        assertThat(boilerplate.articlesWith("Wire", "Unique paragraph number 17 of the day.")).isZero();
    }

    private static Article article(String id, String source, String text) {
        return Article.read(id, source, null, null, null, text, List.of(), Map.of(), id);
    }
}
