package news.storyline.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private static final Gazetteer GAZETTEER = Gazetteer.bundled();

    @Test
    void knowsCountriesRegionsAndCitiesWithContainment() {
        Place mosul = GAZETTEER.exactly("Mosul").stream().filter(p -> p.country().equals("IQ")).findFirst().orElseThrow();
        Place nineveh = GAZETTEER.byId("IQ.15").orElseThrow();
        Place iraq = GAZETTEER.byId("IQ").orElseThrow();
        assertThat(mosul.kind()).isEqualTo(Place.Kind.CITY);
        assertThat(mosul.latitude()).isBetween(36.0, 36.6);
        assertThat(mosul.longitude()).isBetween(42.8, 43.4);
        assertThat(nineveh.name()).isEqualTo("Nineveh");
        assertThat(GAZETTEER.containers(mosul)).containsExactly(nineveh, iraq);
        assertThat(mosul.within(nineveh)).isTrue();
        assertThat(nineveh.within(iraq)).isTrue();
        assertThat(iraq.within(nineveh)).isFalse();
        assertThat(GAZETTEER.size()).isGreaterThan(25_000);
    }

    @Test
    void findsNamesThroughArticlesAccentsAndCommonCountryNames() {
        assertThat(GAZETTEER.exactly("Fallujah")).extracting(Place::country).contains("IQ");
        assertThat(GAZETTEER.exactly("Syria")).extracting(Place::id).containsExactly("SY");
        assertThat(GAZETTEER.exactly("Britain")).extracting(Place::id).containsExactly("GB");
        assertThat(GAZETTEER.exactly("Deir Al Zor")).extracting(Place::id).contains("SY.07");
    }

    @Test
    void findsTransliterationsOnlyWhenSpeltNearlyTheSame() {
        assertThat(GAZETTEER.lookup("Ninevah")).extracting(Place::id).containsExactly("IQ.15");
        assertThat(GAZETTEER.lookup("Syrian")).isEmpty();
        // Four letters are too few to guess from: "Iraq" is not "Iran".
        assertThat(GAZETTEER.lookup("Iraq")).extracting(Place::id).containsExactly("IQ");
    }

    @Test
    void readsOnlyWellFormedLines() throws Exception {
        String table = "C\tZZ\tZedland\t\tZZ\t\t1.0\t2.0\t100\tPCLI\nshort line\n"
                + "P\t7\tZed City\tZedville\tZZ\tZZ.01\t1.5\t2.5\t50\tPPLC\n";
        Gazetteer g = Gazetteer.read(new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8)));
        assertThat(g.size()).isEqualTo(2);
        assertThat(g.exactly("Zedville")).extracting(Place::name).containsExactly("Zed City");
        assertThat(g.containers(g.byId("7").orElseThrow())).extracting(Place::id).containsExactly("ZZ");
    }

    private static String countryOf(String adjective) {
        return GAZETTEER.countryOfAdjective(adjective).map(a -> a.country().id() + " " + a.countryName()).orElse("-");
    }

    @Test
    void showsCountriesByTheNamesTheNewsCallsThem() {
        assertThat(GAZETTEER.byId("SY")).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Syria"));
        assertThat(GAZETTEER.byId("US")).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("United States"));
        // the formal name is still a name the lookup knows
        assertThat(GAZETTEER.exactly("Syrian Arab Republic")).extracting(Place::id).containsExactly("SY");
        assertThat(GAZETTEER.exactly("Vatican City")).extracting(Place::id).contains("VA");
    }

    @Test
    void knowsLargeCitiesByTheirNamesInOtherLanguages() {
        assertThat(GAZETTEER.exactly("Wien")).extracting(Place::id).containsExactly("2761369");
        assertThat(GAZETTEER.exactly("Moscú")).extracting(Place::name).containsExactly("Moscow");
        assertThat(GAZETTEER.exactly("Den Haag")).extracting(Place::name).containsExactly("The Hague");
        assertThat(GAZETTEER.exactly("Kiev")).extracting(Place::name).containsExactly("Kyiv");
        // Geneva is Switzerland's first, not only the towns of Illinois and New York of that name
        assertThat(GAZETTEER.exactly("Geneva")).extracting(Place::country).contains("CH");
    }

    @Test
    void knowsCountriesByTheShortNamesOtherLanguagesGiveThem() {
        // "im Irak", "w Iraku", "Irak'ta": Iraq in nine of the languages; the United States in Russian and Turkish.
        assertThat(GAZETTEER.exactly("Irak")).extracting(Place::id).contains("IQ");
        assertThat(GAZETTEER.exactly("США")).extracting(Place::id).containsExactly("US");
        assertThat(GAZETTEER.exactly("ABD")).extracting(Place::id).containsExactly("US");
        assertThat(GAZETTEER.exactly("Kuba")).extracting(Place::id).contains("CU");
        // A short name that is a word of another language stays out: "Gana" (Ghana in Portuguese) is Spanish's
        // "wins"; Czech's "Čad" would catch "CAD".
        assertThat(GAZETTEER.exactly("Gana")).extracting(Place::id).doesNotContain("GH");
        assertThat(GAZETTEER.exactly("CAD")).extracting(Place::id).doesNotContain("TD");
    }

    @Test
    void findsAPlaceWithoutTheCaseEndingWrittenAfterAnApostrophe() {
        assertThat(GAZETTEER.beforeCaseEnding("İstanbul'da")).extracting(Place::name).contains("Istanbul");
        assertThat(GAZETTEER.beforeCaseEnding("Ankara’ya")).extracting(Place::name).contains("Ankara");
        // a capital after the apostrophe is the name's own, and no apostrophe is no case ending
        assertThat(GAZETTEER.beforeCaseEnding("O'Neil")).isEmpty();
        assertThat(GAZETTEER.beforeCaseEnding("Istanbul")).isEmpty();
    }

    @Test
    void findsTheNominativeOfAPolishPlacesCaseForm() {
        assertThat(GAZETTEER.caseFormLemma("Warszawie")).contains("Warszawa");
        assertThat(GAZETTEER.caseFormLemma("Polsce")).contains("Polska");
        assertThat(GAZETTEER.caseFormLemma("Iranu")).contains("Iran");
        // a lemma of three letters is too often a word's likeness: "Takie" (such) is no Tak, in Thailand
        assertThat(GAZETTEER.caseFormLemma("Takie")).isEmpty();
    }

    @Test
    void findsTheNominativeOfARussianCountrysCaseForm() {
        assertThat(GAZETTEER.caseFormLemma("Ирака")).contains("Ирак");
        assertThat(GAZETTEER.caseFormLemma("Ираке")).contains("Ирак");
        assertThat(GAZETTEER.caseFormLemma("России")).contains("Россия");
        assertThat(GAZETTEER.caseFormLemma("Украины")).contains("Украина");
        assertThat(GAZETTEER.caseFormLemma("Китае")).contains("Китай");
        assertThat(GAZETTEER.caseFormLemma("Израиля")).contains("Израиль");
        // not a word that is no case form of a place
        assertThat(GAZETTEER.caseFormLemma("Путина")).isEmpty();
    }

    @Test
    void knowsRegionsByTheirOwnLanguagesNames() {
        assertThat(GAZETTEER.exactly("Bayern")).extracting(Place::id).contains("DE.02");
        assertThat(GAZETTEER.exactly("Niederösterreich")).extracting(Place::name).contains("Lower Austria");
        assertThat(GAZETTEER.exactly("Cataluña")).extracting(Place::name).contains("Catalonia");
        assertThat(GAZETTEER.exactly("Sizilien")).extracting(Place::kind).contains(Place.Kind.REGION);
    }

    @Test
    void knowsTheCountriesAdjectivesAreMadeOf() {
        assertThat(countryOf("Iraqi")).isEqualTo("IQ Iraq");
        assertThat(countryOf("Syrian")).isEqualTo("SY Syria");
        assertThat(countryOf("Iranian")).as("named by the name it is made of").isEqualTo("IR Iran");
        assertThat(countryOf("Chinese")).isEqualTo("CN China");
        assertThat(countryOf("Swedish")).isEqualTo("SE Sweden");
        assertThat(countryOf("Nigerian")).as("the country sharing most letters").isEqualTo("NG Nigeria");
        assertThat(countryOf("Saudi Arabian")).startsWith("SA ");
        assertThat(countryOf("African")).as("not South Africa by a name that lost its \"Dél-\"").isEqualTo("-");
        assertThat(countryOf("French")).as("made otherwise: listed").isEqualTo("FR France");
        assertThat(countryOf("American")).as("listed, by the name a reader looks for").isEqualTo("US United States");
        assertThat(countryOf("Portuguese")).as("listed: the rule finds none").isEqualTo("PT Portugal");
        assertThat(countryOf("Korean")).as("North or South: listed as none").isEqualTo("-");
        assertThat(countryOf("South Korean")).isEqualTo("KR South Korea");
        assertThat(countryOf("Islamic")).isEqualTo("-");
        assertThat(countryOf("Iraq")).as("the name is no adjective").isEqualTo("-");
    }
}
