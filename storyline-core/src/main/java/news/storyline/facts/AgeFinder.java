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
    /** A month's name after "31.": "Baku, 31. M\u00e4rz" is a dateline, not a man of 31. */
    private static final String MONTH = "(?i:jan|feb|m[a\u00e4]r|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|de[cz])";
    /** A name ending so is a street, and the number after it a house's: "Hildesheimer Stra\u00dfe, 18". */
    private static final Pattern STREET = Pattern.compile(
            "(?i)(?:stra\u00dfe|strasse|str\\.|weg|allee|platz|gasse|street|st\\.|avenue|ave\\.?|road|rd\\.?|lane|"
                    + "boulevard|blvd\\.?|drive|calle|avenida|rue|via|ulica|ul\\.|sokak|caddesi)$");
    /** Years of age as other languages write them after the number: "39 a\u00f1os", "39 ans", "39 anni", "39 lat". */
    private static final String YEARS_WORD = "(?:a\u00f1os|ans|anni|lat|Jahre(?:\\s+alt)?|ya\u015f\u0131nda|jaar)";
    /**
     * After a name: ", 39," ", aged 39." ", 39 years old" " (39)" ", a 39-year-old", and in other languages ", de 39
     * a\u00f1os," ", 39 ans," " (39 l.)". The bare number must end its phrase (a comma, a full stop, a bracket, or a word
     * that goes on with the sentence), so that "Baghdad, 350 km", "Manning, 25 of 38 passes" or a thousand written
     * apart ("Heraklion, 10, 000 people") are not ages.
     */
    private static final Pattern AFTER_NAME = Pattern.compile(
            "\\G(?:,\\s+(?:(?:aged?|age)\\s+)?(?<age>\\d{1,3})(?:\\s+years?\\s+old)?"
                    + "(?=\\s*(?:,(?!\\s*\\d)|[;)]|\\.(?!\\d|\\s*" + MONTH + ")|$)"
                    + "|\\s+(?:and|who|was|is|has|had|were|died|said|says|remains?)\\b)"
                    + "|,\\s+(?:a|an|the)\\s+(?<hyphenated>\\d{1,3})-year-old\\b"
                    + "|,\\s+(?:de\\s+|di\\s+|\\u00e2g\\u00e9e?\\s+de\\s+)?(?<worded>\\d{1,3})\\s+" + YEARS_WORD
                    + "(?=\\s*[,.;)]|\\s+(?:et|y|e|i|und|ve)\\b)"
                    + "|\\s+\\((?:(?:aged?|age)\\s+)?(?<bracketed>\\d{1,3})(?:\\s*(?:l\\.|J\\.|" + YEARS_WORD + "))?\\))");
    /**
     * Before a name: "39-year-old Sanjay Gupta", "the 39-year-old neurosurgeon Sanjay Gupta", "61-year-old Sheriff Joe
     * Arpaio", "the 46-year-old Lt. Gerry Scherlinck", "der 39-j\u00e4hrige Hans M\u00fcller", "39-letni Jan Kowalski",
     * "39 ya\u015f\u0131ndaki Ahmet Y\u0131lmaz": at most three words between, on one line, none of them a verb or a
     * preposition, which would make the name another person or a place ("the 39-year-old told Smith", "a 66-year-old
     * woman outside the Sam's Club"), and no full stop but a title's ("a 66-year-old Burnsville woman. Anthony LaSalle
     * ..." is two people).
     */
    private static final Pattern BEFORE_NAME = Pattern.compile(
            "(?<![\\d-])(?<age>\\d{1,3})"
                    + "(?iu:(?<english>-year-old)|-j(?:\\u00e4|a)hrige[nrs]?|-letni(?:a|ego|ej|m)?|\\s+ya\\u015f\\u0131ndaki)[ \\t]+(?<between>(?:(?:\\p{Lu}\\p{Ll}{0,3}\\.|[\\p{L}][\\p{L}'-]*)[ \\t]+){0,3})$");
    /** A person's noun right after a name: the name was the person's adjective ("Hasidic man", "Iraqi soldier"). */
    private static final Pattern PERSON_NOUN_AFTER = Pattern.compile("\\s+(?:man|woman|men|women|boy|girl|child|"
            + "mother|father|son|daughter|driver|student|resident|national|citizen|soldier|worker|player|actor|"
            + "actress|singer|teenager|suspect|victim|officer)\\b");
    /** How far before a name {@link #BEFORE_NAME} looks. */
    private static final int BEFORE_REACH = 80;
    /** Words between an age and a name that make the name another person than the one aged, or a place. */
    private static final Set<String> BREAKS = Set.of("told", "said", "says", "tells", "shot", "killed", "met", "hit",
            "saw", "beat", "called", "asked", "joined", "faces", "faced", "blamed", "attacked", "stabbed", "married",
            "and", "or", "with", "to", "by", "from", "of", "for", "against", "than", "as", "when", "while", "after",
            "before", "is", "was", "has", "had", "will", "would", "the", "a", "an", "in", "at", "on", "near",
            "outside", "inside", "into", "behind", "beside", "und", "mit", "von", "aus", "bei", "gegen", "y", "con",
            "contra", "et", "avec", "contre", "e", "ve", "ile", "i", "z", "ze", "am", "im", "auf", "w", "we", "na",
            "do", "en", "au", "del", "al");

    List<Fact> find(String articleId, String text, List<Sentences.Span> sentences, List<Mention> mentions) {
        List<Fact> facts = new ArrayList<>();
        if (mentions == null) {
            return facts;
        }
        Matcher after = AFTER_NAME.matcher(text);
        Matcher before = BEFORE_NAME.matcher(text);
        List<Mention> inOrder = mentions.stream().sorted(java.util.Comparator.comparingInt(Mention::start)).toList();
        int previousEnd = 0;
        for (Mention m : inOrder) {
            // An age before a name is that name's only when no other name stands between them ("39-j\u00e4hrigen Hans
            // M\u00fcller am Abend": not the evening's).
            int otherNameEnd = previousEnd;
            previousEnd = Math.max(previousEnd, m.end());
            if (m.type() == MentionType.PLACE || m.type() == MentionType.ORGANISATION || m.end() > text.length()
                    || m.text().equals(m.text().toUpperCase(java.util.Locale.ROOT)) || STREET.matcher(m.text()).find()) {
                // A name in capitals is an acronym or a headline ("NWO (17)", "... YOLUNA G\u0130RD\u0130 (1)").
                continue;
            }
            after.region(m.end(), text.length());
            if (after.lookingAt()) {
                String group = after.group("age") != null ? "age" : after.group("hyphenated") != null ? "hyphenated"
                        : after.group("worded") != null ? "worded" : "bracketed";
                // A number in brackets, or another language's years, after a name not known to be a person's counts
                // or numbers it ("Zitate zum Roten Terror (4)", "Faure Gnassingb\u00e9, 15 ans d'imp\u00e9ritie").
                if (group.equals("age") || group.equals("hyphenated") || m.type() == MentionType.PERSON) {
                    add(facts, articleId, text, sentences, m, m.start(), after.end(group), after.group(group));
                }
                continue;
            }
            // The region's bounds are opaque, so the look-behind sees no more of the text than the reach.
            before.region(Math.max(0, m.start() - BEFORE_REACH), m.start());
            // Another language's form before a name asks a person's name, as German capitalises its nouns ("ein
            // 17-j\u00e4hriger Jugendlicher"); a name with a person's noun after it is that person's adjective ("a
            // 23-year-old Hasidic man").
            if (before.find() && before.start() >= otherNameEnd && samePerson(before.group("between"))
                    && (before.group("english") != null || m.type() == MentionType.PERSON)
                    && !PERSON_NOUN_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()
                    && java.util.Objects.equals(
                    Sentences.at(sentences, before.start()), Sentences.at(sentences, m.start()))) {
                add(facts, articleId, text, sentences, m, before.start(), m.end(), before.group("age"));
            }
        }
        return facts;
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
        String name = person.text();
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
