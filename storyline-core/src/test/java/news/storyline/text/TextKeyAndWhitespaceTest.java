package news.storyline.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextKeyAndWhitespaceTest {
    @Test
    void copiesThatDifferInCaseQuotesSpacingAndPunctuationShareAKey() {
        assertThat(TextKey.of("“The city of Mosul is outside the control of the state,” an official said."))
                .isEqualTo(TextKey.of("\"THE CITY OF MOSUL is outside the control  of the state\" - an official said"))
                .isEqualTo("the city of mosul is outside the control of the state an official said");
    }

    @Test
    void compatibilityFormsAreFolded() {
        assertThat(TextKey.of("ﬁnal ２０１４ Café")).isEqualTo("final 2014 café");
        assertThat(TextKey.words(TextKey.of("  -- Mosul, 350 km! "))).isEqualTo(3);
        assertThat(TextKey.words("")).isZero();
    }

    @Test
    void eachLetterOfAScriptWrittenWithoutSpacesIsAWord() {
        assertThat(TextKey.of("武装分子占领摩苏尔，居民逃离。")).isEqualTo("武 装 分 子 占 领 摩 苏 尔 居 民 逃 离");
        assertThat(TextKey.of("ISIS占领了Mosul 2014年")).isEqualTo("isis 占 领 了 mosul 2014 年");
        assertThat(TextKey.of("イスラム国の戦闘員")).isEqualTo("イ ス ラ ム 国 の 戦 闘 員");
        // Korean, Arabic and Russian put spaces between words: their words stay whole.
        assertThat(TextKey.of("이슬람국가 무장세력이")).isEqualTo("이슬람국가 무장세력이");
        assertThat(TextKey.of("Боевики захватили Мосул")).isEqualTo("боевики захватили мосул");
    }

    @Test
    void aChineseCopyWithAWordChangedSharesMostOfItsShingles() {
        String original = "伊斯兰国武装分子周二占领了伊拉克第二大城市摩苏尔，当地官员表示，这是对当局的又一次打击。"
                + "一夜之间，数百名枪手对位于巴格达以北350公里的摩苏尔发动袭击，与军队和警察交战。";
        String copy = original.replace("一夜之间", "昨夜");
        long[] a = WordShingles.of(original);
        long[] b = WordShingles.of(copy);
        long shared = java.util.Arrays.stream(a).filter(h -> java.util.Arrays.binarySearch(b, h) >= 0).count();
        assertThat(a.length).isGreaterThan(50);
        assertThat(shared / (double) a.length).isGreaterThan(0.8);
    }

    @Test
    void whitespaceRunsFoldAndCountWords() {
        assertThat(Whitespace.fold("  A\u00A0 spaced\t\nline.  ")).isEqualTo("A spaced line.");
        assertThat(Whitespace.wordCount("  A\u00A0 spaced\t\nline.  ")).isEqualTo(3);
        assertThat(Whitespace.wordCount(" \t ")).isZero();
        // Text already folded comes back as it is; one tab or double space in it is still folded.
        String folded = "Already one line.";
        assertThat(Whitespace.fold(folded)).isSameAs(folded);
        assertThat(Whitespace.fold("a\tb")).isEqualTo("a b");
        assertThat(Whitespace.fold("a  b")).isEqualTo("a b");
        assertThat(Whitespace.fold(" a")).isEqualTo("a");
    }

    @Test
    void plainAsciiKeysAreThoseOfTheGeneralPath() {
        // The ASCII fast path against the general one (a non-ASCII character forces it, and is dropped as punctuation).
        for (String text : new String[] {"Isil's fighters -- 350 KM north, 2014!", "  x  ", "", "A-B_c9"}) {
            assertThat(TextKey.of(text)).isEqualTo(TextKey.of(text + " \u2014").strip());
        }
    }
}
