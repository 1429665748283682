package news.storyline.mention;

/** What a mention names, as guessed from its cues. */
public enum MentionType {
    PERSON, ORGANISATION, PLACE, OTHER
}
