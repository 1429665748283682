package news.storyline.mention;

import java.util.List;

/**
 * What one article names: its mentions in reading order, the entities they group into, and its dates.
 *
 * @param articleId the article's id
 * @param mentions  every name found, in reading order
 * @param entities  the mentions grouped, most mentioned first
 * @param dates     the dates and periods named, in reading order
 */
public record ArticleMentions(String articleId, List<Mention> mentions, List<Entity> entities,
                              List<DateMention> dates) {
    public ArticleMentions {
        mentions = List.copyOf(mentions);
        entities = List.copyOf(entities);
        dates = List.copyOf(dates);
    }
}
