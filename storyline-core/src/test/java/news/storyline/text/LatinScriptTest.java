package news.storyline.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatinScriptTest {
    @Test
    void languagesWrittenInTheLatinAlphabetAreLatinWhateverTheirAccents() {
        assertThat(LatinScript.mostly("Islamic State fighters seized Mosul on Tuesday.")).isTrue();
        assertThat(LatinScript.mostly("Die Kämpfer überrannten die Großstadt Mossul.")).isTrue();
        assertThat(LatinScript.mostly("Cumhurbaşkanı Erdoğan İstanbul'da konuştu.")).isTrue();
        assertThat(LatinScript.mostly("Żołnierze wycofali się z miasta w środę.")).isTrue();
    }

    @Test
    void otherScriptsAreNotEvenWithLatinNamesAndNumbersAmongThem() {
        assertThat(LatinScript.mostly("سيطر مسلحون على مدينة الموصل في شمال العراق")).isFalse();
        assertThat(LatinScript.mostly("Боевики ИГИЛ захватили Мосул, второй город Ирака, 10 июня 2014 года")).isFalse();
        assertThat(LatinScript.mostly("伊斯兰国武装分子周二占领了伊拉克第二大城市摩苏尔")).isFalse();
        assertThat(LatinScript.mostly("قال مسؤول في ISIL إن مدينة الموصل سقطت بالكامل يوم الثلاثاء")).isFalse();
    }

    @Test
    void aTextWithoutLettersIsNoOtherScript() {
        assertThat(LatinScript.mostly("")).isTrue();
        assertThat(LatinScript.mostly("2014-06-10 350 360")).isTrue();
    }
}
