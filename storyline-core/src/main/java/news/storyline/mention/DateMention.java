package news.storyline.mention;

import java.time.LocalDate;

/**
 * A date or period the text names, resolved to the days it covers.
 *
 * @param text  as written ("late yesterday", "in early January")
 * @param start offset of its first character in the text
 * @param end   offset after its last character
 * @param from  first day it covers; null when it is relative and the publication time is unknown
 * @param to    last day it covers (the same as {@code from} for one day); null with {@code from}
 */
public record DateMention(String text, int start, int end, LocalDate from, LocalDate to) {
    public boolean resolved() {
        return from != null;
    }

    public boolean singleDay() {
        return from != null && from.equals(to);
    }
}
