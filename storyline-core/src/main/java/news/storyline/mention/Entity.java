package news.storyline.mention;

import java.util.List;
import java.util.Map;

/**
 * One person, organisation or place as the texts name it, all its spellings together.
 *
 * @param name       the fullest form it is written in ("Islamic State in Iraq and the Levant")
 * @param type       what it is, from the cues of all its mentions
 * @param forms      each surface form as written, with how often, most frequent first
 * @param articles   for each article (by id) naming it, how often it does, in the order the articles were given
 * @param place      for a place, where the gazetteer puts it; null when unresolved or not a place
 * @param containers the regions and country the place lies in, nearest first; empty when none
 */
public record Entity(String name, MentionType type, Map<String, Integer> forms, Map<String, Integer> articles,
                     Place place, List<Place> containers) {

    public Entity {
        forms = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(forms));
        articles = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(articles));
        containers = List.copyOf(containers);
    }

    /**
     * The name a list of a story's places shows: a place by its gazetteer name ("United States" for the "U.S." of one
     * report and the "United States of America" of another), anything else by its fullest form.
     */
    public String shownName() {
        return place != null ? place.name() : name;
    }

    /** Mentions in all articles together. */
    public int count() {
        return forms.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Whether the entity is, or lies within, {@code other}'s place ("Mosul" within "Iraq"). */
    public boolean within(Entity other) {
        return place != null && other.place != null
                && (place.equals(other.place) || containers.contains(other.place));
    }
}
