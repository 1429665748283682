package news.storyline.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.storyline.article.Article;
import news.storyline.clean.CorpusCleaner;
import org.junit.jupiter.api.Test;

class DuplicateFinderTest {
    private static final List<String> STORY = List.of(
            "MOSUL, Iraq — Militants of the Islamic State of Iraq and the Levant seized control of Mosul on Tuesday, "
                    + "the second largest city of Iraq, after soldiers and police abandoned their posts.",
            "The fall of the city of two million people followed four days of fighting, officials said, and sent "
                    + "hundreds of thousands of residents fleeing towards the Kurdish region to the east.",
            "Prime Minister Nouri al-Maliki asked parliament to declare a state of emergency and said the government "
                    + "would arm citizens who volunteered to fight the insurgents.",
            "The militants freed about a thousand prisoners from the city's jails and took over the provincial "
                    + "headquarters, the airport and several army bases, security sources said.",
            "Nineveh province governor Atheel al-Nujaifi called on the people of Mosul to stand fast and form "
                    + "popular committees to defend their neighbourhoods against the fighters.",
            "The United States said it was deeply concerned by the events and promised to help the government in "
                    + "Baghdad confront the threat, without saying what form the help would take.");

    @Test
    void findsExactNearContainingAndSyndicatedCopiesWithTheEarliestAsOriginal() {
        var finder = new DuplicateFinder();
        add(finder, "wire", "Wire Service", "2014-06-10T08:00:00Z", String.join("\n\n", STORY) + "\n\n(AP)");
        add(finder, "exact", "Daily One", "2014-06-10T09:00:00Z", String.join("\n\n", STORY).toUpperCase() + "\n\n(AP)");
        var withIntro = new ArrayList<String>();
        withIntro.add("Our correspondent in Erbil adds that checkpoints on the roads out of the city were crowded "
                + "with families carrying what they could on Tuesday night.");
        withIntro.add("Residents said there was no sign of the army anywhere in the western half of the city.");
        withIntro.addAll(STORY);
        add(finder, "intro", "Daily Two", "2014-06-10T10:00:00Z", String.join("\n\n", withIntro));
        add(finder, "cut", "Daily Three", "2014-06-10T11:00:00Z", String.join("\n\n", STORY.subList(0, 4)));
        var edited = new ArrayList<>(STORY);
        edited.set(2, edited.get(2).replace("declare a state of emergency", "declare an emergency"));
        add(finder, "near", "Daily Four", "2014-06-10T12:00:00Z", String.join("\n\n", edited));
        add(finder, "other", "Daily Five", "2014-06-10T12:30:00Z", "Heavy rain flooded the lower town of Bern on "
                + "Tuesday, closing schools and the railway station, as the river rose to its highest level in twenty "
                + "years and the army was called in to build barriers along the banks.");

        List<DuplicateGroup> groups = finder.groups();

        assertThat(groups).singleElement().satisfies(group -> {
            assertThat(group.original().id()).isEqualTo("wire");
            assertThat(group.copies()).extracting(c -> c.article().id()).containsExactly("exact", "intro", "cut", "near");
            assertThat(group.copies()).extracting(DuplicateGroup.Copy::match).containsExactly(
                    CopyRelation.EXACT, CopyRelation.CONTAINS, CopyRelation.CONTAINS, CopyRelation.NEAR);
            assertThat(group.copies()).extracting(DuplicateGroup.Copy::relation).containsExactly(
                    CopyRelation.EXACT, CopyRelation.SYNDICATED, CopyRelation.SYNDICATED, CopyRelation.SYNDICATED);
            assertThat(group.copies()).allSatisfy(c -> assertThat(c.measuredAgainst()).isEqualTo("wire"));
            assertThat(group.copies().get(1).agency()).isEqualTo("AP");
            assertThat(group.copies().get(3).score()).isBetween(0.8, 0.99);
        });
    }

