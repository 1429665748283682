package news.storyline.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import news.storyline.mention.MentionExtractor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** People's ages beside their names, and the numbers beside names that are no ages. */
class AgeFinderTest {
    private static final FactExtractor EXTRACTOR = new FactExtractor(new MentionExtractor());
    private static final ReferenceDay DAY = new ReferenceDay(LocalDate.of(2009, 1, 6), ReferenceDay.How.PUBLISHED,
            null);

    private static List<Fact> ages(String text) {
        return EXTRACTOR.extract("a", text, DAY).facts().stream().filter(f -> f.type() == FactType.AGE).toList();
    }

    /** ECB+ (CC BY 3.0) and SemEval-style sentences, shortened. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Dr. Sanjay Gupta, 39, has reportedly accepted the job. | Sanjay Gupta | 39",
            "Police said they had located Anthony LaCalamita, 38, of Troy on Interstate 75. | Anthony LaCalamita | 38",
            "Staunton police have charged Sharron Diane Crawford Smith, age 61, with two counts. "
                    + "| Sharron Diane Crawford Smith | 61",
            "Robert Pitman, aged 24 and from Wellington, was charged on Monday. | Robert Pitman | 24",
            "Merz, a 64-year-old lawyer, is preparing his bid. | Merz | 64",
            "Police said 35-year-old Gary Gomes was arrested at another house. | Gary Gomes | 35",
            "By the sixth round the 36-year-old Rahman was tiring. | Rahman | 36",
            "Officials identified the officer who died as 51-year-old Capt. Tom Tennant. | Tom Tennant | 51",
            "Police delayed announcing the death of 51-year-old Senior Trooper William Hakim. | William Hakim | 51",
            "The gunman surprised Deputy Jerry Ortiz, 35, as he spoke to a woman. | Jerry Ortiz | 35",
            "In der Talkshow gab Hendrik Streeck (42), Direktor des Instituts, Auskunft. | Hendrik Streeck | 42",
            "The family was killed when a car hit them, and Zurana Horton, 34, died at the scene. | Zurana Horton | 34",
            "Die Polizei nahm den 39-j\u00e4hrigen Hans M\u00fcller am Abend fest. | Hans M\u00fcller | 39",
            "El conductor, Juan P\u00e9rez, de 39 a\u00f1os, fue detenido. | Juan P\u00e9rez | 39",
            "Le suspect, Jean Dupont, 45 ans, a \u00e9t\u00e9 interpell\u00e9. | Jean Dupont | 45",
            "Policja zatrzyma\u0142a 39-letniego Jana Kowalskiego w Krakowie. | Jana Kowalskiego | 39"})
    void anAgeBesideANameIsThatPersons(String text, String person, int age) {
        assertThat(ages(text)).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo(person);
            assertThat(f.value()).isEqualTo(age);
            assertThat(text.substring(f.start(), f.end())).contains(String.valueOf(age));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Mosul lies in Nineveh province, 350 km north of Baghdad.",
            "In Heraklion, 10, 000 people are reported as marching.",
            "A man killed a 66-year-old woman outside the Sam's Club in Bloomington.",
            "A man was charged in the death of a 66-year-old Burnsville woman.\n\nAnthony LaSalle was arrested later.",
            "'We ask for privacy,' the 33-year-old actress's rep Jack Ketsoyan told the magazine.",
            "The 39-year-old told Smith that he would leave.",
            "Aserbaidschan und Afghanistan Baku, 31. M\u00e4rz 2020.",
            "Die Polizei war in der Hildesheimer Stra\u00dfe, 18. Dort brannte es.",
            "Manning, 25 of 38 passes for 300 yards, led the Colts.",
            "AKSARAY'DA OTOBÜS TRAMVAY YOLUNA GİRDİ (1) Fatih Aksaray'da bir otobüs raydan çıktı.",
            "Zitate zum Roten Terror (4) und zur Durchsetzung der NWO (17) stehen auf der Seite.",
            "Ein 17-j\u00e4hriger Jugendlicher und ein 33-j\u00e4hriger Mann wurden festgenommen.",
            "Togo : Faure Gnassingb\u00e9, 15 ans d\u2019imp\u00e9ritie dans les journaux.",
            "A video shows a group of men attack a 23-year-old Hasidic man as he walked home."})
    void aNumberBesideANameThatIsNoAgeIsNone(String text) {
        assertThat(ages(text)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void anAgeSaidTwiceOfOnePersonIsOneFact() {
        assertThat(ages("John Jenkin, 23, was remanded. A preliminary hearing for John Jenkin, 23, was set."))
                .singleElement().extracting(Fact::subject).isEqualTo("John Jenkin");
    }
}
