package news.storyline.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.storyline.mention.ArticleMentions;
import news.storyline.mention.Entity;
import news.storyline.mention.MentionType;
import news.storyline.mention.NameKey;
import news.storyline.story.StoryMerge;

/**
 * The people, organisations and places each story's reports name, as the story list shows them ("Islamic State of
 * Iraq and the Levant", "Mosul"): the mention layer's entities of each article, counted by the story under one key
 * per name however it is spelt (the first spelling met is shown), the absorbed story's counts moved on a merge.
 * Counted as articles arrive and again when the engine is replayed on open; held in memory, one small map a story.
 * Callers hold the service's write lock.
 */
final class StoryNames {
    private record Count(String shown, boolean place, int count) {
    }

    private final Map<String, Map<String, Count>> byStory = new HashMap<>();

    /**
     * Counts an article's names (as the mention layer found them) under its story, after moving the counts of the
     * stories merged on its arrival.
     */
    void note(String storyId, ArticleMentions named, List<StoryMerge> merges) {
        for (StoryMerge merge : merges) {
            Map<String, Count> absorbed = byStory.remove(merge.absorbed());
            if (absorbed != null) {
                Map<String, Count> into = byStory.computeIfAbsent(merge.into(), k -> new LinkedHashMap<>());
                absorbed.forEach((key, c) -> into.merge(key, c, StoryNames::plus));
            }
        }
        Map<String, Count> counts = byStory.computeIfAbsent(storyId, k -> new LinkedHashMap<>());
        for (Entity e : named.entities()) {
            if (e.type() == MentionType.OTHER) {
                continue;
            }
            // A place by its gazetteer entry, so that "US" in one report and "United States" in another count as one.
            String key = e.place() != null ? "@" + e.place().id() : NameKey.of(e.name());
            counts.merge(key, new Count(e.shownName(), e.type() == MentionType.PLACE, 1), StoryNames::plus);
        }
    }

    /** A story's most named places (or other names), most reports first. */
    List<String> top(String storyId, boolean places, int limit) {
        Map<String, Count> counts = byStory.getOrDefault(storyId, Map.of());
        List<Count> sorted = new ArrayList<>(counts.values());
        sorted.removeIf(c -> c.place() != places);
        sorted.sort((a, b) -> Integer.compare(b.count(), a.count()));
        return sorted.stream().limit(limit).map(Count::shown).toList();
    }

    private static Count plus(Count a, Count b) {
        return new Count(a.shown(), a.place() || b.place(), a.count() + b.count());
    }
}
