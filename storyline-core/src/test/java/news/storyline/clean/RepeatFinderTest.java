package news.storyline.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import news.storyline.article.Article;
import news.storyline.article.RemovalReason;
import news.storyline.article.RemovedSpan;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RepeatFinderTest {
    private static final String GOVERNOR = "Provincial governor Atheel al-Nujaifi was in a nearby guest house but "
            + "managed to escape from the area unharmed, he said.";

    @Test
    void anExactRepeatNamesTheParagraphItRepeats() {
        var finder = new RepeatFinder();
        assertThat(finder.repeatOrKeep("First paragraph.")).isEmpty();
        assertThat(finder.repeatOrKeep(GOVERNOR)).isEmpty();
        assertThat(finder.repeatOrKeep("  provincial GOVERNOR Atheel al Nujaifi was in a nearby guest-house but managed to "
                + "escape from the area unharmed,  he said")).get()
                .satisfies(span -> {
                    assertThat(span.reason()).isEqualTo(RemovalReason.REPEATED_PARAGRAPH);
                    assertThat(span.detail()).isEqualTo("repeats paragraph 2");
                });
    }

    @Test
    void aNearRepeatWithAWordChangedIsFound() {
        var finder = new RepeatFinder();
        assertThat(finder.repeatOrKeep(GOVERNOR)).isEmpty();
        assertThat(finder.repeatOrKeep(GOVERNOR.replace("nearby", "close-by"))).get()
                .extracting(span -> span.reason()).isEqualTo(RemovalReason.NEAR_REPEATED_PARAGRAPH);
    }

    @Test
    void aDifferentParagraphOnTheSameTopicIsNotARepeat() {
        var finder = new RepeatFinder();
        assertThat(finder.repeatOrKeep(GOVERNOR)).isEmpty();
        assertThat(finder.repeatOrKeep("He is the brother of Iraq's parliament speaker, Osama al-Nujaifi, who said he "
                + "managed to escape from the area unharmed.")).isEmpty();
    }

    @Test
    void shortLinesMustMatchExactly() {
        var finder = new RepeatFinder();
        assertThat(finder.repeatOrKeep("Mosul fell on Tuesday.")).isEmpty();
        assertThat(finder.repeatOrKeep("Mosul fell on Monday.")).isEmpty();
    }

    /** ECB+ 38_1ecb (CC BY 3.0): two quakes reported in one article, alike but for their time and depth. */
    @Test
    void paragraphsWhoseNumbersDifferAreNotRepeats() {
        var finder = new RepeatFinder();
        assertThat(finder.repeatOrKeep("The earthquake struck at about 9:30 a.m. and had a depth of 2.7 miles, "
                + "according to the USGS.")).isEmpty();
        assertThat(finder.repeatOrKeep("The earthquake struck at about 7:30 a.m. and had a depth of 1.4 miles, "
                + "according to the USGS.")).isEmpty();
    }

    @Test
    void theSameNumbersInAnotherOrderAreDifferentFacts() {
        var finder = new RepeatFinder();
        assertThat(finder.repeatOrKeep("The first quake had a depth of 1.4 miles and the second of 2.7 miles, "
                + "the survey said.")).isEmpty();
        assertThat(finder.repeatOrKeep("The first quake had a depth of 2.4 miles and the second of 1.7 miles, "
                + "the survey said.")).isEmpty();
    }

    @Test
    void paragraphsNamingDifferentPeopleOrPlacesAreNotRepeats() {
        var finder = new RepeatFinder();
        assertThat(finder.repeatOrKeep("The quake was felt strongly in Healdsburg and in the hills above the "
                + "valley, residents said.")).isEmpty();
        assertThat(finder.repeatOrKeep("The quake was felt strongly in Cloverdale and in the hills above the "
                + "valley, residents said.")).isEmpty();
        assertThat(finder.repeatOrKeep("The men were arrested this morning, said Sgt. Tim Shields, a media "
                + "relations officer for the RCMP.")).isEmpty();
        assertThat(finder.repeatOrKeep("The men were arrested this morning, said Sgt. Tim Fields, a media "
                + "relations officer for the RCMP.")).isEmpty();
    }

    @Test
    void aParagraphThatNegatesTheOtherIsNotARepeat() {
        var finder = new RepeatFinder();
        assertThat(finder.repeatOrKeep("Lynch did deny his client was at First and Judson with a loaded handgun "
                + "when the girl died.")).isEmpty();
        assertThat(finder.repeatOrKeep("Lynch did not deny his client was at First and Judson with a loaded handgun "
                + "when the girl died.")).isEmpty();
    }

    @Test
    void aPastedCopyWithTyposAndOtherPunctuationIsStillANearRepeat() {
        var finder = new RepeatFinder();
        assertThat(finder.repeatOrKeep("The earthquake struck at about 7:30 a.m. and had a depth of 1.4 miles, "
                + "according to the USGS.")).isEmpty();
        assertThat(finder.repeatOrKeep("the earthquake stuck at abut 7:30 a.m. and had a depth of 1.4 miles -- "
                + "acording to the USGS")).get()
                .satisfies(span -> {
                    assertThat(span.reason()).isEqualTo(RemovalReason.NEAR_REPEATED_PARAGRAPH);
                    assertThat(span.detail()).isEqualTo("nearly repeats paragraph 1");
                });
    }

    @Test
    void aWordThatOnlyChangedCaseIsNoNewName() {
        var finder = new RepeatFinder();
        assertThat(finder.repeatOrKeep("Residents of the Valley said the Police arrived within minutes of the "
                + "first call.")).isEmpty();
        assertThat(finder.repeatOrKeep("Residents of the valley said the police arived within minutes of the "
                + "first call.")).get().extracting(RemovedSpan::reason)
                .isEqualTo(RemovalReason.NEAR_REPEATED_PARAGRAPH);
    }

    @Test
    void fiveThousandShortSimilarParagraphsCleanWithoutStalling() {
        Article article = article(auctionResults(5_000));
        assertThat(article.rawText().length()).isGreaterThan(400_000);
        // Compared each with each at full length, these took minutes; within bounds they take well under a second.
        Article clean = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> CLEANER.clean(article));
        // Every line gives its own lot number and price, so none is a repeat of another.
        assertThat(clean.paragraphs()).hasSize(5_000);
    }

    @Test
    void twentyThousandShortSimilarParagraphsCleanWithoutStalling() {
        Article article = article(auctionResults(20_000));
        Article clean = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> CLEANER.clean(article));
        assertThat(clean.paragraphs()).hasSize(20_000);
    }

    @Test
    void linesAlikeButForTheirNumbersAreAllKept() {
        var text = new StringBuilder();
        for (int lot = 1; lot <= 3_000; lot++) {
            text.append(sameHorse(lot));
        }
        Article clean = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> CLEANER.clean(article(text.toString())));
        assertThat(clean.paragraphs()).hasSize(3_000);
    }

    @Test
    void nearCopiesAmongThousandsOfSimilarParagraphsAreStillFound() {
        var text = new StringBuilder();
        for (int lot = 1; lot <= 3_000; lot++) {
            text.append(sameHorse(lot));
        }
        // Two lines of the listing pasted again far below their originals, one as it was, one with a typo.
        text.append(sameHorse(117));
        text.append(sameHorse(2_501).replace("gelding", "geldng"));
        Article clean = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> CLEANER.clean(article(text.toString())));
        assertThat(clean.paragraphs()).hasSize(3_000);
        assertThat(clean.removed()).extracting(RemovedSpan::detail)
                .containsExactly("repeats paragraph 117", "nearly repeats paragraph 2501");
    }

    private static final ArticleCleaner CLEANER = new ArticleCleaner();

    @BeforeAll
    static void loadTheLanguageModelOutsideTheHangGuards() {
        CLEANER.clean(article("The language model is loaded once, on the first article cleaned."));
    }

    private static String sameHorse(int lot) {
        return "Lot %,d of the Dorchester county auction: a bay gelding, nine years old, sold for %,d dollars to a "
                .formatted(lot, 1_000 + lot) + "bidder from Harford.\n";
    }

    /** An auction's results as a local paper prints them: one short line a lot, each like the others. */
    private static String auctionResults(int lots) {
        String[] colours = {"bay", "chestnut", "grey", "black", "dun", "roan", "palomino", "piebald", "skewbald", "brown"};
        String[] kinds = {"gelding", "mare", "filly", "colt", "stallion", "pony", "cob", "hunter", "yearling", "foal"};
        String[] buyers = {"farmer", "trainer", "dealer", "breeder", "riding school", "hunt club", "stable", "syndicate"};
        String[] towns = {"Harford", "Easton", "Cambridge", "Salisbury", "Denton", "Chestertown", "Centreville",
            "Oxford", "Vienna", "Hurlock", "Preston", "Secretary"};
        var random = new Random(lots);
        var text = new StringBuilder();
        for (int lot = 1; lot <= lots; lot++) {
            text.append("Lot %d: a %s %s, %d years old, sold for %d dollars to a %s from %s.\n".formatted(lot,
                    colours[random.nextInt(colours.length)], kinds[random.nextInt(kinds.length)], 2 + random.nextInt(15),
                    500 + random.nextInt(5_000), buyers[random.nextInt(buyers.length)], towns[random.nextInt(towns.length)]));
        }
        return text.toString();
    }

    private static Article article(String text) {
        return Article.read("listing", null, null, null, null, text, List.of(), Map.of(), "listing.txt");
    }
}
