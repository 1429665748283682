package news.storyline.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.storyline.text.Sentences;

/**
 * Counts and amounts with what they count: "more than 4,800 families" (forced from their homes), "634 people, mainly
 * fighters, have been killed", "$2.5 million", "45 per cent". What happened to those counted (killed, displaced,
 * injured, ...) is read from the words around the number, so that two sources' tolls can be matched. Numbers that
 * are not amounts are passed over: years, days of a month, clock times, ages, ordinals, numbers in names ("Flight
 * 370"), scores ("3-1") and durations ("three days").
 */
final class QuantityFinder {
    private static final Map<String, String> UNIT_WORDS = Map.ofEntries(Map.entry("per cent", "%"),
            Map.entry("percent", "%"), Map.entry("%", "%"), Map.entry("km", "km"), Map.entry("kilometres", "km"),
            Map.entry("kilometers", "km"), Map.entry("kilometre", "km"), Map.entry("kilometer", "km"),
            Map.entry("miles", "miles"), Map.entry("mile", "miles"), Map.entry("metres", "m"),
            Map.entry("meters", "m"), Map.entry("feet", "feet"), Map.entry("tonnes", "tonnes"),
            Map.entry("tons", "tons"), Map.entry("kg", "kg"), Map.entry("kilograms", "kg"),
            Map.entry("hectares", "hectares"), Map.entry("acres", "acres"), Map.entry("mph", "mph"),
            Map.entry("km/h", "km/h"), Map.entry("degrees", "degrees"), Map.entry("dollars", "USD"),
            Map.entry("euros", "EUR"), Map.entry("pounds", "GBP"));
    private static final Pattern UNIT_AFTER = Pattern.compile(
            "\\s?(?:per cent|percent|%|km/h|km|kilometres|kilometers|kilometre|kilometer|miles|mile|metres|meters|"
                    + "feet|tonnes|tons|kg|kilograms|hectares|acres|mph|degrees|dollars|euros|pounds)\\b|\\s?%",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> TIME_UNITS = Set.of("second", "seconds", "minute", "minutes", "hour", "hours",
            "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades", "century",
            "centuries", "times", "time", "am", "pm", "gmt", "utc");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec");
    /** Words after a number that end the counted noun phrase before it starts or that make it no count. */
    private static final Set<String> STOP = Set.of("of", "in", "on", "at", "from", "to", "for", "by", "with", "and",
            "or", "but", "were", "was", "are", "is", "be", "been", "have", "has", "had", "will", "would", "could",
            "who", "which", "that", "than", "as", "after", "before", "since", "during", "into", "across", "over",
            "under", "while", "when", "where", "the", "a", "an", "per", "each", "more", "other", "others", "among",
            "including", "did", "do", "said", "say", "says", "this", "these", "those", "out", "up", "it",
            "they", "their", "there", "its", "near", "outside", "inside", "about", "around");
    /** What happened to those counted, by the words that say it. */
    private static final Map<String, String> MEASURES = measures();
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'-]*");

    List<Fact> find(String articleId, String text, List<Sentences.Span> sentences) {
        List<Fact> facts = new ArrayList<>();
        Matcher m = Amount.PATTERN.matcher(text);
        while (m.find()) {
            if (m.group("digits") == null && m.group("word") == null && m.group("vague") == null) {
                continue;
            }
            Amount amount = Amount.of(m);
            Sentences.Span sentence = Sentences.at(sentences, m.start());
            if (sentence == null || notAnAmount(text, m, sentence)) {
                continue;
            }
            int end = m.end();
            String unit = amount.currency();
            Matcher unitMatch = UNIT_AFTER.matcher(text).region(end, Math.min(text.length(), end + 14));
            if (unit == null && m.group("digits") != null && unitMatch.lookingAt()) {
                unit = UNIT_WORDS.get(unitMatch.group().trim().toLowerCase(Locale.ROOT));
                end = unitMatch.end();
            }
            String counted = null;
            if (unit == null) {
                int[] noun = countedNoun(text, end, sentence.end());
                if (noun == null) {
                    continue;
                }
                counted = text.substring(noun[0], noun[1]);
                if (TIME_UNITS.contains(counted.toLowerCase(Locale.ROOT))
                        || MONTHS.contains(counted.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                end = noun[1];
                unit = counted.toLowerCase(Locale.ROOT);
            } else if (amount.currency() != null) {
                // "$2.5 million in aid": the money is the amount; its purpose is left in the sentence.
                end = Math.max(end, m.end());
            }
            String measure = measure(text, sentence, m.start(), end);
            int start = amount.start();
            facts.add(new Fact(articleId, FactType.QUANTITY, text.substring(start, end), start, end,
                    sentence.of(text), sentence.start(), counted == null ? unit : counted, measure, amount.value(),
                    amount.upper(), unit, amount.qualifier(), null, null, null, null));
        }
        return facts;
    }

    /** Years, dates, times, ages, ordinals, names with numbers, scores and ranges' second halves. */
    private static boolean notAnAmount(String text, Matcher m, Sentences.Span sentence) {
        int numberStart = m.start(m.group("digits") != null ? "digits" : m.group("word") != null ? "word" : "vague");
        int end = m.end();
        char next = end < text.length() ? text.charAt(end) : ' ';
        char nextNext = end + 1 < text.length() ? text.charAt(end + 1) : ' ';
        if (m.group("digits") != null) {
            String digits = m.group("digits");
            if (m.group("cur") == null && m.group("scale") == null && digits.matches("(?:1[89]|20)\\d\\d")) {
                return true; // a year
            }
            if ((next == ':' || next == '.') && Character.isDigit(nextNext)) {
                return true; // a clock time or a version
            }
            if (next == '-' || next == '\u2013') {
                return true; // "3-1", "45-year-old", "10-day": scores and compound adjectives
            }
            String after = text.substring(end, Math.min(text.length(), end + 6)).toLowerCase(Locale.ROOT);
            if (after.matches("^(?:st|nd|rd|th)\\b.*") || after.matches("^\\s?(?:a\\.m|p\\.m|am\\b|pm\\b|gmt|"
                    + "utc|hrs).*")) {
                return true;
            }
        } else if (next == '-' && m.group("word") != null) {
            return true; // "three-day", "two-year-old"
        }
        String before = text.substring(Math.max(sentence.start(), numberStart - 24), numberStart);
        String prev = lastWord(before);
        if (prev != null) {
            String lower = prev.toLowerCase(Locale.ROOT);
            if (MONTHS.contains(lower)) {
                return true; // "June 8"
            }
            // "Flight 370", "Article 5", "No. 10": a capitalised word right before the number names it, unless it
            // opens the sentence ("More than 300 ..." is caught as a qualifier, "Some 40 ...").
            boolean atStart = before.trim().equals(prev) && numberStart - before.length() + before.indexOf(prev)
                    == sentence.start();
            if (Character.isUpperCase(prev.charAt(0)) && !atStart && m.group("qual") == null
                    && before.endsWith(prev + " ")) {
                return true;
            }
            if (lower.equals("aged") || lower.equals("age") || lower.equals("number") || lower.equals("no")) {
                return true;
            }
        }
        // "John Smith, 45, was ...": an age between commas after a name.
        if (before.endsWith(", ") && next == ',' && m.group("digits") != null && m.group("digits").length() <= 3) {
            String head = before.substring(0, before.length() - 2);
            String name = lastWord(head);
            if (name != null && Character.isUpperCase(name.charAt(0))) {
                return true;
            }
        }
        String following = text.substring(end, Math.min(text.length(), end + 12)).toLowerCase(Locale.ROOT).trim();
        for (String month : MONTHS) {
            if (following.startsWith(month + " ") || following.equals(month) || following.startsWith(month + ",")
                    || following.startsWith(month + ".")) {
                return true; // "8 June"
            }
        }
        return false;
    }

    /** The counted noun after the number: "families", "people", "civilians"; or "the dead" in "354 of the dead". */
    private static int[] countedNoun(String text, int from, int limit) {
        int i = from;
        // "354 of the dead", "two of them": the count of a group named after.
        Matcher word = WORD.matcher(text).region(from, limit);
        List<int[]> words = new ArrayList<>();
        while (word.find() && words.size() < 5) {
            // Only the words that follow one another with spaces (a comma or a bracket ends the phrase).
            String between = text.substring(i, word.start());
            if (!between.isBlank() && !words.isEmpty() || between.contains(",") || between.contains("(")
                    || between.contains(")") || between.contains("\"") || between.contains(";")
                    || between.contains(":") || between.contains(".")) {
                break;
            }
            if (words.isEmpty() && !between.isBlank() && !between.equals(" ")) {
                break;
            }
            words.add(new int[] {word.start(), word.end()});
            i = word.end();
        }
        if (words.isEmpty()) {
            return null;
        }
        String first = text.substring(words.get(0)[0], words.get(0)[1]).toLowerCase(Locale.ROOT);
        if (first.equals("of") && words.size() >= 3) {
            String second = text.substring(words.get(1)[0], words.get(1)[1]).toLowerCase(Locale.ROOT);
            if (second.equals("the") || second.equals("them") || second.equals("those")) {
                if (second.equals("them")) {
                    return null;
                }
                return words.get(2);
            }
            return null;
        }
        int[] noun = null;
        for (int w = 0; w < words.size() && w < 3; w++) {
            String s = text.substring(words.get(w)[0], words.get(w)[1]);
            String lower = s.toLowerCase(Locale.ROOT);
            if (STOP.contains(lower) || Character.isUpperCase(s.charAt(0)) && w > 0
                    || w > 0 && (lower.endsWith("ed") || lower.endsWith("ing")) && noun != null) {
                break;
            }
            if (Character.isUpperCase(s.charAt(0)) && !lower.matches("[a-z]+s") ) {
                // "300 Syrians" counts; "5 Downing" does not.
                return null;
            }
            noun = words.get(w);
            if (lower.endsWith("s") && !lower.endsWith("ss") || lower.equals("people") || lower.equals("police")
                    || lower.equals("children") || lower.equals("men") || lower.equals("women")
                    || lower.equals("personnel") || lower.equals("dead") || lower.equals("wounded")
                    || lower.equals("injured") || lower.equals("staff") || lower.equals("militia")) {
                break; // a plural noun ends the phrase
            }
        }
        return noun;
    }

    /** What the sentence says happened to those counted, from the words nearest the number. */
    private static String measure(String text, Sentences.Span sentence, int start, int end) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        Matcher word = WORD.matcher(text).region(sentence.start(), sentence.end());
        while (word.find()) {
            String m = MEASURES.get(word.group().toLowerCase(Locale.ROOT));
            if (m == null) {
                continue;
            }
            int distance = word.start() >= end ? word.start() - end : Math.max(0, start - word.end());
            if (word.start() < end && word.end() > start) {
                distance = 0; // "634 dead": the measure is the counted word itself
            }
            if (distance < bestDistance && distance < 80) {
                best = m;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static String lastWord(String s) {
        Matcher w = Pattern.compile("([\\p{L}.]+)\\s*$").matcher(s);
        return w.find() ? w.group(1).replaceAll("\\.$", "") : null;
    }

    private static Map<String, String> measures() {
        Map<String, String> m = new java.util.HashMap<>();
        for (String w : List.of("killed", "dead", "died", "deaths", "death", "killing", "kills", "killings",
                "fatalities", "perished", "slain", "toll", "bodies", "lives")) {
            m.put(w, "killed");
        }
        for (String w : List.of("injured", "wounded", "injuries", "hurt", "injuring", "wounding")) {
            m.put(w, "injured");
        }
        for (String w : List.of("displaced", "homes", "fled", "flee", "fleeing", "refugees", "homeless", "evacuated",
                "evacuation", "uprooted", "leave")) {
            m.put(w, "displaced");
        }
        for (String w : List.of("arrested", "detained", "arrests", "detainees", "custody", "captured")) {
            m.put(w, "arrested");
        }
        for (String w : List.of("missing", "disappeared")) {
            m.put(w, "missing");
        }
        for (String w : List.of("rescued", "saved")) {
            m.put(w, "rescued");
        }
        for (String w : List.of("evacuees")) {
            m.put(w, "displaced");
        }
        return Map.copyOf(m);
    }
}
