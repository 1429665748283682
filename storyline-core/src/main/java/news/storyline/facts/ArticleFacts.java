package news.storyline.facts;

import java.util.List;

/**
 * The facts one article states, in reading order.
 *
 * @param articleId the article's id
 * @param reference the day its relative dates were resolved against
 * @param facts     every fact found, ordered by offset
 * @param problems  one line for each extractor that failed on this article (the others' facts are kept)
 */
public record ArticleFacts(String articleId, ReferenceDay reference, List<Fact> facts, List<String> problems) {
    public ArticleFacts {
        facts = List.copyOf(facts);
        problems = List.copyOf(problems);
    }

    /** Facts of one type, in reading order. */
    public List<Fact> ofType(FactType type) {
        return facts.stream().filter(f -> f.type() == type).toList();
    }
}
