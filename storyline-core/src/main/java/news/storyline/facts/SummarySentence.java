package news.storyline.facts;

import java.util.List;

/**
 * One sentence of a story's summary, taken from one report, with every report that tells the same.
 *
 * @param text       the sentence as written
 * @param articleId  the report it is taken from
 * @param start      its offset in that report's clean text
 * @param end        offset after its last character
 * @param articleIds every independent report that tells it (the one it is taken from first)
 * @param outlets    their outlets, in the same order (an outlet unknown is given as its article's id)
 */
public record SummarySentence(String text, String articleId, int start, int end, List<String> articleIds,
                              List<String> outlets) {
    public SummarySentence {
        articleIds = List.copyOf(articleIds);
        outlets = List.copyOf(outlets);
    }
}