    @Test
    void theOriginalIsTheEarliestPublishedWhateverTheOrderOfArrival() {
        var finder = new DuplicateFinder();
        add(finder, "late", "Daily One", "2014-06-11T09:00:00Z", String.join("\n\n", STORY));
        add(finder, "early", "Daily Two", "2014-06-10T09:00:00Z", String.join("\n\n", STORY));
        assertThat(finder.groups()).singleElement().satisfies(group -> {
            assertThat(group.original().id()).isEqualTo("early");
            assertThat(group.copies()).singleElement().satisfies(c -> assertThat(c.relation()).isEqualTo(CopyRelation.EXACT));
        });
    }

    @Test
    void twoReportsOfOneEventInTheirOwnWordsAreNoCopies() {
        var finder = new DuplicateFinder();
        add(finder, "a", "Daily One", null, String.join("\n\n", STORY));
        add(finder, "b", "Daily Two", null, "Insurgents overran Mosul, Iraq's second city, on Tuesday as the army "
                + "melted away.\n\nThousands of families fled towards Erbil, residents said, while the Prime Minister "
                + "Nouri al-Maliki asked parliament for emergency powers.\n\nThe fighters emptied the prisons and "
                + "raised their flag over the governor's offices in Nineveh province, officials said.");
        add(finder, "short1", "Daily One", null, "Mosul falls.");
        add(finder, "short2", "Daily Two", null, "Mosul falls to militants.");
        assertThat(finder.groups()).isEmpty();
    }

    @Test
    void aChineseCopyWithItsOwnWordingHereAndThereIsFoundAndAnotherStoryIsNot() {
        String story = "伊斯兰国武装分子周二占领了伊拉克第二大城市摩苏尔，当地官员表示，这是对当局的又一次打击，当局似乎无力"
                + "阻止叛乱分子的推进。\n\n一夜之间，数百名枪手对位于巴格达以北350公里的摩苏尔发动袭击，与军队和警察交战。"
                + "\n\n在整个城市沦陷之前，他们控制了省长总部、监狱和电视台。一名逃离该市的记者说，商店关门，安全部队已经撤离。";
        var finder = new DuplicateFinder();
        add(finder, "original", "Daily One", "2014-06-10T09:00:00Z", story);
        add(finder, "copy", "Daily Two", "2014-06-10T12:00:00Z", story.replace("一夜之间", "昨夜")
                .replace("当地官员表示", "官员称") + "\n\n联合国对此表示严重关切。");
        add(finder, "other", "Daily Three", "2014-06-10T13:00:00Z", "上海证券交易所综合指数周二上涨百分之一点五，投资者对"
                + "经济刺激措施的预期推动了银行和房地产股票的上涨。\n\n分析师表示，市场情绪有所改善，但成交量仍然较低。");
        assertThat(finder.groups()).singleElement().satisfies(group -> {
            assertThat(group.original().id()).isEqualTo("original");
            assertThat(group.copies()).singleElement().satisfies(c -> {
                assertThat(c.article().id()).isEqualTo("copy");
                // Its own closing paragraph makes it a copy that contains the original (edited), as for English.
                assertThat(c.relation()).isEqualTo(CopyRelation.CONTAINS);
            });
        });
    }

    @Test
    void aFooterSharedByEveryArticleDoesNotMakeThemCopies() {
        var finder = new DuplicateFinder();
        String footer = "This article may not be published, broadcast, rewritten or redistributed in any form without "
                + "the written permission of the publisher.";
        List<String> towns = List.of("Bern", "Lyon", "Turin", "Graz", "Ghent", "Porto", "Cork", "Split", "Brno", "Pecs");
        List<String> events = List.of("a new bridge over the river", "the closure of the hospital", "a rise in bus fares",
                "the plan for a football stadium", "the cost of the winter gritting", "a strike by refuse collectors");
        // Thirty articles, each town and matter met once together (lcm of 10 and 6).
        for (int i = 0; i < 30; i++) {
            String town = towns.get(i % towns.size());
            String event = events.get(i % events.size());
            // No outlet, so cleaning cannot learn the footer: it stays in every text.
            add(finder, "a" + i, null, null, "The council of " + town + " met on day " + i + " to argue over " + event
                    + ", and the mayor promised a vote within " + (i + 2) + " weeks after residents of the old "
                    + "quarter packed the public gallery.\n\n" + footer);
        }
        assertThat(finder.groups()).isEmpty();
    }

