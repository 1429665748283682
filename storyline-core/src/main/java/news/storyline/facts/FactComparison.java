package news.storyline.facts;

import java.util.List;

/**
 * One thing the reports of a story state, aligned across them: the distance from Mosul to Baghdad, the number
 * displaced, the rank of a city.
 *
 * @param key         what makes two facts about the same thing (type, subject, measure), normalised
 * @param description what it is, for a reader: "distance of Mosul from Baghdad"
 * @param type        the kind of fact
 * @param agreement   how the sources stand on it
 * @param facts       each source's statement of it, in the story's article order (one article may give several)
 * @param articleIds  the independent articles stating it (a wire copy counts under its original)
 * @param note        why it is marked so, for a reader: "350 km north (000) vs 360 km northwest (001)"
 */
public record FactComparison(String key, String description, FactType type, Agreement agreement, List<Fact> facts,
                             List<String> articleIds, String note) {
    public FactComparison {
        facts = List.copyOf(facts);
        articleIds = List.copyOf(articleIds);
    }
}
