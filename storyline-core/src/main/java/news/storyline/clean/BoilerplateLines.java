package news.storyline.clean;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.storyline.article.RemovalReason;
import news.storyline.article.RemovedSpan;
import news.storyline.text.Whitespace;

/**
 * Recognises the lines scrapers carry along with an article's text: bylines and reporting credits, links to other
 * articles, photo captions and credits, share and subscribe prompts. Each rule is bounded by length, since a long paragraph that happens to
 * start with "Read more" or mention a photo agency is text, not furniture. Patterns are searched for, not matched
 * whole, and anchor themselves where they must stand at the start or end of the line.
 */
public final class BoilerplateLines {
    private record Rule(RemovalReason reason, Pattern pattern, int maxWords, String description) {
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** A capitalised name of up to four words: "Jane Arraf", "Ahmed al-Rasheed", "J. R. Smith". */
    private static final String NAME = "\\p{Lu}[\\p{L}.'’-]*(\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}";

    /** A date as bylines write it: "June 10, 2014", "10 June 2014". */
    private static final String WRITTEN_DATE = "(\\p{Lu}\\p{L}+\\.? \\d{1,2},? \\d{4}|\\d{1,2} \\p{Lu}\\p{L}+ \\d{4})";

    private static final List<Rule> RULES = List.of(
            new Rule(RemovalReason.BYLINE, Pattern.compile(
                    // Case matters for the names, so only the keywords ignore it.
                    "^((?i:by|written by)\\s+" + NAME + ")(\\s*(,|and|&|\\||/)\\s*" + NAME + ")*(\\s+in\\s+" + NAME + ")?"
                            + "(\\s*[,|–-]?\\s*" + WRITTEN_DATE + ")?$"
                            + "|^\\(?((?i:(?:additional )?(?:reporting|writing|editing|compiled) by))\\b"),
                    30, "byline or reporting credit"),
            new Rule(RemovalReason.READ_ALSO, Pattern.compile(
                    "^(also read|read also|read more|more on this|related( stories| articles| news| coverage| content)?"
                            + "|see also|recommended( for you| stories)?|you (may|might) also like|don'?t miss"
                            + "|must read|trending( now| stories)?|more from|more stories|further reading)\\b", FLAGS),
                    25, "link to other articles"),
            new Rule(RemovalReason.IMAGE_CAPTION, Pattern.compile(
                    "(\\bimage credits?:|\\bphoto credits?:|\\bpicture credits?:|\\bAFP PHOTO\\b|\\bAP Photo/"
                            + "|\\bREUTERS/|/ ?Getty Images|\\bGetty Images$|\\bphoto: ?(AFP|AP|Reuters|EPA|Getty|file)\\b"
                            + "|^\\(?(photo|image|picture|file photo|photograph)( by)?:)", FLAGS),
                    100, "photo caption or credit"),
            new Rule(RemovalReason.SHARE_SUBSCRIBE, Pattern.compile(
                    "^(share (this|on|via|article|story)\\b.*|share|tweet|email|print|whatsapp|facebook|twitter"
                            + "|follow us\\b.*|subscribe (to|now|for)\\b.*|sign up (for|to|now)\\b.*"
                            + "|click here to (subscribe|sign up|follow|read|join)\\b.*|join (our|us on)\\b.*"
                            + "|download (our|the) .*app\\b.*|get (the latest|our) .*(newsletter|inbox|app)\\b.*"
                            + "|advertisement|advertising|sponsored( content)?|story continues below.*"
                            + "|skip (to|ad)\\b.*|\\d* ?comments?|copyright\\b.*|©.*|all rights reserved\\b.*)$", FLAGS),
                    30, "share, subscribe or advertising line"));

    private BoilerplateLines() {
    }

    /** The removal to make when the paragraph is boilerplate. */
    public static Optional<RemovedSpan> match(String paragraph) {
        String line = paragraph.strip();
        int words = Whitespace.wordCount(line);
        for (Rule rule : RULES) {
            if (words > rule.maxWords()) {
                continue;
            }
            Matcher matcher = rule.pattern().matcher(line);
            if (matcher.find()) {
                return Optional.of(new RemovedSpan(paragraph, rule.reason(),
                        rule.description() + ": \"" + abbreviate(firstGroup(matcher).strip()) + "\""));
            }
        }
        return Optional.empty();
    }

    /** The first group that took part in the match: what the rule recognised. */
    private static String firstGroup(Matcher matcher) {
        for (int group = 1; group <= matcher.groupCount(); group++) {
            if (matcher.group(group) != null) {
                return matcher.group(group);
            }
        }
        return matcher.group();
    }

    private static String abbreviate(String marker) {
        return marker.length() <= 40 ? marker : marker.substring(0, 39) + "…";
    }
}
