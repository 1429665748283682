package news.storyline.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import news.storyline.article.Article;
import news.storyline.clean.ArticleCleaner;
import news.storyline.ingest.InputProblem;
import news.storyline.ingest.Ingestor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The facts of the two seed reports of the fall of Mosul, as the issue names them. */
class SeedFactsTest {
    static Article clean000;
    static Article clean001;
    static ArticleFacts facts000;
    static ArticleFacts facts001;

    @BeforeAll
    static void extract() throws Exception {
        var problems = new java.util.ArrayList<InputProblem>();
        List<Article> read = new Ingestor().readAll(List.of(seed("000_44105980e39676fe.txt"),
                seed("001_f2e9581c621b58c2.txt")), problems);
        var cleaner = new ArticleCleaner();
        clean000 = cleaner.clean(read.get(0));
        clean001 = cleaner.clean(read.get(1));
        FactExtractor extractor = new FactExtractor();
        facts000 = extractor.extract(clean000.id(), clean000.cleanText(), ReferenceDays.of(clean000));
        facts001 = extractor.extract(clean001.id(), clean001.cleanText(),
                ReferenceDays.fromStory(ReferenceDays.of(clean001), List.of(facts000.reference()),
                        List.of(clean000.id())));
        for (ArticleFacts af : List.of(facts000, facts001)) {
            System.out.println("== " + af.articleId() + " " + af.reference());
            for (Fact f : af.facts()) {
                System.out.println("  " + f.type() + " [" + f.text() + "] subj=" + f.subject() + " measure="
                        + f.measure() + " value=" + f.value() + " unit=" + f.unit() + " q=" + f.qualifier()
                        + " dir=" + f.direction() + " " + f.from() + ".." + f.to() + " by=" + f.speaker());
            }
        }
    }

    static Path seed(String name) throws Exception {
        return Path.of("..", "fixtures", "seeds", name).toAbsolutePath().normalize();
    }

    @Test
    void distancesOfBothSeeds() {
        Fact d0 = facts000.ofType(FactType.DISTANCE).get(0);
        assertThat(d0.subject()).isEqualTo("Mosul");
        assertThat(d0.value()).isEqualTo(350.0);
        assertThat(d0.direction()).isEqualTo("north");
        assertThat(d0.measure()).isEqualTo("distance from Baghdad");
        Fact d1 = facts001.ofType(FactType.DISTANCE).get(0);
        assertThat(d1.subject()).isEqualTo("Mosul");
        assertThat(d1.value()).isEqualTo(360.0);
        assertThat(d1.direction()).isEqualTo("northwest");
        assertThat(clean000.cleanText().substring(d0.start(), d0.end())).isEqualTo(d0.text());
    }
}
