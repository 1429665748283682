package news.storyline.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The name finder's hand-written tokenizer against the regular expression it replaced, which defines it. */
class MentionTokensTest {
    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{Lu}\\.){2,}|[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{Nd}]*(?:[-'’‘][\\p{L}\\p{M}\\p{Nd}]+)*");

    private static List<String> byExpression(String text) {
        var tokens = new ArrayList<String>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.start() + ":" + m.group());
        }
        return tokens;
    }

    private static List<String> byLoop(String text) {
        var tokens = new ArrayList<String>();
        for (int at = 0; at < text.length(); ) {
            int end = MentionFinder.tokenEnd(text, at);
            if (end == at) {
                at += Character.charCount(text.codePointAt(at));
            } else {
                tokens.add(at + ":" + text.substring(at, end));
                at = end;
            }
        }
        return tokens;
    }

    @Test
    void readsTheCasesTheExpressionWasWrittenFor() {
        String text = "The U.S. and U.S.S.R. met A. Smith, P.J. Crowley and al-Maliki's aide O'Neil in "
                + "Deir ez-Zor; d'Arnaud, l’Italia, 5-year-old, F-16s, end- -start, x'y', ‘quoted’ 1990s "
                + "İstanbul'da Ankara’nın Nīnawā café e\u0301 \u0301a 𝐀.𝐁. 𝒜bc 𐐀. Привет, мир. 北京 مصر";
        assertThat(byLoop(text)).isEqualTo(byExpression(text))
                .contains("4:U.S.", "13:U.S.S.R.", "26:A", "85:ez-Zor", "115:year-old", "207:𝐀.𝐁.");
    }

    @Test
    void agreesWithTheExpressionOnRealArticles() throws IOException {
        for (String resource : List.of("/wikinews-first.jsonl", "/seeds/000_44105980e39676fe.txt",
                "/seeds/001_f2e9581c621b58c2.txt")) {
            try (InputStream in = MentionTokensTest.class.getResourceAsStream(resource)) {
                assertThat(in).as(resource).isNotNull();
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertThat(byLoop(text)).as(resource).isEqualTo(byExpression(text));
            }
        }
    }

    @Test
    void agreesWithTheExpressionOnRandomText() {
        String alphabet = "aZ.É-'’‘ 0٣\u0301\u0903\u20DDİßŁ北𝐀𐐀\n";
        var random = new SplittableRandom(11);
        for (int n = 0; n < 5_000; n++) {
            var text = new StringBuilder();
            int length = random.nextInt(30);
            for (int i = 0; i < length; i++) {
                text.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
                        random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
            }
            assertThat(byLoop(text.toString())).as(text.toString()).isEqualTo(byExpression(text.toString()));
        }
    }
}
