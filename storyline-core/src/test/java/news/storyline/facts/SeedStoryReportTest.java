package news.storyline.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import news.storyline.article.Article;
import news.storyline.clean.ArticleCleaner;
import news.storyline.ingest.InputProblem;
import news.storyline.ingest.Ingestor;
import news.storyline.mention.MentionType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The report on the two seed reports of the fall of Mosul: what the "done when" names. */
class SeedStoryReportTest {
    static StoryReport report;
    static Map<String, Article> byId;
    static final String A = "1.1345264-3993115206";
    static final String B = "001_f2e9581c621b58c2";

    @BeforeAll
    static void build() throws Exception {
        var problems = new java.util.ArrayList<InputProblem>();
        List<Article> read = new Ingestor().readAll(List.of(SeedFactsTest.seed("000_44105980e39676fe.txt"),
                SeedFactsTest.seed("001_f2e9581c621b58c2.txt")), problems);
        var cleaner = new ArticleCleaner();
        List<Article> clean = read.stream().map(cleaner::clean).toList();
        byId = new java.util.HashMap<>();
        clean.forEach(a -> byId.put(a.id(), a));
        report = new StoryReporter().report(null, null, clean);
        for (FactComparison c : report.comparisons()) {
            System.out.println(c.agreement() + " | " + c.description() + " | " + c.note());
        }
        report.summary().forEach(s -> System.out.println("S " + s.outlets() + " " + s.text()));
        report.timeline().forEach(t -> System.out.println("T " + t.from() + ".." + t.to() + " " + t.articleIds()
                + " " + t.text()));
        report.entities().forEach(e -> System.out.println("E " + e.name() + " " + e.type() + " " + e.where() + " "
                + e.formsByArticle()));
    }

    @Test
    void theDistanceDisagreementIsAContradiction() {
        FactComparison distance = report.comparisons().stream().filter(c -> c.type() == FactType.DISTANCE)
                .filter(c -> c.articleIds().size() == 2).findFirst().orElseThrow();
        assertThat(distance.agreement()).isEqualTo(Agreement.CONTRADICTED);
        assertThat(distance.note()).contains("350 km north (" + A + ")").contains("360 km northwest (" + B + ")");
        assertThat(report.comparisons().get(0).agreement()).isEqualTo(Agreement.CONTRADICTED);
    }

    @Test
    void secondLargestCityIsAgreedByBoth() {
        FactComparison rank = report.comparisons().stream()
                .filter(c -> c.description().equals("second-largest city of Iraq")).findFirst().orElseThrow();
        assertThat(rank.agreement()).isEqualTo(Agreement.AGREED);
        assertThat(rank.articleIds()).containsExactlyInAnyOrder(A, B);
    }

    @Test
    void spellingsOfOneEntityAreShownPerSource() {
        EntitySpellings nineveh = report.entities().stream()
                .filter(e -> e.formsByArticle().values().stream().flatMap(List::stream).anyMatch("Ninevah"::equals))
                .findFirst().orElseThrow();
        assertThat(nineveh.formsByArticle().get(A)).contains("Nineveh");
        assertThat(nineveh.formsByArticle().get(B)).contains("Ninevah");
        assertThat(nineveh.variantSpellings()).isTrue();
        EntitySpellings isil = report.entities().stream()
                .filter(e -> e.formsByArticle().values().stream().flatMap(List::stream).anyMatch("ISIL"::equals))
                .findFirst().orElseThrow();
        assertThat(isil.formsByArticle().get(A)).contains("Isil");
        assertThat(isil.type()).isEqualTo(MentionType.ORGANISATION);
    }

    @Test
    void theSeizureIsDatedFromEachArticlesOwnClues() {
        FactComparison seizure = report.comparisons().stream().filter(c -> c.type() == FactType.DATE)
                .filter(c -> c.key().equals("event|seized")).findFirst().orElseThrow();
        Fact a = seizure.facts().stream().filter(f -> f.articleId().equals(A)).findFirst().orElseThrow();
        Fact b = seizure.facts().stream().filter(f -> f.articleId().equals(B)).findFirst().orElseThrow();
        assertThat(a.text()).isEqualTo("on Tuesday");
        assertThat(a.from()).hasToString("2014-06-10");
        assertThat(b.text()).isEqualTo("late yesterday");
        assertThat(b.from()).hasToString("2014-06-09");
        assertThat(report.article(A).reference().how()).isEqualTo(ReferenceDay.How.TEXT);
        assertThat(report.article(A).reference().clue()).contains("June 8, 2014");
        assertThat(report.article(B).reference().how()).isEqualTo(ReferenceDay.How.STORY);
        assertThat(report.timeline()).isNotEmpty();
    }

    @Test
    void factsOnlyOneSourceGivesAreMarkedSo() {
        assertThat(report.comparisons()).anySatisfy(c -> {
            assertThat(c.agreement()).isEqualTo(Agreement.SINGLE_SOURCE);
            assertThat(c.note()).contains("634 people");
            assertThat(c.articleIds()).containsExactly(A);
        });
        assertThat(report.comparisons()).anySatisfy(c -> {
            assertThat(c.agreement()).isEqualTo(Agreement.SINGLE_SOURCE);
            assertThat(c.note()).contains("more than 4,800 families");
        });
    }

    @Test
    void everyFactCarriesItsSentenceAndOffsetsInTheCleanText() {
        for (ArticleFacts af : report.facts()) {
            String text = byId.get(af.articleId()).cleanText();
            for (Fact f : af.facts()) {
                assertThat(text.substring(f.start(), f.end())).isEqualTo(f.text());
                assertThat(text.substring(f.sentenceStart())).startsWith(f.sentence());
            }
        }
        assertThat(report.problems()).isEmpty();
    }

    @Test
    void everySummarySentenceNamesItsSources() {
        assertThat(report.summary()).isNotEmpty();
        for (SummarySentence s : report.summary()) {
            assertThat(s.outlets()).isNotEmpty();
            assertThat(byId.get(s.articleId()).cleanText().substring(s.start(), s.end())).isEqualTo(s.text());
        }
    }
}
