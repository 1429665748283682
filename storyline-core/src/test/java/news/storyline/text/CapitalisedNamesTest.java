package news.storyline.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    void nameWordsInCyrillicAreTakenWithoutTheirCaseEnding() {
        assertThat(CapitalisedNames.words(List.of("путин", "путина", "путиным"))).containsOnly("путин");
        assertThat(CapitalisedNames.words(List.of("мосул", "мосуле", "мосула"))).containsOnly("мосул");
        assertThat(CapitalisedNames.words(List.of("ирак", "иран"))).doesNotHaveDuplicates();
        assertThat(CapitalisedNames.words(List.of("nouri al-maliki", "maliki"))).containsExactly("nouri", "al-maliki",
                "maliki");
    }

    @Test
    void aNameEndsAtALineBreak() {
        var found = CapitalisedNames.in("Militants seize Mosul\nMilitants seized the city of Mosul on Tuesday, "
                + "Militants said.");
        assertThat(found.names()).containsKeys("mosul", "militants").doesNotContainKey("mosul militants");
        // Two spaces end a headline in run-together text (the SemEval pairs' "title  body").
        assertThat(CapitalisedNames.in("The fall of Mosul  Militants seized the city, Militants said.").names())
                .containsKeys("mosul", "militants").doesNotContainKey("mosul militants");
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
        assertThat(CapitalisedNames.key("Fi\u0307yat")).isEqualTo("fiyat");
    }

    /**
     * The definition the scanner implements: runs of capitalised words on one line, with particles between, not
     * across two spaces or more.
     */
    private static final String WORD = "\\p{Lu}[\\p{L}\\p{M}\\p{Nd}'’\\-]*";
    private static final String LINE_SPACE = "(?!  )[ \\t\\x0B\\f]+";
    private static final Pattern NAME = Pattern.compile(WORD + "(?:" + LINE_SPACE + "(?:(?:of|the|and|de|del|la|van"
            + "|der|von|al|bin|ibn|du|da|di|y)" + LINE_SPACE + ")*" + WORD + ")*");

    /** Texts in eight languages, and the edges of the grammar. */
    private static List<String> texts() throws IOException {
        var texts = new ArrayList<>(List.of(
                "Islamic State of Iraq and the Levant", "Ibn al Khattab met van der Leyen", "the Bank of  ",
                "Bank of the", "Bank of the \n", "Ursula von der\tLeyen", "Juan del Toro y Gómez", "Jean de la Fontaine",
                "iPhone maker Apple", "O'Neil’s İstanbul'da Ankara’nın", "ÉCOLE Polytechnique", "Ǆemal Ǉ",
                "𝐀lpha Beta", "A", "A ", " A", "Mosul\u000BNineveh", "X-Ray Y–Z", "Dr. Who", "AB12 CD-34 9X",
                "Łódź Wrocław", "München und Köln", "Nouri al-Maliki", "de Gaulle", "Bin", "Van Gogh of the",
                "a bin Laden", "Ali Ali in Ali", "Militants seize Mosul\nMilitants seized it", "Bank of\nEngland",
                "Mosul\r\nNineveh", "Fall of Mosul  Militants seized", "Mosul \t Nineveh", "Mosul\t  Nineveh"));
        Path pairs = Path.of("../../shared/data/semeval2022t8_dev_pairs.jsonl");
        if (Files.isRegularFile(pairs)) {
            var json = new ObjectMapper();
            for (String line : Files.readAllLines(pairs, StandardCharsets.UTF_8)) {
                var pair = json.readTree(line);
                texts.add(pair.path("text1").asText());
                texts.add(pair.path("text2").asText());
            }
        }
        return texts;
    }

    @Test
    void theScannerFindsTheRunsThePatternFinds() throws IOException {
        var run = new CapitalisedNames.NameRun();
        for (String text : texts()) {
            Matcher m = NAME.matcher(text);
            int from = 0;
            while (m.find()) {
                assertThat(run.find(text, from)).as(text).isTrue();
                assertThat(text.substring(run.start, run.end)).as(text).isEqualTo(m.group());
                assertThat(run.firstWordEnd).isEqualTo(m.start() + m.group().split("\\s+")[0].length());
                from = run.end;
            }
            assertThat(run.find(text, from)).as(text).isFalse();
        }
    }

    @Test
    void keysAreWhatThePatternsMake() throws IOException {
        var names = new ArrayList<>(List.of("Iraq's", "Iraq's\n", "O'Neil's", "x''", "`Quoted`", "A.B.C.", "  ",
                "''", "Al-Qaida", "AL QAIDA", "ninewa", "Ninewa's Governor", "U.S.", "9/11 Commission", "Iraq’s"));
        for (String text : texts()) {
            Matcher m = NAME.matcher(text);
            while (m.find()) {
                names.add(m.group());
            }
        }
        for (String name : names) {
            assertThat(CapitalisedNames.key(name)).as(name).isEqualTo(patternKey(name));
        }
    }

    /** The key as four patterns make it. */
    private static String patternKey(String name) {
        String bare = name.replaceAll("['’]\\p{Ll}*$", "");
        String plain = Normalizer.normalize(bare, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[’'`]", "").replaceAll("[^\\p{L}\\p{Nd}]+", " ").strip();
    }
}