    @Test
    void withAHorizonItForgetsWhatArrivedLongerAgoAndFindsCopiesWithinIt() {
        var finder = new DuplicateFinder(Duration.ofDays(2));
        add(finder, "wire", "Wire Service", "2014-06-10T08:00:00Z", String.join("\n\n", STORY));
        add(finder, "next-day", "Daily One", "2014-06-11T08:00:00Z", String.join("\n\n", STORY));
        assertThat(finder.lastCopy()).map(DuplicateFinder.CopyOf::originalId).contains("wire");
        // Five days on, both are beyond the horizon: the same text again is no copy of anything remembered.
        add(finder, "week-later", "Daily Two", "2014-06-15T08:00:00Z", String.join("\n\n", STORY));
        assertThat(finder.lastCopy()).isEmpty();
        assertThat(finder.remembered()).isEqualTo(1);
        assertThat(finder.size()).isEqualTo(3);
        assertThat(finder.groups()).isEmpty();
        var edited = new ArrayList<>(STORY);
        edited.set(2, edited.get(2).replace("declare a state of emergency", "declare an emergency"));
        add(finder, "near", "Daily Three", "2014-06-15T09:00:00Z", String.join("\n\n", edited));
        assertThat(finder.lastCopy()).map(DuplicateFinder.CopyOf::originalId).contains("week-later");
        assertThat(finder.groups()).singleElement().satisfies(g -> assertThat(g.original().id()).isEqualTo("week-later"));
    }

    @Test
    void aLongStreamWithAHorizonKeepsOnlyTheArticlesWithinIt() {
        var finder = new DuplicateFinder(Duration.ofHours(10));
        Instant start = Instant.parse("2014-06-10T00:00:00Z");
        for (int i = 0; i < 3_000; i++) {
            // Each article its own text; every tenth a copy of the one before it.
            String text = i % 10 == 9 ? variant(i - 1) : variant(i);
            Article read = Article.read("a" + i, "Daily", null, null, start.plusSeconds(60L * i), text, List.of(),
                    Map.of(), "a" + i);
            finder.add(read.cleaned(List.of(text.split("\n\n")), List.of(), "en"));
            if (i % 10 == 9) {
                assertThat(finder.lastCopy()).map(DuplicateFinder.CopyOf::originalId).contains("a" + (i - 1));
            } else {
                assertThat(finder.lastCopy()).isEmpty();
            }
        }
        // Ten hours of articles a minute apart, and the one that arrived exactly ten hours before the last.
        assertThat(finder.remembered()).isEqualTo(601);
        assertThat(finder.groups()).hasSize(60);
    }

    /** A text of its own for each number: the story's sentences, each with the number's own words. */
    private static String variant(int i) {
        var paragraphs = new ArrayList<String>();
        for (int p = 0; p < STORY.size(); p++) {
            paragraphs.add("Report " + Integer.toString(i * 7 + p, 36) + " of case " + Integer.toString(i * 13, 36) + ": "
                    + STORY.get((i + p) % STORY.size()).replaceAll("\\b(\\w{5})\\w*", "$1" + Integer.toString(i, 36)));
        }
        return String.join("\n\n", paragraphs);
    }

    private static void add(DuplicateFinder finder, String id, String source, String date, String text) {
        Article read = Article.read(id, source, null, null, date == null ? null : Instant.parse(date), text, List.of(),
                Map.of(), id);
        finder.add(CorpusCleaner.clean(List.of(read)).getFirst());
    }
}
