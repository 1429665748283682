package news.storyline.store;

import java.util.List;
import news.storyline.article.Article;
import news.storyline.facts.ArticleFacts;
import news.storyline.story.StoryMerge;

/**
 * Everything one ingested article changes, written in one transaction: the article (cleaned), its facts, its
 * assignment, the story it joined as it now stands, and the merges it caused (the absorbed stories' articles move
 * to the story they were merged into, and their rows go).
 */
public record ArticleWrite(Article article, ArticleFacts facts, StoredAssignment assignment, StoredStory story,
                           List<StoryMerge> merges) {
    public ArticleWrite {
        merges = List.copyOf(merges);
    }
}
