package news.storyline.facts;

import java.util.List;

/**
 * What a story's reports say, side by side: a summary attributed to its sources, a timeline, the facts aligned
 * across sources (agreed, contradicted, reported once), the entities with each source's spelling, and every fact of
 * every article.
 *
 * @param storyId     the story's id (from a clustering run), or null for an ad-hoc set of articles
 * @param headline    a representative headline
 * @param articles    the articles, in publication order (undated ones in input order after the dated before them)
 * @param summary     the summary, most central first, each sentence with its sources
 * @param timeline    the dated events, earliest first
 * @param comparisons the facts aligned across sources: contradictions first, then agreements, then those one
 *                    source gives
 * @param entities    the people, organisations and places, most named first
 * @param facts       each article's facts, in article order
 * @param problems    one line for each thing that went wrong on one article (the report goes on without it)
 */
public record StoryReport(String storyId, String headline, List<ReportArticle> articles,
                          List<SummarySentence> summary, List<TimelineEvent> timeline,
                          List<FactComparison> comparisons, List<EntitySpellings> entities,
                          List<ArticleFacts> facts, List<String> problems) {
    public StoryReport {
        articles = List.copyOf(articles);
        summary = List.copyOf(summary);
        timeline = List.copyOf(timeline);
        comparisons = List.copyOf(comparisons);
        entities = List.copyOf(entities);
        facts = List.copyOf(facts);
        problems = List.copyOf(problems);
    }

    /** The comparisons that came out so (agreed, contradicted, updated, one source), in report order. */
    public List<FactComparison> comparisons(Agreement agreement) {
        return comparisons.stream().filter(c -> c.agreement() == agreement).toList();
    }

    /** The article of this id, or null. */
    public ReportArticle article(String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst().orElse(null);
    }
}
