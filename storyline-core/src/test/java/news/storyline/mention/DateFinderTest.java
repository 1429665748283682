package news.storyline.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateFinderTest {
    private static final DateFinder DATES = new DateFinder();
    /** A Tuesday, as the fall of Mosul was reported. */
    private static final Instant TUESDAY_10_JUNE_2014 = Instant.parse("2014-06-10T15:30:00Z");

    private static DateMention only(String text, Instant published) {
        List<DateMention> dates = DATES.find(text, published);
        assertThat(dates).as("dates in %s", text).hasSize(1);
        return dates.get(0);
    }

    private static void resolves(String text, String phrase, String from, String to) {
        DateMention date = only(text, TUESDAY_10_JUNE_2014);
        assertThat(date.text()).isEqualTo(phrase);
        assertThat(text.substring(date.start(), date.end())).isEqualTo(phrase);
        assertThat(date.from()).isEqualTo(LocalDate.parse(from));
        assertThat(date.to()).isEqualTo(LocalDate.parse(to));
    }

    @Test
    void resolvesWeekdaysToTheLatestOnOrBeforePublication() {
        resolves("Militants seized Iraq's second-largest city on Tuesday, officials said.", "on Tuesday",
                "2014-06-10", "2014-06-10");
        resolves("The offensive began on Friday.", "on Friday", "2014-06-06", "2014-06-06");
        resolves("The talks resume next Monday.", "next Monday", "2014-06-16", "2014-06-16");
    }

    @Test
    void readsTheDatesOfOtherEuropeanLanguages() {
        resolves("Les djihadistes ont pris Mossoul le 10 juin 2014, selon l'armée.", "10 juin 2014", "2014-06-10",
                "2014-06-10");
        resolves("Die Stadt fiel am 9. Juni an die Milizen.", "9. Juni", "2014-06-09", "2014-06-09");
        resolves("La ciudad cayó el 10 de junio de 2014.", "10 de junio de 2014", "2014-06-10", "2014-06-10");
        resolves("Miasto upadło 10 czerwca 2014 r. po ataku.", "10 czerwca 2014 r.", "2014-06-10", "2014-06-10");
        resolves("Город пал 10 июня 2014 года.", "10 июня 2014 года", "2014-06-10", "2014-06-10");
        resolves("A város 2014. június 10. óta a milíciáé.", "2014. június 10.", "2014-06-10", "2014-06-10");
        resolves("Die Armee zog sich am Sonntag zurück.", "am Sonntag", "2014-06-08", "2014-06-08");
        resolves("L'armée s'est retirée dimanche soir.", "dimanche", "2014-06-08", "2014-06-08");
        resolves("El ejército se retiró el domingo.", "el domingo", "2014-06-08", "2014-06-08");
        resolves("Wojsko wycofało się w niedzielę.", "w niedzielę", "2014-06-08", "2014-06-08");
        resolves("Армия отступила в воскресенье.", "в воскресенье", "2014-06-08", "2014-06-08");
        resolves("Die Armee zog sich gestern zurück.", "gestern", "2014-06-09", "2014-06-09");
        resolves("L'esercito si è ritirato ieri.", "ieri", "2014-06-09", "2014-06-09");
        resolves("Le vote aura lieu mardi 17 juin.", "17 juin", "2014-06-17", "2014-06-17");
        resolves("Les combats ont commencé la semaine dernière.", "la semaine dernière", "2014-06-02", "2014-06-08");
        resolves("Die Kämpfe begannen letzte Woche.", "letzte Woche", "2014-06-02", "2014-06-08");
        resolves("Los combates empezaron el año pasado.", "el año pasado", "2013-01-01", "2013-12-31");
        resolves("Walki zaczęły się w zeszłym miesiącu.", "w zeszłym miesiącu", "2014-05-01", "2014-05-31");
        resolves("Бои начались в этом году.", "в этом году", "2014-01-01", "2014-12-31");
        resolves("Gli scontri sono iniziati quest'anno.", "quest'anno", "2014-01-01", "2014-12-31");
    }

    @Test
    void readsTheDatesOfArabic() {
        resolves("سيطر مسلحون على الموصل في 10 يونيو 2014.", "10 يونيو 2014", "2014-06-10", "2014-06-10");
        resolves("سقطت المدينة في 9 حزيران.", "9 حزيران", "2014-06-09", "2014-06-09");
        resolves("انسحب الجيش يوم الأحد من المدينة.", "يوم الأحد", "2014-06-08", "2014-06-08");
        resolves("قال مسؤولون الثلاثاء إن المدينة سقطت.", "الثلاثاء", "2014-06-10", "2014-06-10");
        resolves("فر السكان أمس نحو كردستان.", "أمس", "2014-06-09", "2014-06-09");
        resolves("بدأ الهجوم الاربعاء الماضي.", "الاربعاء", "2014-06-04", "2014-06-04");
        // Friday, Saturday and Sunday alone name other things too: the Friday prayers.
        assertThat(DATES.find("أدى المصلون صلاة الجمعة في المسجد.", TUESDAY_10_JUNE_2014)).isEmpty();
    }

    @Test
    void readsDatesInArabicIndicAndFullWidthDigitsKeepingTheirSpelling() {
        resolves("سيطر مسلحون على الموصل في ١٠ يونيو ٢٠١٤.", "١٠ يونيو ٢٠١٤", "2014-06-10", "2014-06-10");
        resolves("سقطت المدينة في ۹ حزيران.", "۹ حزيران", "2014-06-09", "2014-06-09"); // Persian digits
        resolves("Militants seized Mosul on June ١٠, ٢٠١٤.", "June ١٠, ٢٠١٤", "2014-06-10", "2014-06-10");
    }

    @Test
    void readsTheDatesOfChineseJapaneseAndKorean() {
        resolves("伊斯兰国武装分子于2014年6月10日占领摩苏尔。", "2014年6月10日", "2014-06-10", "2014-06-10");
        resolves("武装分子6月9日发动袭击。", "6月9日", "2014-06-09", "2014-06-09");
        resolves("武装分子６月９号发动袭击。", "６月９号", "2014-06-09", "2014-06-09");
        resolves("军队星期日撤离了这座城市。", "星期日", "2014-06-08", "2014-06-08");
        resolves("军队周二撤离。", "周二", "2014-06-10", "2014-06-10");
        resolves("官员昨天表示。", "昨天", "2014-06-09", "2014-06-09");
        resolves("戦闘員が火曜日にモスルを制圧した。", "火曜日", "2014-06-10", "2014-06-10");
        resolves("2014년 6월 10일 무장세력이 모술을 장악했다.", "2014년 6월 10일", "2014-06-10", "2014-06-10");
        resolves("군대는 일요일에 철수했다.", "일요일", "2014-06-08", "2014-06-08");
        // A surname is no weekday: 周 (Zhou) before a name.
        assertThat(DATES.find("周恩来总理访问了上海。", TUESDAY_10_JUNE_2014)).isEmpty();
        assertThat(DATES.find("第13月32日", TUESDAY_10_JUNE_2014)).isEmpty();
    }

    @Test
    void readsNoDateInOtherLanguagesWordsThatAreNames() {
        assertThat(DATES.find("Plácido Domingo sang in Vienna with Chris Hoy watching, A. J. Ayer wrote.",
                TUESDAY_10_JUNE_2014)).isEmpty();
        assertThat(DATES.find("Hier ist die Stadt, sagte er, und Mardi Gras kommt.", TUESDAY_10_JUNE_2014))
                .isEmpty();
    }

    @Test
    void resolvesDaysAndWeeksAroundPublication() {
        resolves("The insurgents seized the complex late yesterday.", "late yesterday", "2014-06-09", "2014-06-09");
        resolves("A provincial official said today.", "today", "2014-06-10", "2014-06-10");
        // "yesterday afternoon" holds the letters of "day after": still the day before.
        resolves("The quake struck yesterday afternoon in Aceh.", "yesterday afternoon", "2014-06-09", "2014-06-09");
        resolves("Talks end the day after tomorrow.", "the day after tomorrow", "2014-06-12", "2014-06-12");
        resolves("Talks ended the day before yesterday.", "the day before yesterday", "2014-06-08", "2014-06-08");
        resolves("Talks collapsed last week.", "last week", "2014-06-02", "2014-06-08");
        resolves("Since Isil launched a new offensive 40 days ago, 634 people died.", "40 days ago",
                "2014-05-01", "2014-05-01");
    }

    @Test
    void resolvesMonthsAndTheirPartsToTheLatestSuchMonth() {
        resolves("The government lost control of Fallujah in early January.", "in early January",
                "2014-01-01", "2014-01-10");
        resolves("Fighting began in late March.", "in late March", "2014-03-21", "2014-03-31");
        // A month more than two after publication's month is last year's; one of the next two is the coming one (news
        // names a month ten months back with its year), unless the text looks back from it ("since").
        resolves("The siege began in October.", "in October", "2013-10-01", "2013-10-31");
        resolves("The trial opens in August.", "in August", "2014-08-01", "2014-08-31");
        resolves("Rationing has been in force since August.", "since August", "2013-08-01", "2013-08-31");
        DateMention january = only("Troops leave in January.", Instant.parse("2014-12-02T08:00:00Z"));
        assertThat(january.from()).isEqualTo(LocalDate.parse("2015-01-01"));
    }

    @Test
    void resolvesLastNextAndThisMonthAgainstTheMonthOfPublication() {
        // Said in June: last June is a year back, last March this year's; next June a year on, next July this year's.
        resolves("The same talks failed last June.", "last June", "2013-06-01", "2013-06-30");
        resolves("The army withdrew last March.", "last March", "2014-03-01", "2014-03-31");
        resolves("A vote is due next June.", "next June", "2015-06-01", "2015-06-30");
        resolves("A vote is due next July.", "next July", "2014-07-01", "2014-07-31");
        resolves("Elections are planned this September.", "this September", "2014-09-01", "2014-09-30");
        resolves("It has been closed since last November.", "since last November", "2013-11-01", "2013-11-30");
    }

    @Test
    void resolvesWrittenDatesWithAndWithoutYears() {
        resolves("Soldiers were shipped north on June 8, 2014, to Mosul.", "June 8, 2014", "2014-06-08", "2014-06-08");
        resolves("The city fell on 10 June 2014 after days of fighting.", "10 June 2014", "2014-06-10", "2014-06-10");
        resolves("Elections were held on April 30 across the country.", "April 30", "2014-04-30", "2014-04-30");
        resolves("The worst violence since 2006 hit the country.", "2006", "2006-01-01", "2006-12-31");
    }

    @Test
    void leavesRelativeDatesUnresolvedWithoutAPublicationTime() {
        DateMention tuesday = only("The city fell on Tuesday.", null);
        assertThat(tuesday.resolved()).isFalse();
        DateMention written = only("The city fell on June 10, 2014.", null);
        assertThat(written.from()).isEqualTo(LocalDate.of(2014, 6, 10));
    }

    @Test
    void resolvesPeriodsAsNewsWritesThem() {
        resolves("Sales fell in the fourth quarter of 2005.", "in the fourth quarter of 2005", "2005-10-01",
                "2005-12-31");
        resolves("It grew in the second half of this year.", "in the second half of this year", "2014-07-01",
                "2014-12-31");
        resolves("Sales rebounded in the last week of March.", "in the last week of March", "2014-03-25",
                "2014-03-31");
        resolves("He left earlier this week.", "earlier this week", "2014-06-09", "2014-06-09");
        resolves("It opens in January next year.", "in January next year", "2015-01-01", "2015-01-31");
        resolves("It grew in the past decade.", "in the past decade", "2004-06-10", "2014-06-10");
        resolves("They met less than two weeks ago.", "less than two weeks ago", "2014-05-27", "2014-06-10");
        resolves("The deal closes within 90 days.", "within 90 days", "2014-06-10", "2014-09-08");
        resolves("Talks ended late last week.", "late last week", "2014-06-06", "2014-06-08");
        resolves("Shares rose this month.", "this month", "2014-06-01", "2014-06-10");
        resolves("The plant closed in mid-2006.", "in mid-2006", "2006-05-01", "2006-08-31");
        resolves("He was charged on 7/8/07.", "7/8/07", "2007-07-08", "2007-07-08");
        resolves("It ends by the end of 2010.", "by the end of 2010", "2010-12-31", "2010-12-31");
        resolves("The index has risen since the beginning of the year.", "since the beginning of the year",
                "2014-01-01", "2014-01-01");
    }

    @Test
    void takesNoYearOfANameAndNoDayOfAName() {
        assertThat(DATES.find("The 2011 version and the 2008 model year; Black Monday; the Russell 2000 Index.",
                TUESDAY_10_JUNE_2014)).isEmpty();
    }

    @Test
    void takesNoNumberOrVerbForADate() {
        assertThat(DATES.find("More than 4,800 families and 162,000 people; 2014 troops. It may rain.",
                TUESDAY_10_JUNE_2014)).extracting(DateMention::text).containsExactly("2014");
        // A decade is a period: "the 2000s" is 2000 to 2009, "the late 1980's" 1987 to 1989.
        assertThat(DATES.find("The 2000s. In the late 1980's. In their 20s.", TUESDAY_10_JUNE_2014))
                .extracting(DateMention::text, DateMention::from, DateMention::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("The 2000s", LocalDate.of(2000, 1, 1),
                        LocalDate.of(2009, 12, 31)), org.assertj.core.groups.Tuple.tuple("In the late 1980's",
                        LocalDate.of(1987, 1, 1), LocalDate.of(1989, 12, 31)));
        assertThat(DATES.find("Ministers may meet. Theresa May spoke.", TUESDAY_10_JUNE_2014)).isEmpty();
    }

    @Test
    void resolvesSpansOfYearsPartsOfDecadesAndTheYearSoFar() {
        resolves("She lived 1955-2011 in Ohio.", "1955-2011", "1955-01-01", "2011-12-31");
        resolves("He played 1995 - 99 for them.", "1995 - 99", "1995-01-01", "1999-12-31");
        resolves("Sales rose in the early 1990s.", "in the early 1990s", "1990-01-01", "1992-12-31");
        resolves("Built in the mid 1930's.", "in the mid 1930's", "1933-01-01", "1936-12-31");
        resolves("It was said earlier this year.", "earlier this year", "2014-01-01", "2014-06-09");
        resolves("Prices are up since the start of 2009.", "since the start of 2009", "2009-01-01", "2009-01-01");
        resolves("Shares fell 3% this year-to-date.", "this year-to-date", "2014-01-01", "2014-06-10");
        resolves("He must decide by May 9th.", "May 9th", "2014-05-09", "2014-05-09");
        // "In" before the year makes it a time, where "the Russell 2000 Index" is a name.
        resolves("In 1998 Apple introduced the iMac.", "1998", "1998-01-01", "1998-12-31");
    }

    @Test
    void resolvesQuartersNamedEveryWayToTheNearestSuchQuarter() {
        resolves("Its fourth-quarter 2006 profit fell.", "fourth-quarter 2006", "2006-10-01", "2006-12-31");
        resolves("For the final quarter of 2009 it lost money.", "For the final quarter of 2009".substring(4),
                "2009-10-01", "2009-12-31");
        resolves("It reported a second quarter loss.", "second quarter", "2014-04-01", "2014-06-30");
        resolves("Output grew during the last quarter.", "during the last quarter", "2014-01-01", "2014-03-31");
        // In June the fourth quarter ahead (from October) is nearer than last year's (ended in December).
        resolves("Plants close during the fourth quarter.", "during the fourth quarter", "2014-10-01", "2014-12-31");
        DateMention january = DATES.find("Results for the fourth quarter came.", Instant.parse("2015-01-20T00:00:00Z"))
                .get(0);
        assertThat(january.from()).isEqualTo(LocalDate.parse("2014-10-01"));
        assertThat(DATES.find("Over the past quarter century.", TUESDAY_10_JUNE_2014)).isEmpty();
    }

    @Test
    void takesAWeekdayAfterAPlaceButNotANamedDay() {
        resolves("Stocks fell in Asia Monday.", "Monday", "2014-06-09", "2014-06-09");
        assertThat(DATES.find("Since Black Monday and Good Friday.", TUESDAY_10_JUNE_2014)).isEmpty();
    }

    @Test
    void resolvesHolidaysTradingDaysAndDaysOfMonthsWrittenOut() {
        resolves("The strike called for the 5th of May went ahead.", "5th of May", "2014-05-05", "2014-05-05");
        resolves("The special airs this Christmas.", "this Christmas", "2014-12-25", "2014-12-25");
        resolves("Sales were weak last Christmas.", "last Christmas", "2013-12-25", "2013-12-25");
        // Published Tuesday 10 June: five trading days back are Wednesday 4 June to that Tuesday.
        resolves("Shares fell 9% over the past five trading days.", "over the past five trading days",
                "2014-06-04", "2014-06-10");
    }

    @Test
    void resolvesIsoDaysAndSpansOfDaysInOneMonth() {
        resolves("The memo dated 2014-06-02 leaked.", "2014-06-02", "2014-06-02", "2014-06-02");
        resolves("The index for 2014-03 fell.", "2014-03", "2014-03-01", "2014-03-31");
        resolves("Talks ran between 3 and 5 June.", "between 3 and 5 June", "2014-06-03", "2014-06-05");
        resolves("The fair is on 12-14 March 2013.", "12-14 March 2013", "2013-03-12", "2013-03-14");
        resolves("Polls open May 22-25.", "May 22-25", "2014-05-22", "2014-05-25");
    }

    @Test
    void resolvesThePastWeekendHoursAbbreviatedMonthsAndYearsDatingAnEvent() {
        resolves("This past weekend, fans gathered.", "past weekend", "2014-06-07", "2014-06-08");
        resolves("In the past 24 hours, 30 died.", "In the past 24 hours", "2014-06-09", "2014-06-10");
        resolves("In Sept. 2012 it failed.", "In Sept. 2012", "2012-09-01", "2012-09-30");
        resolves("The 2014 World Cup starts.", "2014", "2014-01-01", "2014-12-31");
        resolves("A decade ago, it was different.", "A decade ago", "2004-06-10", "2004-06-10");
        resolves("Prices fell late last month.", "late last month", "2014-05-21", "2014-05-31");
        resolves("The week before last, it rained.", "The week before last", "2014-05-26", "2014-06-01");
        resolves("The day after tomorrow, he leaves.", "The day after tomorrow", "2014-06-12", "2014-06-12");
        resolves("By the end of the month, it will close.", "By the end of the month", "2014-06-30", "2014-06-30");
        resolves("By year's end, it fell.", "By year's end", "2014-12-31", "2014-12-31");
        resolves("Sales fell in the current year.", "in the current year", "2014-01-01", "2014-06-10");
        resolves("Sales fell during the first two months of the year.", "during the first two months of the year",
                "2014-01-01", "2014-02-28");
    }

    @Test
    void takesNoMarchOfProtestersNoRateAndNoQuarterOfAGame() {
        assertThat(DATES.find("The protest march reached the square. Loans at 0% APR for buyers.",
                TUESDAY_10_JUNE_2014)).isEmpty();
        assertThat(DATES.find("His touchdown pass late in the fourth quarter won it; he threw for 205 yards.",
                TUESDAY_10_JUNE_2014)).isEmpty();
        assertThat(DATES.find("Profits rose 5% in the fourth quarter.", TUESDAY_10_JUNE_2014))
                .extracting(DateMention::text).containsExactly("in the fourth quarter");
    }
}
