package news.storyline.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.storyline.text.Sentences;

/**
 * Distances between places: "Mosul, 350 kilometres north of Baghdad", "Mosul is 360 kilometres northwest of
 * Baghdad", "about 50 miles (80 km) south of the capital". The value is kept in kilometres (miles converted), with the
 * compass direction and the place measured from; the place measured is the name just before ("Mosul, 350 ..." or
 * "Mosul is 350 ..."), else the last place named earlier in the sentence.
 */
final class DistanceFinder {
    private static final String NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            + "fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|a few";
    /** What a distance may be measured from when it is not named: "the border", "the capital", "the epicentre". */
    private static final String PLACE_NOUNS = "capital|city|border|frontier|coast|shore|town|village|camp|base|"
            + "airport|port|island|river|lake|sea|mountains?|area|region|province|district|crossing|site|scene|"
            + "epicentre|epicenter|centre|center|station|embassy|plant|reactor|school|hospital|prison";
    private static final String DIRECTION = "(?:north|south)[- ]?(?:east|west)|north|south|east|west";
    private static final Pattern DISTANCE = Pattern.compile(
            "(?:\\b(?<qual>(?i:" + Amount.QUALIFIERS + "))\\s+)?(?<![\\w.,])(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|"
                    + "\\d+(?:\\.\\d+)?|(?i:" + NUMBER_WORDS + "))[ -]?(?<unit>(?i:kilometres|kilometers|kilometre|kilometer|km|miles|mile|mi))\\b"
                    + "(?:\\s*\\([^)]{1,24}\\))?"
                    + "(?:\\s+\\(?(?<dir>(?i:" + DIRECTION + ")(?: ?- ?(?i:" + DIRECTION + "))?)(?:ern|erly|wards?)?"
                    + "\\)?)?"
                    + "\\s+(?:of|from|outside|away from)\\s+"
                    + "(?<ref>(?:the )?(?:[\\p{Lu}][\\p{L}'-]*(?: (?:of|al|el|de|du|la)?\\s?[\\p{Lu}][\\p{L}'-]*){0,3}"
                    + "|(?:[\\p{Ll}-]+ ){0,3}(?:" + PLACE_NOUNS + "))"
                    + "(?: [\\p{Lu}][\\p{L}'-]*){0,2})");
    private static final java.util.Map<String, Double> WORD_VALUES = java.util.Map.ofEntries(
            java.util.Map.entry("one", 1.0), java.util.Map.entry("two", 2.0), java.util.Map.entry("three", 3.0),
            java.util.Map.entry("four", 4.0), java.util.Map.entry("five", 5.0), java.util.Map.entry("six", 6.0),
            java.util.Map.entry("seven", 7.0), java.util.Map.entry("eight", 8.0), java.util.Map.entry("nine", 9.0),
            java.util.Map.entry("ten", 10.0), java.util.Map.entry("eleven", 11.0), java.util.Map.entry("twelve", 12.0),
            java.util.Map.entry("fifteen", 15.0), java.util.Map.entry("twenty", 20.0), java.util.Map.entry("thirty", 30.0),
            java.util.Map.entry("forty", 40.0), java.util.Map.entry("fifty", 50.0), java.util.Map.entry("sixty", 60.0),
            java.util.Map.entry("seventy", 70.0), java.util.Map.entry("eighty", 80.0),
            java.util.Map.entry("ninety", 90.0), java.util.Map.entry("a hundred", 100.0));
    private static final Pattern NAME_BEFORE = Pattern.compile(
            "([\\p{Lu}][\\p{L}'-]*(?: [\\p{Lu}][\\p{L}'-]*){0,2})(?:,| is| lies| lay| was| sits| located| situated)"
                    + "(?: (?:about|some|around|roughly|approximately|nearly|just|only))?\\s*$");
    private static final Pattern ANY_NAME = Pattern.compile("\\b[\\p{Lu}][\\p{L}'-]+(?: [\\p{Lu}][\\p{L}'-]+){0,2}");

    List<Fact> find(String articleId, String text, List<Sentences.Span> sentences) {
        List<Fact> facts = new ArrayList<>();
        Matcher m = DISTANCE.matcher(text);
        while (m.find()) {
            Sentences.Span sentence = Sentences.at(sentences, m.start());
            if (sentence == null) {
                continue;
            }
            String ref = m.group("ref").trim();
            if (ref.toLowerCase(Locale.ROOT).startsWith("the ")) {
                ref = ref.substring(4);
            }
            // A lower-case reference must be a known kind of place ("the capital"), not any word.
            String number = m.group("num").toLowerCase(Locale.ROOT);
            if (number.equals("a few")) {
                continue; // no number to compare
            }
            double value = number.chars().allMatch(c -> Character.isDigit(c) || c == ',' || c == '.')
                    ? Double.parseDouble(number.replace(",", "")) : WORD_VALUES.get(number);
            String unit = m.group("unit").toLowerCase(Locale.ROOT);
            if (unit.startsWith("mi")) {
                value = Math.round(value * 1.609344 * 10) / 10.0;
            }
            // "north-west" and "northwest" are one direction; "north - northeast" (tokenised) keeps its hyphen.
            String direction = m.group("dir") == null ? null : m.group("dir").toLowerCase(Locale.ROOT)
                    .replaceAll("\\s*-\\s*", "-").replaceAll("^(north|south)-?(east|west)$", "$1$2");
            String subject = subject(text, sentence, m.start());
            String qualifier = m.group("qual") == null ? null : m.group("qual").toLowerCase(Locale.ROOT);
            int start = m.start();
            int end = m.end();
            facts.add(new Fact(articleId, FactType.DISTANCE, text.substring(start, end), start, end,
                    sentence.of(text), sentence.start(), subject, "distance from " + ref, value, value, "km",
                    qualifier, direction, null, null, null));
        }
        return facts;
    }

    /** The place measured: the name right before the distance, else the last name earlier in the sentence. */
    private static String subject(String text, Sentences.Span sentence, int at) {
        String before = text.substring(sentence.start(), at);
        Matcher direct = NAME_BEFORE.matcher(before);
        if (direct.find()) {
            return direct.group(1);
        }
        String last = null;
        Matcher any = ANY_NAME.matcher(before);
        while (any.find()) {
            if (any.start() == 0) {
                continue; // a sentence's first word is capitalised whatever it is
            }
            last = any.group();
        }
        return last;
    }
}
