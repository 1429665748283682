package news.storyline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageIdentifierTest {
    private final LanguageIdentifier identifier = new LanguageIdentifier();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|Militants seized Iraq's second-largest city on Tuesday, officials said, in another blow to the authorities.",
            "fr|Des militants se sont emparés mardi de la deuxième ville d'Irak, ont annoncé des responsables, un nouveau coup dur pour les autorités.",
            "de|Militante haben am Dienstag die zweitgrößte Stadt des Irak eingenommen, teilten Beamte mit, ein weiterer Schlag für die Behörden.",
            "es|Los militantes tomaron el martes la segunda ciudad más grande de Irak, dijeron funcionarios, en otro golpe para las autoridades.",
            "ar|استولى مسلحون يوم الثلاثاء على ثاني أكبر مدينة في العراق، حسبما قال مسؤولون، في ضربة أخرى للسلطات."})
    void identifiesTheLanguageOfASentence(String expected, String text) {
        assertThat(identifier.identify(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "zh|武装分子占领摩苏尔，数十万居民逃离。",
            "zh|伊斯蘭國武裝分子週二佔領了伊拉克第二大城市摩蘇爾。",
            "zh|ISIS武装分子占领摩苏尔",
            "ja|イスラム国の戦闘員が火曜日、イラク第2の都市モスルを制圧した。",
            "ja|日本政府は声明を発表した。",
            "ko|이슬람국가 무장세력이 화요일 이라크 제2의 도시 모술을 장악했다.",
            "el|Μαχητές κατέλαβαν τη Μοσούλη την Τρίτη.",
            "th|กลุ่มติดอาวุธยึดเมืองโมซูลได้แล้ว",
            "he|חמושים השתלטו על מוסול ביום שלישי."})
    void aScriptThatOneLanguageWritesTellsItEvenInAShortText(String expected, String text) {
        assertThat(identifier.identify(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|Protesters in Hong Kong (香港) marched again on Sunday against the extradition bill, organisers said.",
            "ru|Боевики захватили Мосул, второй по величине город Ирака, во вторник, сообщили официальные лица."})
    void scriptsSharedByManyLanguagesAndAFewForeignCharactersAreLeftToTheModel(String expected, String text) {
        assertThat(identifier.identify(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Mosul", "12,000 - 350 km", "''"})
    void tooLittleTextIsUndetermined(String text) {
        assertThat(identifier.identify(text)).isEqualTo(LanguageIdentifier.UNDETERMINED);
    }

    /** Headlines too short for the model, in scripts several languages share: told by the letters only some write. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ru|Боевики захватили Мосул",
            "ru|Бегство из Мосула: тысячи семей",
            "uk|Бойовики захопили Мосул і Тікрит",
            "bg|Бойците превзеха Мосул във вторник",
            "sr|Борци заузели Мосул, јавља агенција",
            "ar|سقوط الموصل بيد المسلحين",
            "fa|سقوط موصل به دست گروه داعش",
            "ur|موصل پر شدت پسندوں کا قبضہ ہو گیا"})
    void aShortTextInCyrillicOrArabicScriptIsToldByItsLetters(String expected, String text) {
        assertThat(identifier.identify(text)).isEqualTo(expected);
    }
}
