package news.storyline.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.storyline.text.Sentences;

/**
 * Who a sentence attributes its statement to: "..., an interior ministry official said", "A journalist, himself
 * fleeing the city, said ...", "..." said a senior security official", "according to the Observatory". The speaker is
 * the phrase before the speech verb back to the clause's start (an apposition after a sentence-opening name is passed
 * over), or after the verb where a quote comes first.
 */
final class AttributionFinder {
    private static final Pattern VERB = Pattern.compile("\\b(?:said|says|say|told|tells|added|announced|"
            + "announces|stated|states|confirmed|confirms|claimed|claims|warned|warns|insisted|insists|explained|"
            + "noted|notes|declared|tweeted|wrote|writes|reported|testified|answered|replied|alleged|alleges|"
            + "accused|accuses|predicted|predicts|argued|argues|admitted|admits|acknowledged|denied|denies|"
            + "asserted|recalled|revealed|urged|conceded|(?i:according to))\\b");
    /** Words between a speaker and the speech verb that are not part of the speaker: "the company has warned". */
    private static final Pattern TRAILING = Pattern.compile("(?:\\s+(?:has|have|had|also|quietly|later|earlier|"
            + "previously|repeatedly|again|then|further|first|initially|once|often|publicly|openly|recently|"
            + "would|will|can|could|did|does|do|may|might|just|now|today|yesterday|separately|subsequently))+$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’.-]*");
    private static final Set<String> NOT_SPEAKERS = Set.of("it", "this", "that", "which", "who", "as", "was", "is",
            "be", "been", "were", "are", "has", "have", "had", "will", "would", "could", "can", "may", "might",
            "not", "also", "previously", "earlier", "later", "then", "being");
    private static final Set<String> SPEAKER_STARTS = Set.of("a", "an", "the", "he", "she", "they", "we", "i",
            "police", "officials", "several", "some", "two", "three", "many", "one", "witnesses", "residents",
            "authorities", "sources", "experts", "analysts", "his", "her", "their", "its", "local", "security",
            "military", "state", "government", "army", "another", "other", "doctors", "medics", "rescuers",
            "spokesman", "spokeswoman", "investigators", "prosecutors", "officers", "troops", "activists",
            "monitors", "observers", "reports", "media", "diplomats", "lawyers", "scientists", "researchers");

    List<Fact> find(String articleId, String text, List<Sentences.Span> sentences) {
        List<Fact> facts = new ArrayList<>();
        for (Sentences.Span sentence : sentences) {
            Matcher v = VERB.matcher(text).region(sentence.start(), sentence.end());
            int found = 0;
            int last = -1;
            while (v.find() && found < 2) {
                if (v.start() < last) {
                    continue; // inside the attribution found before: its speaker ran past this verb
                }
                String verb = v.group().toLowerCase(java.util.Locale.ROOT);
                if (notAStatement(text, verb, v.end(), sentence.end()) || nounNotVerb(text, verb, v.start())) {
                    continue;
                }
                int[] speaker;
                // The listener or the accused comes after these verbs, never the speaker.
                boolean told = verb.equals("told") || verb.equals("tells") || verb.startsWith("accuse");
                if (verb.equals("according to") || !told && quotedBefore(text, sentence.start(), v.start())) {
                    speaker = after(text, v.end(), sentence.end(), false);
                } else {
                    // "..., said Troy police Lt. Gerry Scherlinck.": the speaker after the verb, ending the clause.
                    speaker = !told && commaBefore(text, sentence.start(), v.start())
                            ? after(text, v.end(), sentence.end(), true) : null;
                    if (speaker == null) {
                        speaker = before(text, Math.max(sentence.start(), last), v.start());
                    }
                }
                if (speaker == null) {
                    continue;
                }
                String who = text.substring(speaker[0], speaker[1]);
                int start = Math.min(speaker[0], v.start());
                int end = Math.max(speaker[1], v.end());
                facts.add(new Fact(articleId, FactType.ATTRIBUTION, text.substring(start, end), start, end,
                        sentence.of(text), sentence.start(), who, verb, null, null, null, null, null, null,
                        null, who));
                found++;
                last = end;
            }
        }
        return facts;
    }

    /** "the border states", "his claims", "the reports": words that are also nouns, after a determiner or noun. */
    private static boolean nounNotVerb(String text, String verb, int start) {
        if (!verb.endsWith("s") || verb.equals("says") || verb.equals("according to")) {
            return false;
        }
        String before = text.substring(Math.max(0, start - 30), start).stripTrailing();
        String previous = before.substring(Math.max(before.lastIndexOf(' '), 0)).trim().toLowerCase(
                java.util.Locale.ROOT);
        return previous.matches("the|a|an|his|her|its|their|our|these|those|of|and|in|border|united|[a-z]+al|"
                + "[a-z]+ern|[a-z]+ing");
    }

    /**
     * Speech verbs that here say something else: "told workers to stay" (an order), "announced a new service" (a
     * thing, not a statement).
     */
    private static boolean notAStatement(String text, String verb, int end, int limit) {
        String after = text.substring(end, Math.min(limit, end + 40)).toLowerCase(java.util.Locale.ROOT);
        if (verb.equals("told") || verb.equals("tells")) {
            return after.matches("^\\s+(?:\\S+\\s+){1,3}to\\s.*");
        }
        if (verb.startsWith("announce") || verb.equals("revealed")) {
            return after.matches("^\\s+(?:a|an|its|his|her|their|plans|the launch)\\s.*");
        }
        return false;
    }

