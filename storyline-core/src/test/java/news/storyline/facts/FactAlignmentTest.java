package news.storyline.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import news.storyline.article.Article;
import news.storyline.facts.render.ReportFormat;
import news.storyline.facts.render.StoryReportRenderer;
import news.storyline.mention.MentionExtractor;
import org.junit.jupiter.api.Test;

/** How the facts of two reports are lined up and judged: which value is the same thing, and what is a change. */
class FactAlignmentTest {
    private static final MentionExtractor MENTIONS = new MentionExtractor();

    private static Article article(String id, String published, String text) {
        return Article.read(id, "outlet-" + id, null, "Markets " + id, Instant.parse(published), text, List.of(),
                Map.of(), id + ".txt").cleaned(List.of(text), List.of(), "en");
    }

    private static StoryReport report(Article... articles) {
        return new StoryReporter(MENTIONS).report(null, null, List.of(articles));
    }

    private static List<FactComparison> compared(Article... articles) {
        return report(articles).comparisons();
    }

    private static FactComparison about(List<FactComparison> comparisons, String value) {
        return comparisons.stream().filter(c -> c.facts().stream().anyMatch(f -> FactAligner.value(f).equals(value)))
                .findFirst().orElseThrow(() -> new AssertionError("no comparison holds " + value + ": " + comparisons));
    }

    @Test
    void twoFiguresOfOneSentenceArePairedByTheWordsBeforeThem() {
        // Both reports give both figures; the sentence is alike throughout, so only the words before each figure
        // tell the Nasdaq's fall from the Dax's.
        String sentence = "The Nasdaq index has fallen by 3.16% to 2138.14, while the Dax was 1.75% lower than the "
                + "start of the day.";
        List<FactComparison> comparisons = compared(article("a", "2008-09-17T10:00:00Z", sentence),
                article("b", "2008-09-17T12:00:00Z", sentence.replace("The Nasdaq index", "The NASDAQ index")
                        .replace(" lower than the start", " down from the start")));
        assertThat(comparisons).noneMatch(c -> c.agreement() == Agreement.CONTRADICTED);
        assertThat(about(comparisons, "1.75%").agreement()).isEqualTo(Agreement.AGREED);
        assertThat(about(comparisons, "3.16%").agreement()).isEqualTo(Agreement.AGREED);
        // Each says of what: the name its figures follow, a sentence's opening "The" set aside.
        assertThat(about(comparisons, "1.75%").description()).isEqualTo("amount (%), Dax");
        assertThat(about(comparisons, "3.16%").description()).isEqualTo("amount (%), Nasdaq");
    }

    /** AllSides dev: two reports that each give the old rule and the new one say the same two things. */
    @Test
    void reportsGivingTheSameTwoFiguresInOtherOrderAgree() {
        List<FactComparison> comparisons = compared(
                article("a", "2021-03-19T10:00:00Z", "The health agency on Friday announced new guidance for schools, "
                        + "allowing for just three feet of space between students instead of the six feet it had "
                        + "previously recommended."),
                article("b", "2021-03-19T12:00:00Z", "The health agency on Friday is updating its distancing guidance "
                        + "for schools from 6 feet to 3 feet."));
        assertThat(comparisons).noneMatch(c -> c.agreement() == Agreement.CONTRADICTED);
        assertThat(about(comparisons, "3 feet").agreement()).isEqualTo(Agreement.AGREED);
        assertThat(about(comparisons, "6 feet").agreement()).isEqualTo(Agreement.AGREED);
        // A report giving one figure still disagrees with one giving another.
        List<FactComparison> other = compared(
                article("c", "2021-03-19T10:00:00Z", "The agency now allows three feet of space between students."),
                article("d", "2021-03-19T12:00:00Z", "The agency now allows four feet of space between students."));
        assertThat(about(other, "3 feet").agreement()).isEqualTo(Agreement.CONTRADICTED);
    }

