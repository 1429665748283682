package news.storyline.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import news.storyline.article.Article;
import news.storyline.clean.CorpusCleaner;
import news.storyline.ingest.Ingestor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PairScorerTest {
    private static ArticleProfile clean000;
    private static ArticleProfile messy001;

    @BeforeAll
    static void readSeeds() throws Exception {
        var seeds = java.nio.file.Path.of(PairScorerTest.class.getResource("/seeds").toURI());
        List<Article> articles = CorpusCleaner.clean(new Ingestor().readAll(List.of(
                seeds.resolve("000_44105980e39676fe.txt"), seeds.resolve("001_f2e9581c621b58c2.txt")),
                new java.util.ArrayList<>()));
        clean000 = profile(articles.get(0));
        messy001 = profile(articles.get(1));
    }

    private static ArticleProfile profile(Article article) {
        return ArticleProfile.of(article.id(), article.title(), article.cleanText(), article.language(),
                article.published());
    }

    @Test
    void theTwoSeedReportsTellTheSameStoryWithTheirPlacesAndNamesAsEvidence() {
        var scorer = PairScorer.fast();
        scorer.count(clean000);
        scorer.count(messy001);
        PairScores scores = scorer.score(clean000, messy001);
        assertThat(scores.score(Dimension.OVERALL)).isLessThanOrEqualTo(2.0);
        assertThat(scores.score(Dimension.GEOGRAPHY)).isLessThanOrEqualTo(1.5);
        PairEvidence evidence = scores.evidence();
        assertThat(evidence.places().shared()).contains("Mosul", "Baghdad");
        assertThat(evidence.names().shared()).contains("Isil");
        // As the text writes them, not as the index stems them.
        assertThat(evidence.sharedTerms()).contains("Mosul", "militants").doesNotContain("milit");
        assertThat(evidence.closest().text1()).isNotBlank();
        // the passages that tell alike: the best first (the bestPassage feature's), then others past the floor, no
        // sentence twice
        assertThat(evidence.passages()).hasSizeBetween(2, PairFeatures.PASSAGES);
        assertThat(evidence.closest().similarity()).isEqualTo(evidence.features().get("bestPassage"));
        assertThat(evidence.passages()).extracting(PairEvidence.PassagePair::similarity)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder())
                .allSatisfy(c -> assertThat(c).isGreaterThanOrEqualTo(PairFeatures.MIN_PASSAGE_COSINE));
        assertThat(evidence.passages()).extracting(PairEvidence.PassagePair::text1).doesNotHaveDuplicates();
        assertThat(evidence.passages()).extracting(PairEvidence.PassagePair::text2).doesNotHaveDuplicates();
        JsonNode json = scores.toJson("seeds");
        for (Dimension d : Dimension.values()) {
            assertThat(json.get(d.key()).asDouble()).isBetween(1.0, 4.0);
            assertThat(json.get("evidence").has(d.key())).as(d.key()).isTrue();
        }
    }

    /** A unit vector at this cosine to the first axis, in 8 dimensions: stands in for an embedding. */
    private static float[] atCosine(double cosine) {
        float[] v = new float[8];
        v[0] = (float) cosine;
        v[1] = (float) Math.sqrt(1 - cosine * cosine);
        return v;
    }

    @Test
    void withEmbeddingsOnBothSidesTheAccurateModelWeighsTheirCosine() {
        var scorer = PairScorer.bundled();
        float[] axis = atCosine(1);
        PairScores near = scorer.score(clean000.withEmbedding(axis), messy001.withEmbedding(atCosine(0.95)));
        PairScores far = scorer.score(clean000.withEmbedding(axis), messy001.withEmbedding(atCosine(0.6)));
        PairScores lexical = scorer.score(clean000, messy001.withEmbedding(atCosine(0.95)));

        assertThat(near.evidence().features()).containsKey("embeddingCosine");
        assertThat(near.evidence().features().get("embeddingCosine")).isCloseTo(0.95, within(1e-6));
        // The same texts told apart by the embedding alone: the model gives it real weight.
        assertThat(far.score(Dimension.OVERALL)).isGreaterThan(near.score(Dimension.OVERALL) + 0.3);
        // A side without an embedding (the cascade cut it): scored with the cosine typical of such pairs.
        assertThat(lexical.evidence().features()).doesNotContainKey("embeddingCosine");
        assertThat(lexical.score(Dimension.OVERALL)).isEqualTo(scorer.score(clean000, messy001)
                .score(Dimension.OVERALL)).isGreaterThan(near.score(Dimension.OVERALL));
        // The seeds are no pair the cascade would cut; an unrelated pair is.
        assertThat(scorer.worthEmbedding(clean000, messy001)).isTrue();
        assertThat(PairScorer.fast().worthEmbedding(clean000, messy001)).isFalse();
    }

    @Test
    void aPairInAnotherScriptIsScoredByTheLexicalModelAndNotEmbedded() {
        // Two reports in Arabic: the English embedding model reads them letter by letter, so its cosine says nothing.
        var a = ArticleProfile.of("ar1", "سقوط الموصل", "سيطر مسلحون من تنظيم الدولة الإسلامية على مدينة الموصل "
                + "ثاني أكبر مدن العراق بعد انسحاب الجيش العراقي منها.", "ar", null);
        var b = ArticleProfile.of("ar2", "مسلحون يسيطرون على الموصل", "قال مسؤولون عراقيون إن مسلحين سيطروا على "
                + "الموصل وفر مئات الآلاف من سكان المدينة نحو إقليم كردستان.", "ar", null);
        var scorer = PairScorer.bundled();

        assertThat(a.inLatinScript()).isFalse();
        assertThat(PairScorer.embeddingReads(a, b)).isFalse();
        assertThat(scorer.worthEmbedding(a, b)).isFalse();
        PairScores given = scorer.score(a.withEmbedding(atCosine(1)), b.withEmbedding(atCosine(0.6)));
        assertThat(given.score(Dimension.OVERALL)).isEqualTo(PairScorer.fast().score(a, b).score(Dimension.OVERALL));
        // The seeds, in English, are read: the accurate model weighs their cosine.
        assertThat(PairScorer.embeddingReads(clean000, messy001)).isTrue();
        // Embedding a batch leaves the texts it cannot read without a vector, and embeds only the others.
        var embedded = ArticleProfile.withEmbeddings(List.of(a, clean000), new FixedEmbedder());
        assertThat(embedded.get(0).embedding()).isNull();
        assertThat(embedded.get(1).embedding()).isNotNull();
    }

    /** Gives every text the same unit vector, and fails for a text in another script, which it must never be given. */
    private static final class FixedEmbedder implements news.storyline.text.TextEmbedder {
        @Override
        public String model() {
            return "fixed";
        }

        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public float[] embed(String text) {
            assertThat(news.storyline.text.LatinScript.mostly(text)).isTrue();
            return new float[] {1, 0};
        }
    }

    @Test
    void aSeedAndAnUnrelatedSampleArticleAreDifferentStories() throws Exception {
        JsonNode record;
        try (InputStream in = PairScorerTest.class.getResourceAsStream("/wikinews-first.jsonl")) {
            record = in == null ? null : new ObjectMapper().readTree(new String(in.readAllBytes(),
                    StandardCharsets.UTF_8));
        }
        var unrelated = ArticleProfile.of("apple", record.get("title").asText(), record.get("text").asText(), "en",
                null);
        var scorer = PairScorer.fast();
        scorer.count(clean000);
        scorer.count(unrelated);
        PairScores scores = scorer.score(clean000, unrelated);
        assertThat(scores.score(Dimension.OVERALL)).isGreaterThanOrEqualTo(3.5);
        assertThat(scores.evidence().places().shared()).isEmpty();
    }

    @Test
    void aReportInAnotherLanguageOfTheSameEventSharesItsRunsOfLetters() throws Exception {
        // Written for this test: the fall of Mosul as a German outlet might report it.
        var german = ArticleProfile.of("de", "Dschihadisten erobern Mossul",
                "Kämpfer des Islamischen Staates im Irak und in der Levante (Isil) haben die nordirakische Stadt "
                        + "Mossul eingenommen. Hunderte Bewaffnete griffen die Stadt in der Provinz Ninive an, rund 350 "
                        + "Kilometer nördlich von Bagdad. Soldaten und Polizisten flohen, Zehntausende Einwohner "
                        + "verließen Mossul. Ministerpräsident Nuri al-Maliki rief das Parlament an, den Notstand zu "
                        + "erklären.", "de", null);
        JsonNode record;
        try (InputStream in = PairScorerTest.class.getResourceAsStream("/wikinews-first.jsonl")) {
            record = new ObjectMapper().readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        var unrelated = ArticleProfile.of("apple", record.get("title").asText(), record.get("text").asText(), "en",
                null);
        var scorer = PairScorer.fast();
        List.of(german, clean000, unrelated).forEach(scorer::count);
        PairScores same = scorer.score(german, clean000);
        PairScores other = scorer.score(german, unrelated);
        // "Mossul" and "Mosul", "Bagdad" and "Baghdad", "Isil", "Maliki", "350" share runs where they share few words.
        assertThat(same.evidence().features().get("letterCosine"))
                .isGreaterThan(2 * other.evidence().features().get("letterCosine"));
        assertThat(same.score(Dimension.OVERALL)).isLessThan(other.score(Dimension.OVERALL));
        // The passages of two languages are matched by their runs of letters, not by the few words their analyses
        // share: the closest English sentence names two things or more the German one does (by words alone it was
        // "And 241 were members of Isil.").
        String closest = same.evidence().closest().text2();
        assertThat(List.of("Isil", "Levant", "350", "Baghdad", "Mosul").stream().filter(closest::contains).count())
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void aBookLengthTextIsScoredWithoutHanging() {
        var sentence = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            sentence.append("Militants near Mosul attacked checkpoint number ").append(i % 997)
                    .append(" before dawn, officials said. ");
        }
        String book = sentence.toString();
        PairScores scores = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(20), () -> {
                    var scorer = PairScorer.fast();
                    ArticleProfile long1 = ArticleProfile.of("long1", null, book, "en", null);
                    ArticleProfile long2 = ArticleProfile.of("long2", null, book.substring(book.length() / 2), "en",
                            null);
                    return scorer.score(long1, long2);
                });
        assertThat(scores.score(Dimension.OVERALL)).isBetween(1.0, 4.0);
    }

    @Test
    void scoringIsSymmetricInItsOverallJudgement() {
        var scorer = PairScorer.fast();
        double ab = scorer.score(clean000, messy001).score(Dimension.OVERALL);
        double ba = scorer.score(messy001, clean000).score(Dimension.OVERALL);
        assertThat(ab).isCloseTo(ba, org.assertj.core.data.Offset.offset(1e-9));
    }
}