    /** Whether a comma stands right before the verb: "..., said Troy police Lt. Gerry Scherlinck." */
    private static boolean commaBefore(String text, int from, int verb) {
        return text.substring(from, verb).stripTrailing().endsWith(",");
    }

    /** Whether a quote closes right before the verb: "... in days," said a senior security official. */
    private static boolean quotedBefore(String text, int from, int verb) {
        String seg = text.substring(from, verb).stripTrailing();
        return seg.endsWith("\"") || seg.endsWith("\u201d") || seg.endsWith(",\u201d") || seg.endsWith(",\"")
                || seg.endsWith("'") || seg.endsWith("\u2019") || seg.endsWith("''");
    }

    /** The speaker after the verb: up to a comma, a full stop, or a participle ("adding"). */
    private static int[] after(String text, int from, int limit, boolean mustEndClause) {
        int start = from;
        while (start < limit && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = start;
        int words = 0;
        Matcher w = WORD.matcher(text).region(start, limit);
        while (w.find()) {
            String between = text.substring(end, w.start());
            if (between.contains(",") || between.contains(";") || between.contains("\"")
                    || between.contains("\u201c") || between.contains("(") || words >= 10) {
                break;
            }
            String lower = w.group().toLowerCase(Locale.ROOT);
            if (lower.endsWith("ing") && words > 0 || lower.equals("that") || lower.equals("on")
                    && words > 0 && !Character.isUpperCase(w.group().charAt(0))) {
                break;
            }
            end = w.end();
            words++;
            if (w.group().endsWith(".") && !w.group().matches(".*[A-Z]\\..*")) {
                end--;
                break;
            }
        }
        if (mustEndClause) {
            // Inverted without a quote, the speaker ends the clause ("..., said police spokesman X.") and is no
            // pronoun: "..., said she expected ..." is the speaker before the verb saying something.
            String rest = text.substring(end, limit).stripLeading();
            String first = text.substring(start, Math.min(end, start + 4)).toLowerCase(java.util.Locale.ROOT);
            if (!(rest.isEmpty() || rest.startsWith(",") || rest.startsWith(".") || rest.startsWith(";"))
                    || first.matches("(?:he|she|it|we|i|they)\\b.*")) {
                return null;
            }
        }
        return valid(text, start, end) ? new int[] {start, end} : null;
    }

    /** The speaker before the verb, back to the clause's start. */
    private static int[] before(String text, int from, int verb) {
        String seg = text.substring(from, verb).stripTrailing();
        Matcher trailing = TRAILING.matcher(seg);
        if (trailing.find()) {
            seg = seg.substring(0, trailing.start());
        }
        int end = from + seg.length();
        if (end <= from) {
            return null;
        }
        String trimmed = text.substring(from, end);
        if (trimmed.endsWith(",")) {
            // "A journalist, himself fleeing the city, said" and "Another automaker, General Motors (GM), announced":
            // a head and an apposition; the one that is a name speaks, else the head, else the apposition ("...
            // on Saturday, his agent Marc Cornstein, told").
            int firstComma = trimmed.indexOf(',');
            int previousComma = trimmed.lastIndexOf(',', trimmed.length() - 2);
            int[] head = firstComma > 0 && firstComma < trimmed.length() - 1 ? new int[] {from, from + firstComma}
                    : null;
            int[] apposition = null;
            if (previousComma >= 0) {
                int a = from + previousComma + 1;
                while (a < end && Character.isWhitespace(text.charAt(a))) {
                    a++;
                }
                apposition = new int[] {a, end - 1};
            }
            boolean headOk = head != null && valid(text, head[0], head[1]);
            boolean appositionOk = apposition != null && valid(text, apposition[0], apposition[1]);
            if (headOk && isName(text, head) || !appositionOk) {
                return headOk ? head : null;
            }
            if (isName(text, apposition) || !headOk) {
                return apposition;
            }
            return head;
        }
        int start = from;
        for (int i = end - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == ':' || c == '"' || c == '\u201c' || c == '\u201d' || c == '('
                    || c == '`' || c == '\'' && i > from && text.charAt(i - 1) == '\'') {
                start = i + 1;
                break;
            }
        }
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        // "... killed, the Syrian Observatory for Human Rights said": the clause holds only the speaker. A clause
        // with its own verb before ("Police and local officials said the militants were ...") is fine too, since
        // the verb is the speech verb itself.
        return valid(text, start, end) ? new int[] {start, end} : null;
    }

    /** Whether a phrase opens with a capitalised word that is no determiner or pronoun: a name. */
    private static boolean isName(String text, int[] span) {
        String first = text.substring(span[0], span[1]).trim().split("\\s+")[0];
        return !first.isEmpty() && Character.isUpperCase(first.charAt(0))
                && !SPEAKER_STARTS.contains(first.toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean valid(String text, int start, int end) {
        if (end <= start) {
            return false;
        }
        String phrase = text.substring(start, end);
        String[] words = phrase.trim().split("\\s+");
        if (words.length == 0 || words.length > 10) {
            return false;
        }
        String first = words[0].toLowerCase(Locale.ROOT);
        if (!Character.isUpperCase(words[0].charAt(0)) && !SPEAKER_STARTS.contains(first)) {
            return false;
        }
        for (String w : words) {
            if (NOT_SPEAKERS.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }
}
