package news.storyline.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MentionGroupsTest {
    private static final MentionExtractor EXTRACTOR = new MentionExtractor();

    private static List<Entity> entities(String text) {
        return EXTRACTOR.extract("a", text, null).entities();
    }

    /** The entities of two texts grouped across both, each text its own article. */
    private static List<Entity> acrossTwo(String first, String second) {
        return EXTRACTOR.across(List.of(EXTRACTOR.extract("a", first, null), EXTRACTOR.extract("b", second, null)));
    }

    /** The forms of the entity that holds {@code form}, grouped across two texts. */
    private static Map<String, Integer> formsAcross(String first, String second, String form) {
        return entityWithForm(acrossTwo(first, second), form).forms();
    }

    private static Entity entityWithForm(List<Entity> entities, String form) {
        return entities.stream().filter(e -> e.forms().containsKey(form)).findFirst()
                .orElseThrow(() -> new AssertionError(form + " not in " + entities));
    }

    @Test
    void groupsAnAcronymWithTheNameItAbbreviates() {
        List<Entity> entities = entities("The fighters are affiliated with the Islamic State of Iraq and the Levant, "
                + "an al-Qaida splinter group. ISIL insurgents remain in control of Fallujah. Isil said so.");
        Entity isil = entityWithForm(entities, "ISIL");
        assertThat(isil.forms()).containsOnlyKeys("Islamic State of Iraq and the Levant", "ISIL", "Isil");
        assertThat(isil.name()).isEqualTo("Islamic State of Iraq and the Levant");
        assertThat(isil.type()).isEqualTo(MentionType.ORGANISATION);
    }

    @Test
    void aPersonKnownByAGivenNameIsCalledByItTooUnlessTwoShareIt() {
        List<Entity> entities = entities("Apple said Steve Jobs would resign. Steve told staff that Tim Cook would "
                + "lead the company. Jobs and Cook met on Friday.");
        Entity jobs = entityWithForm(entities, "Steve Jobs");
        assertThat(jobs.forms()).containsOnlyKeys("Steve Jobs", "Steve", "Jobs");
        assertThat(jobs.type()).isEqualTo(MentionType.PERSON);

        List<Entity> twoTims = entities("Tim Cook and Tim Sweeney spoke. Tim said nothing more.");
        assertThat(entityWithForm(twoTims, "Tim").forms()).containsOnlyKeys("Tim");
    }

    @Test
    void aPersonsNameWithAndWithoutMiddleInitialsIsOneAndEndsBeforeOf() {
        List<Entity> entities = entities("Thomas M. Hoenig dissented. Thomas Hoenig of the Kansas City Fed said the "
                + "policy was a gamble. Hoenig has dissented before.");
        assertThat(entityWithForm(entities, "Thomas M. Hoenig").forms()).containsOnlyKeys("Thomas M. Hoenig",
                "Thomas Hoenig", "Hoenig");
        assertThat(entities).extracting(Entity::name).contains("Kansas City Fed");
    }

    @Test
    void aNameListedWithRegionsIsTheRegion() {
        List<Entity> states = entities("The states set to gain seats are Arizona, Georgia, Nevada, South Carolina, "
                + "Utah and Washington. Obama won Nevada in 2008.");
        Entity washington = entityWithForm(states, "Washington");
        assertThat(washington.place().kind()).isEqualTo(Place.Kind.REGION);
        assertThat(washington.place().regionId()).isEqualTo("US.WA");

        List<Entity> capital = entities("Officials in Washington said the talks would go on. Utah's senators agreed.");
        assertThat(entityWithForm(capital, "Washington").place().kind()).isNotEqualTo(Place.Kind.REGION);
    }

    /**
     * An acronym written as a word spells a name only where one article writes both: across the SemEval and ECB+
     * reports "Day" had joined "Delaina Ashley Yuan" (40 mentions), "Ross" "Bob Rifkin of Operation Safe Streets".
     */
    @Test
    void anAcronymWrittenAsAWordSpellsANameOnlyBesideIt() {
        assertThat(formsAcross("Bob Rifkin of Operation Safe Streets said so.",
                "He met Ross on Monday, and Ross agreed.", "Ross")).containsOnlyKeys("Ross");
        assertThat(formsAcross("The Islamic State of Iraq and the Levant took Mosul.",
                "ISIL fighters held the city.", "ISIL")).containsKey("Islamic State of Iraq and the Levant");
    }

    /**
     * AllSides dev (written here in its words): across reports, sound alone had made Stephen Miller one with Robert
     * Mueller, and Pope Francis one with France.
     */
    @Test
    void twoSurnamesOrAGivenNameAndAPlaceOfOneSoundStayApart() {
        assertThat(formsAcross("Special counsel Robert Mueller filed his report. Mueller said little.",
                "White House adviser Stephen Miller spoke. Miller said the policy stood.", "Mueller"))
                .doesNotContainKey("Miller");
        assertThat(formsAcross("Pope Francis visited Iraq. Francis said mass in Mosul.",
                "France sent aid. France said so.", "France")).doesNotContainKey("Francis");
        // Two people named in full by other given names, or a surname and a noun the reports write in the plural,
        // stay apart however near their spellings.
        assertThat(formsAcross("Fox host Tucker Carlson spoke. Carlson said so.",
                "Housing Secretary Ben Carson spoke. Carson agreed.", "Carlson")).doesNotContainKey("Carson");
        assertThat(formsAcross("Congressman Tom Marino withdrew. Marino said so.",
                "A Marine was hurt, and two Marines died.", "Marino")).doesNotContainKeys("Marine", "Marines");
        // A name spelt two ways keeps nearly all its letters, and stays one.
        assertThat(formsAcross("Qassem Soleimani was killed. Soleimani led the force.",
                "Iran mourned Qassim Suleimani. Suleimani was buried.", "Soleimani")).containsKey("Suleimani");
    }

    @Test
    void anAcronymNamingAPlaceSpellsOnlyAPlacesName() {
        List<Entity> entities = entities("She left Universal Studios for the US stage. The US and the United States "
                + "Congress agreed.");
        assertThat(entityWithForm(entities, "US").forms()).doesNotContainKey("Universal Studios");
    }

    @Test
    void groupsSpellingsOfTheArabicArticleAndOfVowels() {
        List<Entity> entities = entities("A former al-Qaida stronghold. Syria's official Al Qaida arm. "
                + "Officials blamed al-Qaeda for the attack.");
        assertThat(entityWithForm(entities, "al-Qaida").forms()).containsOnlyKeys("al-Qaida", "Al Qaida", "al-Qaeda");
    }

    @Test
    void groupsTransliterationsOfAPlace() {
        List<Entity> entities = entities("Mosul is the capital of Nineveh province. Ali Mahmoud, the media official "
                + "for Ninevah province, said so.");
        Entity nineveh = entityWithForm(entities, "Nineveh");
        assertThat(nineveh.forms()).containsOnlyKeys("Nineveh", "Ninevah");
        assertThat(nineveh.place().id()).isEqualTo("IQ.15");
    }

    @Test
    void keepsShortNamesThatDifferByALetterApart() {
        List<Entity> entities = entities("Iraq accused Iran of arming the militias, and Sudan said Sedan was calm.");
        assertThat(entityWithForm(entities, "Iraq").forms()).containsOnlyKeys("Iraq");
        assertThat(entityWithForm(entities, "Iran").forms()).containsOnlyKeys("Iran");
        assertThat(entityWithForm(entities, "Sudan").forms()).containsOnlyKeys("Sudan");
    }

    @Test
    void groupsTheCaseFormsOfANameDeclinedInCyrillic() {
        List<Entity> entities = entities("Боевики вошли в Мосул во вторник. Из Мосула бежали тысячи жителей, "
                + "сообщил губернатор Атиль ан-Нуджайфи. Премьер Ирака обвинил Иран. Слова Атиля ан-Нуджайфи "
                + "подтвердили в Ираке.");
        assertThat(entityWithForm(entities, "Мосул").forms()).containsOnlyKeys("Мосул", "Мосула");
        assertThat(entityWithForm(entities, "Атиль ан-Нуджайфи").forms())
                .containsOnlyKeys("Атиль ан-Нуджайфи", "Атиля ан-Нуджайфи");
        assertThat(entityWithForm(entities, "Ирака").forms()).containsOnlyKeys("Ирака", "Ираке");
        // Two countries a letter apart are two names in any case.
        assertThat(entityWithForm(entities, "Иран").forms()).containsOnlyKeys("Иран");
    }

    @Test
    void groupsALaterShortFormWithTheOneFullNameItEnds() {
        List<Entity> entities = entities("Prime Minister Nouri al-Maliki asked parliament for emergency powers. "
                + "Maliki said the army would retake the city.");
        Entity maliki = entityWithForm(entities, "Maliki");
        assertThat(maliki.forms()).containsOnlyKeys("Nouri al-Maliki", "Maliki");
        assertThat(maliki.type()).isEqualTo(MentionType.PERSON);
    }

    @Test
    void aShortFormOfTwoFullNamesJoinsNeither() {
        List<Entity> entities = entities("Provincial governor Atheel al-Nujaifi escaped. He is the brother of the "
                + "parliament speaker, Osama al-Nujaifi. Nujaifi said nothing.");
        assertThat(entityWithForm(entities, "Nujaifi").forms()).containsOnlyKeys("Nujaifi");
    }

    @Test
    void aBodyCalledByItsOrganisationWordAloneIsTheOneFullNameWithIt() {
        List<Entity> entities = entities("634 people have been killed, the Syrian Observatory for Human Rights said. "
                + "The Britain-based Observatory said 354 of the dead were fighters.");
        assertThat(entityWithForm(entities, "Observatory").forms())
                .containsOnlyKeys("Syrian Observatory for Human Rights", "Observatory");
        // Two bodies with the word: "the Commission" could be either, and joins neither.
        List<Entity> two = entities("The European Commission and the Election Commission of India met. "
                + "The Commission said little.");
        assertThat(entityWithForm(two, "Commission").forms()).containsOnlyKeys("Commission");
        // A word that alone names no one body stays apart.
        List<Entity> state = entities("Militants of the Islamic State attacked the town. The State Department "
                + "condemned it. State media said nothing.");
        assertThat(entityWithForm(state, "Islamic State").forms()).doesNotContainKey("State");
    }

    @Test
    void groupsAcrossArticlesAndCountsEach() {
        ArticleMentions first = EXTRACTOR.extract("gulf", "Militants of the Islamic State in Iraq and the Levant "
                + "(Isil) took Mosul. Isil fighters entered Nineveh.", null);
        ArticleMentions second = EXTRACTOR.extract("wire", "ISIL insurgents took Mosul, in Ninevah province.", null);
        List<Entity> across = EXTRACTOR.across(List.of(first, second));
        Entity isil = entityWithForm(across, "ISIL");
        assertThat(isil.forms()).containsKeys("Isil", "ISIL", "Islamic State in Iraq and the Levant");
        assertThat(isil.articles()).containsEntry("gulf", 3).containsEntry("wire", 1);
        assertThat(entityWithForm(across, "Ninevah").articles()).containsOnlyKeys("gulf", "wire");
    }

    /** ECB+'s Super Bowl reports (CC BY 3.0, in their words): a quarterback and a coach whose names sound alike. */
    @Test
    void aShortFormSpeltLikeAnothersNameJoinsNoTwoPeople() {
        List<Entity> across = acrossTwo("Saints Head Coach Sean Payton said the team was ready. Payton called the "
                + "onside kick.", "Colts quarterback Peyton Manning threw an interception. Peyton walked off.");
        assertThat(entityWithForm(across, "Sean Payton").forms()).doesNotContainKey("Peyton Manning");
        assertThat(entityWithForm(across, "Peyton Manning").forms()).doesNotContainKey("Sean Payton");
    }

    @Test
    void aNameThatOnlySoundsLikeAPlaceIsNoSpellingOfIt() {
        List<Entity> across = acrossTwo("Coach Miguel Russo said the team was ready. Russo praised the players.",
                "Talks with Russia went on. Russia and the Russian envoy met in London, where Ninevah was discussed.");
        assertThat(entityWithForm(across, "Russia").forms()).doesNotContainKey("Russo").containsKey("Russian");
        // A spelling of a place, nearly the same letters, is still the place.
        List<Entity> nineveh = acrossTwo("Militants entered Nineveh province.", "They held Ninevah province.");
        assertThat(entityWithForm(nineveh, "Nineveh").forms()).containsKey("Ninevah");
    }

    @Test
    void aPlaceWrittenBesideTheRegionItLiesInIsTheOneThereAndTheRegionTheOneHoldingIt() {
        // CNN, April 2007: the regions after the towns are the American states, not the country Georgia nor the
        // town of Washington in Utah (which the text's "Salt Lake City, Utah" would otherwise favour).
        List<Entity> entities = entities("Monday's shooting follows two last week in public places in Atlanta, "
                + "Georgia, and Seattle, Washington. In February, a gunman killed five people at a shopping mall in "
                + "Salt Lake City, Utah.");
        assertThat(entityWithForm(entities, "Georgia").place().id()).isEqualTo("US.GA");
        assertThat(entityWithForm(entities, "Washington").place().id()).isEqualTo("US.WA");
        assertThat(entityWithForm(entities, "Atlanta").place().regionId()).isEqualTo("US.GA");

        Entity paris = entityWithForm(entities("The plant in Paris, Texas, closed on Monday."), "Paris");
        assertThat(paris.place().regionId()).isEqualTo("US.TX");
        assertThat(entityWithForm(entities("Floods reached Delaware, Ohio, on Monday."), "Delaware").place().kind())
                .isEqualTo(Place.Kind.CITY);

        // Two names of one list of regions are no town and its region.
        List<Entity> listed = entities("Se ha auxiliado a la población civil afectada en Chihuahua, México, "
                + "Nuevo León, Querétaro, Tlaxcala y Zacatecas.");
        assertThat(entityWithForm(listed, "Chihuahua").place().kind()).isEqualTo(Place.Kind.REGION);
    }

    @Test
    void aTownNamedAfterARegionOfItsCountryElsewhereIsNotWhatTheNameMeans() {
        // Delaware, Ohio, and Wyoming, Michigan, are towns of 40,000 and 75,000 people; the news means the states.
        assertThat(entityWithForm(entities("It reared its head again today, said Delaware senator Edward Kaufman, "
                + "as the Dow fell in New York."), "Delaware").place().id()).isEqualTo("US.DE");
        assertThat(entityWithForm(entities("Snow closed roads across Wyoming and in the US on Tuesday."),
                "Wyoming").place().id()).isEqualTo("US.WY");
        // A country's seat of government keeps its name: the Washington of the G7, not the state.
        assertThat(entityWithForm(entities("Finance ministers of the G7 will gather in Washington. In Salt Lake "
                + "City, Utah, markets fell."), "Washington").place().regionId()).isEqualTo("US.DC");
    }

    @Test
    void resolvesAnAmbiguousPlaceInTheCountryTheTextNames() {
        Entity paris = entityWithForm(entities("Storms hit Paris, France, on Monday."), "Paris");
        assertThat(paris.place().country()).isEqualTo("FR");
        Entity texan = entityWithForm(entities("Storms hit Dallas and Paris in north Texas on Monday."), "Paris");
        assertThat(texan.place().country()).isEqualTo("US");
        assertThat(texan.place().regionId()).isEqualTo("US.TX");
    }

    @Test
    void anEmptyTextHasNoMentions() {
        assertThat(EXTRACTOR.extract("empty", "", null).mentions()).isEmpty();
        assertThat(EXTRACTOR.extract("empty", "   \n\n ", null).entities()).isEmpty();
        assertThat(EXTRACTOR.extract("headline-only", null, null).dates()).isEmpty();
    }

    @Test
    void aNameIsNotItsOwnContext() {
        // "Luxembourg" is a country, a region and a city, all in Luxembourg: the country, not the city.
        Entity luxembourg = entityWithForm(entities("The aircraft will be delivered to France, Belgium and "
                + "Luxembourg."), "Luxembourg");
        assertThat(luxembourg.place().kind()).isEqualTo(Place.Kind.COUNTRY);
    }

    @Test
    void aNationalityIsItsCountryNoTownOfItsName() {
        assertThat(entities("Der Spiegel, a German magazine, reported the delay.")).filteredOn(e -> e.place() != null)
                .singleElement().satisfies(e -> {
                    assertThat(e.name()).isEqualTo("Germany");
                    assertThat(e.place().kind()).isEqualTo(Place.Kind.COUNTRY);
                });
        // "Portuguese" sounds like Portuguesa, a region of Venezuela; "Chilean" like Chillán; "Korean" is either Korea
        List<Entity> entities = entities("Portuguese and Chilean diplomats met Korean officials.");
        assertThat(entityWithForm(entities, "Portuguese").place().id()).isEqualTo("PT");
        assertThat(entityWithForm(entities, "Chilean").place().id()).isEqualTo("CL");
        assertThat(entityWithForm(entities, "Korean").place()).isNull();
    }

    @Test
    void aTitleOfSomethingAndANameWithATitleWordNameNoPerson() {
        List<Entity> entities = entities("The President of the United States met the CEO of GM, Rick Wagoner. "
                + "General Motors said the United States would help. President Obama agreed.");
        assertThat(entityWithForm(entities, "United States").type()).isEqualTo(MentionType.PLACE);
        assertThat(entityWithForm(entities, "GM").type()).isEqualTo(MentionType.ORGANISATION);
        assertThat(entityWithForm(entities, "General Motors").type()).isNotEqualTo(MentionType.PERSON);
        assertThat(entityWithForm(entities, "Obama").type()).isEqualTo(MentionType.PERSON);
    }

    @Test
    void acrossManyArticlesNamesMergeOnlyOnEvidence() {
        ArticleMentions apple = EXTRACTOR.extract("apple", "Steve Jobs showed an Intel-based Mac. IBM declined "
                + "to comment. Jobs left.", null);
        ArticleMentions senate = EXTRACTOR.extract("senate", "Senator Patty Murray spoke. Air Canada and China "
                + "Eastern Airlines flew in.", null);
        ArticleMentions other = EXTRACTOR.extract("other", "The PM met officials in Canada. China Southern Airlines "
                + "and Michael M. Sears and Michael O. Leavitt attended.", null);
        List<Entity> across = EXTRACTOR.across(List.of(apple, senate, other));
        assertThat(entityWithForm(across, "IBM").forms()).containsOnlyKeys("IBM");
        assertThat(entityWithForm(across, "PM").forms()).containsOnlyKeys("PM");
        assertThat(entityWithForm(across, "Canada").forms()).containsOnlyKeys("Canada");
        assertThat(entityWithForm(across, "China Southern Airlines").forms()).containsOnlyKeys("China Southern Airlines");
        assertThat(entityWithForm(across, "Michael M. Sears").forms()).containsOnlyKeys("Michael M. Sears");
        assertThat(entityWithForm(across, "Jobs").forms()).containsOnlyKeys("Steve Jobs", "Jobs");
    }

    @Test
    void aSmallTownNamedWithNoCueAndNoContextIsNoPlace() {
        // The Dax is a German index here, not Dax, a town of 22,000 in New Aquitaine.
        List<Entity> markets = entities("Wall Street fell in New York. The Nasdaq index has fallen by 3.16%, while "
                + "the Dax was 1.75% lower than the start of the day.");
        assertThat(entityWithForm(markets, "Dax").place()).isNull();
        assertThat(entityWithForm(markets, "Dax").type()).isEqualTo(MentionType.OTHER);
        // Written as a place, or with its country, the town stays one.
        List<Entity> rugby = entities("The match was played in Dax on Saturday.");
        assertThat(entityWithForm(rugby, "Dax").place().country()).isEqualTo("FR");
        List<Entity> withCountry = entities("Dax and Bayonne saw floods as France counted the damage.");
        assertThat(entityWithForm(withCountry, "Dax").place().country()).isEqualTo("FR");
    }

    /** ECB+ 4_10ecb and 30_11ecb (CC BY 3.0), shortened: towns the names only sound like. */
    @Test
    void aSmallTownANameOnlySoundsLikeIsNoPlaceWithoutItsCountryHoweverTheNameIsWritten() {
        // "from Madonna to ..." reads as a place; Madona is a town in Latvia, which the text never gives.
        List<Entity> pinUp = entities("She inspired everybody from Madonna to the Suicide Girls, and the stars of "
                + "Hollywood loved her.");
        assertThat(entityWithForm(pinUp, "Madonna").place()).isNull();
        List<Entity> cable = entities("Reliance Globalcom told Bloomberg News that there was no time frame. Bloomberg "
                + "reported the cut on Wednesday.");
        assertThat(entityWithForm(cable, "Bloomberg").place()).isNull();
    }

    @Test
    void aPlaceIsNamedByItsGazetteerNameWhereItsGroupHasOne() {
        // "Russian Government" groups with "Russian" (its short form) and so with Russia; the place is Russia.
        List<Entity> entities = entities("Trading on Russia's stock markets was suspended. It was the worst day in "
                + "Russia's market since 1998. The Russian Government has announced an injection into the Russian "
                + "economy.");
        Entity russia = entityWithForm(entities, "Russia");
        assertThat(russia.forms()).containsKey("Russian Government");
        assertThat(russia.place().country()).isEqualTo("RU");
        assertThat(russia.name()).isEqualTo("Russia");
    }

    @Test
    void namesOfOnePlaceAreOneEntityAndAPersonsSurnameIsNoPlace() {
        List<Entity> entities = entities("US President Barack Obama said the United States and the U.S. Congress "
                + "would act. Obama spoke in Washington. Chicago-based Boeing agreed.");
        assertThat(entityWithForm(entities, "US").forms()).containsOnlyKeys("US", "United States", "U.S.");
        assertThat(entityWithForm(entities, "Obama").forms()).containsOnlyKeys("Barack Obama", "Obama");
        assertThat(entityWithForm(entities, "Obama").type()).isEqualTo(MentionType.PERSON);
        assertThat(entityWithForm(entities, "Washington").place().regionId()).isEqualTo("US.DC");
        assertThat(entityWithForm(entities, "Boeing").forms()).containsOnlyKeys("Boeing");
    }

    @Test
    void wordsOfOneSoundAreOneNameOnlyWhereTheyShareMostLetters() {
        List<Entity> across = acrossTwo("Officials in Valencia said al-Qaida and Mohammed Ali were named. Violence "
                + "spread.", "Officials said al-Qaeda and Muhammad Ali were named. Violence spread, and Mommy wept in "
                + "Miami.");
        assertThat(entityWithForm(across, "al-Qaida").forms()).containsKeys("al-Qaida", "al-Qaeda");
        assertThat(entityWithForm(across, "Mohammed Ali").forms()).containsKeys("Mohammed Ali", "Muhammad Ali");
        assertThat(entityWithForm(across, "Valencia").forms()).doesNotContainKey("Violence");
        assertThat(entityWithForm(across, "Miami").forms()).doesNotContainKey("Mommy");
    }

    @Test
    void aCountrysAdjectiveSetsTheSceneForAPlaceOfTwoCountries() {
        // Mount Pleasant, a town of several US states, made it Vancouver, Washington
        Entity vancouver = entityWithForm(entities("A just-fired employee of a Canadian company opened fire at the "
                + "office party in Vancouver, police said. Police blocked the street in the Mount Pleasant "
                + "neighborhood."), "Vancouver");
        assertThat(vancouver.place().country()).isEqualTo("CA");
    }

    @Test
    void theDivineIsNoTownOfItsName() {
        List<Entity> entities = entities("The pastor said the family puts its trust in God. Officials in Mosul "
                + "agreed.");
        assertThat(entityWithForm(entities, "God").place()).isNull();
        assertThat(entityWithForm(entities, "God").type()).isEqualTo(MentionType.OTHER);
        assertThat(entityWithForm(entities, "Mosul").place()).isNotNull();
    }

    @Test
    void aDollarSignsCountryLettersAreACurrencyNotAPlace() {
        List<Entity> entities = entities("China Eastern Airlines signed a contract for 9.9 billion yuan (about "
                + "US$1.4 billion). The airline signed the agreement in Paris on June 15.");
        assertThat(entities).noneMatch(e -> e.forms().containsKey("US"));
        Entity paris = entityWithForm(entities, "Paris");
        assertThat(paris.place().country()).isEqualTo("FR");
    }

    @Test
    void aPlaceIsResolvedByTheCountriesNamedInItsOwnTexts() {
        var airline = EXTRACTOR.extract("airline", "The airline signed the agreement in Paris on June 15.", null);
        var automaker = EXTRACTOR.extract("automaker", "The U.S. automaker filed for bankruptcy in New York.", null);
        Entity paris = entityWithForm(EXTRACTOR.across(List.of(airline, automaker)), "Paris");
        assertThat(paris.place().country()).isEqualTo("FR");
        // Where the same text names the country, its context still counts.
        var texan = EXTRACTOR.extract("texan", "The U.S. automaker opened a plant in Paris, where Lamar County "
                + "officials welcomed it.", null);
        Entity inTexas = entityWithForm(EXTRACTOR.across(List.of(texan, airline)), "Paris");
        assertThat(inTexas.place().country()).isEqualTo("US");
    }

    @Test
    void aTitleAfterAFullNameMakesItAPersonsAndItsSurnameNoPlace() {
        List<Entity> entities = entities("Fritz Henderson, the Chief Executive Officer of General Motors, outlined "
                + "a plan. Henderson stated that the process would take 60 days. Los Angeles, a major city, waits.");
        Entity henderson = entityWithForm(entities, "Fritz Henderson");
        assertThat(henderson.type()).isEqualTo(MentionType.PERSON);
        assertThat(henderson.forms()).containsKey("Henderson");
        assertThat(henderson.place()).isNull();
        assertThat(entityWithForm(entities, "Los Angeles").type()).isEqualTo(MentionType.PLACE);
    }

    @Test
    void aContinentIsNoTownOfItsName() {
        List<Entity> entities = entities("The filings did not cover its businesses in Latin America, Europe and "
                + "the Middle East, and Asia and the Pacific.");
        assertThat(entityWithForm(entities, "Asia").place()).isNull();
        assertThat(entityWithForm(entities, "Europe").place()).isNull();
    }
}
