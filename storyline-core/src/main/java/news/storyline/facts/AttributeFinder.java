package news.storyline.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.storyline.text.Sentences;

/**
 * Ranks and roles of places and bodies: "Iraq's second-largest city", "the country's second-largest city", "the
 * capital of Nineveh province", "the largest city in Syria". The measure is normalised so that sources can be matched
 * ("second-largest city of Iraq"): "the country" is read as the article's main country. The subject is the name the
 * phrase describes ("Mosul, Iraq's ..." or "Mosul is the capital ..."), else the article's main city.
 */
final class AttributeFinder {
    private static final String RANK = "(?:(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
            + "\\d{1,2}(?:st|nd|rd|th))[- ])?(?:largest|biggest|most populous|oldest|busiest|richest|poorest|"
            + "tallest|highest|longest|main|largest)";
    private static final String NAME = "[\\p{Lu}][\\p{L}'-]+(?: (?:of |al-|el-)?[\\p{Lu}][\\p{L}'-]+){0,3}";
    private static final Pattern POSSESSIVE_RANK = Pattern.compile(
            "(?<owner>" + NAME + "|the (?:country|nation|region|state|province|kingdom|republic))['\u2019]s "
                    + "(?<rank>" + RANK + ") (?<what>city|town|port|province|region|state|country|party|bank|"
                    + "company|airport|river|mosque|university|oil field|refinery|economy|prison|market|dam)\\b");
    private static final Pattern RANK_OF = Pattern.compile(
            "\\bthe (?<rank>" + RANK + ") (?<what>city|town|port|province|region|state|country|party|bank|company|"
                    + "airport|economy)(?: (?:in|of) (?<owner>" + NAME + "|the (?:country|nation|region)))\\b");
    private static final Pattern CAPITAL = Pattern.compile(
            "\\b(?:the )?(?:(?<kind>provincial|regional|state|national) )?capital(?: city)? of (?:the )?"
                    + "(?<owner>" + NAME + ")(?<suffix> (?:province|governorate|state|region|district|county))?"
                    + "|(?<owner2>" + NAME + ")['\u2019]s capital\\b");
    private static final Pattern SUBJECT_BEFORE = Pattern.compile(
            "(" + NAME + ")(?:,| is| was| remains| became| has become)(?: now| also| still)?\\s*$");

    List<Fact> find(String articleId, String text, List<Sentences.Span> sentences, String mainCountry,
                    String mainCity) {
        List<Fact> facts = new ArrayList<>();
        for (Pattern pattern : List.of(POSSESSIVE_RANK, RANK_OF)) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                String owner = owner(m.group("owner"), mainCountry);
                if (owner == null) {
                    continue;
                }
                String measure = m.group("rank").toLowerCase(Locale.ROOT).replace(' ', '-')
                        .replace("most-populous", "most populous") + " " + m.group("what") + " of " + owner;
                add(facts, articleId, text, sentences, m.start(), m.end(), measure, mainCity);
            }
        }
        Matcher c = CAPITAL.matcher(text);
        while (c.find()) {
            String owner = c.group("owner") != null ? c.group("owner") : c.group("owner2");
            String suffix = c.group("suffix") == null ? "" : c.group("suffix");
            add(facts, articleId, text, sentences, c.start(), c.end(), "capital of " + owner + suffix, mainCity);
        }
        facts.sort(java.util.Comparator.comparingInt(Fact::start));
        return facts;
    }

    private static void add(List<Fact> facts, String articleId, String text, List<Sentences.Span> sentences,
                            int start, int end, String measure, String mainCity) {
        Sentences.Span sentence = Sentences.at(sentences, start);
        if (sentence == null) {
            return;
        }
        Matcher subject = SUBJECT_BEFORE.matcher(text.substring(sentence.start(), start));
        String who = subject.find() ? subject.group(1) : mainCity;
        if (who != null && measure.endsWith(" of " + who)) {
            who = mainCity; // "Iraq's second-largest city" is not Iraq itself
        }
        facts.add(new Fact(articleId, FactType.ATTRIBUTE, text.substring(start, end), start, end, sentence.of(text),
                sentence.start(), who, measure, null, null, null, null, null, null, null, null));
    }

    /** The owner as a name: "Iraq" for "Iraq's", the article's main country for "the country's". */
    private static String owner(String owner, String mainCountry) {
        if (owner == null) {
            return null;
        }
        return owner.startsWith("the ") ? mainCountry : owner;
    }
}
