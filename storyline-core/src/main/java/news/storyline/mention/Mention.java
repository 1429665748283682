package news.storyline.mention;

/**
 * One name as it stands in a text.
 *
 * @param text  the name as written, without a title before it ("Nouri al-Maliki", not "Prime Minister ...")
 * @param start offset of its first character in the text
 * @param end   offset after its last character
 * @param type  the guess of what it names
 * @param cue   why that guess: "gazetteer", "title President", "first name", "organisation word Front", "acronym",
 *              or "none"
 */
public record Mention(String text, int start, int end, MentionType type, String cue) {
    /** The key it is grouped by (see {@link NameKey}). */
    public String key() {
        return NameKey.of(text);
    }
}
