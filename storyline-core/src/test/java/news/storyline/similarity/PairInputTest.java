package news.storyline.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import news.storyline.clean.LanguageIdentifier;
import org.junit.jupiter.api.Test;

class PairInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LanguageIdentifier LANGUAGES = new LanguageIdentifier();
    private static final String TEXT = "Militants of the Islamic State seized Mosul, Iraq's second city, on Tuesday "
            + "after troops and police abandoned their posts, officials in Baghdad said.";

    private static PairInput read(String line) throws Exception {
        return PairInput.of(JSON.readTree(line), LANGUAGES);
    }

    @Test
    void readsAllFieldsAndIdentifiesAMissingLanguage() throws Exception {
        PairInput pair = read("{\"pair_id\":\"p1\",\"text1\":\"" + TEXT + "\",\"text2\":\"" + TEXT + "\","
                + "\"title1\":\"Mosul falls\",\"lang2\":\"en\",\"date1\":\"2014-06-10\","
                + "\"date2\":\"2014-06-11T08:00:00Z\",\"url1\":\"https://example.com/a\"}");
        assertThat(pair.pairId()).isEqualTo("p1");
        assertThat(pair.first().title()).isEqualTo("Mosul falls");
        assertThat(pair.first().language()).isEqualTo("en");
        assertThat(pair.first().date()).hasToString("2014-06-10T00:00:00Z");
        assertThat(pair.second().date()).hasToString("2014-06-11T08:00:00Z");
        assertThat(pair.first().url()).isEqualTo("https://example.com/a");
        // A date field as a dataset may give it: seconds since 1970, a scraped date line.
        PairInput counted = read("{\"pair_id\":\"p6\",\"text1\":\"" + TEXT + "\",\"text2\":\"" + TEXT + "\","
                + "\"date1\":1402387200,\"date2\":\"June 10, 2014 | 9: 15 pm\"}");
        assertThat(counted.first().date()).hasToString("2014-06-10T08:00:00Z");
        assertThat(counted.second().date()).hasToString("2014-06-10T21:15:00Z");
        // No date given: the day an address files the article under, where it gives one; a date given wins.
        PairInput addressed = read("{\"pair_id\":\"p7\",\"text1\":\"" + TEXT + "\",\"text2\":\"" + TEXT + "\","
                + "\"url1\":\"https://example.com/world/2014/06/12/mosul-falls\",\"url2\":\"https://example.com/a\","
                + "\"date2\":\"2014-06-11\"}");
        assertThat(addressed.first().date()).hasToString("2014-06-12T00:00:00Z");
        assertThat(addressed.second().date()).hasToString("2014-06-11T00:00:00Z");
    }

    @Test
    void eachBadLineSaysWhatIsWrong() {
        assertThatThrownBy(() -> read("{\"pair_id\":\"p2\",\"text1\":\"" + TEXT + "\"}"))
                .hasMessage("no text2");
        assertThatThrownBy(() -> read("{\"pair_id\":\"p3\",\"text1\":\"  \",\"text2\":\"" + TEXT + "\"}"))
                .hasMessage("text1 is empty");
        assertThatThrownBy(() -> read("{\"pair_id\":\"p4\",\"text1\":\"" + TEXT + "\",\"text2\":\""
                + "PK\\u0003\\u0004\\u0014\\u0000\\u0006\\u0000\\b\\u0000\\u0000\\u0000!\\u0000\\ufffd\\ufffd\"}"))
                .hasMessage("text2 is binary content, not text");
        assertThatThrownBy(() -> read("{\"text1\":\"" + TEXT + "\",\"text2\":\"" + TEXT + "\"}"))
                .hasMessage("no pair_id");
        assertThatThrownBy(() -> read("{\"pair_id\":\"p5\",\"text1\":\"" + TEXT + "\",\"text2\":\"" + TEXT
                + "\",\"date1\":\"last Tuesday-ish\"}"))
                .hasMessage("date1 \"last Tuesday-ish\" is not a date");
        assertThatThrownBy(() -> read("[1, 2]")).hasMessage("not a JSON object");
    }
}
