package news.storyline.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.storyline.mention.Mention;
import news.storyline.mention.MentionType;
import news.storyline.text.Sentences;

/**
 * People's ages as news writes them beside a name: "Sanjay Gupta, 39, has ...", "Tara Reid, aged 33.", "Gupta, a
 * 39-year-old neurosurgeon", "the 39-year-old Sanjay Gupta", "Angela Merkel (59)". Reports of one story often give a
 * person's age differently (a suspect 27 in one report and 29 in another), which is what a reader comparing sources
 * wants to see. The subject is the name as the mention layer found it, without the titles and ranks before it
 * ("Scott Russell" of "Police Chief Scott Russell, 46,", "Jerry Ortiz" of "Deputy Jerry Ortiz, 35,"); a name it takes
 * for a place or an organisation has no age. Only an age that touches its
 * name is read: "the 39-year-old" alone, whose person is a sentence away, is left, as a wrong person is worse than
 * none.
 */
final class AgeFinder {
    /** Oldest age read: a number above it beside a name is something else (a score, a room, a flight). */
    private static final int OLDEST = 119;
    /**
     * After a name: ", 39," ", aged 39." ", 39 years old" " (39)" ", a 39-year-old". The number must end its phrase (a
     * comma, a full stop, a bracket, or a word that goes on with the sentence), so that "Baghdad, 350 km",
     * "Manning, 25 of 38 passes" or a thousand written apart ("Heraklion, 10, 000 people") are not ages.
     */
    /** A month's name after "31.": "Baku, 31. März" is a dateline, not a man of 31. */
    private static final String MONTH = "(?i:jan|feb|m[a\u00e4]r|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|de[cz])";
    /** A name ending so is a street, and the number after it a house's: "Hildesheimer Stra\u00dfe, 18". */
    private static final Pattern STREET = Pattern.compile(
            "(?i)(?:stra\u00dfe|strasse|str\\.|weg|allee|platz|gasse|street|st\\.|avenue|ave\\.?|road|rd\\.?|lane|"
                    + "boulevard|blvd\\.?|drive|calle|avenida|rue|via|ulica|ul\\.|sokak|caddesi)$");
    private static final Pattern AFTER_NAME = Pattern.compile(
            "\\G(?:,\\s+(?:(?:aged?|age)\\s+)?(?<age>\\d{1,3})(?:\\s+years?\\s+old)?"
                    + "(?=\\s*(?:,(?!\\s*\\d)|[;)]|\\.(?!\\d|\\s*" + MONTH + ")|$)|\\s+(?:and|who|was|is|has|had|were|died|said|says|remains?)\\b)"
                    + "|,\\s+(?:a|an|the)\\s+(?<hyphenated>\\d{1,3})-year-old\\b"
                    + "|\\s+\\((?:(?:aged?|age)\\s+)?(?<bracketed>\\d{1,3})\\))");
    /**
     * Before a name: "39-year-old Sanjay Gupta", "the 39-year-old neurosurgeon Sanjay Gupta", "61-year-old Sheriff Joe
     * Arpaio", "the 46-year-old Lt. Gerry Scherlinck": at most three words between, on one line, none of them a verb
     * or a preposition, which would make the name another person or a place ("the 39-year-old told Smith", "a
     * 66-year-old woman outside the Sam's Club"), and no full stop but a title's ("a 66-year-old Burnsville woman.
     * Anthony LaSalle ..." is two people).
     */
    private static final Pattern BEFORE_NAME = Pattern.compile(
            "(?<![\\d-])(?<age>\\d{1,3})-year-old[ \\t]+(?<between>(?:(?:\\p{Lu}\\p{Ll}{0,3}\\.|[\\p{L}][\\p{L}'-]*)[ \\t]+){0,3})$");
    /** How far before a name {@link #BEFORE_NAME} looks. */
    private static final int BEFORE_REACH = 80;
    /** Words between an age and a name that make the name another person than the one aged, or a place. */
    private static final Set<String> BREAKS = Set.of("told", "said", "says", "tells", "shot", "killed", "met", "hit",
            "saw", "beat", "called", "asked", "joined", "faces", "faced", "blamed", "attacked", "stabbed", "married",
            "and", "or", "with", "to", "by", "from", "of", "for", "against", "than", "as", "when", "while", "after",
            "before", "is", "was", "has", "had", "will", "would", "the", "a", "an", "in", "at", "on", "near",
            "outside", "inside", "into", "behind", "beside");

