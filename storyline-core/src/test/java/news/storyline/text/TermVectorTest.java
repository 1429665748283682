package news.storyline.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TermVectorTest {
    @Test
    void cosineAndSharedTermsAgreeWithTheDefinitionOverTheWeights() {
        var random = new SplittableRandom(11);
        for (int round = 0; round < 200; round++) {
            TermVector a = TermVector.ofWeights(randomWeights(random), 150);
            TermVector b = TermVector.ofWeights(randomWeights(random), 150);
            double dot = 0;
            Map<String, Double> wb = new HashMap<>(b.weights());
            for (var e : a.weights().entrySet()) {
                dot += e.getValue() * wb.getOrDefault(e.getKey(), 0.0);
            }
            assertThat(a.cosine(b)).isCloseTo(dot, within(1e-12));
            assertThat(b.cosine(a)).isCloseTo(dot, within(1e-12));
            assertThat(a.topShared(b, 5)).allSatisfy(term -> assertThat(wb).containsKey(term));
        }
    }

    @Test
    void countedVectorsWeighedWhenComparedGiveTheCosineOfTheirTfIdfVectors() {
        var random = new SplittableRandom(13);
        var frequencies = new DocumentFrequencies();
        for (int d = 0; d < 50; d++) {
            frequencies.add(List.of("t" + random.nextInt(40), "t" + random.nextInt(40), "Aa", "BB"));
        }
        for (int round = 0; round < 100; round++) {
            var a = new HashMap<String, Integer>();
            var b = new HashMap<String, Integer>();
            for (int i = 0; i < 30; i++) {
                a.merge("t" + random.nextInt(60), 1 + random.nextInt(3), Integer::sum);
                b.merge("t" + random.nextInt(60), 1 + random.nextInt(3), Integer::sum);
            }
            // Two terms of one hash on both sides too.
            a.put("Aa", 2);
            b.put("BB", 1);
            b.put("Aa", 1);
            double expected = TermVector.of(a, frequencies).cosine(TermVector.of(b, frequencies));
            assertThat(TermVector.counted(a).cosineWeighedBy(TermVector.counted(b), frequencies))
                    .isCloseTo(expected, within(1e-12));
        }
        assertThat(TermVector.counted(Map.of()).cosineWeighedBy(TermVector.counted(Map.of("x", 1)), frequencies))
                .isZero();
    }

    @Test
    void aVectorIsOfUnitLengthKeepsItsHeaviestTermsAndMatchesItself() {
        var weights = new HashMap<String, Double>();
        for (int i = 1; i <= 10; i++) {
            weights.put("term" + i, (double) i);
        }
        TermVector v = TermVector.ofWeights(weights, 3);
        assertThat(v.weights().keySet()).containsExactlyInAnyOrder("term10", "term9", "term8");
        assertThat(v.cosine(v)).isCloseTo(1.0, within(1e-12));
        assertThat(v.topShared(v, 1)).isEqualTo(List.of("term10"));
        var counts = Map.of("river", 3, "flood", 1);
        TermVector counted = TermVector.of(counts, DocumentFrequencies.withBackground());
        assertThat(counted.cosine(counted)).isCloseTo(1.0, within(1e-12));
        assertThat(counted.cosine(v)).isZero();
        assertThat(TermVector.of(Map.of(), DocumentFrequencies.withBackground()).isEmpty()).isTrue();
    }

    @Test
    void termsOfOneHashAreStillTermsOfTheirOwn() {
        // "Aa" and "BB" share a String hash code.
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        TermVector a = TermVector.ofWeights(Map.of("Aa", 1.0, "BB", 2.0, "x", 2.0), 10);
        TermVector b = TermVector.ofWeights(Map.of("BB", 1.0, "y", 1.0), 10);
        double expected = a.weights().get("BB") * b.weights().get("BB");
        assertThat(a.cosine(b)).isCloseTo(expected, within(1e-12));
        assertThat(b.cosine(a)).isCloseTo(expected, within(1e-12));
        assertThat(a.probe().cosine(b)).isCloseTo(expected, within(1e-12));
        assertThat(b.probe().cosine(a)).isCloseTo(expected, within(1e-12));
        var sums = new TermSums();
        sums.add(a);
        sums.add(b);
        assertThat(sums.weights()).hasSize(4)
                .containsEntry("Aa", a.weights().get("Aa"))
                .containsEntry("BB", a.weights().get("BB") + b.weights().get("BB"));
    }

    @Test
    void sumsAgreeWithAddingUpInAMapAndKeepTheHeaviest() {
        var random = new SplittableRandom(12);
        var sums = new TermSums();
        var expected = new HashMap<String, Double>();
        for (int round = 0; round < 30; round++) {
            TermVector v = TermVector.ofWeights(randomWeights(random), 150);
            sums.add(v);
            v.weights().forEach((t, w) -> expected.merge(t, w, Double::sum));
        }
        assertThat(sums.weights()).isEqualTo(expected);
        sums.keepHeaviest(50);
        var heaviest = new HashMap<String, Double>();
        TermVector.heaviest(expected, 50).forEach(e -> heaviest.put(e.getKey(), e.getValue()));
        assertThat(sums.weights()).isEqualTo(heaviest);
    }

    @Test
    void aProbeGivesTheMergesCosineToTheBit() {
        var random = new SplittableRandom(12);
        for (int round = 0; round < 500; round++) {
            TermVector a = TermVector.ofWeights(randomWeights(random), 150);
            TermVector.Probe probe = a.probe();
            for (int other = 0; other < 5; other++) {
                TermVector b = TermVector.ofWeights(randomWeights(random), 1 + random.nextInt(300));
                assertThat(probe.cosine(b)).isEqualTo(a.cosine(b));
            }
            assertThat(probe.cosine(a)).isEqualTo(a.cosine(a));
        }
        TermVector empty = TermVector.ofWeights(Map.of(), 10);
        assertThat(empty.probe().cosine(TermVector.ofWeights(Map.of("x", 1.0), 10))).isZero();
        assertThat(TermVector.ofWeights(Map.of("x", 1.0), 10).probe().cosine(empty)).isZero();
    }

    @Test
    void cappingOnTheArraysGivesWhatTheMapsGive() {
        var random = new SplittableRandom(13);
        for (int round = 0; round < 300; round++) {
            Map<String, Double> weights = randomWeights(random);
            if (round % 3 == 0) {
                // Ties, broken by term.
                weights.replaceAll((term, w) -> (double) Math.round(w * 4));
            }
            TermVector full = TermVector.ofWeights(weights, 1000);
            int limit = 1 + random.nextInt(120);
            TermVector capped = full.capped(limit);
            TermVector expected = TermVector.ofWeights(full.weights(), limit);
            assertThat(capped.weights()).isEqualTo(expected.weights());
            assertThat(capped.cosine(full)).isEqualTo(expected.cosine(full));
            assertThat(full.heaviestTerms(limit)).isEqualTo(
                    TermVector.heaviest(full.weights(), limit).stream().map(Map.Entry::getKey).toList());
            var sums = new TermSums();
            sums.add(full);
            sums.add(capped);
            assertThat(sums.toVector(limit).weights()).isEqualTo(TermVector.ofWeights(sums.weights(), limit).weights());
        }
    }

    @Test
    void weightsThatDifferInTheirLastBitsStillOrderExactly() {
        double w = 0.3;
        var weights = Map.of("b", Math.nextUp(w), "a", w, "c", Math.nextUp(Math.nextUp(w)), "d", w, "e", 0.1);
        TermVector full = TermVector.ofWeights(weights, 10);
        assertThat(full.heaviestTerms(4)).containsExactly("c", "b", "a", "d");
        assertThat(full.capped(2).weights()).isEqualTo(TermVector.ofWeights(full.weights(), 2).weights());
    }

    /** Weights over a vocabulary of 400 words, so that two vectors share some terms and not others. */
    private static Map<String, Double> randomWeights(SplittableRandom random) {
        var weights = new HashMap<String, Double>();
        int n = 1 + random.nextInt(200);
        for (int i = 0; i < n; i++) {
            weights.put("w" + random.nextInt(400), random.nextDouble());
        }
        return weights;
    }
}
