package news.storyline.facts;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One fact an article states, where it states it, and what it comes to once normalised. Which fields are set depends
 * on the {@link #type()}; the rest are null.
 *
 * @param articleId     the article stating it
 * @param type          what kind of fact
 * @param text          the expression as written ("more than 4,800 families", "350 kilometres north of Baghdad")
 * @param start         offset of its first character in the article's clean text ({@code Article.cleanText()})
 * @param end           offset after its last character
 * @param sentence      the sentence it stands in, as written
 * @param sentenceStart offset of that sentence in the clean text
 * @param subject       what it is about: the thing counted ("families"), the place measured from ("Mosul"), the
 *                      thing ranked ("Mosul"), the event dated ("seized"), the speaker of a quote; null when unknown
 * @param measure       what is measured or said of it, normalised so that two sources can be matched: "displaced",
 *                      "killed", "distance from Baghdad", "second-largest city of Iraq", "said"; null when none
 * @param value         the number as stated, in the unit: 4800 for "more than 4,800", 350 for "350 km", 200 for
 *                      "hundreds of"; null when not numeric
 * @param upper         for a vague number, the highest it may mean (999 for "hundreds of"); else the same as
 *                      {@code value}; null when not numeric. How the qualifier widens it is {@link #range()}
 * @param unit          the unit, normalised: "km", "people", "families", "%", "USD"; null when none
 * @param qualifier     how the source hedges it: "more than", "nearly", "about", "at least", "up to"; null when exact
 * @param direction     for a distance, the compass direction ("north", "northwest"); null otherwise
 * @param from          for a date, the first day it covers; null when unresolved or not a date
 * @param to            for a date, the last day it covers
 * @param speaker       who the sentence attributes it to ("an interior ministry official", "the Observatory"); null
 *                      when unattributed
 */
public record Fact(String articleId, FactType type, String text, int start, int end, String sentence,
                   int sentenceStart, String subject, String measure, Double value, Double upper, String unit,
                   String qualifier, String direction, LocalDate from, LocalDate to, String speaker) {

    public Fact {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sentence, "sentence");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /** Whether the fact carries a number. */
    public boolean numeric() {
        return value != null;
    }

    /**
     * The values the statement allows, from its number and its qualifier: "more than 4,800" allows 4,800 and up,
     * "nearly 162,000" 90% of it up to it, "about 100" 90 to 110; an exact number allows itself. Null when not
     * numeric.
     */
    public double[] range() {
        if (value == null) {
            return null;
        }
        double low = value;
        double high = upper == null ? value : upper;
        String q = qualifier == null ? "" : qualifier;
        switch (q) {
            case "more than", "over", "at least", "just over", "well over", "upwards of", "in excess of" ->
                    high = Double.POSITIVE_INFINITY;
            case "nearly", "almost", "close to", "just under", "fewer than", "less than", "under", "up to",
                 "as many as", "at most" -> low = q.startsWith("up") || q.startsWith("as") || q.startsWith("at")
                    || q.startsWith("fewer") || q.startsWith("less") || q.equals("under") ? 0 : value * 0.9;
            case "about", "around", "some", "roughly", "approximately", "an estimated", "estimated", "almost exactly"
                    -> {
                low = value * 0.9;
                high = high * 1.1;
            }
            default -> {
            }
        }
        return new double[] {low, high};
    }

    /** Whether the fact is a date resolved to calendar days. */
    public boolean dated() {
        return from != null;
    }

    /** The same fact attributed to a speaker. */
    public Fact withSpeaker(String newSpeaker) {
        return new Fact(articleId, type, text, start, end, sentence, sentenceStart, subject, measure, value, upper,
                unit, qualifier, direction, from, to, newSpeaker);
    }
}
