package news.storyline.facts;

import java.util.List;
import java.util.Map;
import news.storyline.mention.MentionType;

/**
 * One person, organisation or place of a story, with how each source spells it: "Nineveh" in one report and
 * "Ninevah" in another are one entity.
 *
 * @param name           its fullest form
 * @param type           what it is
 * @param where          for a resolved place, where the gazetteer puts it ("Nineveh, Iraq"); null otherwise
 * @param formsByArticle for each article (by id, in story order) the forms it writes, most frequent first
 */
public record EntitySpellings(String name, MentionType type, String where, Map<String, List<String>> formsByArticle) {
    public EntitySpellings {
        formsByArticle = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(formsByArticle));
    }

    /** Whether the sources spell it in more than one way. */
    public boolean variantSpellings() {
        return formsByArticle.values().stream().flatMap(List::stream).distinct().count() > 1;
    }
}
