package news.storyline.story;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two stories found to be one: an article scored high with both, so the younger was absorbed into the older. A quiet
 * story taken up again is recorded as a merge of the story into itself ({@link StoryClusterer#resumptions}).
 *
 * @param at        the stream's time when it happened (null while nothing dated has arrived)
 * @param byArticle the article that joined the two, or took the story up again
 * @param why       for a story taken up again, what made the article its (a day it names, its likeness, its
 *                  days); null for a merge
 */
public record StoryMerge(String absorbed, String into, Instant at, String byArticle, String why) {
    public StoryMerge(String absorbed, String into, Instant at, String byArticle) {
        this(absorbed, into, at, byArticle, null);
    }

    /**
     * What made the article take the story up again, as a clause to follow its mention (": it names ..."); empty
     * for a merge, or a resumption recorded before reasons were.
     */
    public String whyClause() {
        return why == null ? "" : ": it " + why;
    }

    /** The records by the story each went into ({@link #into}), each story's in their order. */
    public static Map<String, List<StoryMerge>> byStory(Collection<StoryMerge> records) {
        var byStory = new LinkedHashMap<String, List<StoryMerge>>();
        records.forEach(m -> byStory.computeIfAbsent(m.into(), k -> new ArrayList<>()).add(m));
        return byStory;
    }
}
