package news.storyline.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How well an extractor's facts agree with hand-labelled ones, per fact type.
 *
 * <p>Matching: a predicted fact matches a gold fact of the same type and article when their spans overlap; each gold
 * fact and each prediction is matched at most once, pairs taken greedily by largest overlap. A matched prediction is
 * <em>correct</em> when its value agrees with the gold one: a QUANTITY's value within 0.5%, a DISTANCE's value within
 * 1 km and the same direction (none = none), a DATE's first and last day equal, an ATTRIBUTION's speaker containing
 * or contained in the gold speaker (ignoring case), and any overlap for a QUOTE. Precision is correct predictions
 * over predictions (0 when there are none), recall correct predictions over gold facts. For DATE, "normalised right"
 * is the share of gold dates whose matched prediction has the same first and last day.
 */
public final class FactScores {

    /** The tolerance of a quantity's value, relative to the gold value. */
    static final double QUANTITY_TOLERANCE = 0.005;
    /** The tolerance of a distance, in km. */
    static final double DISTANCE_TOLERANCE_KM = 1.0;

    /**
     * The counts of one fact type.
     *
     * @param type      the fact type
     * @param predicted the extractor's facts of this type
     * @param gold      the labelled facts of this type
     * @param matched   predictions matched to a gold fact (overlapping spans)
     * @param correct   matched predictions whose value agrees with the gold fact's
     */
    public record TypeScore(FactType type, int predicted, int gold, int matched, int correct) {

        public double precision() {
            return predicted == 0 ? 0 : (double) correct / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) correct / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        /** For DATE: the share of gold dates whose matched prediction has the same from and to (else as recall). */
        public double normalisedRight() {
            return recall();
        }

        TypeScore plus(TypeScore other) {
            return new TypeScore(type, predicted + other.predicted, gold + other.gold, matched + other.matched,
                    correct + other.correct);
        }
    }

    /** One gold fact paired with the prediction matched to it; prediction null when none was. */
    public record Match(Fact gold, Fact predicted, boolean correct) {
    }

    private final Map<FactType, TypeScore> scores = new EnumMap<>(FactType.class);
    private final List<Match> matches = new ArrayList<>();
    private final List<Fact> unmatched = new ArrayList<>();

    public FactScores() {
        for (FactType type : FactType.values()) {
            scores.put(type, new TypeScore(type, 0, 0, 0, 0));
        }
    }

    /** Adds one article: its labelled facts and the facts an extractor found in it. Returns this. */
    public FactScores add(List<Fact> gold, List<Fact> predicted) {
        for (FactType type : FactType.values()) {
            List<Fact> g = gold.stream().filter(f -> f.type() == type).toList();
            List<Fact> p = predicted.stream().filter(f -> f.type() == type).toList();
            scores.merge(type, scoreType(type, g, p), TypeScore::plus);
        }
        return this;
    }

    private TypeScore scoreType(FactType type, List<Fact> gold, List<Fact> predicted) {
        record Pair(int g, int p, int overlap) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                int overlap = overlap(gold.get(g), predicted.get(p));
                if (overlap > 0) {
                    pairs.add(new Pair(g, p, overlap));
                }
            }
        }
        pairs.sort(Comparator.comparingInt(Pair::overlap).reversed()
                .thenComparingInt(Pair::g).thenComparingInt(Pair::p));
        Fact[] matchOf = new Fact[gold.size()];
        boolean[] used = new boolean[predicted.size()];
        int matched = 0;
        int correct = 0;
        for (Pair pair : pairs) {
            if (matchOf[pair.g()] != null || used[pair.p()]) {
                continue;
            }
            matchOf[pair.g()] = predicted.get(pair.p());
            used[pair.p()] = true;
            matched++;
        }
        for (int g = 0; g < gold.size(); g++) {
            boolean right = matchOf[g] != null && agrees(gold.get(g), matchOf[g]);
            if (right) {
                correct++;
            }
            matches.add(new Match(gold.get(g), matchOf[g], right));
        }
        for (int p = 0; p < predicted.size(); p++) {
            if (!used[p]) {
                unmatched.add(predicted.get(p));
            }
        }
        return new TypeScore(type, predicted.size(), gold.size(), matched, correct);
    }

    static int overlap(Fact a, Fact b) {
        return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
    }

    /** Whether a prediction matched to a gold fact gives the same value. */
    static boolean agrees(Fact gold, Fact predicted) {
        return switch (gold.type()) {
            case QUANTITY -> predicted.value() != null && gold.value() != null
                    && Math.abs(predicted.value() - gold.value()) <= QUANTITY_TOLERANCE * Math.abs(gold.value());
            case DISTANCE -> predicted.value() != null && gold.value() != null
                    && Math.abs(predicted.value() - gold.value()) <= DISTANCE_TOLERANCE_KM
                    && Objects.equals(direction(gold.direction()), direction(predicted.direction()));
            case DATE -> gold.from() != null && gold.from().equals(predicted.from())
                    && Objects.equals(gold.to(), predicted.to());
            case ATTRIBUTION -> speakersOverlap(gold.speaker(), predicted.speaker());
            case QUOTE -> true;
            case ATTRIBUTE -> Objects.equals(gold.subject(), predicted.subject())
                    && Objects.equals(gold.measure(), predicted.measure());
            case AGE -> Objects.equals(gold.value(), predicted.value());
        };
    }

    private static String direction(String direction) {
        return direction == null ? null : direction.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    private static boolean speakersOverlap(String gold, String predicted) {
        if (gold == null || predicted == null || gold.isBlank() || predicted.isBlank()) {
            return false;
        }
        String g = gold.strip().toLowerCase(Locale.ROOT);
        String p = predicted.strip().toLowerCase(Locale.ROOT);
        return g.contains(p) || p.contains(g);
    }

    /** The counts of one type. */
    public TypeScore of(FactType type) {
        return scores.get(type);
    }

    /** The types the gold set has facts of, in {@link FactType} order. */
    public List<TypeScore> scored() {
        return scores.values().stream().filter(s -> s.gold() > 0).toList();
    }

    /** Every gold fact with the prediction matched to it (or none), in the order added. */
    public List<Match> matches() {
        return List.copyOf(matches);
    }

    /** The predictions no gold fact matched, in the order added. */
    public List<Fact> unmatched() {
        return List.copyOf(unmatched);
    }

    /** The scores as a Markdown table, one row per type the gold set has (DATE with its normalised-right share). */
    public String markdownTable() {
        StringBuilder table = new StringBuilder();
        table.append("| type | predicted | gold | matched | correct | precision | recall | F1 | normalised right |\n");
        table.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (TypeScore s : scored()) {
            table.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %.3f | %.3f | %.3f | %s |%n",
                    s.type(), s.predicted(), s.gold(), s.matched(), s.correct(), s.precision(), s.recall(), s.f1(),
                    s.type() == FactType.DATE ? String.format(Locale.ROOT, "%.3f", s.normalisedRight()) : "-"));
        }
        return table.toString();
    }
}
