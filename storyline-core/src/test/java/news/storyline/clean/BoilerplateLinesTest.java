package news.storyline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import news.storyline.article.RemovalReason;
import news.storyline.article.RemovedSpan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateLinesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "By Jane Arraf|BYLINE",
            "By Ahmed Rasheed and Isabel Coles in Baghdad|BYLINE",
            "BY J. R. SMITH, AFP|BYLINE",
            "By Sarah Haddad, Correspondent June 10, 2014|BYLINE",
            "(Reporting by Ahmed Rasheed; Editing by Tom Heneghan)|BYLINE",
            "Additional reporting by Maggie Fick in Cairo|BYLINE",
            "Also Read|READ_ALSO",
            "ALSO READ: Iraq violence kills 50 in Baghdad|READ_ALSO",
            "Read more: How the army lost Mosul|READ_ALSO",
            "Related Stories|READ_ALSO",
            "You may also like|READ_ALSO",
            "Soldiers at a checkpoint near Mosul. AFP PHOTO/HAIDAR HAMDANI Image Credit: AFP|IMAGE_CAPTION",
            "A man walks past a burnt vehicle. REUTERS/Stringer|IMAGE_CAPTION",
            "Photo: AFP|IMAGE_CAPTION",
            "(Photo by John Moore/Getty Images)|IMAGE_CAPTION",
            "Share this article|SHARE_SUBSCRIBE",
            "Follow us on Twitter and Facebook|SHARE_SUBSCRIBE",
            "Sign up for our daily newsletter|SHARE_SUBSCRIBE",
            "Advertisement|SHARE_SUBSCRIBE",
            "© 2014 Gulf News. All rights reserved.|SHARE_SUBSCRIBE",
            "12 comments|SHARE_SUBSCRIBE"})
    void recognisesBoilerplate(String line, RemovalReason reason) {
        assertThat(BoilerplateLines.match(line)).get().extracting(RemovedSpan::reason).isEqualTo(reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Mosul is the capital of Nineveh province.",
            "An AFP photographer said the bodies of soldiers lay in the street near the bridge.",
            "Read the statement, officials said, and you will see the army had already left the city by then.",
            "The governor shared this view with reporters on Tuesday.",
            "Islamic state plan",
            "By Tuesday evening, militants had taken the airport and the main bridges over the Tigris.",
            "By the end of the day the city had fallen.",
            "Related reports from the Observatory said that 634 people had been killed since Isil launched its "
                    + "offensive in Deir Al Zor province forty days ago, most of them fighters on both sides of "
                    + "the front, and that 130,000 people had fled."})
    void leavesTextAlone(String line) {
        assertThat(BoilerplateLines.match(line)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Also Read"})
    void saysWhatMatched(String line) {
        assertThat(BoilerplateLines.match(line)).get().extracting(RemovedSpan::detail).asString().contains("\"Also Read\"");
    }
}
