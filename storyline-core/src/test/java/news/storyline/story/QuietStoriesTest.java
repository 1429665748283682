package news.storyline.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.storyline.text.TermVector;
import org.junit.jupiter.api.Test;

class QuietStoriesTest {
    private static Story story(String id, long started, String... keys) {
        Story story = new Story(id, started);
        TermVector vector = TermVector.ofWeights(Map.of("mosul", 1.0), 10);
        story.add(new StoryArticle(id + "-a", "Outlet", "Headline", Instant.parse("2014-06-10T12:00:00Z"), vector,
                vector, Set.of(), Set.of(), Set.of(), List.of(keys), null, 10), null);
        return story;
    }

    @Test
    void storiesAreFiledUnderTheirKeysUntilTakenOut() {
        var quiet = new QuietStories();
        Story a = story("a", 0, "t:mosul", "n:isil");
        Story b = story("b", 1, "t:mosul");
        quiet.add(a);
        quiet.add(b);
        assertThat(quiet.under("t:mosul")).containsExactly("a", "b");
        assertThat(quiet.under("n:isil")).containsExactly("a");
        assertThat(quiet.under("t:rain")).isEmpty();
        assertThat(quiet.remove("a")).isSameAs(a);
        assertThat(quiet.remove("a")).isNull();
        assertThat(quiet.under("t:mosul")).containsExactly("b");
        assertThat(quiet.under("n:isil")).isEmpty();
        assertThat(quiet.story("b")).isSameAs(b);
        assertThat(quiet.size()).isEqualTo(1);
    }

    @Test
    void forgettingKeepsTheLatestToGoQuiet() {
        var quiet = new QuietStories();
        Story a = story("a", 5, "t:mosul");
        Story b = story("b", 1, "t:mosul");
        Story c = story("c", 3, "t:baghdad");
        quiet.add(a);
        quiet.add(b);
        quiet.add(c);
        // The order they went quiet, not of creation, says which go.
        assertThat(quiet.forget(2)).containsExactly(a);
        assertThat(quiet.forget(2)).isEmpty();
        assertThat(quiet.all()).containsExactly(b, c);
        assertThat(quiet.forget(0)).containsExactly(b, c);
        assertThat(quiet.isEmpty()).isTrue();
        assertThat(quiet.under("t:mosul")).isEmpty();
    }
}
