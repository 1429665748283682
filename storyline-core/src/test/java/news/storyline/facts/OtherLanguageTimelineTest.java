package news.storyline.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import news.storyline.article.Article;
import news.storyline.clean.CorpusCleaner;
import org.junit.jupiter.api.Test;

/**
 * A story told in Chinese: its dates are found, its event words are no English verbs, and its dated sentences still
 * make its timeline, one step for the same day told alike by two outlets.
 */
class OtherLanguageTimelineTest {
    @Test
    void chineseReportsDatedSentencesMakeTheTimelineWithTheSameDayOfTwoOutletsOneStep() {
        List<Article> articles = CorpusCleaner.clean(List.of(
                article("c", "人民网", "武装分子攻陷摩苏尔", "伊拉克官员说，伊斯兰国武装分子6月10日控制了摩苏尔的省政府总部、监狱和"
                        + "电视台。数十万居民于6月9日开始逃离摩苏尔。伊拉克军队撤离了这座城市。", "2014-06-11T08:00:00Z"),
                article("d", "新华网", "伊斯兰国占领伊拉克北部城市摩苏尔", "伊斯兰国武装分子6月10日占领了伊拉克第二大城市摩苏尔。"
                        + "当地官员表示，这是对当局的又一次打击。", "2014-06-10T20:00:00Z")));
        assertThat(articles).allSatisfy(a -> assertThat(a.language()).isEqualTo("zh"));

        StoryReport report = new StoryReporter().report(null, null, articles);

        assertThat(report.timeline()).extracting(TimelineEvent::from)
                .containsExactly(LocalDate.of(2014, 6, 9), LocalDate.of(2014, 6, 10));
        TimelineEvent tenth = report.timeline().get(1);
        assertThat(tenth.articleIds()).containsExactlyInAnyOrder("c", "d");
        assertThat(tenth.text()).contains("6月10日");
        assertThat(report.timeline().get(0).articleIds()).containsExactly("c");
        // They are no comparison of facts: no English event word aligns them.
        assertThat(report.comparisons()).noneMatch(c -> c.type() == FactType.DATE);
    }

    private static Article article(String id, String outlet, String title, String text, String published) {
        return Article.read(id, outlet, null, title, Instant.parse(published), text, List.of(), Map.of(), id);
    }
}
