package news.storyline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.storyline.article.Article;
import news.storyline.article.RemovalReason;
import org.junit.jupiter.api.Test;

class OutletBoilerplateTest {
    private static final String DISCLAIMER = "The views expressed are the author's own and not those of Example Times.";

    @Test
    void aLineInMostOfAnOutletsArticlesIsRemovedFromAll() {
        var corpus = new ArrayList<Article>();
        for (int i = 0; i < 6; i++) {
            corpus.add(article("t" + i, "Example Times", "Story number " + i + " about the floods in the north.\n" + DISCLAIMER));
        }
        corpus.add(article("other", "Other Daily", "A story about the floods.\n" + DISCLAIMER));

        List<Article> cleaned = CorpusCleaner.clean(corpus);

        assertThat(cleaned.subList(0, 6)).allSatisfy(a -> {
            assertThat(a.paragraphs()).doesNotContain(DISCLAIMER);
            assertThat(a.removed()).singleElement().satisfies(span -> {
                assertThat(span.reason()).isEqualTo(RemovalReason.OUTLET_BOILERPLATE);
                assertThat(span.detail()).isEqualTo("in 6 of 6 articles from Example Times");
            });
        });
        assertThat(cleaned.get(6).paragraphs()).as("another outlet printing the line once keeps it").contains(DISCLAIMER);
    }

    @Test
    void aBackgroundSentenceSharedByAFewFollowUpsIsKept() {
        String background = "Mosul is the capital of Nineveh province.";
        var corpus = new ArrayList<Article>();
        for (int i = 0; i < 4; i++) {
            corpus.add(article("m" + i, "Gulf Daily", "Update " + i + " on the fighting in Mosul today.\n" + background));
        }
        assertThat(CorpusCleaner.clean(corpus)).allSatisfy(a -> assertThat(a.paragraphs()).contains(background));
    }

    @Test
    void articlesWithoutAKnownOutletAreNotCompared() {
        var corpus = new ArrayList<Article>();
        for (int i = 0; i < 6; i++) {
            corpus.add(article("u" + i, null, "Story " + i + " on the election results today.\n" + DISCLAIMER));
        }
        assertThat(CorpusCleaner.clean(corpus)).allSatisfy(a -> assertThat(a.paragraphs()).contains(DISCLAIMER));
    }

    private static Article article(String id, String source, String text) {
        return Article.read(id, source, null, null, null, text, List.of(), Map.of(), id);
    }
}