    /** ECB+ 30_ecb (CC BY 3.0), shortened: one country's share of the traffic is not another's. */
    @Test
    void aShareIsOfTheNameWrittenAfterIt() {
        List<FactComparison> comparisons = compared(
                article("a", "2008-12-19T10:00:00Z", "Most traffic is rerouted, but 65% of traffic to India is down, "
                        + "and services to Singapore, Malaysia and Egypt are severely affected."),
                article("b", "2008-12-19T12:00:00Z", "Sixty-five per cent of traffic to India was down, while services "
                        + "to Singapore, Malaysia and Egypt were also severely affected."),
                article("c", "2008-12-19T14:00:00Z", "Services are severely affected: the same goes for 59% of "
                        + "communications with Singapore, 44% with Malaysia and 52% with Egypt."));
        assertThat(comparisons).noneMatch(c -> c.agreement() == Agreement.CONTRADICTED);
        assertThat(about(comparisons, "65%").agreement()).isEqualTo(Agreement.AGREED);
        assertThat(about(comparisons, "65%").description()).isEqualTo("amount (%), India");
        assertThat(about(comparisons, "59%").agreement()).isEqualTo(Agreement.SINGLE_SOURCE);
    }

    /** ECB+ 12_ecbplus (CC BY 3.0), shortened: a tally over five operations is not the one operation's count. */
    @Test
    void aTallyOverSeveralHappeningsIsNotLinedUpWithOneHappeningsCount() {
        List<FactComparison> comparisons = compared(
                article("a", "2011-11-11T10:00:00Z", "The navy seized six rifles and about 300 rounds of ammunition "
                        + "from the pirates' boats."),
                article("b", "2011-11-11T12:00:00Z", "The navy seized six rifles and 300 rounds of ammunition from the "
                        + "pirates' boats."),
                article("c", "2011-11-11T14:00:00Z", "The navy has seized 923 rounds of ammunition from pirates' boats "
                        + "during the five operations it carried out there."));
        assertThat(comparisons).noneMatch(c -> c.agreement() == Agreement.CONTRADICTED);
        assertThat(about(comparisons, "about 300 rounds").agreement()).isEqualTo(Agreement.AGREED);
        assertThat(about(comparisons, "923 rounds").agreement()).isEqualTo(Agreement.SINGLE_SOURCE);
    }

    /** One count of one thing, in sentences worded apart (the shape of a SemEval dev pair rated one story). */
    @Test
    void theSameCountOfTheSameThingIsLinedUpInSentencesWordedApart() {
        List<FactComparison> comparisons = compared(
                article("a", "2020-01-02T10:00:00Z", "Seven fire tenders were rushed to the factory after a call "
                        + "came at dawn, the department said."),
                article("b", "2020-01-02T12:00:00Z", "According to the chief of the fire services, 7 fire tenders "
                        + "were sent out and rescue work went on for hours."));
        assertThat(about(comparisons, "7 tenders").agreement()).isEqualTo(Agreement.AGREED);
        // A measured amount still needs nearly the same sentence: "$3" is said of many things.
        List<FactComparison> prices = compared(
                article("c", "2020-01-02T10:00:00Z", "Drivers have not paid more than $3 a gallon since 2014."),
                article("d", "2020-01-02T12:00:00Z", "The company's shares rose by $3 on the news from the refinery."));
        assertThat(prices).noneMatch(c -> c.articleIds().size() > 1);
    }

    /** ECB+ 40_ecbplus (CC BY 3.0), shortened: the price both reports give is one price, whatever stands before it. */
    @Test
    void aFigureTwoReportsGiveAlikeIsPairedBeforeOneTheyGiveDifferently() {
        List<FactComparison> comparisons = compared(
                article("a", "2012-06-11T10:00:00Z", "Apple will ask $1,099 for the base 13-inch version and $1,799 for "
                        + "a 15-inch version."),
                article("b", "2012-06-11T12:00:00Z", "The 13-inch version comes at $1,199; the 15-inch version is "
                        + "offered in $1,799 and $2,199 versions."));
        assertThat(about(comparisons, "$1,799").agreement()).isEqualTo(Agreement.AGREED);
    }

