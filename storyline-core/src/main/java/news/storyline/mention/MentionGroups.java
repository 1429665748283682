package news.storyline.mention;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import news.storyline.text.DisjointSets;
import news.storyline.text.EditSimilarity;

/**
 * Groups the mentions of one article or of many into entities, across spellings and expansions:
 * <ul>
 *   <li>one key ({@link NameKey}): "al-Qaida", "Al Qaida"; "Islamic State of Iraq ..." and "... in Iraq ...";</li>
 *   <li>one sound, for names of five letters or more with the same first letter ("Nineveh", "Ninevah"; "Qaida",
 *       "Qaeda"), or an edit similarity of 0.8 for names of six letters or more;</li>
 *   <li>an acronym and the one name whose initials it spells ("ISIL", "Isil" and "Islamic State in Iraq and the
 *       Levant");</li>
 *   <li>a short form and the one full name it ends ("Maliki" and "Nouri al-Maliki"), an organisation's name
 *       without its organisation word ("Al Nusra" and "Al Nusra Front"), or its organisation word alone ("the
 *       Observatory" and "Syrian Observatory for Human Rights").</li>
 * </ul>
 * Short names are never merged by sound ("Iraq" and "Iran" stay apart), two names the gazetteer knows as different
 * places are never merged ("Sudan", "Sedan"), and a short form that could end two full names joins neither.
 * Places are then resolved in the gazetteer, preferring a country or region named in a text the place is named in,
 * then the most populous.
 */
public final class MentionGroups {
    private static final double EDIT_SIMILARITY = 0.8;
    /**
     * The edit similarity two words of one sound need besides: a spelling's variants keep most letters ("Qaida" and
     * "Qaeda" 0.6, "Mohammed" and "Muhammad" 0.625), two words with one consonant skeleton need not ("Violence" and
     * "Valencia" 0.5).
     */
    private static final double SOUND_SPELLING = 0.6;
    /**
     * Organisation words that alone name no one body: "State" (a state, the State Department), a paper's "Times" or
     * "Post", a company's "Co" or "Inc".
     */
    private static final Set<String> VAGUE_ORGANISATION_WORDS = Set.of("state", "news", "times", "post", "press",
            "nations", "media", "services", "service", "co", "corp", "inc", "ltd", "plc", "llc", "gmbh", "sa", "ag");

    private final Gazetteer gazetteer;

