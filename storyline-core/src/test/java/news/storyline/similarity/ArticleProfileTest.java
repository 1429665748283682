package news.storyline.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleProfileTest {
    @Test
    void chineseSentencesEndAtTheIdeographicFullStopThoughNoSpaceFollows() {
        String body = "星期二，伊斯兰国武装分子占领了伊拉克第二大城市摩苏尔。数十万居民逃离该市！"
                + "伊拉克总理马利基要求议会宣布全国进入紧急状态。";
        ArticleProfile profile = ArticleProfile.of("zh", "武装分子攻占摩苏尔", body, "zh", null);

        // The headline is a passage of its own, then each sentence.
        assertThat(profile.sentences()).extracting(p -> profile.text().substring(p.start(), p.end()).strip())
                .containsExactly("武装分子攻占摩苏尔", "星期二，伊斯兰国武装分子占领了伊拉克第二大城市摩苏尔。", "数十万居民逃离该市！",
                        "伊拉克总理马利基要求议会宣布全国进入紧急状态。");
    }

    @Test
    void aLatinFullStopStillNeedsASpaceAfterIt() {
        // "3.5" and "U.S.A" are not sentence ends; the headline is one passage of too few terms to count.
        ArticleProfile profile = ArticleProfile.of("en", "Rates", "The bank raised rates to 3.5 percent in the "
                + "U.S.A today. Markets fell sharply across Asia afterwards.", "en", null);

        assertThat(profile.sentences()).hasSize(2);
    }
}
