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
    private static final String DIRECTION = "(?:north|south)[- ]?(?:east|west)|north|south|east|west";
    private static final Pattern DISTANCE = Pattern.compile(
            "(?:\\b(?<qual>(?i:" + Amount.QUALIFIERS + "))\\s+)?(?<![\\w.,])(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|"
                    + "\\d+(?:\\.\\d+)?)[ -]?(?<unit>(?i:kilometres|kilometers|kilometre|kilometer|km|miles|mile|mi))\\b"
                    + "(?:\\s*\\([^)]{1,24}\\))?"
                    + "(?:\\s+\\(?(?<dir>(?i:" + DIRECTION + "))(?:ern|erly|wards?)?\\)?)?"
                    + "\\s+(?:of|from|outside|away from)\\s+"
                    + "(?<ref>(?:the )?(?:[\\p{Lu}][\\p{L}'-]*(?: (?:of|al|el|de|du|la)?\\s?[\\p{Lu}][\\p{L}'-]*){0,3}"
                    + "|capital|city|border|coast|town|village|(?:the )?[\\p{Ll}]+ (?:capital|city|border|coast))"
                    + "(?: [\\p{Lu}][\\p{L}'-]*){0,2})");
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
            double value = Double.parseDouble(m.group("num").replace(",", ""));
            String unit = m.group("unit").toLowerCase(Locale.ROOT);
            if (unit.startsWith("mi")) {
                value = Math.round(value * 1.609344 * 10) / 10.0;
            }
            String direction = m.group("dir") == null ? null
                    : m.group("dir").toLowerCase(Locale.ROOT).replaceAll("[- ]", "");
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
