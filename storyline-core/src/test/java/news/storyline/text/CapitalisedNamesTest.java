package news.storyline.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CapitalisedNamesTest {

    @Test
    void sentenceInitialWordsAreNamesOnlyWhenCapitalisedInsideASentenceToo() {
        var found = CapitalisedNames.in("Overnight, gunmen attacked Mosul. Mosul fell within hours, officials in "
                + "Baghdad said. Several Sunni tribes joined the Islamic State of Iraq and the Levant.");
        assertThat(found.names()).containsKeys("mosul", "baghdad", "sunni", "islamic state of iraq and the levant")
                .doesNotContainKeys("overnight", "several", "several sunni");
    }

    @Test
    void placesFollowAPlacePrepositionAndPossessivesAreTheName() {
        var found = CapitalisedNames.in("Fighting spread to Tikrit, residents in Mosul said, as Iraq's army fled "
                + "from Nineveh province.");
        assertThat(found.places()).containsOnlyKeys("mosul", "nineveh");
        assertThat(found.names()).containsKey("iraq").doesNotContainKey("iraqs");
        assertThat(CapitalisedNames.key("Ninéveh’s")).isEqualTo("nineveh");
        assertThat(CapitalisedNames.key("İstanbul'da")).isEqualTo(CapitalisedNames.key("İstanbul’un"));
        assertThat(CapitalisedNames.key("O'Neil")).isEqualTo("oneil");
    }
}
