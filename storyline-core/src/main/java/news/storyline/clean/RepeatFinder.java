package news.storyline.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import news.storyline.article.RemovalReason;
import news.storyline.article.RemovedSpan;
import news.storyline.text.EditSimilarity;
import news.storyline.text.TextKey;

/**
 * Finds paragraphs that repeat one already kept in the same article: exactly (same {@link TextKey}) or nearly (edit
 * similarity of at least {@value #NEAR_SIMILARITY}, for paragraphs of {@value #NEAR_MIN_WORDS} words or more, so
 * that short lines that merely look alike are not taken for copies). Candidates for a near repeat are the kept
 * paragraphs sharing a word trigram, so an article of many paragraphs is not compared pair by pair.
 */
final class RepeatFinder {
    static final double NEAR_SIMILARITY = 0.9;
    static final int NEAR_MIN_WORDS = 6;

    private final Map<String, Integer> exact = new HashMap<>();
    private final List<String> keptKeys = new ArrayList<>();
    private final Map<String, List<Integer>> byTrigram = new HashMap<>();

    /**
     * The removal to make when the paragraph repeats one kept before; otherwise the paragraph is kept, and numbered
     * in the order of calls.
     */
    Optional<RemovedSpan> repeatOrKeep(String paragraph) {
        String key = TextKey.of(paragraph);
        Integer same = exact.get(key);
        if (same != null) {
            return Optional.of(new RemovedSpan(paragraph, RemovalReason.REPEATED_PARAGRAPH, "repeats paragraph " + (same + 1)));
        }
        Set<String> trigrams = trigrams(key);
        if (TextKey.words(key) >= NEAR_MIN_WORDS) {
            for (int candidate : candidates(trigrams)) {
                if (EditSimilarity.atLeast(key, keptKeys.get(candidate), NEAR_SIMILARITY)) {
                    return Optional.of(new RemovedSpan(paragraph, RemovalReason.NEAR_REPEATED_PARAGRAPH,
                            "nearly repeats paragraph " + (candidate + 1)));
                }
            }
        }
        keep(key, trigrams);
        return Optional.empty();
    }

    private void keep(String key, Set<String> trigrams) {
        int index = keptKeys.size();
        keptKeys.add(key);
        exact.putIfAbsent(key, index);
        for (String trigram : trigrams) {
            byTrigram.computeIfAbsent(trigram, t -> new ArrayList<>()).add(index);
        }
    }

    private Set<Integer> candidates(Set<String> trigrams) {
        var found = new LinkedHashSet<Integer>();
        for (String trigram : trigrams) {
            found.addAll(byTrigram.getOrDefault(trigram, List.of()));
        }
        return found;
    }

    private static Set<String> trigrams(String key) {
        String[] words = key.split(" ");
        var trigrams = new LinkedHashSet<String>();
        for (int i = 0; i + 2 < words.length; i++) {
            trigrams.add(words[i] + ' ' + words[i + 1] + ' ' + words[i + 2]);
        }
        return trigrams;
    }
}
