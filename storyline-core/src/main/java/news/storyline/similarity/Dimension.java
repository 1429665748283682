package news.storyline.similarity;

import java.util.Locale;

/** The seven dimensions of SemEval-2022 Task 8 on which two news articles are compared. */
public enum Dimension {
    OVERALL, GEOGRAPHY, ENTITIES, TIME, NARRATIVE, STYLE, TONE;

    /** The lower-case key used in JSON ("overall"). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
