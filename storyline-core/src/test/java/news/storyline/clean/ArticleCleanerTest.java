package news.storyline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import news.storyline.article.Article;
import news.storyline.article.RemovalReason;
import news.storyline.article.RemovedSpan;
import org.junit.jupiter.api.Test;

class ArticleCleanerTest {
    private final ArticleCleaner cleaner = new ArticleCleaner();

    @Test
    void aWikinewsDatelineBecomesThePublicationDateWhenThereIsNone() {
        Article read = article(null, "January 09, 2008\nThe European Commission has forced Apple Inc. to lower its "
                + "prices for media in its United Kingdom iTunes store.", Map.of());
        Article clean = cleaner.clean(read);
        assertThat(clean.published()).isEqualTo(Instant.parse("2008-01-09T00:00:00Z"));
        assertThat(clean.removed()).extracting(RemovedSpan::reason).containsExactly(RemovalReason.DATELINE);
        assertThat(clean.paragraphs()).singleElement().asString().startsWith("The European Commission");
    }

    @Test
    void theHeadlineRepeatedAtTheTopIsRemovedAndStaysTheTitle() {
        Article read = Article.read("a", null, null, "Militants seize Mosul", null,
                "Militants seize Mosul\nMilitants seized Iraq's second-largest city on Tuesday, officials said.",
                List.of(), Map.of(), "a");
        Article clean = cleaner.clean(read);
        assertThat(clean.title()).isEqualTo("Militants seize Mosul");
        assertThat(clean.removed()).extracting(RemovedSpan::reason).containsExactly(RemovalReason.HEADLINE);
        assertThat(clean.paragraphs()).hasSize(1);
    }

    @Test
    void bylinesAndReportingCreditsAreRemovedButNotSentencesStartingWithBy() {
        Article read = article(null, """
                By Jane Arraf in Baghdad
                Militants seized Iraq's second-largest city on Tuesday, officials said.
                By nightfall, the army had abandoned its vehicles on the road to Erbil.
                (Reporting by Ahmed Rasheed; Editing by Tom Heneghan)""", Map.of());
        Article clean = cleaner.clean(read);
        assertThat(clean.removed()).extracting(RemovedSpan::reason)
                .containsExactly(RemovalReason.BYLINE, RemovalReason.BYLINE);
        assertThat(clean.paragraphs()).hasSize(2).last().asString().startsWith("By nightfall");
    }

    @Test
    void theDeclaredLanguageIsTheFallbackForTextTooShortToTell() {
        assertThat(cleaner.clean(article(null, "Oui.", Map.of("lang", "fr"))).language()).isEqualTo("fr");
        assertThat(cleaner.clean(article(null, "Oui.", Map.of())).language()).isEqualTo("und");
        assertThat(cleaner.clean(article(null, "Yes.", Map.of("htmlLang", "en-GB"))).language()).isEqualTo("en");
    }

    @Test
    void aReadersOwnRemovalsAreKeptBeforeTheCleanersOwn() {
        Article read = Article.read("a", null, null, null, null, "Text of the story goes here today.\nAlso Read",
                List.of(new RemovedSpan("Soldiers at a checkpoint", RemovalReason.IMAGE_CAPTION, "HTML figure caption")),
                Map.of(), "a");
        assertThat(cleaner.clean(read).removed()).extracting(RemovedSpan::reason)
                .containsExactly(RemovalReason.IMAGE_CAPTION, RemovalReason.READ_ALSO);
    }

    private static Article article(Instant published, String text, Map<String, String> attributes) {
        return Article.read("a", null, null, null, published, text, List.of(), attributes, "a");
    }
}
