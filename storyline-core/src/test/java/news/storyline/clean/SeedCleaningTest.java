package news.storyline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import news.storyline.article.Article;
import news.storyline.article.RemovalReason;
import news.storyline.article.RemovedSpan;
import news.storyline.ingest.Ingestor;
import news.storyline.ingest.InputProblem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The two scraped reports the project started from, read and cleaned as a user would. */
class SeedCleaningTest {
    private static Article clean000;
    private static Article clean001;

    @BeforeAll
    static void readSeeds() throws Exception {
        var problems = new java.util.ArrayList<InputProblem>();
        List<Article> read = new Ingestor().readAll(List.of(seed("000_44105980e39676fe.txt"),
                seed("001_f2e9581c621b58c2.txt")), problems);
        assertThat(problems).isEmpty();
        var cleaner = new ArticleCleaner();
        clean000 = cleaner.clean(read.get(0));
        clean001 = cleaner.clean(read.get(1));
    }

    @Test
    void idLineOf000IsItsIdAndNotInTheBody() {
        assertThat(clean000.id()).isEqualTo("1.1345264-3993115206");
        assertThat(clean000.title()).isNull();
        assertThat(clean000.cleanText()).doesNotContain("1.1345264-3993115206");
        assertThat(reasons(clean000)).contains(RemovalReason.SOURCE_ID_LINE);
    }

    @Test
    void imageCaptionOf000IsRemovedWithItsCredit() {
        assertThat(clean000.cleanText()).doesNotContain("Image Credit").doesNotContain("AFP PHOTO")
                .doesNotContain("Iraqi soldiers gather");
        assertThat(clean000.removed()).filteredOn(span -> span.reason() == RemovalReason.IMAGE_CAPTION)
                .singleElement().satisfies(span -> assertThat(span.text()).startsWith("Iraqi soldiers gather")
                        .endsWith("Image Credit: AFP"));
        assertThat(clean000.paragraphs().getFirst()).startsWith("Mosul: Militants seized Iraq’s second-largest city");
    }

    @Test
    void textOf000IsOtherwiseKeptWhole() {
        assertThat(clean000.paragraphs()).hasSize(20).contains("Islamic state plan", "And 241 were members of Isil.")
                .last().asString().startsWith("Syria’s war has killed more than 162,000 people");
        assertThat(clean000.removed()).hasSize(2);
    }

    @Test
    void eachParagraphOf001IsKeptOnce() {
        assertThat(clean001.paragraphs()).hasSize(12).doesNotHaveDuplicates();
        assertThat(clean001.paragraphs()).filteredOn(p -> p.startsWith("Mosul is 360 kilometres northwest of Baghdad"))
                .hasSize(1);
        assertThat(clean001.paragraphs()).contains(
                "Several residents reported seeing the gunmen hoisting the black flags inscribed with the Islamic "
                        + "declaration of flags that are used by ISIL, al-Qaida and other jihadist groups.");
        assertThat(clean001.removed()).filteredOn(span -> span.reason() == RemovalReason.REPEATED_PARAGRAPH)
                .hasSize(10);
    }

    @Test
    void alsoReadLineOf001IsRemoved() {
        assertThat(clean001.paragraphs()).noneMatch(p -> p.contains("Also Read"));
        assertThat(clean001.removed()).filteredOn(span -> span.reason() == RemovalReason.READ_ALSO)
                .extracting(RemovedSpan::text).containsExactly("Also Read");
    }

    @Test
    void bothSeedsAreEnglish() {
        assertThat(clean000.language()).isEqualTo("en");
        assertThat(clean001.language()).isEqualTo("en");
    }

    private static List<RemovalReason> reasons(Article article) {
        return article.removed().stream().map(RemovedSpan::reason).toList();
    }

    static Path seed(String name) throws URISyntaxException {
        return Path.of(SeedCleaningTest.class.getResource("/seeds/" + name).toURI());
    }
}
