package news.storyline.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import news.storyline.article.Article;
import org.junit.jupiter.api.Test;

class MentionExtractorTest {
    private static final MentionExtractor EXTRACTOR = new MentionExtractor();

    private static List<String> names(String title, String body) {
        Article article = Article.read("a", null, null, title, null, body, List.of(), Map.of(), "a");
        return EXTRACTOR.extract(article).mentions().stream().map(Mention::text).toList();
    }

    @Test
    void tellsATitleCaseHeadlineFromASentenceCaseOne() {
        assertThat(MentionExtractor.isTitleCase("Oil from Spill Could Still Pose Major Threat")).isTrue();
        assertThat(MentionExtractor.isTitleCase(
                "Russia's Nuclear Help to Iran Stirs Questions About Its 'Improved' Relations With U.S.")).isTrue();
        assertThat(MentionExtractor.isTitleCase("Democrats to use Social Security against GOP this fall")).isFalse();
        assertThat(MentionExtractor.isTitleCase("Militants Seize Mosul")).isFalse();
    }

    @Test
    void takesNoNamesFromATitleCaseHeadlineButFromTheBody() {
        List<String> names = names("Russia's Nuclear Help to Iran Stirs Questions About Its Improved Relations",
                "Russia's announcement that it will help Iran get nuclear fuel is raising questions in Washington.");

        assertThat(names).containsExactly("Russia", "Iran", "Washington");
    }

    @Test
    void takesTheNamesOfASentenceCaseHeadline() {
        List<String> names = names("Militants seize Mosul", "The fighters took the city on Tuesday, officials said.");

        assertThat(names).containsExactly("Mosul");
    }
}
