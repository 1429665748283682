package news.storyline.story;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import news.storyline.text.DocumentFrequencies;

/**
 * {@link StoryState} in memory: maps for the stories and the index, and the stories ordered by when last seen.
 *
 * <p>A key every story has (a word of every report, a name in the news all week) would make each lookup meet a
 * share of all the active stories, so a lookup's cost would grow with the window: a key holds at most
 * {@value #MAX_STORIES_PER_KEY} stories, those most recently filed under it (a story is filed again under the keys of
 * each report it takes in, so an active story returns to the keys its new reports give). Such a key says little
 * about which of them an article belongs to; its rarer keys find it.
 */
public final class InMemoryStoryState implements StoryState {
    /**
     * On the tuning splits 50 and 100 give the same ECB+ stories and AllSides within 0.0002; on the scale benchmark's
     * feed 50 is a little better (B-cubed F1 0.890 against 0.887 at 100,000 articles) and a quarter faster once the
     * state is full, since an article's lookups meet half the filings.
     */
    static final int MAX_STORIES_PER_KEY = 50;

    private record Seen(Instant time, long number, String id) {
    }

    private static final Comparator<Seen> OLDEST_FIRST = Comparator.comparing(Seen::time)
            .thenComparingLong(Seen::number);

    private final DocumentFrequencies frequencies;
    /** Active stories by creation number, so that listing them needs no sort. */
    private final TreeMap<Long, Story> stories = new TreeMap<>();
    private final Map<String, Long> numbers = new HashMap<>();
    /** The same stories by id: every candidate an article's keys meet is looked up here, hundreds an article. */
    private final Map<String, Story> byId = new HashMap<>();
    private final KeyIndex index = new KeyIndex();
    private final Map<String, String> articles = new HashMap<>();
    private final TreeSet<Seen> byLastSeen = new TreeSet<>(OLDEST_FIRST);
    private final Map<String, Seen> lastSeen = new HashMap<>();
    private final QuietStories quiet = new QuietStories();
    private final QuietStories passedSingles = new QuietStories();
    private long created;
    private long issued;

    public InMemoryStoryState(DocumentFrequencies frequencies) {
        this.frequencies = frequencies;
    }

    @Override
    public DocumentFrequencies frequencies() {
        return frequencies;
    }

    @Override
    public Collection<String> storiesUnder(String key) {
        return index.under(key);
    }

    @Override
    public Story story(String id) {
        return byId.get(id);
    }

    @Override
    public String storyOf(String articleId) {
        return articles.get(articleId);
    }

    @Override
    public void save(Story story) {
        long number = numbers.computeIfAbsent(story.id(), id -> created++);
        stories.put(number, story);
        byId.put(story.id(), story);
        // Index postings in order of filing: candidates come out the same on every run, and the least recently
        // filed is the one a full key lets go. Only the keys of what the story took in since it was last saved are
        // filed (again, to the end), so a save costs what changed, not the story's whole history.
        Story.ToFile toFile = story.toFile();
        for (String key : toFile.keys()) {
            index.file(key, story.id());
        }
        toFile.members().forEach(member -> articles.put(member.id(), story.id()));
        story.filed();
        Seen old = lastSeen.remove(story.id());
        if (old != null) {
            byLastSeen.remove(old);
        }
        if (story.lastSeen() != null) {
            Seen seen = new Seen(story.lastSeen(), number, story.id());
            lastSeen.put(story.id(), seen);
            byLastSeen.add(seen);
        }
    }

    @Override
    public void remove(String storyId) {
        Long number = numbers.remove(storyId);
        if (number == null) {
            return;
        }
        Story story = stories.remove(number);
        byId.remove(storyId);
        index.unfile(story.keys(), storyId);
        story.members().forEach(member -> articles.remove(member.id(), storyId));
        Seen seen = lastSeen.remove(storyId);
        if (seen != null) {
            byLastSeen.remove(seen);
        }
    }

    @Override
    public List<Story> expire(Instant before) {
        var expired = new ArrayList<Story>();
        while (!byLastSeen.isEmpty() && byLastSeen.first().time().isBefore(before)) {
            Story story = story(byLastSeen.first().id());
            remove(story.id());
            expired.add(story);
        }
        return expired;
    }

    @Override
    public List<Story> active() {
        return List.copyOf(stories.values());
    }

    @Override
    public QuietStories quiet() {
        return quiet;
    }

    @Override
    public QuietStories passedSingles() {
        return passedSingles;
    }

    @Override
    public String newStoryId() {
        return "s" + ++issued;
    }
}