    /** ECB+ 19_ecb (CC BY 3.0), shortened: "at least 2" is no count of "about 100", though it does not exclude it. */
    @Test
    void anOpenRangeIsTwoFiguresWithOneManyTimesItsNumber() {
        List<FactComparison> comparisons = compared(
                article("a", "2008-12-08T10:00:00Z", "Police said at least two people were injured in the riots."),
                article("b", "2008-12-08T12:00:00Z", "Police said about 100 people were injured in the riots."));
        assertThat(comparisons).noneMatch(c -> c.agreement() == Agreement.AGREED && c.type() == FactType.QUANTITY);
    }

    /** ECB+ 29_ecbplus and 30_ecbplus (CC BY 3.0), shortened: a quote's opening word is no name a figure is of. */
    @Test
    void theWordThatOpensAQuoteIsNoNameAFigureIsOf() {
        List<FactComparison> game = compared(
                article("a", "2013-01-06T10:00:00Z", "\"This game was without a doubt 100 percent on me,\" he said."),
                article("b", "2013-01-06T12:00:00Z", "\"This game was 100 percent on me,\" the quarterback said."));
        assertThat(about(game, "100%").description()).isEqualTo("amount (%)");
        List<FactComparison> bandwidth = compared(
                article("c", "2011-10-11T10:00:00Z", "According to an update - \"Some more bandwidth was brought "
                        + "online, bringing us up to 83% of our capacity.\""),
                article("d", "2011-10-11T12:00:00Z", "More bandwidth was brought online, bringing the provider up to "
                        + "83% of its capacity."));
        assertThat(about(bandwidth, "up to 83%").description()).isEqualTo("amount (%)");
    }

    /** ECB+ 31_8ecb and 31_14ecb: a game's points and a career's are two figures, not a disagreement. */
    @Test
    void countsThreeTimesApartInReportsOfOneDayAreTwoFiguresButAGrowingTollIsAnUpdate() {
        List<FactComparison> comparisons = compared(
                article("a", "2009-02-06T10:00:00Z", "Hansbrough scored 20 points in the game against Evansville on "
                        + "Thursday night."),
                article("b", "2009-02-06T12:00:00Z", "Hansbrough now has 2,302 points after the game against "
                        + "Evansville on Thursday night."));
        assertThat(comparisons).noneMatch(c -> c.agreement() == Agreement.CONTRADICTED);
        List<FactComparison> toll = compared(
                article("c", "2013-07-02T10:00:00Z", "The earthquake in Aceh killed five people, officials said."),
                article("d", "2013-07-03T10:00:00Z", "The earthquake in Aceh killed 24 people, officials said."));
        assertThat(about(toll, "24 people").agreement()).isEqualTo(Agreement.UPDATED);
    }

    /** ECB+ 1_14ecbplus and 1_3ecbplus: checking into a clinic and checking out of it are two events. */
    @Test
    void aVerbWithAnOppositeParticleIsAnotherEvent() {
        List<FactComparison> comparisons = compared(
                article("a", "2013-05-03T10:00:00Z", "Lindsay Lohan checked into the Betty Ford Center in Rancho "
                        + "Mirage on Thursday night, her rep confirms."),
                article("b", "2013-06-14T10:00:00Z", "Lindsay Lohan checked out of the Betty Ford Center in Rancho "
                        + "Mirage on Thursday, her rep confirms."));
        assertThat(comparisons).noneMatch(c -> c.type() == FactType.DATE && c.articleIds().size() > 1);
        List<FactComparison> same = compared(
                article("c", "2013-05-03T10:00:00Z", "Lindsay Lohan checked into the Betty Ford Center on Thursday."),
                article("d", "2013-05-03T12:00:00Z", "Lindsay Lohan checked in to the Betty Ford Center on Thursday "
                        + "night."));
        assertThat(same).anyMatch(c -> c.type() == FactType.DATE && c.agreement() == Agreement.AGREED);
    }

