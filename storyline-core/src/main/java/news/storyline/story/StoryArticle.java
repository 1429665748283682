package news.storyline.story;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import news.storyline.similarity.ArticleProfile;
import news.storyline.text.CapitalisedNames;
import news.storyline.text.DocumentFrequencies;
import news.storyline.text.TermVector;

/**
 * What story clustering keeps of one article: its capped TF-IDF vector and headline vector, the words of its names,
 * places and numbers, the keys it is looked up and filed under, and an optional dense vector (an embedding).
 *
 * @param time      its publication time; null for an undated article (its time is unknown, so it carries no time
 *                  evidence and keeps no story active)
 * @param embedding a dense vector of the article, or null when the configuration has none
 * @param terms     the distinct terms of its text: how much text its similarities were measured on
 */
public record StoryArticle(String id, String outlet, String title, Instant time, TermVector vector,
                           TermVector headline, Set<String> nameWords, Set<String> placeWords, Set<String> numbers,
                           List<String> keys, float[] embedding, int terms) {
    /** Terms kept of an article's vector: a few hundred carry nearly all of a news article's cosine. */
    static final int VECTOR_TERMS = 150;
    /** Its heaviest terms are the ones it is looked up by: what it is about, rarely shared by unrelated stories. */
    static final int KEY_TERMS = 10;
    /** Names and places it is looked up by, in the order the text first gives them (the lede's come first). */
    static final int KEY_NAMES = 12;

    public StoryArticle {
        nameWords = Set.copyOf(nameWords);
        placeWords = Set.copyOf(placeWords);
        numbers = Set.copyOf(numbers);
        keys = List.copyOf(keys);
    }

    /** The article's terms weighed by the frequencies at hand (count it in them first, so its terms are known). */
    public static StoryArticle of(ArticleProfile profile, String outlet, String title, Instant time,
                                  DocumentFrequencies frequencies, float[] embedding) {
        return of(profile, TermVector.of(profile.termCounts(), frequencies), outlet, title, time, frequencies,
                embedding);
    }

    /** Counts the article in the frequencies and makes it, as {@link ArticleProfile#countIn} then {@link #of} do. */
    public static StoryArticle counted(ArticleProfile profile, String outlet, String title, Instant time,
                                       DocumentFrequencies frequencies, float[] embedding) {
        return of(profile, frequencies.addAndWeigh(profile.termCounts()), outlet, title, time, frequencies,
                embedding);
    }

    private static StoryArticle of(ArticleProfile profile, TermVector weighed, String outlet, String title,
                                   Instant time, DocumentFrequencies frequencies, float[] embedding) {
        TermVector vector = weighed.capped(VECTOR_TERMS);
        TermVector headline = TermVector.of(profile.headlineCounts(), frequencies);
        List<String> nameWords = CapitalisedNames.words(profile.names().keySet());
        List<String> placeWords = CapitalisedNames.words(profile.places().keySet());
        var keys = new LinkedHashSet<String>();
        for (String term : vector.heaviestTerms(KEY_TERMS)) {
            keys.add(StoryKeys.term(term));
        }
        nameWords.stream().limit(KEY_NAMES).forEach(word -> keys.add(StoryKeys.name(word)));
        placeWords.stream().limit(KEY_NAMES).forEach(word -> keys.add(StoryKeys.place(word)));
        return new StoryArticle(profile.id(), outlet, title, time, vector, headline, new LinkedHashSet<>(nameWords),
                new LinkedHashSet<>(placeWords), profile.numbers(), new ArrayList<>(keys), embedding,
                profile.termCounts().size());
    }
}