    public MentionGroups(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public MentionGroups() {
        this(Gazetteer.bundled());
    }

    /** The mentions of one article. */
    public record ArticleNames(String articleId, List<Mention> mentions) {
    }

    /** Distinct keys, each with its surface forms and cues. */
    private static final class Form {
        final String key;
        final Map<String, Integer> surfaces = new LinkedHashMap<>();
        final Map<String, Integer> articles = new LinkedHashMap<>();
        final Map<MentionType, Integer> types = new EnumMap<>(MentionType.class);
        /** Each cue given, with how often: a cue that reads one mention may not speak for a whole group. */
        final Map<String, Integer> cueCounts = new HashMap<>();
        final int order;
        boolean acronym;
        List<Place> exactPlaces;
        MentionType type;
        String sound;

        Form(String key, int order) {
            this.key = key;
            this.order = order;
        }

        /** The cues given, each once. */
        Set<String> cues() {
            return cueCounts.keySet();
        }

        int words;
        int letters;

        int words() {
            return words;
        }

        int count() {
            return surfaces.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** Entities named in one article, most mentioned first. */
    public List<Entity> group(String articleId, List<Mention> mentions) {
        return group(List.of(new ArticleNames(articleId, mentions)));
    }

    /** Entities named across these articles, most mentioned first; each says which articles name it. */
    public List<Entity> group(List<ArticleNames> articles) {
        Map<String, Form> forms = new LinkedHashMap<>();
        for (ArticleNames article : articles) {
            for (Mention m : article.mentions()) {
                String key = m.key();
                if (key.isEmpty()) {
                    continue;
                }
                Form f = forms.computeIfAbsent(key, k -> new Form(k, forms.size()));
                f.surfaces.merge(m.text(), 1, Integer::sum);
                f.articles.merge(article.articleId(), 1, Integer::sum);
                f.types.merge(m.type(), 1, Integer::sum);
                f.cueCounts.merge(m.cue(), 1, Integer::sum);
                f.acronym |= m.cue().equals("acronym") || isAllCaps(m.text());
            }
        }
        List<Form> list = new ArrayList<>(forms.values());
        for (Form f : list) {
            f.exactPlaces = gazetteer.exactly(f.key);
            if (f.exactPlaces.isEmpty()) {
                f.exactPlaces = withoutCaseEnding(f.surfaces.keySet());
            }
            if (f.exactPlaces.isEmpty() && f.cues().contains(MentionFinder.CASE_FORM)) {
                f.exactPlaces = f.surfaces.keySet().stream().map(gazetteer::caseFormLemma).flatMap(Optional::stream)
                        .findFirst().map(gazetteer::exactly).orElse(List.of());
            }
            f.type = type(List.of(f));
            f.sound = NameKey.phonetic(f.key);
            f.words = words(f.key);
            f.letters = NameKey.letters(f.key);
        }
        var parent = new DisjointSets(list.size());
        mergeBySpelling(list, parent);
        mergeAcronyms(list, parent);
        mergeMiddleInitials(list, parent);
        mergeShortForms(list, parent);

        Map<Integer, List<Form>> groups = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            groups.computeIfAbsent(parent.find(i), k -> new ArrayList<>()).add(list.get(i));
        }
        List<List<Form>> grouped = new ArrayList<>(groups.values());
        List<MentionType> types = grouped.stream().map(MentionGroups::typeOfGroup)
                .toList();
        // Unambiguous places first: the countries and regions they lie in are the context for the ambiguous ones.
        // Each context entry remembers which entity gave it, so that no name is its own context.
        Map<String, Set<Integer>> contextCountries = new HashMap<>();
        Map<String, Set<Integer>> contextRegions = new HashMap<>();
        List<List<Place>> candidatesOf = new ArrayList<>();
        // The texts each group stands in: a context counts only where it is given in one of them.
        List<Set<String>> articlesOf = new ArrayList<>();
        for (List<Form> group : grouped) {
            Set<String> texts = new HashSet<>();
            group.forEach(f -> texts.addAll(f.articles.keySet()));
            articlesOf.add(texts);
        }
        for (int g = 0; g < grouped.size(); g++) {
            candidatesOf.add(types.get(g) == MentionType.PLACE ? candidates(grouped.get(g)) : List.of());
            List<Place> candidates = candidatesOf.get(g);
            Set<String> countries = new HashSet<>();
            candidates.forEach(p -> countries.add(p.country()));
            // A country's adjective sets the scene as its name does ("Iraqi forces ... in Tikrit").
            Place adjectiveOf = types.get(g) == MentionType.OTHER ? countryOfAdjectives(grouped.get(g)) : null;
            if (adjectiveOf != null) {
                countries.add(adjectiveOf.country());
            }
            if (countries.size() == 1) {
                int giver = g;
                countries.forEach(c -> contextCountries.computeIfAbsent(c, k -> new HashSet<>()).add(giver));
                candidates.stream().filter(p -> p.kind() == Place.Kind.REGION)
                        .forEach(p -> contextRegions.computeIfAbsent(p.id(), k -> new HashSet<>()).add(giver));
            }
        }
        List<Entity> entities = new ArrayList<>();
        for (int g = 0; g < grouped.size(); g++) {
            List<Form> group = grouped.get(g);
            Place place = types.get(g) == MentionType.PLACE
                    ? resolve(group, candidatesOf.get(g), g, contextCountries, contextRegions, articlesOf) : null;
            boolean stray = place != null && stray(group, place, g, contextCountries, contextRegions, articlesOf);
            MentionType type = stray ? MentionType.OTHER : types.get(g);
            place = stray ? null : place;
            // "Iraqi", "Syrian" alone: the country, for where the text is set ("Iraqi forces" is Iraq's).
            Place country = type == MentionType.OTHER ? countryOfAdjectives(group) : null;
            entities.add(country != null ? entity(group, MentionType.PLACE, country) : entity(group, type, place));
        }
        entities = mergeSamePlaces(entities);
        entities.sort(Comparator.comparingInt(Entity::count).reversed());
        return entities;
    }

    /** Below this population a town named with no cue and no context is taken for no place ({@link #stray}). */
    static final long SMALL_TOWN = 100_000;

    private void mergeBySpelling(List<Form> list, DisjointSets parent) {
        // The surnames of the people named in full, with their given names: "Mueller" is a person's name where
        // "Robert Mueller" is named.
        Map<String, Set<String>> surnames = new HashMap<>();
        Set<String> keys = new HashSet<>();
        for (Form f : list) {
            keys.add(f.key);
            if (f.words() >= 2 && f.type == MentionType.PERSON) {
                surnames.computeIfAbsent(lastWord(f.key), k -> new HashSet<>())
                        .add(f.key.substring(0, f.key.indexOf(' ')));
            }
        }
        // Blocked by first letter, so that many articles' names stay cheap to compare.
        Map<Character, List<Integer>> byInitial = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            byInitial.computeIfAbsent(list.get(i).key.charAt(0), k -> new ArrayList<>()).add(i);
        }
        for (List<Integer> block : byInitial.values()) {
            for (int x = 0; x < block.size(); x++) {
                Form a = list.get(block.get(x));
                int aLetters = a.letters;
                if (aLetters < 5 && !caseInflected(a.key) || a.acronym) {
                    continue;
                }
                String aSound = a.sound;
                for (int y = x + 1; y < block.size(); y++) {
                    Form b = list.get(block.get(y));
                    int bLetters = b.letters;
                    if (bLetters < 5 && !caseInflected(b.key) || b.acronym || a.words() != b.words()
                            || !compatible(a, b)) {
                        continue;
                    }
                    boolean alike = a.words == 1 ? alike(a.key, b.key)
                            : wordsAlike(a.key.split(" "), b.key.split(" "));
                    if (alike && !differentPlaces(a, b) && !soundOnlyBesideAPlace(a, b)
                            && !twoPeopleBySound(a, b, surnames) && !twoPeopleNamedInFull(a, b, surnames)
                            && !surnameBesideANoun(a, b, surnames, keys)
                            && !givenNameBesideAPlace(a, b)) {
                        parent.union(block.get(x), block.get(y));
                    }
                }
            }
        }
    }

    /**
     * One word spelt two ways: the same sound, or an edit similarity of 0.8 for six letters or more; in Cyrillic or
     * Greek, one word in two case forms too.
     */
    private static boolean alike(String a, String b) {
        if (a.equals(b) || caseForms(a, b)) {
            return true;
        }
        int la = a.length();
        int lb = b.length();
        return la >= 5 && lb >= 5 && a.charAt(0) == b.charAt(0)
                && (NameKey.phonetic(a).equals(NameKey.phonetic(b)) && EditSimilarity.atLeast(a, b, SOUND_SPELLING)
                    || speltNearly(a, b));
    }

    /** Six letters or more each, as long within two, and an edit similarity of {@value #EDIT_SIMILARITY}. */
    private static boolean speltNearly(String a, String b) {
        int la = a.length();
        int lb = b.length();
        return la >= 6 && lb >= 6 && Math.abs(la - lb) <= 2 && EditSimilarity.atLeast(a, b, EDIT_SIMILARITY);
    }

    /**
     * Whether one of two single words is a place of the gazetteer and the other is not, and they are alike by sound
     * only: not spelt nearly the same, nor the place's name with another ending, as languages that decline names
     * write it ("Krośnie" for Krosno, "Warszawie" for Warszawa). "Russo" or "Rossi" is no spelling of "Russia", nor
     * "Landry" of London, where "Ninevah" (spelt nearly as "Nineveh") is.
     */
    private static boolean soundOnlyBesideAPlace(Form a, Form b) {
        if (a.words() != 1 || a.exactPlaces.isEmpty() == b.exactPlaces.isEmpty() || caseForms(a.key, b.key)) {
            return false;
        }
        String place = a.exactPlaces.isEmpty() ? b.key : a.key;
        String other = a.exactPlaces.isEmpty() ? a.key : b.key;
        boolean declined = place.length() >= 5 && other.startsWith(place.substring(0, place.length() - 1));
        return !speltNearly(a.key, b.key) && !declined;
    }

    /**
     * Whether two single words, one of them a person's, are alike by sound only: two surnames of one sound are as
     * often two people ("Miller" and "Mueller", Stephen Miller and Robert Mueller) as one spelt two ways, which keeps
     * nearly all its letters ("Soleimani", "Suleimani").
     */
    private static boolean twoPeopleBySound(Form a, Form b, Map<String, Set<String>> surnames) {
        return a.words() == 1 && (a.type == MentionType.PERSON || b.type == MentionType.PERSON
                        || surnames.containsKey(a.key) || surnames.containsKey(b.key))
                && !speltNearly(a.key, b.key) && !caseForms(a.key, b.key) && !caseInflected(a.key);
    }

    /**
     * Whether two single words are the surnames of people named in full by given names that are not alike: "Carson"
     * (Ben Carson) and "Carlson" (Tucker Carlson) are two people however near their spellings.
     */
    private static boolean twoPeopleNamedInFull(Form a, Form b, Map<String, Set<String>> surnames) {
        Set<String> givenA = surnames.get(a.key);
        Set<String> givenB = surnames.get(b.key);
        if (a.words() != 1 || givenA == null || givenB == null) {
            return false;
        }
        for (String x : givenA) {
            for (String y : givenB) {
                if (alike(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether one of two single words is a person's surname and the other a noun, which the reports also write in
     * the plural: "Marine" and "Marines" are no spelling of "Marino" (Tom Marino), nor "Market" of "Markey".
     */
    private static boolean surnameBesideANoun(Form a, Form b, Map<String, Set<String>> surnames, Set<String> keys) {
        if (a.words() != 1 || surnames.containsKey(a.key) == surnames.containsKey(b.key)) {
            return false;
        }
        String surname = surnames.containsKey(a.key) ? a.key : b.key;
        String other = surnames.containsKey(a.key) ? b.key : a.key;
        String singular = other.endsWith("s") ? other.substring(0, other.length() - 1) : other;
        // Not the name's own forms ("Clintons", "Netanjahus"; "Germans" where a misread "... Germany" is a surname).
        return !other.startsWith(surname) && !surname.startsWith(singular)
                && keys.contains(singular + "s") && keys.contains(singular);
    }

    /**
     * Whether one of two single words is a place of the gazetteer and the other a given name: "Francis" (the pope) is
     * spelt nearly as "France", but no spelling of it.
     */
    private static boolean givenNameBesideAPlace(Form a, Form b) {
        return a.words() == 1 && a.exactPlaces.isEmpty() != b.exactPlaces.isEmpty()
                && MentionFinder.isGivenName(a.exactPlaces.isEmpty() ? a.key : b.key);
    }

    /** The fewest letters two case forms of a name share ("ирак", "ирака"; "путин", "путиным"). */
    private static final int CASE_STEM = 4;

    /**
     * Whether a name is in Cyrillic or Greek, whose languages decline names ("Ирак", "Ирака", "Ираке"): the news in
     * the Latin alphabet declines them too in Polish, Czech or Finnish, but there the key alone cannot tell such a
     * name from an English one ("Kim Jong-un", "Kim Jong-il").
     */
    private static boolean caseInflected(String key) {
        Character.UnicodeScript script = Character.UnicodeScript.of(key.codePointAt(0));
        return script == Character.UnicodeScript.CYRILLIC || script == Character.UnicodeScript.GREEK;
    }

    /**
     * Two case forms of one word of a declined name: they share all but the last two letters of the longer, and at
     * least {@value #CASE_STEM} ("Мосул" and "Мосуле", "Атиля" and "Атиль"), not "Иран" and "Ирак".
     */
    private static boolean caseForms(String a, String b) {
        if (!caseInflected(a) || !caseInflected(b)) {
            return false;
        }
        int common = 0;
        while (common < a.length() && common < b.length() && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        return common >= Math.max(CASE_STEM, Math.max(a.length(), b.length()) - 2);
    }

    /** Names of several words: each word alike ("China Eastern" is not "China Southern"). */
    private static boolean wordsAlike(String[] a, String[] b) {
        for (int i = 0; i < a.length; i++) {
            if (!alike(a[i], b[i])) {
                return false;
            }
        }
        return true;
    }

    /** Whether two names are written in one article at least. */
    private static boolean together(Form a, Form b) {
        for (String article : a.articles.keySet()) {
            if (b.articles.containsKey(article)) {
                return true;
            }
        }
        return false;
    }

    /** "ISIL", "Isil": the initials of exactly one longer name. */
    private static void mergeAcronyms(List<Form> list, DisjointSets parent) {
        Map<String, List<Integer>> byInitials = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            Form f = list.get(i);
            // Also without up to two leading words, which are often an adjective the acronym leaves out
            // ("Sunni Islamic State in Iraq and the Levant" is ISIL).
            // Initials of the words as written: "Intel-based Mac" is "IM", not "IBM".
            String initials = NameKey.initials(NameKey.of(f.surfaces.keySet().iterator().next().replace("-", "")));
            for (int skip = 0; skip <= 2 && initials.length() - skip >= 2; skip++) {
                if (skip == 0 && f.words() < 2 || skip > 0 && initials.length() - skip < 3) {
                    continue;
                }
                List<Integer> sameInitials = byInitials.computeIfAbsent(initials.substring(skip), k -> new ArrayList<>());
                if (!sameInitials.contains(i)) {
                    sameInitials.add(i);
                }
            }
        }
        for (int i = 0; i < list.size(); i++) {
            Form f = list.get(i);
            if (f.words() != 1 || f.key.length() < 2 || (f.key.length() < 3 && !f.acronym)) {
                continue;
            }
            // A two-letter acronym is taken for a name only in an article that writes both ("PM" is many things),
            // and so is one written as a word ("Isil", "Nato"): spelt so, a word of the language often matches a
            // name's initials ("Act", "Get", "Cut" for "Coordinated Universal Time").
            // An acronym that names a place ("US", "UK") spells only a place's name: "Universal Studios" is not "US".
            List<Integer> candidates = byInitials.getOrDefault(f.key, List.of()).stream()
                    .filter(c -> f.key.length() >= 3 && f.acronym || together(f, list.get(c)))
                    .filter(c -> f.exactPlaces.isEmpty() || !list.get(c).exactPlaces.isEmpty()).toList();
            List<Integer> expansions = distinctGroups(candidates, parent);
            if (expansions.size() == 1) {
                parent.union(i, expansions.get(0));
            } else if (expansions.size() > 1 && oneNameWithAdjectives(list, candidates)) {
                for (int c : candidates) {
                    parent.union(i, c);
                }
            }
        }
    }

    /**
     * Whether these expansions are one name, some with a word or two before it: "Islamic State in Iraq and the
     * Levant" and "Sunni Islamic State in Iraq and the Levant".
     */
    private static boolean oneNameWithAdjectives(List<Form> list, List<Integer> candidates) {
        String shortest = candidates.stream().map(c -> list.get(c).key).min(Comparator.comparingInt(String::length))
                .orElseThrow();
        return words(shortest) >= 2
                && candidates.stream().allMatch(c -> list.get(c).key.equals(shortest)
                        || list.get(c).key.endsWith(" " + shortest));
    }

    /** "Thomas M. Hoenig" and "Thomas Hoenig": a person's name with and without middle initials. */
    private static void mergeMiddleInitials(List<Form> list, DisjointSets parent) {
        Map<String, Integer> byNameWithoutInitials = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            Form f = list.get(i);
            if (f.acronym || f.words() < 2 || f.type != MentionType.PERSON && f.type != MentionType.OTHER) {
                continue;
            }
            String[] words = f.key.split(" ");
            List<String> kept = new ArrayList<>();
            for (int w = 0; w < words.length; w++) {
                // An initial between the first and the last name; the first and the last stay whatever they are.
                if (w == 0 || w == words.length - 1 || words[w].length() > 1) {
                    kept.add(words[w]);
                }
            }
            if (kept.size() < 2) {
                continue;
            }
            Integer other = byNameWithoutInitials.putIfAbsent(String.join(" ", kept), i);
            if (other != null && compatible(f, list.get(other))) {
                parent.union(i, other);
            }
        }
    }

    /** "Maliki" for "Nouri al-Maliki"; "Steve" for "Steve Jobs"; "Al Nusra" for "Al Nusra Front". */
    private static void mergeShortForms(List<Form> list, DisjointSets parent) {
        Map<String, List<Integer>> byShortForm = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            Form f = list.get(i);
            if (f.words() < 2 || f.acronym) {
                continue;
            }
            String[] words = f.key.split(" ");
            MentionType type = f.type;
            if (type == MentionType.PERSON || type == MentionType.OTHER) {
                byShortForm.computeIfAbsent(words[words.length - 1], k -> new ArrayList<>()).add(i);
            }
            // "Steve" for "Steve Jobs": a person known by a given name is called by it too.
            if (f.cues().stream().anyMatch(cue -> cue.startsWith(MentionFinder.FIRST_NAME_CUE))) {
                byShortForm.computeIfAbsent(words[0], k -> new ArrayList<>()).add(i);
            }
            int end = words.length;
            while (end > 1 && MentionFinder.ORGANISATION_WORDS.contains(words[end - 1])) {
                end--;
            }
            if (end < words.length) {
                byShortForm.computeIfAbsent(String.join(" ", java.util.Arrays.copyOf(words, end)),
                        k -> new ArrayList<>()).add(i);
            }
            // "the Observatory" for "Syrian Observatory for Human Rights": a body called by its organisation word
            // alone once its full name is given (and only where one full name in the article has that word). Not
            // when the word comes first: a name that begins with it is seldom a body's ("Parliament on Wednesday",
            // "Church Ave", "Club in Bloomington" are the finder's overreach or streets).
            for (int w = 1; w < words.length && type != MentionType.PERSON; w++) {
                if (MentionFinder.ORGANISATION_WORDS.contains(words[w])
                        && !VAGUE_ORGANISATION_WORDS.contains(words[w])) {
                    byShortForm.computeIfAbsent(words[w], k -> new ArrayList<>()).add(i);
                }
            }
        }
        // The full names of people each group holds so far, so that a short form does not join two people: "Payton"
        // spelt like "Peyton" (Manning's given name) is Sean Payton's surname, not a bridge between the two.
        Map<Integer, Set<String>> peopleOf = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            if (personsFullName(list.get(i))) {
                peopleOf.computeIfAbsent(parent.find(i), k -> new HashSet<>()).add(list.get(i).key);
            }
        }
        for (int i = 0; i < list.size(); i++) {
            Form f = list.get(i);
            if (f.acronym || NameKey.letters(f.key) < 3) {
                continue;
            }
            int self = parent.find(i);
            // A short form follows its full name in one article ("Nouri al-Maliki ... Maliki"); across articles
            // the same short form may be someone else's. A place's name is a short form only of a person's
            // ("Obama" of "Barack Obama", not "Canada" of "Air Canada").
            List<Integer> full = distinctGroups(byShortForm.getOrDefault(f.key, List.of()).stream()
                    .filter(j -> together(f, list.get(j)))
                    .filter(j -> f.exactPlaces.isEmpty() || list.get(j).type == MentionType.PERSON).toList(), parent);
            full.removeIf(root -> root == self);
            if (full.size() == 1 && !twoPeople(peopleOf.get(self), peopleOf.get(full.get(0)))) {
                Set<String> people = new HashSet<>(peopleOf.getOrDefault(self, Set.of()));
                people.addAll(peopleOf.getOrDefault(full.get(0), Set.of()));
                peopleOf.remove(self);
                peopleOf.remove(full.get(0));
                parent.union(i, full.get(0));
                if (!people.isEmpty()) {
                    peopleOf.put(parent.find(i), people);
                }
            }
        }
    }

    /** A key's last word: a person's surname in a full name. */
    private static String lastWord(String key) {
        return key.substring(key.lastIndexOf(' ') + 1);
    }

    /** A name of two words or more that may be a person's (given name and surname). */
    private static boolean personsFullName(Form f) {
        return !f.acronym && f.words() >= 2 && (f.type == MentionType.PERSON || f.type == MentionType.OTHER);
    }

    /**
     * Whether two groups' full names are two people: some surname of one is spelt unlike every surname of the other.
     */
    private static boolean twoPeople(Set<String> a, Set<String> b) {
        if (a == null || b == null) {
            return false;
        }
        for (String x : a) {
            String surname = lastWord(x);
            if (b.stream().noneMatch(y -> alike(surname, lastWord(y)))) {
                return true;
            }
        }
        return false;
    }

    private static List<Integer> distinctGroups(List<Integer> members, DisjointSets parent) {
        List<Integer> roots = new ArrayList<>();
        for (int m : members) {
            int root = parent.find(m);
            if (!roots.contains(root)) {
                roots.add(root);
            }
        }
        return roots;
    }

    /** A person is not merged with a place or an organisation by spelling alone. */
    private static boolean compatible(Form a, Form b) {
        MentionType ta = a.type;
        MentionType tb = b.type;
        return ta == tb || ta == MentionType.OTHER || tb == MentionType.OTHER;
    }

    /** Both names are places of the gazetteer, and not the same ones. */
    private static boolean differentPlaces(Form a, Form b) {
        return !a.exactPlaces.isEmpty() && !b.exactPlaces.isEmpty()
                && a.exactPlaces.stream().noneMatch(b.exactPlaces::contains);
    }

    /**
     * A person by any title cue, or by a full name of a person where only single words read otherwise; else the
     * commonest guess other than OTHER.
     */
    private static MentionType type(List<Form> group) {
        Map<MentionType, Integer> votes = new EnumMap<>(MentionType.class);
        boolean personsFullName = false;
        boolean placesFullName = false;
        for (Form f : group) {
            f.types.forEach((t, n) -> votes.merge(t, n, Integer::sum));
            if (f.cues().stream().anyMatch(c -> c.startsWith("title "))) {
                return MentionType.PERSON;
            }
            if (f.key.indexOf(' ') > 0) {
                MentionType own = commonest(f.types);
                personsFullName |= own == MentionType.PERSON && f.surfaces.keySet().stream()
                        .allMatch(MentionGroups::everyWordCapitalised);
                placesFullName |= own == MentionType.PLACE;
            }
        }
        // "Barack Obama" and "Obama" are one person, though the gazetteer holds a town Obama and the articles say
        // "Obama" more often than the full name: a surname is a place's name only where no full name makes it one.
        // Not a name with a joiner: a given name before "de" is often a place's or a day's ("Valle de México",
        // "Domingo de Ramos"), and the votes decide those as before.
        if (group.size() > 1 && personsFullName && !placesFullName) {
            return MentionType.PERSON;
        }
        return commonest(votes);
    }

    /** Each word capitalised, or after its article's hyphen ("Nouri al-Maliki"): no joiner such as "de" or "of". */
    private static boolean everyWordCapitalised(String name) {
        for (String word : name.split("\\s+")) {
            int hyphen = word.indexOf('-');
            boolean afterArticle = hyphen > 0 && hyphen + 1 < word.length()
                    && Character.isUpperCase(word.codePointAt(hyphen + 1));
            if (!word.isEmpty() && !Character.isUpperCase(word.codePointAt(0)) && !afterArticle) {
                return false;
            }
        }
        return true;
    }

    private static MentionType commonest(Map<MentionType, Integer> votes) {
        return votes.entrySet().stream().filter(e -> e.getKey() != MentionType.OTHER)
                .max(Map.Entry.<MentionType, Integer>comparingByValue()
                        .thenComparing(e -> e.getKey() == MentionType.PERSON ? 1 : 0))
                .map(Map.Entry::getKey).orElse(MentionType.OTHER);
    }

    /**
     * Continents and world regions: the gazetteer holds towns of these names ("Asia" in the Philippines), and a text
     * naming the continent means none of them.
     */
    private static final Set<String> WORLD_REGIONS = Set.of("africa", "asia", "europe", "antarctica", "oceania",
            "australasia", "north america", "south america", "latin america", "central america", "middle east",
            "near east", "far east", "pacific", "atlantic", "arctic", "caribbean", "scandinavia", "balkans",
            "southeast asia", "south asia", "east asia", "central asia", "eastern europe", "western europe");

    /**
     * Points of the compass alone, as words or adjectives: "the West", "Western" and "East" name no one place (the
     * gazetteer's West is a region of Cameroon), and a place that gives no country would lend one to its neighbours.
     */
    private static final Set<String> DIRECTIONS = Set.of("north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest", "north east", "north west", "south east", "south west", "northern", "southern",
            "eastern", "western", "northeastern", "northwestern", "southeastern", "southwestern", "central", "midwest",
            "mideast");

    /**
     * Names of the divine, which the gazetteer holds as towns ("God" is Göd in Hungary) and which a text gives after
     * "in" as it gives places ("trust in God"): no place, whatever the cue.
     */
    private static final Set<String> DIVINE = Set.of("god", "lord", "allah", "jesus", "christ", "jesus christ",
            "holy spirit", "buddha");

    /** The one country every form of the group is the adjective of, or null. */
    private Place countryOfAdjectives(List<Form> group) {
        Place country = null;
        for (Form f : group) {
            Place of = gazetteer.countryOfAdjective(f.key).map(Gazetteer.Adjective::country).orElse(null);
            if (of == null || country != null && !country.equals(of)) {
                return null;
            }
            country = of;
        }
        return country;
    }

    /** A group's type, where points of the compass are no name and the divine no place (a person it may be). */
    private static MentionType typeOfGroup(List<Form> group) {
        if (group.stream().allMatch(f -> DIRECTIONS.contains(f.key))) {
            return MentionType.OTHER;
        }
        MentionType type = type(group);
        return type == MentionType.PLACE && group.stream().allMatch(f -> DIVINE.contains(f.key)) ? MentionType.OTHER
                : type;
    }

    private List<Place> candidates(List<Form> group) {
        List<Place> candidates = new ArrayList<>();
        if (group.stream().anyMatch(f -> WORLD_REGIONS.contains(f.key))) {
            return candidates;
        }
        // A country's adjective that is no place's name is the country, not a place it sounds like ("Portuguese" is
        // no Portuguesa in Venezuela, "Chilean" no Chillán).
        Place adjectiveOf = group.stream().allMatch(f -> f.exactPlaces.isEmpty()) ? countryOfAdjectives(group) : null;
        if (adjectiveOf != null) {
            return List.of(adjectiveOf);
        }
        for (Form f : group) {
            List<Place> found = gazetteer.lookup(f.key);
            for (Place p : found.isEmpty() ? f.exactPlaces : found) {
                if (!candidates.contains(p)) {
                    candidates.add(p);
                }
            }
        }
        return candidates;
    }

    /** The places the first of these spellings finds without its case ending ({@link Gazetteer#beforeCaseEnding}). */
    private List<Place> withoutCaseEnding(Set<String> spellings) {
        for (String spelling : spellings) {
            List<Place> places = gazetteer.beforeCaseEnding(spelling);
            if (!places.isEmpty()) {
                return places;
            }
        }
        return List.of();
    }

    private Place resolve(List<Form> group, List<Place> candidates, int self,
                          Map<String, Set<Integer>> contextCountries, Map<String, Set<Integer>> contextRegions,
                          List<Set<String>> articlesOf) {
        boolean regionCue = group.stream().anyMatch(f -> f.cues().stream().anyMatch(c -> c.startsWith("followed by ")
                && !c.endsWith(" city") && !c.endsWith(" town") && !c.endsWith(" village")
                || c.equals(MentionFinder.LISTED_WITH_REGIONS)));
        // Containers written beside at least half of the group's mentions: one "Seattle, Washington" among forty
        // mentions of Washington in a story says where Seattle is, not what the forty mean.
        List<Place> inside = written(group, MentionFinder.BEFORE_CONTAINER);
        List<Place> containers = written(group, MentionFinder.CONTAINER);
        Place best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Place p : candidates) {
            double score = Math.log10(p.population() + 1.0) + switch (p.kind()) {
                case COUNTRY -> 3;
                case CITY -> regionCue ? 0 : 1;
                case REGION -> regionCue ? 4 : -1;
            };
            // Written beside the region or country it lies in ("Atlanta, Georgia"): that reading, whatever else.
            if (inside.stream().anyMatch(p::within) || containers.contains(p)) {
                score += 10;
            }
            // A town that shares its name with a region of its own country, and lies outside it, was named after
            // it: the region is meant ("Delaware senator", not Delaware, Ohio; "Wyoming", not Wyoming, Michigan). A
            // country's seat of government is the exception ("Washington", the state being the other Washington).
            if (p.kind() == Place.Kind.CITY && !gazetteer.isCapital(p) && candidates.stream().anyMatch(
                    r -> r.kind() == Place.Kind.REGION && r.country().equals(p.country()) && !p.within(r))) {
                score -= 2;
            }
            // Context outweighs a hundredfold population for a country, a thirtyfold one for a region.
            if (givenByOther(contextCountries.get(p.country()), self, articlesOf)) {
                score += 2;
            }
            if (p.regionId() != null && givenByOther(contextRegions.get(p.regionId()), self, articlesOf)) {
                score += 1.5;
            }
            if (score > bestScore) {
                bestScore = score;
                best = p;
            }
        }
        return best;
    }

    /** The places the group's cues of this kind name, where they stand with half of its mentions or more. */
    private List<Place> written(List<Form> group, String prefix) {
        Map<String, Integer> counts = new HashMap<>();
        int mentions = 0;
        for (Form f : group) {
            mentions += f.count();
            f.cueCounts.forEach((cue, n) -> {
                if (cue.startsWith(prefix)) {
                    counts.merge(cue.substring(prefix.length()), n, Integer::sum);
                }
            });
        }
        int all = mentions;
        return counts.entrySet().stream().filter(e -> 2 * e.getValue() >= all)
                .map(e -> gazetteer.byId(e.getKey())).flatMap(Optional::stream).toList();
    }

    /**
     * Whether a name the gazetteer knows only as a small town is no place here: a town of fewer than
     * {@value #SMALL_TOWN} people, in a country and region no other name of the text gives, and never written as a
     * place ("in Dax", "Dax city"). GeoNames holds tens of thousands of towns whose names are also an index, a firm
     * or a surname ("the Dax was 1.75% lower" in a story of world markets is not the town in New Aquitaine); a town
     * a story is about is named with its country or region, or where something happens. A town a name only sounds
     * like needs its country or region given, however the name is written.
     */
    private static boolean stray(List<Form> group, Place place, int self, Map<String, Set<Integer>> contextCountries,
                                 Map<String, Set<Integer>> contextRegions, List<Set<String>> articlesOf) {
        if (!place.isCitySmallerThan(SMALL_TOWN)) {
            return false;
        }
        boolean written = group.stream().anyMatch(f -> f.cues().stream().anyMatch(c -> !c.equals("gazetteer")));
        boolean inContext = givenByOther(contextCountries.get(place.country()), self, articlesOf)
                || place.regionId() != null && givenByOther(contextRegions.get(place.regionId()), self, articlesOf);
        // A town the name only sounds like ("Madonna" for Madona in Latvia, "Bloomberg" for Blomberg) is the name's
        // only where its country or region is given: being written as a place ("from Madonna to the Suicide Girls")
        // says nothing of which.
        boolean soundsLike = group.stream().noneMatch(f -> f.exactPlaces.contains(place));
        return soundsLike ? !inContext : !written && !inContext;
    }

    /** Names resolved to one place are one entity: "US", "U.S.", "United States". */
    private static List<Entity> mergeSamePlaces(List<Entity> entities) {
        Map<Place, Integer> first = new HashMap<>();
        List<Entity> merged = new ArrayList<>();
        for (Entity e : entities) {
            Integer at = e.place() == null ? null : first.get(e.place());
            if (at == null) {
                if (e.place() != null) {
                    first.put(e.place(), merged.size());
                }
                merged.add(e);
                continue;
            }
            Entity kept = merged.get(at);
            Map<String, Integer> forms = new LinkedHashMap<>(kept.forms());
            e.forms().forEach((f, n) -> forms.merge(f, n, Integer::sum));
            Map<String, Integer> sorted = new LinkedHashMap<>();
            forms.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                    .thenComparing(Map.Entry.comparingByKey())).forEach(x -> sorted.put(x.getKey(), x.getValue()));
            Map<String, Integer> articles = new LinkedHashMap<>(kept.articles());
            e.articles().forEach((a, n) -> articles.merge(a, n, Integer::sum));
            merged.set(at, new Entity(mergedName(kept, e, sorted.keySet()), kept.type(), sorted, articles,
                    kept.place(), kept.containers()));
        }
        return merged;
    }

    /**
     * The name of one place's two entities merged: the gazetteer's where a form writes it ("Canada" beside "Canadá"
     * and "Kanada", "Poznań" for "Poznan" and "Posen"); else the fuller name, then the one written more often ("US"
     * over "America"). The order the articles came in says nothing of it: a stream whose first article is Turkish
     * named China "Çin" (14 mentions) over "China" (187).
     */
    private static String mergedName(Entity kept, Entity other, Collection<String> forms) {
        String placeKey = NameKey.of(kept.place().name());
        if (forms.stream().anyMatch(form -> NameKey.of(form).equals(placeKey))) {
            return kept.place().name();
        }
        Comparator<Entity> fuller = Comparator.<Entity>comparingInt(x -> words(NameKey.of(x.name())))
                .thenComparingInt(Entity::count);
        return fuller.compare(other, kept) > 0 ? other.name() : kept.name();
    }

    /**
     * Whether another name gives this context in a text the name itself stands in: "Paris" in a report that names no
     * country is Paris, France, even when another outlet's report of the pair names the United States.
     */
    private static boolean givenByOther(Set<Integer> givers, int self, List<Set<String>> articlesOf) {
        if (givers == null) {
            return false;
        }
        for (int giver : givers) {
            if (giver != self && !Collections.disjoint(articlesOf.get(giver), articlesOf.get(self))) {
                return true;
            }
        }
        return false;
    }

    private Entity entity(List<Form> group, MentionType type, Place place) {
        Map<String, Integer> surfaces = new HashMap<>();
        Map<String, Integer> articles = new LinkedHashMap<>();
        group.sort(Comparator.comparingInt(f -> f.order));
        for (Form f : group) {
            f.surfaces.forEach((s, n) -> surfaces.merge(s, n, Integer::sum));
            f.articles.forEach((a, n) -> articles.merge(a, n, Integer::sum));
        }
        Map<String, Integer> forms = new LinkedHashMap<>();
        surfaces.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> forms.put(e.getKey(), e.getValue()));
        // The fullest form names the entity; among equals, the commonest.
        Map<String, Integer> wordsOf = new HashMap<>();
        Map<String, String> keyOf = new HashMap<>();
        forms.keySet().forEach(s -> {
            keyOf.put(s, NameKey.of(s));
            wordsOf.put(s, words(keyOf.get(s)));
        });
        // A form that is another with an adjective before it ("Sunni Islamic State in Iraq and the Levant") does
        // not name the entity when the plain one is there.
        List<String> plain = forms.keySet().stream().filter(s -> forms.keySet().stream().noneMatch(other ->
                wordsOf.get(other) >= 2 && keyOf.get(s).endsWith(" " + keyOf.get(other)))).toList();
        // A place is named by a form that is its name in the gazetteer, where the group has one: "Russia", not
        // "Russian Government" grouped with it through "Russian".
        List<String> placeNames = place == null ? List.of() : (plain.isEmpty() ? forms.keySet() : plain).stream()
                .filter(s -> gazetteer.exactly(s).contains(place)).toList();
        String byAdjective = placeNames.isEmpty() && place != null && place.kind() == Place.Kind.COUNTRY
                ? nameByAdjective(forms.keySet(), place) : null;
        if (byAdjective != null) {
            return new Entity(byAdjective, type, forms, articles, place, gazetteer.containers(place));
        }
        String name = (!placeNames.isEmpty() ? placeNames : plain.isEmpty() ? List.copyOf(forms.keySet()) : plain)
                .stream()
                .max(Comparator.<String>comparingInt(wordsOf::get)
                        .thenComparing(s -> isAllCaps(s) ? 0 : 1)
                        .thenComparingInt(forms::get)
                        .thenComparing(s -> place != null && NameKey.of(s).equals(NameKey.of(place.name())) ? 1 : 0))
                .orElseThrow();
        if (place != null && placeNames.isEmpty()) {
            // Only case forms were written: the place goes by its name without the ending ("İstanbul" for
            // "İstanbul'da", "İstanbul'a"), or by its nominative ("Warszawa" for "Warszawie").
            String written = name;
            boolean inflected = group.stream().anyMatch(f -> f.cues().contains(MentionFinder.CASE_FORM));
            name = gazetteer.nameBeforeCaseEnding(written).filter(bare -> gazetteer.exactly(bare).contains(place))
                    .or(() -> inflected ? gazetteer.caseFormLemma(written)
                            .filter(lemma -> gazetteer.exactly(lemma).contains(place)) : Optional.empty())
                    .orElse(written);
        }
        List<Place> containers = place == null ? List.of() : gazetteer.containers(place);
        return new Entity(name, type, forms, articles, place, containers);
    }

    /**
     * The name a country known only by its adjectives is named by: the one the first adjective is made of ("Italy"
     * for "Italian", "Iran" for "Iranian", not the gazetteer's "Islamic Republic of Iran"), as "Italian" is no place
     * and a reader looks for Italy; null when a form is not such an adjective of it.
     */
    private String nameByAdjective(java.util.Collection<String> forms, Place country) {
        String name = null;
        for (String form : forms) {
            var adjective = gazetteer.exactly(form).isEmpty() ? gazetteer.countryOfAdjective(form)
                    .filter(a -> a.country().equals(country)).orElse(null) : null;
            if (adjective == null) {
                return null;
            }
            name = name == null ? adjective.countryName() : name;
        }
        return name;
    }

    /** The words of a name's key ({@link NameKey#of}). */
    private static int words(String key) {
        return key.split(" ").length;
    }

    private static boolean isAllCaps(String s) {
        return s.chars().anyMatch(Character::isLetter) && s.chars().filter(Character::isLetter)
                .allMatch(Character::isUpperCase) && s.chars().filter(Character::isLetter).count() >= 2;
    }
}
