package news.storyline.mention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class MentionFinderTest {
    private static final MentionFinder FINDER = new MentionFinder();

    private static List<String> names(String text) {
        return FINDER.find(text).stream().map(Mention::text).toList();
    }

    private static Mention only(String text, String name) {
        return FINDER.find(text).stream().filter(m -> m.text().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not found in " + FINDER.find(text)));
    }

    @Test
    void takesALongNameWithItsJoinersAsOneMention() {
        String text = "Several army officers said the militants from the Sunni Islamic State in Iraq and the Levant "
                + "(Isil) were active across the border in Syria.";
        assertThat(names(text)).containsExactly("Sunni Islamic State in Iraq and the Levant", "Isil", "Syria");
    }

    /** AllSides dev and ECB+ shapes: "and the" before another body's name begins that name. */
    @Test
    void andTheBeforeAnotherBodysNameBeginsThatName() {
        assertThat(names("Officials of the Centers for Disease Control and Prevention and the Food and Drug "
                + "Administration met the Society for Conservation Biology and the Wildlife Society."))
                .containsExactly("Centers for Disease Control and Prevention", "Food and Drug Administration",
                        "Society for Conservation Biology", "Wildlife Society");
        assertThat(names("Ministers of the Kingdom of Saudi Arabia and the UAE met.")).containsExactly(
                "Kingdom of Saudi Arabia", "UAE");
        // One more word after "and the" may end the name.
        assertThat(names("They joined the Islamic State of Iraq and the Levant, an al-Qaida splinter group."))
                .contains("Islamic State of Iraq and the Levant");
    }

    @Test
    void anAmpersandJoinsTheNamesOfOneBodyButNotTwoPlacesOrTwoPeople() {
        assertThat(names("Procter & Gamble rose, and Standard & Poor's downgraded AT&T. Texas A&M said so."))
                .containsExactly("Procter & Gamble", "Standard & Poor", "AT&T", "Texas A&M");
        assertThat(names("Shares of JPMorgan Chase & Co. fell.")).containsExactly("JPMorgan Chase");
        assertThat(names("Officials of Germany & Austria met Brad & Jen, and the EU & IMF agreed on R&D."))
                .containsExactly("Germany", "Austria", "Brad", "Jen", "EU", "IMF");
    }

    @Test
    void aDayOrMonthAfterOnOrInIsWhenNotMoreOfTheName() {
        assertThat(names("She checked into the Betty Ford Center on Tuesday. The Security Council in January agreed."))
                .containsExactly("Betty Ford Center", "Security Council");
        assertThat(names("Maria del Mar Garcia spoke.")).containsExactly("Maria del Mar Garcia");
        // A weekday right after a name of two words is when too; after one word it may be a day's name.
        assertThat(names("Attorney General Jeff Sessions Thursday announced it, the White House Monday said, and "
                + "Black Friday sales rose.")).containsExactly("Jeff Sessions", "White House", "Black Friday");
        assertThat(names("He said Tuesday Google would pay, the Sunday Times said.")).containsExactly("Google",
                "Sunday Times");
        assertThat(names("He said Biden Wednesday told them. Biden left. Patch Tuesday fixes came. Super Tuesday "
                + "looms."))
                .containsExactly("Biden", "Biden", "Patch Tuesday", "Super Tuesday");
    }

    /** The seed 000 (Gulf News): a ministry's portfolio before a minister in lower case names no one. */
    @Test
    void aPortfolioBeforeAMinisterInLowerCaseIsNoName() {
        assertThat(names("More than 4,800 families fled, Iraqi deputy Migration and Displacement minister said."))
                .containsExactly("Iraqi");
        assertThat(names("The Finance ministry said so, as did the Iraq ministry.")).containsExactly("Iraq");
    }

    @Test
    void aPublicBodysNameHoldsItsAndWhereItsFirstWordNamesNothingAlone() {
        assertThat(names("The practice is not transparent to the Securities and Exchange Commission, he said."))
                .containsExactly("Securities and Exchange Commission");
        assertThat(names("The rule went to the Fish and Wildlife Service and National Marine Fisheries Service."))
                .containsExactly("Fish and Wildlife Service", "National Marine Fisheries Service");
        assertThat(names("He said talks between Obama and Congress Budget Office staff went on. Obama left."))
                .containsExactly("Obama", "Congress Budget Office", "Obama");
        assertThat(names("He said loans came from Sberbank and Gazprom Bank.")).containsExactly("Sberbank", "Gazprom Bank");
    }

    @Test
    void aWordOfAFaithOrPeopleAloneIsNoNameButStaysInOne() {
        assertThat(names("He said Sunni fighters and Islamic militants joined the Islamic State and the Arab League."))
                .containsExactly("Islamic State", "Arab League");
    }

    @Test
    void aTitleWithTheWordsOfItsOfficeIsNoName() {
        assertThat(names("The former Chief Operating Officer, Tim Cook, will succeed Jobs as Apple's C.E.O."))
                .containsExactly("Tim Cook", "Jobs", "Apple");
        assertThat(only("Chief Financial Officer Michael Sears was fired.", "Michael Sears").cue())
                .startsWith("title");
    }

    @Test
    void aPluralOpeningASentenceBeforeOfIsNoName() {
        assertThat(names("Shares of Apple Inc. rose. Members of Congress objected.")).containsExactly("Apple Inc",
                "Congress");
        assertThat(names("Friends of the Earth said so. A spokesman for Friends of the Earth agreed."))
                .contains("Friends of the Earth");
    }

    @Test
    void aUniversityInATownIsTheUniversityAndTheTown() {
        assertThat(names("She holds a degree from Kettering University in Flint, Michigan."))
                .containsExactly("Kettering University", "Flint", "Michigan");
        assertThat(names("Fighters of the Islamic State in Iraq were seen.")).containsExactly(
                "Islamic State in Iraq");
    }

    @Test
    void initialsWrittenTogetherStayWithTheNameButTheAbbreviationsOfPlacesDoNot() {
        assertThat(names("State Department spokesman P.J. Crowley met George H.W. Bush before the U.S. Senate vote."))
                .containsExactly("State Department", "P.J. Crowley", "George H.W. Bush", "U.S.", "Senate");
    }

    @Test
    void spanishYPartsTwoNamesButStaysInsideABodysName() {
        assertThat(names("Pedro Sánchez y Pablo Iglesias viajaron a México y Francia con el Ministerio de Ciencia y"
                + " Tecnología.")).containsExactly("Pedro Sánchez", "Pablo Iglesias", "México", "Francia",
                "Ministerio de Ciencia y Tecnología");
    }

    @Test
    void timeZonesOfDatelinesAreNoOrganisations() {
        assertThat(names("Trading in London closed at 16:30 GMT, and the Nasdaq at 4pm EST. Updated 09:47 UTC."))
                .containsExactly("London", "Nasdaq");
    }

    @Test
    void wordsThatOnlyOpenASentenceOrABulletAreNoNames() {
        String text = "• If Republicans had succeeded, seniors would have lost out.\n"
                + "Besides, the polls agree. You've heard it. Sixty-six percent say so. I'd agree with Senator Harry Reid.";
        assertThat(names(text)).containsExactly("Republicans", "Harry Reid");
    }

    @Test
    void aCommonGivenNameMarksAPersonButNotAPlaceNamedAfterOne() {
        List<Mention> mentions = FINDER.find("Kristen Wiig and Judd Apatow flew on to see Victoria Falls.");
        assertThat(mentions).extracting(Mention::text, Mention::type).containsExactly(
                tuple("Kristen Wiig", MentionType.PERSON), tuple("Judd Apatow", MentionType.PERSON),
                tuple("Victoria Falls", MentionType.PLACE));
    }

    @Test
    void pronounContractionsAndCapitalisedWordsAreNoNames() {
        assertThat(names("She says, \"I'm not OK with TV at all,\" and World War II ended.")).containsExactly(
                "World War II");
        assertThat(names("PHOTOS: 13 pictures of the coast\nLISTEN: Kelly Malloy joins the show")).containsExactly(
                "Kelly Malloy");
    }

    @Test
    void aLabelInCapitalsOnALineOfItsOwnIsNoNameButCapitalsInRunningTextAre() {
        String text = "STORY HIGHLIGHTS\nTroops of the ISIL entered NEW YORK, the report said.\nFOLLOW THIS TOPIC";
        assertThat(names(text)).containsExactly("ISIL", "NEW YORK");
    }

    @Test
    void aSentenceOfAnotherLanguageOpensWithAWordThatIsNoName() {
        assertThat(names("Cette petite phrase d'Arnaud Montebourg inquiète Bercy. Dans le cadre du budget, rien."))
                .containsExactly("Arnaud Montebourg", "Bercy");
        // German capitalises every noun, so "Reform" stays a candidate; the article before it does not.
        assertThat(names("Diese Reform betrifft Berlin.")).contains("Berlin").doesNotContain("Diese Reform", "Diese");
        assertThat(names("Los Angeles waits. De Niro spoke to Massimo D'Alema in Rome.")).containsExactly(
                "Los Angeles", "De Niro", "Massimo D'Alema", "Rome");
        // Short stop words of other languages are names in English news too.
        assertThat(names("Ben Bernanke spoke. Li Keqiang listened.")).containsExactly("Ben Bernanke", "Li Keqiang");
    }

    @Test
    void aSentenceInCyrillicOrGreekOpensWithANameOnlyWhenTheTextCapitalisesItInsideASentenceToo() {
        // "Однако" (however), "Вчера" (yesterday), "По" (by): sentence openers, never names; Mosul, Baghdad and
        // Putin are, Putin written inside a sentence in another case ending.
        assertThat(names("Однако боевики захватили Мосул. Вчера армия отступила к Багдаду. По словам Путина, "
                + "это опасно. Путин заявил об этом в Москве."))
                .containsExactly("Мосул", "Багдаду", "Путина", "Путин", "Москве");
        assertThat(names("Χθες οι μαχητές κατέλαβαν τη Μοσούλη.")).containsExactly("Μοσούλη");
        // An abbreviation written whole stands at a sentence's start too.
        assertThat(names("ООН осудила нападение.")).containsExactly("ООН");
        // A name after a transliterated Arabic article is a name, and confirms the name alone at a sentence's start.
        assertThat(names("Премьер Нури аль-Малики выступил. Малики заявил об этом.")).contains("Нури аль-Малики",
                "Малики");
        // A country in a case form is that country, as in Polish.
        assertThat(FINDER.find("Боевики захватили Мосул, второй по величине город Ирака.")).filteredOn(
                m -> m.text().equals("Ирака")).singleElement().extracting(Mention::type).isEqualTo(MentionType.PLACE);
        // A given name before one opens a sentence with it: the article says the two are one name.
        assertThat(names("Чиновники говорят. Нури аль-Малики потребовал ввести чрезвычайное положение."))
                .containsExactly("Нури аль-Малики");
    }

    @Test
    void aFullStopAfterATitleWrittenWholeEndsTheSentence() {
        assertThat(names("It was July 2001 and Schmidt had not yet become CEO. So Page went ahead.")).containsExactly(
                "Schmidt", "Page");
        assertThat(names("The plan was backed by Gen. Petraeus on Monday.")).containsExactly("Petraeus");
    }

    @Test
    void anAbbreviatedTitleBelongsToTheNameAfterItsFullStop() {
        List<Mention> mentions = FINDER.find("The bill was backed by Democratic Sen. Harry Reid and Congressman "
                + "Paul Ryan on Friday.");
        assertThat(mentions).extracting(Mention::text, Mention::type).contains(
                tuple("Harry Reid", MentionType.PERSON), tuple("Paul Ryan", MentionType.PERSON));
        assertThat(mentions).extracting(Mention::text).doesNotContain("Democratic Sen", "Congressman Paul Ryan");
    }

    @Test
    void keepsTwoPlacesJoinedByAndApart() {
        assertThat(names("Fighting spread between Iraq and Syria on Monday."))
                .containsExactly("Iraq", "Syria");
    }

    @Test
    void aTitleMarksAPersonAndIsNotPartOfTheName() {
        Mention maliki = only("Iraqi Prime Minister Nouri al-Maliki asked parliament to declare a state of emergency.",
                "Nouri al-Maliki");
        assertThat(maliki.type()).isEqualTo(MentionType.PERSON);
        assertThat(maliki.cue()).isEqualTo("title Prime Minister");

        List<Mention> mentions = FINDER.find("US President Barack Obama said Washington would help.");
        assertThat(mentions).extracting(Mention::text, Mention::type).contains(
                tuple("US", MentionType.PLACE), tuple("Barack Obama", MentionType.PERSON));
    }

    @Test
    void aLowerCaseTitleBeforeAFullNameMarksAPerson() {
        Mention governor = only("Provincial governor Atheel al-Nujaifi was in a nearby guest house.",
                "Atheel al-Nujaifi");
        assertThat(governor.type()).isEqualTo(MentionType.PERSON);
        assertThat(governor.cue()).isEqualTo("title governor");
        assertThat(only("Gen. David Petraeus told the committee.", "David Petraeus").type())
                .isEqualTo(MentionType.PERSON);
    }

    /** ECB+ 34_1ecb (CC BY 3.0): a title ends one phrase, and the acronym after its comma begins the next. */
    @Test
    void anAcronymAfterATitleAndACommaIsNoPerson() {
        Mention cnn = only("Dr. Sanjay Gupta has been approached to fill the post of U.S. Surgeon General, CNN "
                + "officials confirmed Tuesday.", "CNN");
        assertThat(cnn.type()).isNotEqualTo(MentionType.PERSON);
        assertThat(cnn.cue()).doesNotStartWith("title");
        // A name after the comma is still the title's holder: "the chief executive, Tim Cook".
        assertThat(only("He spoke to the Chief Executive, Tim Cook, on Monday.", "Tim Cook").type())
                .isEqualTo(MentionType.PERSON);
    }

    /** Crime and war reports (ECB+, CC BY 3.0, written here in its words) name people by their ranks. */
    @Test
    void aRankOfPoliceArmyOrCourtMarksAPersonAndIsNotPartOfTheName() {
        assertThat(FINDER.find("Deputy Jerry Ortiz was shot. Senior Trooper William Hakim said Los Angeles County "
                + "Sheriff Lee Baca arrived with Detective Sarah Lee. Staff Sgt. Robert Bales was charged, as was "
                + "Pvt. First Class Bradley Manning. Deputy District Attorney Phil Stirling and Coach Jim Caldwell "
                + "spoke."))
                .filteredOn(m -> m.type() == MentionType.PERSON).extracting(Mention::text)
                .containsExactly("Jerry Ortiz", "William Hakim", "Lee Baca", "Sarah Lee", "Robert Bales",
                        "Bradley Manning", "Phil Stirling", "Jim Caldwell");
        assertThat(only("Deputy Jerry Ortiz was shot.", "Jerry Ortiz").cue()).isEqualTo("title Deputy");
        // Ranks alone name no one, whole or written short.
        assertThat(names("The Sheriff said the Deputy and the Attorney General left. Lt. Gov. Gavin Newsom came."))
                .containsExactly("Gavin Newsom");
    }

    /**
     * AllSides and ECB+ (written here in their words): a secretary or minister "of" a portfolio is named with the
     * office before the name, which neither the office nor the holder is ("State Mike Pompeo" was taken for a body).
     */
    @Test
    void theOfficeATitleIsOfIsNeitherTheHoldersNameNorABody() {
        assertThat(FINDER.find("Secretary of State Mike Pompeo met Minister of Foreign Affairs Sergei Lavrov. "
                + "Secretary of Commerce Gary Locke and Secretary of the Interior Ken Salazar spoke, as did Secretary "
                + "of Health and Human Services Alex Azar, Chief of Staff Mick Mulvaney and Secretary of State "
                + "Pompeo."))
                .extracting(Mention::text, Mention::type).containsExactly(
                        tuple("Mike Pompeo", MentionType.PERSON), tuple("Sergei Lavrov", MentionType.PERSON),
                        tuple("Gary Locke", MentionType.PERSON), tuple("Ken Salazar", MentionType.PERSON),
                        tuple("Alex Azar", MentionType.PERSON), tuple("Mick Mulvaney", MentionType.PERSON),
                        tuple("Pompeo", MentionType.PERSON));
        assertThat(only("Secretary of State Mike Pompeo met them.", "Mike Pompeo").cue())
                .isEqualTo("title Secretary of State");
        // The body or place of the office is named still; a portfolio before a title is not.
        assertThat(names("President of the United States Donald Trump and the CEO of General Motors Mary Barra met "
                + "Defense Secretary Mark Esper and Apple CEO Tim Cook."))
                .containsExactly("United States", "Donald Trump", "General Motors", "Mary Barra", "Mark Esper",
                        "Apple", "Tim Cook");
        assertThat(names("Thomas Schaefer, Minister of Finance of Hesse, died.")).containsExactly("Thomas Schaefer",
                "Hesse");
        // After a portfolio, a title word that may be a name's part is the title: one name after it is the holder.
        assertThat(only("Defense Secretary Esper flew in.", "Esper").type()).isEqualTo(MentionType.PERSON);
        assertThat(names("The President of the United States spoke to National Security Adviser Susan Rice."))
                .containsExactly("United States", "Susan Rice");
    }

    /** ECB+ (written here in its words): a shop's name ends in a possessive, which a person's does not. */
    @Test
    void aPossessiveBeforeAShopsWordIsPartOfItsName() {
        assertThat(names("A gunman opened fire at a Sam's Club in Bloomington. The Sam's Club was closed, and "
                + "Obama's aides said so.")).containsExactly("Sam's Club", "Bloomington", "Sam's Club", "Obama");
        // Where the text names the word alone too, the possessive is its own ("Trump's Club ... Trump said").
        assertThat(names("He went to Trump's Club in Florida. Trump said so.")).containsExactly("Trump", "Club",
                "Florida", "Trump");
    }

    @Test
    void aRankThatOpensAPhraseOrAThingsNameMarksNoPerson() {
        // One name after a word that is as often a thing's ("Agent Orange", "Detective Comics") is no person's.
        assertThat(names("Agent Orange, Private Eye and Detective Comics were named."))
                .containsExactly("Agent Orange", "Private Eye", "Detective Comics");
        assertThat(names("He was named Coach of the Year.")).containsExactly("Coach of the Year");
    }

    @Test
    void aNameEndingInATitleWordBeforeAGenerationIsOneName() {
        assertThat(only("Martin Luther King Jr. spoke in 1963.", "Martin Luther King Jr").type())
                .isEqualTo(MentionType.PERSON);
    }

    @Test
    void aTitleAfterTheNameMayBeOneElectOrFormer() {
        assertThat(only("Atheel al-Nujaifi, the governor-elect of the province, spoke.", "Atheel al-Nujaifi").cue())
                .isEqualTo("title after, governor-elect");
        assertThat(only("Atheel al-Nujaifi, the ex-governor of the province, spoke.", "Atheel al-Nujaifi").cue())
                .isEqualTo("title after, ex-governor");
        assertThat(only("Speaker-designate Nancy Pelosi spoke.", "Nancy Pelosi").cue())
                .isEqualTo("title Speaker-designate");
    }

    @Test
    void aTextThatCapitalisesItsNounsKeepsItsNamesNotItsNouns() {
        String text = "Bei einem Unglück vor der niederländischen Küste sind fünf Surfer ums Leben gekommen. Sie "
                + "waren laut Polizei am Montag vor einem Strand in Scheveningen bei starkem Wind im aufgewühlten "
                + "Meer weggerissen worden. Zwei Surfer wurden am Montagabend aus der Nordsee geholt. Die Regierung "
                + "in Den Haag und Ministerpräsident Mark Rutte äußerten ihre Trauer. Rutte sprach von einer "
                + "Tragödie, die Lage sei schwierig.";
        assertThat(names(text + " Im Bundesstaat Minnesota und in der Europäischen Union sagte man das auch."))
                .contains("Scheveningen", "Den Haag", "Mark Rutte", "Rutte", "Minnesota", "Europäischen Union")
                .doesNotContain("Bundesstaat Minnesota")
                .doesNotContain("Küste", "Leben", "Strand", "Meer", "Montag", "Montagabend", "Regierung", "Lage",
                        "Tragödie", "Surfer");
        // A headline run into its text with no full stop: the next sentence's first word is no name, nor a town
        // ("Auch" is one in France), but a place the text puts after "in" stays.
        assertThat(names(text + " Félicien Kabuga in Paris festgenommen Seit 1994 war Félicien Kabuga auf der "
                + "Flucht, zuletzt in Paris gemeldet Vermutlich half ihm jemand, er war gemeldet Auch die Polizei "
                + "wusste es.")).contains("Félicien Kabuga", "Paris")
                .doesNotContain("Seit", "Vermutlich", "Auch");
        // a noun with its complement is no name; a name at its end is
        assertThat(names(text + " Die Abschaffung von Tierversuchen sei wichtig, sagte er nach der Entscheidung der "
                + "CDU-Vorsitzenden Annegret Kramp-Karrenbauer.")).contains("Annegret Kramp-Karrenbauer")
                .doesNotContain("Abschaffung von Tierversuchen");
        // English keeps a capitalised word after "die" or "des" as it was: "Des Moines" is a city
        assertThat(names("Officials in Des Moines said the storm would die down. The Storm Center agreed."))
                .contains("Des Moines", "Storm Center");
    }

    @Test
    void germansDictionaryTellsNounsWithoutAnArticleFromNames() {
        // Nouns with no article before them (plurals, a noun after a preposition, a compound): the word list knows
        // them, and names it does not know stay.
        String text = "Aktivisten protestierten am Montag in Berlin gegen Tierversuche. Wissenschaftler halten die "
                + "Versuche für nötig, Experten warnen vor Panik. Die Polizei setzte Tränengas ein. Dazu sagte Merkel, "
                + "Twitter und Lufthansa hätten reagiert. In Europa wächst die Kritik.";
        assertThat(names(text)).contains("Berlin", "Merkel", "Twitter", "Lufthansa", "Europa")
                .doesNotContain("Aktivisten", "Wissenschaftler", "Experten", "Panik", "Tierversuche", "Tränengas");
        // a surname that is a word too stays where the text gives the person whole
        assertThat(names("Der Trainer Thomas Müller lobte die Mannschaft. Die Leistung sei gut, sagte der Torwart. "
                + "Müller selbst traf zweimal. Sie spielten in der Allianz Arena.")).contains("Thomas Müller", "Müller");
    }

    @Test
    void germanWordsOpeningASentenceOrCountedAreNoNameButAnAdjectiveInsideOneIs() {
        String text = "Umstrittene Tierversuche sind in der Kritik. Die Kosten liegen bei 20 Millionen Euro, sagte "
                + "die Sprecherin. Auch die Deutsche Bahn will sparen. Polizeipräsidium Aalen meldet einen Unfall. "
                + "Die Polizei ermittelt.";
        assertThat(names(text)).contains("Deutsche Bahn", "Polizeipräsidium Aalen")
                .doesNotContain("Umstrittene Tierversuche", "Millionen Euro");
    }

    @Test
    void aGermanCountWrittenAsANounIsNoNameNorTheNounAfterIt() {
        String text = "Die Kämpfer erreichten am Dienstag die Stadt. Hunderte Bewaffnete griffen die Stadt an, und "
                + "die Armee zog sich zurück. Zehntausende Einwohner flohen, sagte ein Sprecher der Polizei. Das "
                + "Spiel in der Arena fand trotzdem statt, Tausende von Zuschauern sahen zu. Am Flughafen in "
                + "Frankfurt warteten Dutzende Reisende auf die Maschine, die Lage sei ernst, sagte der Sprecher.";
        assertThat(names(text)).contains("Frankfurt")
                .noneMatch(name -> name.contains("Hunderte") || name.contains("Zehntausende")
                        || name.contains("Tausende") || name.contains("Dutzende"))
                .doesNotContain("Bewaffnete", "Einwohner", "Zuschauern", "Reisende");
    }

    @Test
    void aGermanTextDenseWithAdjectivesIsToldByItsArticlesAndTheirNouns() {
        // Articles mostly before an adjective, not the noun: still German, so "Kardinal" and "Gericht" are nouns.
        String text = "Der australische Kardinal George Pell will Freispruch erreichen. Ein gutes Jahr nach der "
                + "Verurteilung befasst sich das höchste australische Gericht mit dem letzten möglichen Einwand des "
                + "78-jährigen Kardinal. Die katholische Kirche schweigt. Der australische Kardinal hofft.";
        assertThat(names(text)).anyMatch(name -> name.endsWith("George Pell"))
                .doesNotContain("Kardinal", "Gericht", "Jahr", "Freispruch");
    }

    @Test
    void aTownNamedAsAGermanWordIsThatWordUnlessWrittenAsAPlace() {
        // "Corona" is a city of California and the dictionary's word (the sun's corona): here it is the pandemic.
        String text = "Mannheim (dpa) - Wegen Corona bleiben die Schulen geschlossen. Die Regeln gegen Corona gelten "
                + "in Essen und Bochum weiter, sagte die Sprecherin der Stadt. Das Essen in den Kantinen fällt aus.";
        List<Mention> found = FINDER.find(text);
        assertThat(found).filteredOn(m -> m.type() == MentionType.PLACE).extracting(Mention::text)
                .contains("Mannheim", "Essen", "Bochum").doesNotContain("Corona");
    }

    @Test
    void aGermanAdverbOpeningASentenceAndANounJoinedToANumberAreNoNames() {
        String text = "Der 25-Jährige wurde in der Nacht festgenommen. Seit Montag ermittelt die Polizei in Hanau. "
                + "Laut Polizei war der Täter allein. Wer Hinweise geben kann, meldet sich bei der Polizei.";
        assertThat(names(text)).contains("Hanau").doesNotContain("Jährige", "Seit Montag", "Laut Polizei",
                "Wer Hinweise", "Wer");
    }

    @Test
    void aPolishWordCapitalisedOnlyAtASentencesStartIsNoName() {
        String text = "Podejrzewamy, że to błąd. Zobacz, jak prezydent Andrzej Duda przemawiał w Sejmie. Dudę "
                + "oklaskiwano. Kliknij tutaj, jeśli chcesz wiedzieć więcej, bo sprawa jest ważna.";
        assertThat(names(text)).contains("Andrzej Duda").doesNotContain("Podejrzewamy", "Zobacz", "Kliknij");
        // a name the text gives in a case form inside a sentence stays at a sentence's start too
        assertThat(names("Kurski mówił długo. Wczoraj Kurskiego nie było, bo sprawa jest ważna, że tak powiem."))
                .contains("Kurski");
    }

    @Test
    void aTurkishWordCapitalisedOnlyAtASentencesStartIsNoName() {
        String text = "İşte bu nedenle toplantı ertelendi. Dedi ki, Cumhurbaşkanı Erdoğan için bir karar olarak "
                + "görülmeli. Erdoğan'ın açıklaması daha sonra geldi. Ülkede bu konu ile ilgili tartışma sürüyor. "
                + "Erdoğan konuştu.";
        assertThat(names(text)).doesNotContain("İşte", "Dedi", "Ülkede").anyMatch(name -> name.startsWith("Erdoğan"));
    }

    @Test
    void aSpanishWordCapitalisedOnlyAtASentencesStartIsNoName() {
        String text = "Ambos países firmaron el acuerdo que los presidentes anunciaron. Añadió que la medida es para "
                + "todos, según el ministro Pedro Sánchez. Sánchez habló también de una reforma, pero sin fecha.";
        assertThat(names(text)).contains("Pedro Sánchez").doesNotContain("Ambos", "Añadió");
    }

    /** A headline run into its text with no full stop: the first word after it opens a sentence all the same. */
    @Test
    void aFunctionWordAfterAHeadlineRunIntoItsTextIsNoName() {
        String text = "Tres muertos en el Estado de México por las lluvias Desde el lunes las autoridades del "
                + "Gobierno del Estado piden calma, según el ministro Pedro Sánchez.";
        assertThat(names(text)).contains("Estado de México", "Pedro Sánchez").doesNotContain("Desde")
                .anyMatch(name -> name.endsWith("del Estado"));
        // English keeps its names: "Garden of Eden", "Notre Dame" after a lower-case word.
        assertThat(names("He spoke of the Garden of Eden in the Notre Dame chapel, as Randolph Alles said."))
                .contains("Garden of Eden", "Notre Dame", "Randolph Alles");
    }

    @Test
    void aFrenchWordCapitalisedOnlyAtASentencesStartIsNoName() {
        String text = "Certains habitants sont partis dans la nuit. Contacté par téléphone, le maire Jean Dupont dit "
                + "que la situation est grave. Plusieurs écoles ont été fermées pour une semaine, mais Dupont reste.";
        assertThat(names(text)).contains("Jean Dupont").doesNotContain("Certains", "Contacté", "Plusieurs");
    }

    @Test
    void aParticleOrAShortStopWordOfAnotherLanguageAloneIsNoName() {
        assertThat(names("Los manifestantes llegaron a Madrid. Con todo, Los Angeles no respondió.")).contains("Madrid",
                "Los Angeles").doesNotContain("Los", "Con");
        assertThat(names("Jak podaje policja, Andrzej Duda był w Warszawie.")).contains("Andrzej Duda")
                .doesNotContain("Jak");
        // a given name, a city of Turkey and an acronym stay
        assertThat(names("Ben Smith flew to Van. UN officials agreed.")).contains("Ben Smith", "Van", "UN");
    }

    @Test
    void aSentenceOpeningAdverbOfAnotherLanguageIsNoName() {
        assertThat(names("Además, el gobierno habló. Aunque el Reino Unido dudó. Según López, todo va bien."))
                .contains("Reino Unido", "López").doesNotContain("Además", "Aunque el Reino Unido", "Según López");
        assertThat(names("Według policji Andrzej Duda był tam. Ayrıca Ankara açıklama yaptı.")).contains(
                "Andrzej Duda", "Ankara").doesNotContain("Według", "Ayrıca", "Ayrıca Ankara");
    }

    @Test
    void aMonthBesideANumberIsADatesWordInAnyLanguage() {
        assertThat(names("Erdoğan 10 Mart 2020 tarihinde konuştu. Toplantı 5 Haziran'da yapıldı."))
                .contains("Erdoğan").doesNotContain("Mart", "Haziran'da");
        // alone, a month's name may be a name: "Mart" and "Ekim" are given names too
        assertThat(names("Dün Ekim Yılmaz konuştu.")).contains("Ekim Yılmaz");
    }

    @Test
    void aGroupOfPeopleOrAnAdverbOpeningASentenceIsNoName() {
        assertThat(names("Authorities said the fire spread. Throughout Egypt, prices rose. Critics of the NYPD "
                + "agreed. Prosecutors allege fraud."))
                .contains("Egypt", "NYPD").doesNotContain("Authorities", "Throughout Egypt", "Critics of the NYPD",
                        "Prosecutors");
    }

    @Test
    void aPagesLabelInAnotherLanguageIsNoName() {
        assertThat(names("Kaynak: Anadolu Ajansı. Fuente: Reuters. Ankara bekliyor.")).contains("Anadolu Ajansı",
                "Reuters", "Ankara").doesNotContain("Kaynak", "Fuente");
    }

    @Test
    void aSentencesFirstCommonWordIsNoName() {
        String text = "Police and local officials said the militants were using cranes. The police station was set "
                + "ablaze. Even Al Nusra turned against Isil. Since Isil launched a new offensive, 634 people died.";
        assertThat(names(text)).containsExactly("Al Nusra", "Isil", "Isil");
    }

    @Test
    void organisationWordsMarkOrganisations() {
        assertThat(only("An interior official at the Ministry of Interior said so.", "Ministry of Interior").type())
                .isEqualTo(MentionType.ORGANISATION);
        assertThat(only("It was killed by Al Nusra Front fighters.", "Al Nusra Front").type())
                .isEqualTo(MentionType.ORGANISATION);
        assertThat(only("Militants of ISIL took the city.", "ISIL").type()).isEqualTo(MentionType.ORGANISATION);
    }

    @Test
    void theGazetteerAndPlaceWordsMarkPlaces() {
        assertThat(only("Mosul is 360 kilometres northwest of Baghdad, in Ninevah province.", "Ninevah"))
                .satisfies(m -> assertThat(m.type()).isEqualTo(MentionType.PLACE));
        assertThat(only("They took the northern Iraqi city of Mosul.", "Iraqi").type()).isEqualTo(MentionType.OTHER);
        assertThat(only("They took the northern Iraqi city of Mosul.", "Mosul").type()).isEqualTo(MentionType.PLACE);
    }

    @Test
    void aPossessiveIsTheNameAndOffsetsPointAtIt() {
        String text = "Militants seized Iraq’s second-largest city.";
        Mention iraq = only(text, "Iraq");
        assertThat(text.substring(iraq.start(), iraq.end())).isEqualTo("Iraq");
    }

    @Test
    void monthsAndWeekdaysAreLeftToTheDates() {
        assertThat(names("On Tuesday, June 10, officials met in Geneva.")).containsExactly("Geneva");
    }

    @Test
    void aJobTitleAloneOrATwoLetterWordIsNoName() {
        assertThat(names("Chief Executive Officer Steve Jobs said iTunes is now the No. 1 music seller in the U.S."))
                .containsExactly("Steve Jobs", "U.S.");
        assertThat(only("EU Competition Commissioner Neelie Kroes said so.", "Neelie Kroes").type())
                .isEqualTo(MentionType.PERSON);
    }

    @Test
    void aTitleWordThatIsAnAdjectiveOrPartOfANameMarksNoPerson() {
        assertThat(only("Three major United States stock market indexes fell.", "United States").type())
                .isEqualTo(MentionType.PLACE);
        assertThat(only("General Motors Corporation said so.", "General Motors Corporation").type())
                .isEqualTo(MentionType.ORGANISATION);
    }

    @Test
    void acronymsOfThingsNameNoBodyButAPersonsNameWrittenSoStays() {
        assertThat(names("The BlackBerry Curve has GPS, 2 GB of memory and a QWERTY keyboard, RIM said at 10 AM."))
                .contains("BlackBerry Curve", "RIM").doesNotContain("GPS", "GB", "QWERTY", "AM");
        assertThat(names("He was arrested on suspicion of DUI, and Ram Singh was not.")).doesNotContain("DUI")
                .contains("Ram Singh");
    }

    @Test
    void aHeadlineInTitleCaseGivesOnlyTheNamesItsProseWritesSo() {
        // A headline in title case run into the text: its capitals say nothing, so only the words the prose
        // capitalises too are taken, each stretch of them a name.
        String text = "Jennifer Aniston Reacts To Brad Pitt Dating Joke The actress laughed when a reporter asked "
                + "about Brad Pitt, said a friend of Jennifer Aniston in Los Angeles.";
        assertThat(names(text)).contains("Jennifer Aniston", "Brad Pitt", "Los Angeles")
                .allSatisfy(name -> assertThat(name).doesNotContain("Reacts", "Dating", "Joke"));
        assertThat(names("Boko Haram Attacks Michika Town In Adamawa Fighters of Boko Haram attacked the town of "
                + "Michika on Sunday, officials in Adamawa said.")).containsExactly("Boko Haram", "Michika",
                "Adamawa", "Boko Haram", "Michika", "Adamawa");
        // A list of names is capitalised throughout too, but holds no capitalised small word: read as before.
        assertThat(names("The cast includes Steve Martin, Jon Stewart, Jane Fonda, Alan Alda and others."))
                .contains("Steve Martin", "Jon Stewart", "Jane Fonda", "Alan Alda");
        // In running text a name keeps the small words it capitalises.
        assertThat(names("Shares of Research In Motion fell after the Yearning For Zion Ranch was raided."))
                .contains("Research In Motion", "Yearning For Zion Ranch");
    }
}
