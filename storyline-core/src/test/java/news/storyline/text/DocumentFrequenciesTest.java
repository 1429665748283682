package news.storyline.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentFrequenciesTest {

    @Test
    void theBackgroundWeighsCommonNewsWordsBelowPlaceNames() {
        var frequencies = DocumentFrequencies.withBackground();
        assertThat(frequencies.documents()).isGreaterThan(1000);
        assertThat(frequencies.idf("said")).isLessThan(frequencies.idf("court"));
        assertThat(frequencies.idf("court")).isLessThan(frequencies.idf("never-seen-term"));
    }

    @Test
    void frequenciesUpdateAsArticlesArrive() {
        var frequencies = new DocumentFrequencies();
        frequencies.add(List.of("mosul", "isil"));
        frequencies.add(List.of("mosul", "baghdad"));
        assertThat(frequencies.documents()).isEqualTo(2);
        assertThat(frequencies.frequency("mosul")).isEqualTo(2);
        double before = frequencies.idf("isil");
        frequencies.add(List.of("isil"));
        assertThat(frequencies.idf("isil")).isLessThan(before);
        assertThat(frequencies.idf("mosul")).isGreaterThan(0);
    }

    @Test
    void aWrittenTableKeepsTermsAboveTheMinimum() throws Exception {
        var frequencies = new DocumentFrequencies();
        frequencies.add(List.of("mosul", "isil"));
        frequencies.add(List.of("mosul"));
        var out = new StringWriter();
        frequencies.write(out, 2);
        assertThat(out.toString()).isEqualTo("#documents\t2\nmosul\t2\n");
    }

    @Test
    void sublinearVectorsOfUnitLengthMeetInTheirSharedTerms() {
        var frequencies = new DocumentFrequencies();
        frequencies.add(List.of("mosul", "fell"));
        frequencies.add(List.of("apple", "fell"));
        TermVector a = TermVector.of(Map.of("mosul", 3, "fell", 1), frequencies);
        TermVector b = TermVector.of(Map.of("mosul", 1, "apple", 1), frequencies);
        assertThat(a.cosine(a)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(a.cosine(b)).isBetween(0.1, 0.99);
        assertThat(a.topShared(b, 5)).containsExactly("mosul");
        assertThat(TermVector.of(Map.of(), frequencies).cosine(a)).isZero();
    }

    @Test
    void countingAndWeighingInOneGoIsAddThenWeigh() {
        var oneGo = DocumentFrequencies.withBackground();
        var twoSteps = DocumentFrequencies.withBackground();
        List<Map<String, Integer>> articles = List.of(
                Map.of("mosul", 3, "isil", 2, "said", 5, "never-seen", 1),
                Map.of("mosul", 1, "baghdad", 4, "never-seen", 2),
                Map.of(),
                Map.of("never-seen", 1, "kurdish", 1));
        for (Map<String, Integer> counts : articles) {
            TermVector weighed = oneGo.addAndWeigh(counts);
            twoSteps.add(counts.keySet());
            TermVector expected = TermVector.of(counts, twoSteps);
            assertThat(weighed.weights()).isEqualTo(expected.weights());
            assertThat(oneGo.documents()).isEqualTo(twoSteps.documents());
            for (String term : counts.keySet()) {
                assertThat(oneGo.frequency(term)).isEqualTo(twoSteps.frequency(term));
            }
        }
        assertThat(oneGo.frequency("never-seen")).isEqualTo(3);
    }
}
