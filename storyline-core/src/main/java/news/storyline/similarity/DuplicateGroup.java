package news.storyline.similarity;

import java.time.Instant;
import java.util.List;

/**
 * Articles that are copies of one text: the earliest as the original, and each copy with how it relates to it.
 *
 * @param original the earliest article (by publication time, then by order of arrival)
 * @param copies   the others, in order of arrival
 */
public record DuplicateGroup(Member original, List<Copy> copies) {
    public DuplicateGroup {
        copies = List.copyOf(copies);
    }

    /** What a group shows of an article. */
    public record Member(String id, String source, String title, Instant published, String origin) {
    }

    /**
     * One copy.
     *
     * @param match    how its text matches the original's: exact, near or contains (never syndicated)
     * @param relation {@code match}, or syndicated when the pair credits a news agency
     * @param score    1 for exact; the shingle Jaccard for near; the share of the shorter text inside the other
     *                 for contains
     * @param agency   the agency credited, for a syndicated copy; else null
     * @param measuredAgainst the id of the article the score compares it with: the original, or for a copy of a
     *                 copy that drifted further, the copy it matches
     */
    public record Copy(Member article, CopyRelation relation, CopyRelation match, double score, String agency,
                       String measuredAgainst) {
    }
}
