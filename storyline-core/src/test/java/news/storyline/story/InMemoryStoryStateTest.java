package news.storyline.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import news.storyline.similarity.ArticleProfile;
import news.storyline.text.DocumentFrequencies;
import org.junit.jupiter.api.Test;

class InMemoryStoryStateTest {
    private static final Instant START = Instant.parse("2014-06-10T00:00:00Z");

    @Test
    void aKeyEveryStoryHasHoldsOnlyTheLatestFiledAndLookupsStayBounded() {
        var state = new InMemoryStoryState(DocumentFrequencies.withBackground());
        int stories = InMemoryStoryState.MAX_STORIES_PER_KEY + 50;
        for (int i = 0; i < stories; i++) {
            state.save(story(state, i, "Flooding in Zarnovica number " + i + " closed the Corvalis bridge on Tuesday."));
        }
        // Every story names Zarnovica; the key keeps the latest filed, and an older one is still found by its own keys.
        Collection<String> under = state.storiesUnder(StoryKeys.place("zarnovica"));
        assertThat(under).hasSize(InMemoryStoryState.MAX_STORIES_PER_KEY)
                .contains("s" + stories).doesNotContain("s1");
        assertThat(state.story("s1")).isNotNull();
        assertThat(state.active()).hasSize(stories);
        // Saved with nothing new, it stays out; saved with a new report naming the place, it returns to its key.
        state.save(state.story("s1"));
        assertThat(state.storiesUnder(StoryKeys.place("zarnovica"))).doesNotContain("s1");
        Story first = state.story("s1");
        first.add(article(state, 1, "More flooding in Zarnovica on Wednesday."), null);
        state.save(first);
        assertThat(state.storiesUnder(StoryKeys.place("zarnovica"))).contains("s1")
                .hasSize(InMemoryStoryState.MAX_STORIES_PER_KEY);
        assertThat(state.storyOf(first.members().getLast().id())).isEqualTo("s1");
    }

    @Test
    void retiredStoriesLeaveNoIndexEntriesNorArticles() {
        var state = new InMemoryStoryState(DocumentFrequencies.withBackground());
        Story early = story(state, 0, "Flooding in Zarnovica closed the Corvalis bridge on Tuesday morning.");
        state.save(early);
        Story late = story(state, 48, "Voters in Belmiro chose a new mayor after a long count on Thursday.");
        state.save(late);
        List<Story> expired = state.expire(START.plusSeconds(24 * 3600));
        assertThat(expired).containsExactly(early);
        early.keys().forEach(key -> assertThat(state.storiesUnder(key)).doesNotContain(early.id()));
        assertThat(state.storyOf(early.members().getFirst().id())).isNull();
        assertThat(state.storyOf(late.members().getFirst().id())).isEqualTo(late.id());
        assertThat(state.active()).containsExactly(late);
    }

    /** A story of one article, published {@code hours} after the start. */
    private static Story story(InMemoryStoryState state, int hours, String text) {
        var story = new Story(state.newStoryId(), hours);
        story.add(article(state, hours, text), null);
        return story;
    }

    /** An article published {@code hours} after the start, counted in the state's frequencies. */
    private static StoryArticle article(InMemoryStoryState state, int hours, String text) {
        String id = "a" + hours + "-" + text.hashCode();
        Instant time = START.plusSeconds(3600L * hours);
        ArticleProfile profile = ArticleProfile.of(id, null, text, "en", time);
        profile.countIn(state.frequencies());
        return StoryArticle.of(profile, "Daily", text, time, state.frequencies(), null);
    }
}
