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
            "under", "while", "when", "where", "the", "a", "an", "per", "each", "others", "among",
            "including", "did", "do", "said", "say", "says", "this", "these", "those", "out", "up", "it",
            "they", "their", "there", "its", "near", "outside", "inside", "about", "around", "you", "we", "he",
            "she", "i", "me", "him", "her", "us", "them", "your", "our", "his", "my", "who's", "you're", "we're",
            "they're", "he's", "she's", "it's", "i'm", "you've", "we've", "they've", "i've", "you'll", "we'll",
            "they'll", "he'll", "she'll", "i'll", "you'd", "we'd", "they'd", "he'd", "she'd", "i'd");
    /** What happened to those counted, by the words that say it. */
    private static final Map<String, String> MEASURES = measures();
    private static final Pattern WORD = Pattern.compile("[\\p{L}](?:[\\p{L}'-]*[\\p{L}])?");
    private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}.]+)\\s*$");
    private static final Pattern RANGE = Pattern.compile("\\s*(?:to|and|or|-|\u2013)\\s*");
    /** "between" just before a number: the "and" after it closes a range. */
    private static final Pattern BETWEEN_BEFORE = Pattern.compile("(?i)\\bbetween\\s+$");
    /** What follows a sum of money's dash when the dash opens a range: "$140-150 million", "$140- $150 million". */
    private static final Pattern MONEY_RANGE_TAIL = Pattern.compile("[-\u2013]\\s?(?:US\\$|\\$|£|€|¥)?\\s?\\d");
    /** Nouns that count without a plural -s. */
    private static final Set<String> INVARIANT = Set.of("people", "police", "children", "men", "women", "personnel",
            "dead", "wounded", "injured", "staff", "militia", "sheep", "fish", "aircraft", "deer", "cattle",
            "livestock", "troops", "crew", "offspring", "youth", "clergy", "infantry", "feet", "teeth", "mice",
            "geese", "persons", "homeless", "elderly", "faithful", "missing");

    List<Fact> find(String articleId, String text, List<Sentences.Span> sentences) {
        List<Fact> facts = new ArrayList<>();
        Matcher m = Amount.PATTERN.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            from = m.end();
            if (m.group("digits") == null && m.group("word") == null && m.group("vague") == null) {
                continue;
            }
            Amount amount = Amount.of(m);
            Sentences.Span sentence = Sentences.at(sentences, m.start());
            if (sentence == null || notAnAmount(text, m, sentence)) {
                continue;
            }
            int end = m.end();
            double value = amount.value();
            double upper = amount.upper();
            // A range: "six to seven loads", "between $60 million and $70 million", "10-12 people".
            Matcher range = RANGE.matcher(text).region(end, Math.min(sentence.end(), end + 40));
            // "and" joins a range only after "between": "$1,199 and $1,499 versions" are two prices.
            if (range.lookingAt() && (!range.group().strip().equals("and")
                    || BETWEEN_BEFORE.matcher(text).region(Math.max(0, m.start() - 12), m.start()).find())) {
                Matcher second = Amount.PATTERN.matcher(text).region(range.end(), sentence.end());
                if (second.lookingAt() && (second.group("digits") != null || second.group("word") != null)) {
                    double high = Amount.of(second).value();
                    // "$140-150 million": the scale word the second number carries is the first's too.
                    double shared = m.group("digits") != null && m.group("scale") == null
                            ? Amount.scale(second.group("scale"), amount.currency() != null) : 1;
                    if (shared > 1 && value * shared <= high) {
                        value *= shared;
                    }
                    if (high > value) {
                        upper = high;
                        end = second.end();
                        from = end;
                    }
                }
            }
            String unit = amount.currency();
            Matcher unitMatch = UNIT_AFTER.matcher(text).region(end, Math.min(text.length(), end + 14));
            if (m.group("vague") == null && unitMatch.lookingAt()) {
                String after = UNIT_WORDS.get(unitMatch.group().trim().toLowerCase(Locale.ROOT));
                if (unit == null || after.equals(unit)) {
                    unit = after;
                    end = unitMatch.end();
                }
            }
            String counted = null;
            if (unit == null) {
                int[] noun = countedNoun(text, end, sentence.end(), amount.value() == 1 && upper == 1);
                if (noun != null) {
                    counted = text.substring(noun[0], noun[1]);
                    if (TIME_UNITS.contains(counted.toLowerCase(Locale.ROOT))
                            || MONTHS.contains(counted.toLowerCase(Locale.ROOT))) {
                        continue;
                    }
                    end = noun[1];
                    unit = counted.toLowerCase(Locale.ROOT);
                } else if (!standsAlone(m, text, end)) {
                    continue;
                }
            }
            // Tolls, displacements and arrests count people; "four other provinces, killing scores" is no toll of
            // provinces.
            String measure = counted != null && human(counted) ? measure(text, sentence, m.start(), end) : null;
            int start = amount.start();
            facts.add(new Fact(articleId, FactType.QUANTITY, text.substring(start, end), start, end,
                    sentence.of(text), sentence.start(), counted == null ? unit : counted, measure, value,
                    upper, unit, amount.qualifier(), null, null, null, null));
        }
        return facts;
    }

    /**
     * Whether a number with no counted noun is still an amount: one written with a thousands separator or decimals,
     * or with a scale word ("closing at 8,579.19", "on top of the four billion"), not a lone small number.
     */
    private static boolean standsAlone(Matcher m, String text, int end) {
        String digits = m.group("digits");
        if (digits != null) {
            return digits.contains(",") || digits.contains(".") || m.group("scale") != null;
        }
        String word = m.group("word");
        return word != null && word.matches("(?i).*\\b(?:thousand|million|billion)$");
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
            if ((next == ':' || next == '.') && Character.isDigit(nextNext)
                    || next == ':' && nextNext == ' ' && end + 2 < text.length()
                    && Character.isDigit(text.charAt(end + 2))) {
                return true; // a clock time or a version ("7:30", tokenised "3: 20")
            }
            if ((next == '-' || next == '\u2013') && !(m.group("cur") != null
                    && MONEY_RANGE_TAIL.matcher(text).region(end, Math.min(text.length(), end + 30)).lookingAt())) {
                return true; // "3-1", "45-year-old", "10-day": scores and compound adjectives; "$140-150 million" is none
            }
            String after = text.substring(end, Math.min(text.length(), end + 6)).toLowerCase(Locale.ROOT);
            if (after.matches("^(?:st|nd|rd|th)\\b.*") || after.matches("^\\s?(?:a\\. ?m|p\\. ?m|am\\b|pm\\b|gmt|"
                    + "utc|hrs).*")) {
                return true;
            }
        } else if (next == '-' && m.group("word") != null) {
            return true; // "three-day", "two-year-old"
        }
        String before = text.substring(Math.max(sentence.start(), numberStart - 24), numberStart);
        if (before.matches("(?s).*\\b\\p{Lu}[\\p{Lu}\\d]* ?[-\u2013] ?$")) {
            return true; // a model or code: "DC-3", tokenised "DC - 3", "F-16"
        }
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
            if (prev.chars().anyMatch(Character::isUpperCase) && !atStart && m.group("qual") == null
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

    /**
     * The counted noun after the number: "families", "people", "civilians" (up to two words before it, as in
     * "rocket-propelled grenade launchers"); or "the dead" in "354 of the dead". A count above one needs a plural
     * ("4 year low" and "the 787 worth" are no counts); a nationality may stand before it ("5 Indian merchant
     * vessels").
     */
    private static int[] countedNoun(String text, int from, int limit, boolean singular) {
        int i = from;
        Matcher word = WORD.matcher(text).region(from, limit);
        List<int[]> words = new ArrayList<>();
        while (word.find() && words.size() < 5) {
            // Only words that follow one another with single spaces: punctuation ends the phrase.
            if (!text.substring(i, word.start()).equals(" ")) {
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
            return second.equals("the") || second.equals("those") ? words.get(2) : null;
        }
        for (int w = 0; w < words.size() && w < 4; w++) {
            String s = text.substring(words.get(w)[0], words.get(w)[1]);
            String lower = s.toLowerCase(Locale.ROOT);
            if (STOP.contains(lower)) {
                return null;
            }
            boolean plural = INVARIANT.contains(lower) || lower.length() > 2 && lower.endsWith("s")
                    && !lower.endsWith("ss") && !lower.endsWith("us") && !lower.endsWith("is");
            if (Character.isUpperCase(s.charAt(0))) {
                if (plural && w == 0) {
                    return words.get(w); // "300 Syrians"
                }
                if (w == 0 && lower.matches(".*(?:an|ese|ish|i|ch)") && words.size() > 1) {
                    continue; // "5 Indian merchant vessels"
                }
                return null; // "5 Downing", "Flight 370 Kuala"
            }
            if (plural || singular) {
                return words.get(w);
            }
            if (w > 0 && (lower.endsWith("ed") || lower.endsWith("ing"))) {
                return null;
            }
        }
        return null;
    }

    /** Whether a counted noun names people (or their bodies, homes and lives, as tolls count them). */
    static boolean human(String noun) {
        String n = noun.toLowerCase(Locale.ROOT);
        return HUMAN.contains(n) || n.matches("[a-z]+(?:ers|ians|ists|ees|ors|ants|ents|men|women|ites|ans)")
                && !n.matches("(?:vessels|containers|computers|members|numbers|centers|orders|dollars|letters|"
                + "papers|towers|corners|borders|meters|barrels|rounds|miles|layers|parameters|elements|"
                + "segments|governments|departments|documents|tournaments|investments|instruments|"
                + "apartments|statements|payments|settlements|shipments|agreements|amendments|comments|"
                + "plants|restaurants|grants|ports|airports|reports|efforts|votes|houses)");
    }

    private static final Set<String> HUMAN = Set.of("people", "persons", "civilians", "soldiers", "troops",
            "children", "men", "women", "families", "police", "dead", "bodies", "victims", "refugees", "migrants",
            "gunmen", "rebels", "detainees", "prisoners", "hostages", "casualties", "deaths", "lives", "staff",
            "patients", "pilgrims", "students", "tourists", "crew", "personnel", "wounded", "injured", "fatalities",
            "individuals", "militants", "fighters", "insurgents", "protesters", "demonstrators", "passengers",
            "residents", "workers", "employees", "journalists", "officers", "policemen", "guards", "miners",
            "survivors", "suspects", "inmates", "captives", "homes", "households", "boys", "girls", "babies",
            "infants", "adults", "teenagers", "youths", "elderly", "villagers", "citizens", "nationals",
            "foreigners", "americans", "iraqis", "syrians", "afghans", "palestinians", "israelis", "kurds",
            "others", "homeless", "missing", "jihadists", "extremists", "terrorists", "commanders", "leaders",
            "members", "voters", "activists", "doctors", "nurses", "teachers", "farmers", "firefighters");

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
        Matcher w = LAST_WORD.matcher(s);
        if (!w.find()) {
            return null;
        }
        String word = w.group(1).replaceAll("\\.+$", "");
        return word.isEmpty() ? null : word;
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