    List<Fact> find(String articleId, String text, List<Sentences.Span> sentences, List<Mention> mentions) {
        List<Fact> facts = new ArrayList<>();
        if (mentions == null) {
            return facts;
        }
        Matcher after = AFTER_NAME.matcher(text);
        for (Mention m : mentions) {
            if (m.type() == MentionType.PLACE || m.type() == MentionType.ORGANISATION || m.end() > text.length()
                    || m.text().equals(m.text().toUpperCase(java.util.Locale.ROOT)) || STREET.matcher(m.text()).find()) {
                // A name in capitals is an acronym or a headline ("NWO (17)", "... YOLUNA G\u0130RD\u0130 (1)").
                continue;
            }
            after.region(m.end(), text.length());
            if (after.lookingAt()) {
                String group = after.group("age") != null ? "age"
                        : after.group("hyphenated") != null ? "hyphenated" : "bracketed";
                // A number in brackets after a name that is not known to be a person's counts or numbers it
                // ("Zitate zum Roten Terror (4)").
                if (!group.equals("bracketed") || m.type() == MentionType.PERSON) {
                    add(facts, articleId, text, sentences, m, m.start(), after.end(group), after.group(group));
                }
                continue;
            }
            int from = Math.max(0, m.start() - BEFORE_REACH);
            Matcher before = BEFORE_NAME.matcher(text.substring(from, m.start()));
            if (before.find() && samePerson(before.group("between")) && java.util.Objects.equals(
                    Sentences.at(sentences, from + before.start()), Sentences.at(sentences, m.start()))) {
                add(facts, articleId, text, sentences, m, from + before.start(), m.end(), before.group("age"));
            }
        }
        return facts;
    }

    /**
     * Titles and ranks before a name that the mention layer keeps with it ("Deputy Jerry Ortiz", "Senior Trooper
     * William Hakim"): the person aged is the name after them, as another report writes it bare.
     */
    private static final Pattern LEADING_TITLES = Pattern.compile("^(?:(?:Deputy|Sheriff|Sheriff's|Officer|Trooper|"
            + "Senior|Sergeant|Sgt\\.|Detective|Det\\.|Captain|Capt\\.|Lieutenant|Lt\\.|Corporal|Cpl\\.|Private|Pvt\\.|"
            + "Police|Chief|Judge|Justice|Coach|Pastor|Rev\\.|Father|Sister|Brother|Dr\\.|Mr\\.|Mrs\\.|Ms\\.|Miss|"
            + "Professor|Prof\\.|Agent|Inspector|Constable|PC|Firefighter|Patrolman|Specialist|Spc\\.|Staff|Master|"
            + "Petty|First|Second|Class)\\s+)+(?=\\p{Lu})");

    /** The name a person's age is said of: the mention without the titles before it. */
    static String person(String mention) {
        String bare = LEADING_TITLES.matcher(mention).replaceFirst("");
        return bare.isBlank() ? mention : bare;
    }

    /** Whether the words between an age and a name leave the age the name's (none of {@link #BREAKS}). */
    private static boolean samePerson(String between) {
        for (String word : between.trim().split("\\s+")) {
            String w = word.toLowerCase(java.util.Locale.ROOT);
            // "the 33-year-old actress's rep Jack Ketsoyan": the age is the actress's, not the name's.
            boolean possessive = w.endsWith("'s") || w.endsWith("\u2019s");
            if (!w.isEmpty() && (BREAKS.contains(w) || possessive
                    || w.endsWith("ed") && Character.isLowerCase(word.charAt(0)))) {
                return false;
            }
        }
        return true;
    }

    private static void add(List<Fact> facts, String articleId, String text, List<Sentences.Span> sentences,
                            Mention person, int start, int end, String number) {
        int age = Integer.parseInt(number);
        Sentences.Span sentence = Sentences.at(sentences, start);
        if (age < 1 || age > OLDEST || sentence == null) {
            return;
        }
        // An age once a person an article: "Gupta, 39," in the lead and again further down is one statement. (Another
        // number for the same person is kept: an article may contradict itself.)
        String name = person(person.text());
        for (Fact f : facts) {
            if (f.subject().equals(name) && f.value() == age) {
                return;
            }
        }
        facts.add(new Fact(articleId, FactType.AGE, text.substring(start, end), start, end, sentence.of(text),
                sentence.start(), name, "age", (double) age, (double) age, "years", null, null, null, null,
                null));
    }
}
