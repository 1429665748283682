package news.storyline.similarity;

import java.util.Locale;

/** How a copy relates to its original. */
public enum CopyRelation {
    /** The same text, once case, punctuation and spacing are ignored. */
    EXACT,
    /** Nearly the same text: a few words changed, added or cut (shingle Jaccard of at least 0.8). */
    NEAR,
    /** One text holds nearly all of the other: an outlet's own intro on a wire story, or its ending cut. */
    CONTAINS,
    /** A near or containing copy of a story that credits a news agency: a wire story run by several outlets. */
    SYNDICATED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
