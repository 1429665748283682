package news.storyline.similarity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Why a pair scored as it did: the names, places, numbers and dates the two articles share and those only one has,
 * the terms weighing most in both, the sentence pairs that tell most alike, and the feature values.
 */
public record PairEvidence(
        Map<String, Double> features,
        Overlap names,
        Overlap places,
        Overlap numbers,
        Overlap years,
        Instant date1,
        Instant date2,
        List<String> sharedTerms,
        List<PassagePair> passages,
        String language1,
        String language2,
        TextStyle style1,
        TextStyle style2) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
    private static final int MAX_LISTED = 12;
    /** What the tone score rests on, said with its evidence. */
    public static final String TONE_BASIS = "scored by the pair model from what the two report, with no sentiment "
            + "model; the measures of each text are shown, not scored";

    /** Two sentences, one of each article, that tell alike, with their TF-IDF cosine. */
    public record PassagePair(String text1, String text2, double similarity) {
    }

    /** The pair of sentences that tell most alike, or null when the two share no word in any sentence. */
    public PassagePair closest() {
        return passages.isEmpty() ? null : passages.get(0);
    }

    /** What two sets share and what only one of them holds, each in first-seen spelling. */
    public record Overlap(List<String> shared, List<String> only1, List<String> only2) {
        static Overlap of(Map<String, String> a, Map<String, String> b) {
            var shared = new ArrayList<String>();
            var only1 = new ArrayList<String>();
            var only2 = new ArrayList<String>();
            a.forEach((key, spelling) -> (b.containsKey(key) ? shared : only1).add(spelling));
            b.forEach((key, spelling) -> {
                if (!a.containsKey(key)) {
                    only2.add(spelling);
                }
            });
            return new Overlap(limit(shared), limit(only1), limit(only2));
        }

        static Overlap of(Collection<String> a, Collection<String> b) {
            var shared = a.stream().filter(b::contains).toList();
            return new Overlap(limit(shared), limit(a.stream().filter(x -> !b.contains(x)).toList()),
                    limit(b.stream().filter(x -> !a.contains(x)).toList()));
        }

        private static List<String> limit(List<String> list) {
            return List.copyOf(list.subList(0, Math.min(MAX_LISTED, list.size())));
        }
    }

    static Overlap years(Collection<String> a, Collection<String> b) {
        return Overlap.of(a.stream().filter(n -> YEAR.matcher(n).matches()).toList(),
                b.stream().filter(n -> YEAR.matcher(n).matches()).toList());
    }

    /** This evidence with its names and places grouped across spellings (see {@link MentionEvidence}). */
    public PairEvidence withMentions(MentionEvidence mentions) {
        return new PairEvidence(features, mentions.names(), mentions.places(), numbers, years, date1, date2,
                sharedTerms, passages, language1, language2, style1, style2);
    }

    /** Days between the two publication times, or null when either is unknown. */
    public Long daysApart() {
        return date1 == null || date2 == null ? null : Math.abs(Duration.between(date1, date2).toDays());
    }

    /** The evidence as JSON, grouped by the dimension each item speaks to. */
    public ObjectNode toJson() {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode overall = root.putObject("overall");
        ObjectNode f = overall.putObject("features");
        features.forEach((name, value) -> f.put(name, Math.round(value * 1000) / 1000.0));
        overlap(root.putObject("geography"), "places", places);
        overlap(root.putObject("entities"), "names", names);
        ObjectNode time = root.putObject("time");
        time.put("date1", date1 == null ? null : date1.toString());
        time.put("date2", date2 == null ? null : date2.toString());
        time.put("daysApart", daysApart());
        overlap(time, "years", years);
        ObjectNode narrative = root.putObject("narrative");
        var terms = narrative.putArray("sharedTerms");
        sharedTerms.forEach(terms::add);
        overlap(narrative, "numbers", numbers);
        if (closest() != null) {
            passage(narrative.putObject("closestPassages"), closest());
            var all = narrative.putArray("passages");
            passages.forEach(pair -> passage(all.addObject(), pair));
        }
        ObjectNode style = root.putObject("style");
        style.put("language1", language1);
        style.put("language2", language2);
        style.put("lengthRatio", Math.round(features.get("lengthRatio") * 1000) / 1000.0);
        style.put("headlineCosine", Math.round(features.get("headlineCosine") * 1000) / 1000.0);
        style.set("text1", style1.styleJson());
        style.set("text2", style2.styleJson());
        ObjectNode tone = root.putObject("tone");
        tone.put("basis", TONE_BASIS);
        tone.set("text1", style1.toneJson());
        tone.set("text2", style2.toneJson());
        return root;
    }

    private static void passage(ObjectNode node, PassagePair pair) {
        node.put("text1", pair.text1());
        node.put("text2", pair.text2());
        node.put("similarity", Math.round(pair.similarity() * 1000) / 1000.0);
    }

    private static void overlap(ObjectNode node, String what, Overlap overlap) {
        var shared = node.putArray("shared");
        overlap.shared().forEach(shared::add);
        var only1 = node.putArray("only1");
        overlap.only1().forEach(only1::add);
        var only2 = node.putArray("only2");
        overlap.only2().forEach(only2::add);
        node.put("what", what);
    }
}
