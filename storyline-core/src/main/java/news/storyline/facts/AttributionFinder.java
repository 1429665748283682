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
    private static final Pattern VERB = Pattern.compile("\\b(?:said|says|say|told|added|announced|stated|confirmed|"
            + "claimed|warned|insisted|explained|noted|declared|tweeted|wrote|reported|according to)\\b");
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
            while (v.find()) {
                int[] speaker = v.group().equals("according to") ? after(text, v.end(), sentence.end())
                        : quotedBefore(text, sentence.start(), v.start())
                        ? after(text, v.end(), sentence.end()) : before(text, sentence.start(), v.start());
                if (speaker == null) {
                    continue;
                }
                String who = text.substring(speaker[0], speaker[1]);
                int start = Math.min(speaker[0], v.start());
                int end = Math.max(speaker[1], v.end());
                facts.add(new Fact(articleId, FactType.ATTRIBUTION, text.substring(start, end), start, end,
                        sentence.of(text), sentence.start(), who, v.group(), null, null, null, null, null, null,
                        null, who));
                break; // one attribution a sentence: the first speech verb is the sentence's own
            }
        }
        return facts;
    }

    /** Whether a quote closes right before the verb: "... in days," said a senior security official. */
    private static boolean quotedBefore(String text, int from, int verb) {
        String seg = text.substring(from, verb).stripTrailing();
        return seg.endsWith("\"") || seg.endsWith("\u201d") || seg.endsWith(",\u201d") || seg.endsWith(",\"")
                || seg.endsWith("'") || seg.endsWith("\u2019");
    }

    /** The speaker after the verb: up to a comma, a full stop, or a participle ("adding"). */
    private static int[] after(String text, int from, int limit) {
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
        return valid(text, start, end) ? new int[] {start, end} : null;
    }

    /** The speaker before the verb, back to the clause's start. */
    private static int[] before(String text, int from, int verb) {
        String seg = text.substring(from, verb);
        int end = from + seg.stripTrailing().length();
        if (end <= from) {
            return null;
        }
        String trimmed = text.substring(from, end);
        if (trimmed.endsWith(",")) {
            // "A journalist, himself fleeing the city, said": an apposition after the sentence's opening phrase.
            int firstComma = trimmed.indexOf(',');
            if (firstComma > 0 && firstComma < trimmed.length() - 1) {
                int[] head = new int[] {from, from + firstComma};
                return valid(text, head[0], head[1]) ? head : null;
            }
            return null;
        }
        int start = from;
        for (int i = end - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == ':' || c == '"' || c == '\u201c' || c == '\u201d' || c == '(') {
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
