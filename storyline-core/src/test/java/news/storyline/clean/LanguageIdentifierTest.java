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
    @CsvSource(delimiter = '|', value = {"Mosul", "12,000 - 350 km", "''"})
    void tooLittleTextIsUndetermined(String text) {
        assertThat(identifier.identify(text)).isEqualTo(LanguageIdentifier.UNDETERMINED);
    }
}
