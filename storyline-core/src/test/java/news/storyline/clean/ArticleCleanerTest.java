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
    void theHeadlineIsRecognisedWithoutTheSiteNameItsTitleEndsWith() {
        Article read = Article.read("a", null, null, "Here Comes Apple's Real TV - BusinessWeek", null,
                "Here Comes Apple's Real TV\nGet ready, America, because by Christmas 2012 you will have one.",
                List.of(), Map.of(), "a");
        Article clean = cleaner.clean(read);
        assertThat(clean.removed()).extracting(RemovedSpan::reason).containsExactly(RemovalReason.HEADLINE);
        assertThat(clean.paragraphs()).singleElement().asString().startsWith("Get ready");
    }

    @Test
    void aSeparatorLineWithoutWordsIsRemoved() {
        Article clean = cleaner.clean(Article.read("a", null, null, null, null,
                "From Goldman on the announcement:\n-------------\n1. As we had expected, the committee acted.\n* * *",
                List.of(), Map.of(), "a"));
        assertThat(clean.paragraphs()).containsExactly("From Goldman on the announcement:",
                "1. As we had expected, the committee acted.");
        assertThat(clean.removed()).extracting(RemovedSpan::detail).containsOnly("separator without words");
    }

    @Test
    void aBylineAtTheTopThatGivesTheDateDatesAnUndatedArticle() {
        Article read = Article.read("a", null, null, "Verizon shows off iPad TV app", null,
                "By: Marguerite Reardon August 18, 2010 3:21 PM PDT\nNEW YORK--Verizon Communications is prepping"
                        + " a new live TV streaming app for tablet PCs.", List.of(), Map.of(), "a");
        Article clean = cleaner.clean(read);
        assertThat(clean.removed()).extracting(RemovedSpan::reason).containsExactly(RemovalReason.BYLINE);
        assertThat(clean.published()).isEqualTo(Instant.parse("2010-08-18T22:21:00Z"));

        Article handle = cleaner.clean(Article.read("b", null, null, null, null,
                "By Sam Byford on June 29, 2014 08:08 pm @345triangle\nFacebook caused a stir over the weekend.",
                List.of(), Map.of(), "b"));
        assertThat(handle.published()).isNotNull();
        assertThat(handle.published().toString()).startsWith("2014-06-29");
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

    /** ECB+ 22_14ecbplus and 1_9ecbplus (CC BY 3.0): undated records whose addresses file them by date. */
    @Test
    void anUndatedArticleIsDatedByItsAddressAndADateLineItsMonthSettles() {
        Article blog = Article.read("a", null, "http://news4allz.blogspot.nl/2010/09/kraft-shooting.html", null, null,
                "11 / 09 / 2010\nKraft Shooting: Yvonne Hiller Charged With Two Counts Of Murder\nA Kraft Foods "
                        + "plant worker who had been suspended returned minutes later with a handgun, police said.",
                List.of(), Map.of(), "a");
        Article settled = cleaner.clean(blog);
        assertThat(settled.published()).isEqualTo(Instant.parse("2010-09-11T00:00:00Z"));
        assertThat(settled.attributes()).doesNotContainKey(Article.PUBLISHED_FROM);

        Article page = Article.read("b", null, "http://ktla.com/2013/05/03/lohan-may-miss-rehab-deadline/", null,
                null, "Lindsay Lohan may miss her rehab deadline, her father says.", List.of(), Map.of(), "b");
        Article byAddress = cleaner.clean(page);
        assertThat(byAddress.published()).isEqualTo(Instant.parse("2013-05-03T00:00:00Z"));
        assertThat(byAddress.attributes()).containsEntry(Article.PUBLISHED_FROM, "url");

        Article dated = Article.read("c", null, "http://ktla.com/2013/05/03/lohan/", null,
                Instant.parse("2013-05-02T22:00:00Z"), "Lindsay Lohan may miss her rehab deadline.", List.of(),
                Map.of(), "c");
        assertThat(cleaner.clean(dated).published()).isEqualTo(Instant.parse("2013-05-02T22:00:00Z"));
    }

    private static Article article(Instant published, String text, Map<String, String> attributes) {
        return Article.read("a", null, null, null, published, text, List.of(), attributes, "a");
    }

    /** The head of every ECB+ record (1_10ecbplus, CC BY 3.0): the tokenised address, the headline, the date. */
    @Test
    void anAddressAtTheTopBecomesTheUrlAndTheHeadlineAndDatelineAfterItAreRecognised() {
        Article read = Article.read("1_10ecbplus", null, null, "Lindsay Lohan checks into Betty Ford Center", null, """
                http: / / articles. latimes. com / 2013 / may / 03 / local / la - me - 0504 - lohan - rehab - 20130504
                Lindsay Lohan checks into Betty Ford Center
                May 03, 2013
                After skipping out on entering a Newport Beach rehabilitation facility and facing the prospect of \
                arrest for violating her probation, Lindsay Lohan has checked into the Betty Ford Center to begin a \
                90 - day court - mandated stay in her reckless driving conviction.""", List.of(), Map.of(), "a");
        Article clean = cleaner.clean(read);
        assertThat(clean.url()).isEqualTo("http://articles.latimes.com/2013/may/03/local/la-me-0504-lohan-rehab-20130504");
        assertThat(clean.source()).isEqualTo("articles.latimes.com");
        assertThat(clean.removed()).extracting(RemovedSpan::reason)
                .containsExactly(RemovalReason.SOURCE_URL, RemovalReason.HEADLINE, RemovalReason.DATELINE);
        assertThat(clean.removed().getFirst().detail()).isEqualTo("the article's address, kept as its url");
        assertThat(clean.published()).isEqualTo(Instant.parse("2013-05-03T00:00:00Z"));
        assertThat(clean.paragraphs()).singleElement().asString().startsWith("After skipping out");
    }

    @Test
    void anAddressLineDoesNotReplaceTheUrlTheInputGave() {
        Article read = Article.read("a", null, "https://www.latimes.com/local/la-me-0504-lohan-rehab", null, null,
                "https://articles.latimes.com/2013/may/03/local/la-me-0504-lohan-rehab-20130504\n"
                        + "Lindsay Lohan has checked into the Betty Ford Center.", List.of(), Map.of(), "a");
        Article clean = cleaner.clean(read);
        assertThat(clean.url()).isEqualTo("https://www.latimes.com/local/la-me-0504-lohan-rehab");
        assertThat(clean.removed()).extracting(RemovedSpan::reason).containsExactly(RemovalReason.SOURCE_URL);
    }

    @Test
    void anAddressFurtherDownIsText() {
        Article read = article(null, """
                Lindsay Lohan has checked into the Betty Ford Center, her lawyer said.
                The judge had ordered a 90-day stay.
                Her lawyer said she would comply.
                https://articles.latimes.com/2013/may/03/local/la-me-0504-lohan-rehab-20130504""", Map.of());
        Article clean = cleaner.clean(read);
        assertThat(clean.url()).isNull();
        assertThat(clean.paragraphs()).hasSize(4);
    }

    @Test
    void aHeadlineOnlyItemIsCleanedWithoutError() {
        Article read = Article.read("feed#3", "NPR", "https://www.npr.org/2023/11/24/quake", "Quake shakes Healdsburg",
                null, "", List.of(), Map.of("headlineOnly", "true"), "feed.xml");
        Article clean = cleaner.clean(read);
        assertThat(clean.paragraphs()).isEmpty();
        assertThat(clean.removed()).isEmpty();
        assertThat(clean.title()).isEqualTo("Quake shakes Healdsburg");
        assertThat(clean.attributes()).containsEntry(Article.HEADLINE_ONLY, "true");
    }

    @Test
    void anArticleWhoseWholeBodyIsRemovedIsKeptAsHeadlineOnly() {
        Article read = Article.read("a", null, null, "Quake shakes Healdsburg", null, """
                Quake shakes Healdsburg
                Share this story
                Advertisement""", List.of(), Map.of("cluster", "38_ecbplus"), "a");
        Article clean = cleaner.clean(read);
        assertThat(clean.paragraphs()).isEmpty();
        assertThat(clean.removed()).extracting(RemovedSpan::reason).containsExactly(RemovalReason.HEADLINE,
                RemovalReason.SHARE_SUBSCRIBE, RemovalReason.SHARE_SUBSCRIBE);
        assertThat(clean.attributes()).containsEntry(Article.HEADLINE_ONLY, "true")
                .containsEntry("cluster", "38_ecbplus");
    }

    @Test
    void anArticleWithTextIsNotHeadlineOnly() {
        assertThat(cleaner.clean(article(null, "Militants seized Iraq's second-largest city on Tuesday.", Map.of()))
                .attributes()).doesNotContainKey(Article.HEADLINE_ONLY);
    }

    /** The head of ECB+ 6_1ecbplus (CC BY 3.0), whose date line the tokeniser spaced out. */
    @Test
    void aTokenisedDatelineIsRecognised() {
        Article read = Article.read("6_1ecbplus", null, null,
                "The Hunger Games Director Gary Ross Still In Negotiations For The Sequel", null, """
                http: / / www. cinemablend. com / new / Hunger - Games - Director - Gary - Ross - Still - Negotiations - Sequel - 30272. html
                The Hunger Games Director Gary Ross Still In Negotiations For The Sequel
                published: 2012 - 04 - 04 11: 47: 35
                During the promotional period for The Hunger Games everyone involved made sure to note how different \
                the franchise was from Twilight.""", List.of(), Map.of(), "a");
        Article clean = cleaner.clean(read);
        assertThat(clean.removed()).extracting(RemovedSpan::reason)
                .containsExactly(RemovalReason.SOURCE_URL, RemovalReason.HEADLINE, RemovalReason.DATELINE);
        assertThat(clean.published()).isEqualTo(Instant.parse("2012-04-04T11:47:35Z"));
    }

    /**
     * Date lines as European pages write them: with the agency after the date or the author before it, in the
     * page's language, under a headline that is removed and takes no place of the head.
     */
    @Test
    void aDateLineWithItsAgencyOrAuthorDatesTheArticle() {
        String[][] cases = {
                {"2015.08.15 10:28 MTI", "2015-08-15T10:28:00Z"},
                {"2015. augusztus 20., 11:16 forrás: MTI", "2015-08-20T11:16:00Z"},
                {"Полина Зябрева 15.08.2015, 14:10", "2015-08-15T14:10:00Z"},
                {"Publié le 20 août 2015 à 10h28", "2015-08-20T10:28:00Z"},
                {"2/26/2015 7:11 AM PST BY TMZ STAFF", "2015-02-26T15:11:00Z"}};
        for (String[] c : cases) {
            Article read = Article.read("a", null, null, "Blasts shake the port again", null,
                    "Blasts shake the port again\nNew explosions shook the port district on Saturday.\n"
                            + "The fire brigade said the fire was under control.\n" + c[0] + "\n"
                            + "Officials said more than a hundred people had died since Wednesday.",
                    List.of(), Map.of(), "a");
            Article clean = cleaner.clean(read);
            assertThat(clean.published()).as(c[0]).isEqualTo(Instant.parse(c[1]));
            assertThat(clean.removed()).extracting(RemovedSpan::reason)
                    .containsExactly(RemovalReason.HEADLINE, RemovalReason.DATELINE);
        }
    }

    /** Date lines of Chinese, Japanese, Korean and Arabic news sites: a label, the date, perhaps the source. */
    @Test
    void aDateLineInScriptsWithoutCapitalsDatesTheArticle() {
        String[][] cases = {
                {"发布时间：2014年06月10日 09:30 来源：新华网", "2014-06-10T09:30:00Z", "中国股市周二上涨"},
                {"2014-06-10 09:30:15 来源：人民网", "2014-06-10T09:30:15Z", "中国股市周二上涨"},
                {"公開日：2014年6月10日", "2014-06-10T00:00:00Z", "中国股市周二上涨"},
                {"기사입력 2014-06-10 09:30", "2014-06-10T09:30:00Z", "중국 증시 상승"},
                {"نشر في: الثلاثاء 10 يونيو 2014 - 09:30", "2014-06-10T09:30:00Z", "سقوط الموصل"},
                {"تاريخ النشر: ١٠ يونيو ٢٠١٤", "2014-06-10T00:00:00Z", "سقوط الموصل"}};
        for (String[] c : cases) {
            String body = c[2].startsWith("중") ? "중국 증시는 화요일 상승했다. 투자자들은 경기 부양책을 기대했다."
                    : c[2].startsWith("س") ? "سيطر مسلحون على مدينة الموصل. وفر آلاف السكان من المدينة."
                    : "上海证券交易所综合指数周二上涨百分之一点五。分析师表示，市场情绪有所改善。";
            Article read = Article.read("a", null, null, c[2], null, c[2] + "\n" + c[0] + "\n" + body, List.of(),
                    Map.of(), "a");
            Article clean = cleaner.clean(read);
            assertThat(clean.published()).as(c[0]).isEqualTo(Instant.parse(c[1]));
            assertThat(clean.removed()).as(c[0]).extracting(RemovedSpan::reason)
                    .containsExactly(RemovalReason.HEADLINE, RemovalReason.DATELINE);
            assertThat(clean.paragraphs()).as(c[0]).containsExactly(body);
        }
    }

    @Test
    void aShortLineThatOpensWithADateIsTextWhenTheRestIsNoCredit() {
        Article read = Article.read("a", null, null, null, null,
                "15 August 2015 was quiet\nNew explosions shook the port district on Saturday.", List.of(), Map.of(),
                "a");
        Article clean = cleaner.clean(read);
        assertThat(clean.published()).isNull();
        // Not a date line: the line opens the text, as its headline.
        assertThat(clean.title()).isEqualTo("15 August 2015 was quiet");
        assertThat(clean.removed()).extracting(RemovedSpan::reason).containsExactly(RemovalReason.HEADLINE);
    }

    /** Scraped records without a headline field write it as the first line of the text, under the address. */
    @Test
    void aRecordWithoutAHeadlineTakesTheFirstLineOfItsTextWhenItReadsAsOne() {
        String body = "President Obama on Tuesday overturned a last-minute Bush administration regulation.";
        Article titled = cleaner.clean(Article.read("a", null, null, null, null,
                "http://www.cnn.com/2009/POLITICS/03/03/endangered.species.act/\n"
                        + "Obama overturns Bush endangered species rule\n" + body, List.of(), Map.of(), "a"));
        assertThat(titled.title()).isEqualTo("Obama overturns Bush endangered species rule");
        assertThat(titled.attributes()).containsEntry(Article.HEADLINE_FROM_TEXT, "true");
        assertThat(titled.paragraphs()).containsExactly(body);
        assertThat(titled.removed()).extracting(RemovedSpan::reason)
                .containsExactly(RemovalReason.SOURCE_URL, RemovalReason.HEADLINE);
        // A sentence, a line of two words, or the only line: no headline.
        for (String first : List.of("Perennial party girl Tara Reid checked herself into rehab, her rep told People.",
                "Mark Stefano")) {
            Article untitled = cleaner.clean(Article.read("a", null, null, null, null, first + "\n" + body, List.of(),
                    Map.of(), "a"));
            assertThat(untitled.title()).as(first).isNull();
            assertThat(untitled.paragraphs()).as(first).containsExactly(first, body);
        }
        assertThat(cleaner.clean(Article.read("a", null, null, null, null, "Obama overturns Bush rule", List.of(),
                Map.of(), "a")).title()).isNull();
    }

    @Test
    void aLineOfParticularsPartedByBarsDatesTheArticleAndANameAboveARoleIsTheByline() {
        Article read = Article.read("a", null, null, "Deputies adopt the intelligence bill", null,
                "Le Monde | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13 | Par Martin Untersinger\n"
                        + "Mark Di Stefano\nBuzzFeed News Reporter\n"
                        + "The deputies adopted the bill by a large majority on Tuesday.", List.of(), Map.of(), "a");
        Article clean = cleaner.clean(read);
        assertThat(clean.published()).isEqualTo(Instant.parse("2015-05-04T13:36:00Z"));
        assertThat(clean.removed()).extracting(RemovedSpan::reason).containsExactly(RemovalReason.DATELINE,
                RemovalReason.BYLINE, RemovalReason.BYLINE);
        assertThat(clean.paragraphs()).containsExactly("The deputies adopted the bill by a large majority on Tuesday.");
    }

    @Test
    void aSentenceWithBarsInItStaysText() {
        Article read = Article.read("a", null, null, null, null,
                "The vote was 438 | 86, the clerk said after the count was made public on Tuesday.\n"
                        + "Mark Di Stefano\nThe deputies adopted the bill.", List.of(), Map.of(), "a");
        Article clean = cleaner.clean(read);
        assertThat(clean.published()).isNull();
        assertThat(clean.paragraphs()).hasSize(3);
    }

    /**
     * Lines of posting and update times as news pages write them at the top of the text (the BBC's, CBC's, CNN's), a
     * place before them: the date of the first, not the update's, and the line is no text.
     */
    @Test
    void aLineOfPostingAndUpdateTimesDatesTheArticleByItsPosting() {
        String[][] cases = {
                {"21 July 2013 Last updated at 11:11 GMT", "2013-07-21T00:00:00Z"},
                {"Posted: Nov 27, 2005 8:20 AM ET Last Updated: Nov 27, 2005 8:10 PM ET", "2005-11-27T13:20:00Z"},
                {"updated 8:41 p.m. EST, Tue March 3, 2009", "2009-03-04T01:41:00Z"},
                {"WASHINGTON, DC, April 28, 2009", "2009-04-28T00:00:00Z"},
                {"8 / 2 / 13 at 1: 30 PM", null}};
        for (String[] c : cases) {
            Article read = Article.read("a", null, null, null, null,
                    "http://www.example.com/news/world-23395104\n" + c[0] + "\nFire crews tackle town centre blaze\n"
                            + "Crews tackled a blaze at a supermarket in the town centre on Sunday.", List.of(),
                    Map.of(), "a");
            Article clean = cleaner.clean(read);
            assertThat(clean.published()).as(c[0]).isEqualTo(c[1] == null ? null : Instant.parse(c[1]));
            assertThat(clean.removed()).as(c[0]).extracting(RemovedSpan::reason)
                    .containsExactly(RemovalReason.SOURCE_URL, RemovalReason.DATELINE, RemovalReason.HEADLINE);
            assertThat(clean.title()).as(c[0]).isEqualTo("Fire crews tackle town centre blaze");
            assertThat(clean.paragraphs()).as(c[0])
                    .containsExactly("Crews tackled a blaze at a supermarket in the town centre on Sunday.");
        }
    }

    /** people.com's head (ECB+ 1_14ecbplus): the update's line above the posting's. */
    @Test
    void aPostingDateLineWinsOverAnUpdateLineAboveIt() {
        Article read = Article.read("a", null, null, "Lindsay Lohan checks into Betty Ford", null,
                "UPDATED 05/06/2013 at 11:00 AM EDT\nOriginally published 05/03/2013 at 10:20 AM EDT\n"
                        + "Lindsay Lohan checked into the Betty Ford Center on Thursday night.", List.of(), Map.of(),
                "a");
        Article clean = cleaner.clean(read);
        assertThat(clean.published()).isEqualTo(Instant.parse("2013-05-03T14:20:00Z"));
    }

    @Test
    void aLaterDateLineGivesTheTimeOfTheDayAnEarlierOneGaveAlone() {
        Article read = Article.read("a", null, null, "Strong earthquake hits Aceh", null,
                "INDONESIA, July 2, 2013\nUpdated: July 2, 2013 15:01\nStrong earthquake hits Aceh\n"
                        + "A strong earthquake struck off Indonesia's Aceh province on Tuesday.", List.of(), Map.of(),
                "a");
        Article clean = cleaner.clean(read);
        assertThat(clean.published()).isEqualTo(Instant.parse("2013-07-02T15:01:00Z"));
        // So does a date line under a date the input gave without its time; another day's leaves the input's date.
        java.util.function.Function<String, Article> dated = day -> Article.read("a", null, null,
                "Strong earthquake hits Aceh", Instant.parse(day),
                "Updated: July 2, 2013 15:01\nA strong earthquake struck off Aceh on Tuesday.", List.of(), Map.of(), "a");
        assertThat(cleaner.clean(dated.apply("2013-07-02T00:00:00Z")).published())
                .isEqualTo(Instant.parse("2013-07-02T15:01:00Z"));
        assertThat(cleaner.clean(dated.apply("2013-07-03T00:00:00Z")).published())
                .isEqualTo(Instant.parse("2013-07-03T00:00:00Z"));
        assertThat(clean.removed()).extracting(RemovedSpan::reason)
                .containsExactly(RemovalReason.DATELINE, RemovalReason.DATELINE, RemovalReason.HEADLINE);
    }
}
