package news.storyline.similarity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import news.storyline.mention.ArticleMentions;
import news.storyline.mention.Entity;
import news.storyline.mention.MentionExtractor;
import news.storyline.mention.MentionType;
import news.storyline.mention.Place;

/**
 * The places and names two articles share and those only one names, each entity once however the two spell it:
 * "Nineveh / Ninevah", "ISIL / Isil / Islamic State in Iraq and the Levant", a place with the region and country the
 * gazetteer puts it in ("Mosul (Nineveh, Iraq)"). Slower than the lexical names of {@link ArticleProfile} (a few
 * milliseconds an article), so it is evidence for a pair a person reads, not a feature for bulk scoring.
 */
public record MentionEvidence(PairEvidence.Overlap places, PairEvidence.Overlap names) {
    private static final int MAX_LISTED = 12;
    private static final int MAX_FORMS = 4;

    public static MentionEvidence of(MentionExtractor extractor, ArticleProfile a, ArticleProfile b) {
        return of(extractor, a.id(), a.text(), a.published(), b.id(), b.text(), b.published());
    }

    public static MentionEvidence of(MentionExtractor extractor, String id1, String text1, Instant published1,
                                     String id2, String text2, Instant published2) {
        // Distinct ids, so that an article compared with itself still counts as two.
        String first = id1 + "#1";
        String second = id2 + "#2";
        ArticleMentions m1 = extractor.extract(first, text1, published1);
        ArticleMentions m2 = extractor.extract(second, text2, published2);
        List<Entity> entities = new ArrayList<>(extractor.across(List.of(m1, m2)));
        entities.sort(Comparator.comparingInt(Entity::count).reversed());
        var places = new Lists();
        var names = new Lists();
        for (Entity entity : entities) {
            Lists target = entity.type() == MentionType.PLACE || entity.place() != null ? places : names;
            boolean in1 = entity.articles().containsKey(first);
            boolean in2 = entity.articles().containsKey(second);
            (in1 && in2 ? target.shared : in1 ? target.only1 : target.only2).add(label(entity));
        }
        return new MentionEvidence(places.overlap(), names.overlap());
    }

    /** The entity's spellings, fullest first, and for a resolved place where it lies. */
    static String label(Entity entity) {
        // Case differences stay visible ("Isil / ISIL"): how each outlet writes a name is part of the evidence.
        Set<String> forms = new LinkedHashSet<>();
        forms.add(entity.name());
        for (String form : entity.forms().keySet()) {
            if (forms.size() < MAX_FORMS) {
                forms.add(form);
            }
        }
        String label = String.join(" / ", forms);
        if (entity.place() != null && !entity.containers().isEmpty()) {
            label += entity.containers().stream().map(Place::name).collect(Collectors.joining(", ", " (", ")"));
        }
        return label;
    }

    private static final class Lists {
        final List<String> shared = new ArrayList<>();
        final List<String> only1 = new ArrayList<>();
        final List<String> only2 = new ArrayList<>();

        PairEvidence.Overlap overlap() {
            return new PairEvidence.Overlap(limit(shared), limit(only1), limit(only2));
        }

        private static List<String> limit(List<String> list) {
            return List.copyOf(list.subList(0, Math.min(MAX_LISTED, list.size())));
        }
    }
}