    @Test
    void aSummarySentenceIsNotCreditedToAReportThatGivesOtherFigures() {
        StoryReport report = report(
                article("a", "2008-09-17T10:00:00Z", "The Dow Jones industrial average was down 2.62% at 16:08 UTC "
                        + "after a day of heavy selling on Wall Street."),
                article("b", "2008-09-17T12:00:00Z", "The Dow Jones industrial average was down 2.62% at 16:08 UTC "
                        + "as heavy selling swept Wall Street."),
                article("c", "2008-09-20T12:00:00Z", "The Dow Jones industrial average was up 3.10% at 14:58 UTC "
                        + "after a day of heavy buying on Wall Street."));
        SummarySentence down = report.summary().stream().filter(s -> s.text().contains("2.62%")).findFirst()
                .orElseThrow();
        assertThat(down.articleIds()).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void aSentenceThatLeansOnTheOneBeforeItIsNotTheSummarysFirst() {
        StoryReport report = report(
                article("a", "2005-06-24T10:00:00Z", "Deputy Jerry Ortiz died on Friday night in the town. "
                        + "He was shot dead by a gang member outside an apartment in Hawaiian Gardens on Friday "
                        + "night, Jerry Ortiz's sheriff said."),
                article("b", "2005-06-24T12:00:00Z", "A gang member shot a deputy outside an apartment in Hawaiian "
                        + "Gardens, police said on Friday."));
        assertThat(report.summary().getFirst().text()).doesNotStartWith("He ");
        assertThat(StorySummarizer.leansOnTheSentenceBefore("He did not say what she was treated for.")).isTrue();
        assertThat(StorySummarizer.leansOnTheSentenceBefore("\u201cThat leaves Reggie Bush,\u201d he said.")).isTrue();
        assertThat(StorySummarizer.leansOnTheSentenceBefore("But police said the bomb was found.")).isTrue();
        assertThat(StorySummarizer.leansOnTheSentenceBefore("This week the council met.")).isFalse();
        assertThat(StorySummarizer.leansOnTheSentenceBefore("It is believed the cable was cut.")).isFalse();
        assertThat(StorySummarizer.leansOnTheSentenceBefore("Theresa May resigned.")).isFalse();
        assertThat(StorySummarizer.leansOnTheSentenceBefore("Heavy rain fell.")).isFalse();
    }

    @Test
    void aSentenceSayingTheOtherWayDoesNotTellTheSame() {
        StoryReport report = report(
                article("a", "2008-09-17T10:00:00Z", "Stock markets around the world, particularly those in the "
                        + "United States, have fallen dramatically today."),
                article("c", "2008-09-20T12:00:00Z", "Stock markets around the world, particularly those in the "
                        + "United Kingdom, have increased dramatically today."));
        assertThat(report.summary()).isNotEmpty().allSatisfy(s -> assertThat(s.articleIds()).hasSize(1));
    }

    @Test
    void oneSharedRoundFigureDoesNotMakeTwoSentencesTellTheSame() {
        StoryReport report = report(
                article("a", "2008-09-17T10:00:00Z", "The primary UK index, the FTSE 100, dropped in value by 2.36%, "
                        + "which is 118.40 points, to below the 5000 mark at 4907.20."),
                article("c", "2008-09-20T12:00:00Z", "The primary UK index, the FTSE 100, rose in value by 8.04%, "
                        + "which is 392.50 points, to above the 5000 mark at 5272.50."));
        assertThat(report.summary()).allSatisfy(s -> assertThat(s.articleIds()).hasSize(1));
    }

    /** ECB+ 22_ecbplus (CC BY 3.0), shortened: one shooting told with three verbs is one step of the timeline. */
    @Test
    void reportsThatTellOneHappeningOfADayWithOtherVerbsMakeOneStep() {
        StoryReport report = report(
                article("a", "2010-09-10T10:00:00Z", "A suspended Kraft Foods worker returned Thursday evening and "
                        + "gunned down two women at the Kraft plant in Philadelphia."),
                article("b", "2010-09-10T12:00:00Z", "A suspended worker opened fire at the Kraft plant in "
                        + "Philadelphia on Thursday, killing two women."),
                article("c", "2010-09-10T14:00:00Z", "Two women were shot dead at the Kraft plant in Philadelphia "
                        + "on Thursday night by a suspended worker. The plant closed on Friday."));
        assertThat(report.timeline()).hasSize(2);
        TimelineEvent shooting = report.timeline().get(0);
        assertThat(shooting.from()).isEqualTo(java.time.LocalDate.of(2010, 9, 9));
        assertThat(shooting.articleIds()).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(report.timeline().get(1).articleIds()).containsExactly("c");
    }

    /** ECB+ 31_1ecb: the points are Artino's, who scored them, not Echenique's, whom he complemented. */
    @Test
    void aFigureAfterByAndAGerundIsOfTheOneWhoActs() {
        List<FactComparison> comparisons = compared(article("a", "2009-02-06T10:00:00Z", "Artino complemented "
                + "Echenique inside by scoring a career-high 14 points. Echenique added 12 points."));
        assertThat(about(comparisons, "14 points").description()).isEqualTo("amount (points), Artino");
        assertThat(about(comparisons, "12 points").description()).isEqualTo("amount (points), Echenique");
    }

    @Test
    void aDayOrACurrencysCountryIsNotWhatAFigureIsOf() {
        List<FactComparison> comparisons = compared(article("a", "2008-09-17T10:00:00Z", "AIG was taken over on "
                + "Tuesday in an US$85 billion loan, in exchange for a 79.9% stake in the company."));
        assertThat(about(comparisons, "$85 billion").description()).isEqualTo("amount (usd), AIG");
        assertThat(about(comparisons, "79.9%").description()).isEqualTo("amount (%), AIG");
    }

    /** A report of the market attack's toll on that day. */
    private static Article toll(String id, String published, int killed) {
        return article(id, published, "Officials said " + killed + " people were killed in the attack on the market "
                + "in the city.");
    }

    @Test
    void aCountThatDiffersBetweenReportsOfDifferentDaysIsAnUpdateInDayOrder() {
        List<FactComparison> comparisons = compared(toll("later", "2014-06-12T09:00:00Z", 45),
                toll("early", "2014-06-10T09:00:00Z", 30));
        FactComparison toll = about(comparisons, "30 people");
        assertThat(toll.agreement()).isEqualTo(Agreement.UPDATED);
        assertThat(toll.facts()).extracting(Fact::articleId).containsExactly("early", "later");
        assertThat(toll.note()).isEqualTo("30 people (early, 2014-06-10) then 45 people (later, "
                + "2014-06-12)");
    }

    @Test
    void reportsOfOneDayGivingTheSameValueAreNamedTogetherInAnUpdate() {
        // The second report of the day in words of its own: a copy would count once, under its original.
        List<FactComparison> comparisons = compared(toll("early", "2014-06-10T09:00:00Z", 30),
                article("same", "2014-06-10T15:00:00Z", "Officials said 30 people were killed in the attack on the "
                        + "market in the city centre."), toll("later", "2014-06-12T09:00:00Z", 45));
        FactComparison toll = about(comparisons, "30 people");
        assertThat(toll.agreement()).isEqualTo(Agreement.UPDATED);
        assertThat(toll.facts()).extracting(Fact::articleId).containsExactly("early", "same", "later");
        assertThat(toll.note()).isEqualTo("30 people (early, same, 2014-06-10) then 45 people (later, 2014-06-12)");
    }

    @Test
    void everyReportFormatShowsTheUpdatesInASectionOfTheirOwn() {
        StoryReport report = report(toll("early", "2014-06-10T09:00:00Z", 30),
                toll("later", "2014-06-12T09:00:00Z", 45));
        String text = StoryReportRenderer.render(report, ReportFormat.TEXT);
        assertThat(text).contains("WHERE THE SOURCES DISAGREE (0)").contains("WHAT CHANGED BETWEEN REPORTS (1)")
                .contains("  ~ ").contains("30 people (early, 2014-06-10) then 45 people (later, 2014-06-12)");
        assertThat(StoryReportRenderer.render(report, ReportFormat.MARKDOWN)).contains("What changed between reports");
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(StoryReportRenderer.render(report, ReportFormat.HTML));
        assertThat(html.select("#changed .cmp.updated")).hasSize(1);
        assertThat(html.select("#disagree .cmp")).isEmpty();
        assertThat(html.select(".glance .blue").text()).isEqualTo("1 value updated");
    }

    @Test
    void aCountThatDiffersBetweenReportsOfOneDayIsAContradiction() {
        List<FactComparison> comparisons = compared(toll("a", "2014-06-10T08:00:00Z", 30),
                toll("b", "2014-06-10T20:00:00Z", 45));
        assertThat(about(comparisons, "30 people").agreement()).isEqualTo(Agreement.CONTRADICTED);
    }

    @Test
    void reportsOfOneDayThatDisagreeAmongThemselvesAreAContradictionWhateverTheOtherDaysSay() {
        List<FactComparison> comparisons = compared(toll("a", "2014-06-10T08:00:00Z", 30),
                toll("b", "2014-06-10T20:00:00Z", 38), toll("c", "2014-06-12T20:00:00Z", 45));
        assertThat(about(comparisons, "30 people").agreement()).isEqualTo(Agreement.CONTRADICTED);
    }

    @Test
    void aDistanceIsNoUpdateWhateverTheDays() {
        List<FactComparison> comparisons = compared(
                article("a", "2014-06-10T08:00:00Z", "Mosul is 350 km north of Baghdad, officials said."),
                article("b", "2014-06-12T08:00:00Z", "Mosul is 360 km northwest of Baghdad, officials said."));
        assertThat(comparisons).filteredOn(c -> c.type() == FactType.DISTANCE)
                .singleElement().extracting(FactComparison::agreement).isEqualTo(Agreement.CONTRADICTED);
    }

    /** ECB+ 16_ecbplus (CC BY 3.0), shortened: two reports give the accused's age differently. */
    @Test
    void agesOfOnePersonAgreeOrContradictAcrossSpellings() {
        List<FactComparison> comparisons = compared(
                article("a", "2013-03-05T08:00:00Z", "Jose Luis Orozco, 27, is charged with the murder of Deputy "
                        + "Jerry Ortiz, 35, in Hawaiian Gardens."),
                article("b", "2013-03-05T18:00:00Z", "The jury found Jose Luis Orozco guilty of the murder of Jerry "
                        + "Ortiz, 35, a sheriff's deputy. Orozco, 29, will be sentenced in May."));
        FactComparison accused = comparisons.stream().filter(c -> c.type() == FactType.AGE
                && c.description().equals("age of Jose Luis Orozco")).findFirst().orElseThrow();
        assertThat(accused.agreement()).isEqualTo(Agreement.CONTRADICTED);
        assertThat(accused.note()).isEqualTo("27 (a) vs 29 (b)");
        assertThat(comparisons).filteredOn(c -> c.type() == FactType.AGE
                && c.description().equals("age of Jerry Ortiz")).singleElement()
                .extracting(FactComparison::agreement).isEqualTo(Agreement.AGREED);
    }

    @Test
    void anAgeOneHigherInAReportAYearLaterIsAnUpdateNotAContradiction() {
        assertThat(onlyOne(FactType.AGE,
                article("a", "2010-05-01T08:00:00Z", "Warren Jeffs, 54, was extradited to Texas."),
                article("b", "2011-08-09T08:00:00Z", "Warren Jeffs, 55, was sentenced to life in prison.")))
                .isEqualTo(Agreement.UPDATED);
        assertThat(onlyOne(FactType.AGE,
                article("a", "2011-08-01T08:00:00Z", "Warren Jeffs, 54, was extradited to Texas."),
                article("b", "2011-08-09T08:00:00Z", "Warren Jeffs, 57, was sentenced to life in prison.")))
                .isEqualTo(Agreement.CONTRADICTED);
    }

    /**
     * ECB+ 16_ecbplus (CC BY 3.0), shortened: the accused is 27 in the reports of the murder and 29 in those of the
     * verdict two years on, one of them undated; an undated report that gives neither age still contradicts.
     */
    @Test
    void anUndatedReportGivingOneOfTheDatedAgesDoesNotStopAnUpdate() {
        Article murder = article("a", "2005-06-25T08:00:00Z", "Jose Luis Orozco, 27, is wanted in the killing.");
        Article search = article("b", "2005-06-26T08:00:00Z", "Deputies arrested Jose Luis Orozco, 27, on Saturday.");
        Article verdict = article("c", "2007-04-04T08:00:00Z", "Jose Luis Orozco, 29, was sentenced to death.");
        FactComparison update = compared(murder, search, verdict,
                undated("d", "The jury found Jose Luis Orozco, 29, guilty of murder.")).stream()
                .filter(c -> c.type() == FactType.AGE).findFirst().orElseThrow();
        assertThat(update.agreement()).isEqualTo(Agreement.UPDATED);
        assertThat(update.note()).isEqualTo("27 (a, b, 2005-06-25 to 2005-06-26) then 29 (c, 2007-04-04); 29 (d, undated)");
        assertThat(onlyOne(FactType.AGE, murder, search, verdict,
                undated("d", "The jury found Jose Luis Orozco, 31, guilty of murder.")))
                .isEqualTo(Agreement.CONTRADICTED);
    }

    private static Article undated(String id, String text) {
        return Article.read(id, "outlet-" + id, null, "Markets " + id, null, text, List.of(), Map.of(), id + ".txt")
                .cleaned(List.of(text), List.of(), "en");
    }

    /** ECB+ 19_ecbplus (CC BY 3.0), shortened: "on Saturday night" in reports whose days are a week apart. */
    @Test
    void daysWorkedOutFromTheReportsDaysAgreeWithinAWeekAndAreShownAsNear() {
        FactComparison killed = ofType(FactType.DATE,
                article("a", "2013-03-11T09:00:00Z", "Kimani Gray was shot and killed on Saturday night after police "
                        + "approached him in East Flatbush."),
                article("b", "2013-03-17T09:00:00Z", "Kimani Gray was shot and killed on Saturday night after "
                        + "officers approached him in East Flatbush.")).stream().findFirst().orElseThrow();
        assertThat(killed.agreement()).isEqualTo(Agreement.AGREED);
        assertThat(killed.note()).isEqualTo("2013-03-09 (a) ~ 2013-03-16 (b)");
    }

    @Test
    void datesWrittenOutThatDifferContradictButTheSameDayWithoutItsYearAgrees() {
        String killed = "Deputy Jerry Ortiz was killed on %s outside an apartment in Hawaiian Gardens.";
        assertThat(onlyOne(FactType.DATE,
                article("a", "2007-03-20T09:00:00Z", killed.formatted("June 24, 2005")),
                article("b", "2007-03-21T09:00:00Z", killed.formatted("June 25, 2005"))))
                .isEqualTo(Agreement.CONTRADICTED);
        assertThat(onlyOne(FactType.DATE,
                article("a", "2007-03-20T09:00:00Z", killed.formatted("June 24, 2005")),
                article("b", "2007-05-03T09:00:00Z", killed.formatted("June 24"))))
                .isEqualTo(Agreement.AGREED);
    }

    /** ECB+ 30_ecbplus (CC BY 3.0), shortened: each report's "today" is its own day's news, not one event. */
    @Test
    void eachReportsNewsOfItsOwnDayIsAHappeningOfItsOwn() {
        List<FactComparison> dated = ofType(FactType.DATE,
                article("a", "2011-10-14T09:00:00Z", "Seacom announced today that it has restored services to its "
                        + "business customers."),
                article("b", "2011-10-20T09:00:00Z", "Seacom announced today that it has restored services to all "
                        + "its customers."));
        assertThat(dated).hasSize(2).allSatisfy(c -> assertThat(c.agreement()).isEqualTo(Agreement.SINGLE_SOURCE));
    }

    /** The story's comparisons of one type. */
    private static List<FactComparison> ofType(FactType type, Article... articles) {
        return compared(articles).stream().filter(c -> c.type() == type).toList();
    }

    /** How the reports stand on the one comparison of a type they give. */
    private static Agreement onlyOne(FactType type, Article... articles) {
        List<FactComparison> of = ofType(type, articles);
        assertThat(of).as(type + " comparisons").hasSize(1);
        return of.get(0).agreement();
    }

    /** Two reports of one day, morning and noon, as one story's comparisons. */
    private static List<FactComparison> oneDay(String morning, String noon) {
        return compared(article("a", "2008-12-18T09:00:00Z", morning), article("b", "2008-12-18T12:00:00Z", noon));
    }

    /** ECB+ 29_ecb and 20_ecbplus (CC BY 3.0), shortened: the whole of a ratio, and an addition, are other counts. */
    @Test
    void aRatiosWholeOrAnAdditionIsNotLinedUpWithACountOfItsOwn() {
        assertThat(oneDay("Garrard, who completed 28 passes for 329 yards, ran for two yards against the Colts.",
                "Garrard completed 28 of 41 passes for 329 yards against the Colts."))
                .noneMatch(c -> c.agreement() == Agreement.CONTRADICTED);
        assertThat(oneDay("The governor said that a total of 10 people had been killed in the quake on Qeshm island.",
                "The governor said the bodies of two more victims had been found after the quake on Qeshm island."))
                .noneMatch(c -> c.agreement() == Agreement.CONTRADICTED);
        // Two parts of one whole still meet: "two other rifles" against "three other rifles".
        assertThat(oneDay("Commandos seized seven AK-47 rifles, two other rifles and a grenade launcher.",
                "Commandos seized seven AK-47 rifles, three other rifles and a grenade launcher."))
                .anyMatch(c -> c.agreement() == Agreement.CONTRADICTED && c.note().contains("3 rifles"));
    }

    /** ECB+ 34_12ecb and 34_16ecb (CC BY 3.0), shortened: two outlets quote a Democrat in the same words. */
    @Test
    void aQuoteTwoReportsGiveInTheSameWordsIsShownAsShared() {
        List<FactComparison> quotes = ofType(FactType.QUOTE,
                article("a", "2009-01-06T09:00:00Z", "Gupta has been \u201cthe Obama team's first choice\u201d for "
                        + "the job, a senior Democrat said."),
                article("b", "2009-01-06T12:00:00Z", "A Democrat familiar with the search said Gupta was \"the Obama "
                        + "team's first choice.\" The network would not comment."),
                article("c", "2009-01-06T15:00:00Z", "\u201cHe has not accepted the post yet,\u201d a spokesman "
                        + "for the network said on Tuesday."));
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.agreement()).isEqualTo(Agreement.AGREED);
            assertThat(q.articleIds()).containsExactlyInAnyOrder("a", "b");
            assertThat(q.note()).startsWith("\u201cthe Obama team's first choice");
        });
    }

    /** ECB+ 22_ecbplus (CC BY 3.0), shortened: one person's age, with and without a middle name or a given name. */
    @Test
    void anAgeIsOnePersonsWhetherTheMiddleOrGivenNameIsWrittenOrNot() {
        List<FactComparison> ages = ofType(FactType.AGE,
                article("a", "2010-09-10T09:00:00Z", "Police identified the victims as Tanya Renee Wilson, 47, and "
                        + "LaTonya Sharon Brown, 36. Yvonne Hiller, 43, was arrested."),
                article("b", "2010-09-10T12:00:00Z", "LaTonya Brown was shot in the head and Tanya Wilson, 47, was "
                        + "shot in the side. Hiller, 43, was charged with murder."));
        assertThat(ages).filteredOn(c -> c.agreement() == Agreement.AGREED)
                .extracting(FactComparison::description)
                .containsExactlyInAnyOrder("age of Tanya Renee Wilson", "age of Yvonne Hiller");
        assertThat(ages).filteredOn(c -> c.agreement() == Agreement.SINGLE_SOURCE)
                .extracting(FactComparison::description).containsExactly("age of LaTonya Sharon Brown");
    }

    /** ECB+ 18_ecb and 3_ecb (CC BY 3.0), shortened: "one" as words write it is no report's own figure. */
    @Test
    void aCountOfOneThatNothingHappenedToIsNotListedAsOneReportsOwn() {
        List<FactComparison> comparisons = oneDay("At one point the judge laughed. One man told reporters that 34 "
                + "people were evacuated.", "The judge read the sentence to a packed court.");
        assertThat(comparisons).filteredOn(c -> c.type() == FactType.QUANTITY)
                .extracting(FactComparison::note).containsExactly("34 people");
    }
}
