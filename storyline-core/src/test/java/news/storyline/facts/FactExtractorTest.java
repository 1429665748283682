package news.storyline.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import news.storyline.article.Article;
import news.storyline.mention.MentionExtractor;
import org.junit.jupiter.api.Test;

class FactExtractorTest {
    private static final MentionExtractor MENTIONS = new MentionExtractor();
    private static final ReferenceDay DAY = new ReferenceDay(LocalDate.of(2014, 6, 11), ReferenceDay.How.PUBLISHED,
            "published");

    @Test
    void aFinderThatFailsIsAProblemOfTheArticleAndTheOthersFactsAreKept() {
        FactExtractor extractor = new FactExtractor(MENTIONS, (id, text, sentences) -> {
            throw new IllegalStateException("broken finder");
        });
        ArticleFacts facts = extractor.extract("a", "Militants seized Mosul on Tuesday, killing 12 soldiers, "
                + "officials said.", DAY);
        assertThat(facts.problems()).containsExactly("extra: IllegalStateException: broken finder");
        assertThat(facts.ofType(FactType.QUANTITY)).extracting(Fact::text).containsExactly("12 soldiers");
        assertThat(facts.ofType(FactType.DATE)).extracting(Fact::from).containsExactly(LocalDate.of(2014, 6, 10));
        assertThat(facts.ofType(FactType.QUANTITY).get(0).speaker()).isEqualTo("officials");
    }

    /** ECB+ 19_9ecb: the first attribution's speaker ran past the second verb, which failed the finder. */
    @Test
    void aVerbInsideTheAttributionBeforeItIsNoSecondOne() {
        FactExtractor extractor = new FactExtractor(MENTIONS);
        ArticleFacts facts = extractor.extract("a", "Giorgos Kyrtsos, publisher of the City Press and Free Sunday "
                + "newspapers, said the violent demonstrations revealed widespread public discontent.", DAY);
        assertThat(facts.problems()).isEmpty();
        assertThat(facts.ofType(FactType.ATTRIBUTION)).isNotEmpty();
    }

    @Test
    void aNameEndingInEdIsNoEventVerb() {
        FactExtractor extractor = new FactExtractor(MENTIONS);
        ArticleFacts facts = extractor.extract("a", "Stock markets around the world, particularly those in the "
                + "United States, have fallen dramatically today. Shares of United Airlines dropped on Tuesday.", DAY);
        // No past verb but the name's "United" dates the first: it dates no event.
        assertThat(facts.ofType(FactType.DATE)).extracting(Fact::subject).containsExactly(null, "dropped");
    }

    @Test
    void textThatIsNotNewsGivesFewFactsAndNoFailure() {
        FactExtractor extractor = new FactExtractor(MENTIONS);
        ArticleFacts recipe = extractor.extract("r", "Mix 200 g flour, 2 eggs and 300 ml milk. Whisk until smooth. "
                + "Cook for 1 minute each side. Serves 4.", DAY);
        assertThat(recipe.problems()).isEmpty();
        assertThat(recipe.facts()).hasSizeLessThanOrEqualTo(3);
        ArticleFacts table = extractor.extract("t", "1 2 3 4\n5 6 7 8\n9 10 11 12\n2014 2015 2016 2017", DAY);
        assertThat(table.problems()).isEmpty();
        assertThat(table.ofType(FactType.QUANTITY)).isEmpty();
        assertThat(extractor.extract("e", "", DAY).facts()).isEmpty();
        assertThat(extractor.extract("n", null, DAY).facts()).isEmpty();
    }

    @Test
    void aStoryOfNonNewsAndEmptyBodiesReportsWithoutFailing() {
        Article recipe = Article.read("recipe", null, null, "Pancakes", null, "Mix 200 g flour and 2 eggs. "
                + "Serves 4.", List.of(), java.util.Map.of(), "recipe.txt").cleaned(List.of("Mix 200 g flour and 2 eggs. Serves 4."), List.of(), "en");
        Article empty = Article.read("empty", null, null, "Headline only", null, "", List.of(),
                java.util.Map.of(), "empty.txt")
                .cleaned(List.of(), List.of(), "und");
        StoryReport report = new StoryReporter(MENTIONS).report(null, null, List.of(recipe, empty));
        assertThat(report.articles()).hasSize(2);
        assertThat(report.comparisons()).noneMatch(c -> c.agreement() == Agreement.CONTRADICTED);
        assertThat(report.timeline()).isEmpty();
        assertThat(report.problems()).isEmpty();
    }

    @Test
    void aDateJustAfterAPastVerbIsThatEventsDayThoughTheSentenceLooksAhead() {
        FactExtractor extractor = new FactExtractor(MENTIONS);
        // Published Wednesday 11 June 2014.
        ArticleFacts facts = extractor.extract("f", "Apple announced Friday that it will give owners a free case. "
                + "The system will be shipped in July. Talks resumed in January, and cuts will follow. "
                + "Ministers will meet on Friday. The turnaround plans announced in March cut 30,000 jobs.", DAY);
        assertThat(facts.ofType(FactType.DATE)).extracting(Fact::text, Fact::from).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Friday", LocalDate.of(2014, 6, 6)),
                org.assertj.core.groups.Tuple.tuple("in July", LocalDate.of(2014, 7, 1)),
                org.assertj.core.groups.Tuple.tuple("in January", LocalDate.of(2014, 1, 1)),
                org.assertj.core.groups.Tuple.tuple("on Friday", LocalDate.of(2014, 6, 13)),
                // "plans" looks ahead, but the date is the past verb's just before it
                org.assertj.core.groups.Tuple.tuple("in March", LocalDate.of(2014, 3, 1)));
    }

    @Test
    void aSpanOfWeekdaysRunsForwardFromItsFirstDay() {
        // Published Wednesday 11 June 2014: last Monday to the Wednesday after it, the publication day.
        ArticleFacts facts = new FactExtractor(MENTIONS).extract("w", "The strike ran from Monday to Wednesday.",
                DAY);
        assertThat(facts.ofType(FactType.DATE)).extracting(Fact::text, Fact::from, Fact::to).containsExactly(
                org.assertj.core.groups.Tuple.tuple("from Monday to Wednesday", LocalDate.of(2014, 6, 9),
                        LocalDate.of(2014, 6, 11)));
    }
}
