package news.storyline.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

/**
 * Finds the names in a text: runs of capitalised words (with the small words long names hold, "Islamic State in
 * Iraq and the Levant", "Abu Bakr al-Baghdadi"), acronyms ("ISIL", "U.S."), and the titles before people's names
 * ("President Bashar Assad", "governor Atheel al-Nujaifi"). Each gets a type guessed from its cues: a title or a
 * given name says person, an organisation word ("Ministry", "Front") says organisation, the gazetteer says place.
 * A capitalised word that only starts a sentence ("Police said", "Since Isil") is not taken for a name.
 */
public final class MentionFinder {
    /** "World War II", "Elizabeth II", "Louis XIV": a Roman numeral ends the name before it. */
    private static final Pattern ROMAN_NUMERAL = Pattern.compile("(?=[IVX]{2,5}$)X{0,2}(IX|IV|V?I{0,3})");
    /**
     * The words looked at on each side of a capitalised word: none of them written small puts it in a stretch of
     * title case (a headline run into the text, a scraped list of headlines), where capitals say nothing.
     */
    private static final int TITLE_CASE_REACH = 4;
    /** The words of prose a text needs besides its title case for that to be read by it. */
    private static final int PROSE_WORDS = 8;
    /**
     * Small words that title case capitalises and names write small (or only open): one of them capitalised is what
     * tells a headline in title case from a list of names ("Steve Martin, Jon Stewart, Jane Fonda"), which is
     * capitalised throughout too. Not "May", "Will", "Can" or "Who": names ("Theresa May", "Will Smith").
     */
    private static final Set<String> TITLE_CASE_SMALL_WORDS = Set.of("in", "on", "at", "to", "for", "by", "from",
            "with", "after", "over", "into", "amid", "near", "is", "are", "was", "were", "be", "as", "of", "the", "a",
            "an", "and", "or", "it", "its", "his", "her", "their", "your", "our", "this", "that", "not", "up", "out",
            "off", "about", "how", "what", "why", "you");
    private static final Pattern DERIVED_ADJECTIVE = Pattern.compile("-(based|born|led|backed|owned|made)$");
    private static final Pattern ARTICLE_PREFIXED = Pattern.compile(
            "(?:al|el|ad|as|ash|ar|at|az|an|ez|аль|эль|ал|ад|ас|аш|ар|ат|аз|ан|эз)-\\p{Lu}.*");
    /** Titles before a person's name; a two-word one is written with a space. */
    private static final Set<String> TITLES = Set.of("president", "prime minister", "minister", "governor", "gen",
            "general", "mr", "mrs", "ms", "dr", "sen", "senator", "rep", "king", "queen", "prince", "princess", "pope",
            "sheikh", "col", "colonel", "lt", "capt", "captain", "maj", "major", "sgt", "chancellor", "secretary",
            "mayor", "commander", "ayatollah", "judge", "justice", "ambassador", "speaker", "spokesman",
            "spokeswoman", "chief", "leader", "sir", "lord", "lady", "emir", "imam", "cardinal", "bishop",
            "vice president", "crown prince", "foreign minister", "defence minister", "defense minister",
            "interior minister", "mp", "governor-general", "brig", "admiral", "marshal", "commissioner", "ceo",
            "chairman", "chairwoman",
            "executive", "officer", "director", "founder", "editor", "congressman", "congresswoman", "councilman",
            "councilwoman", "councillor", "assemblyman", "assemblywoman", "rabbi", "rev", "reverend",
            // Ranks of police, armed forces, courts, churches and schools, as crime and war reports name people
            // ("Deputy Jerry Ortiz", "Senior Trooper William Hakim", "Staff Sgt. Robert Bales").
            "deputy", "sheriff", "trooper", "detective", "det", "sergeant", "lieutenant", "corporal", "cpl",
            "pvt", "pfc", "specialist", "spc", "first class", "staff sergeant", "staff sgt", "master sergeant",
            "petty officer", "constable", "inspector", "insp", "superintendent", "supt", "patrolman", "firefighter",
            "agent", "coach", "father", "sister", "brother", "professor", "prof", "gov", "adm", "cmdr",
            "attorney", "attorney general", "district attorney", "city attorney", "county attorney",
            "state attorney", "prosecutor", "adviser", "advisor");
    /**
     * Titles written short with a full stop ("Gen. Petraeus", "Sen. Harry Reid"): a full stop after one ends no
     * sentence, where one after a title written whole does ("... had not yet become CEO. So Page went ahead").
     */
    private static final Set<String> ABBREVIATED_TITLES = Set.of("mr", "mrs", "ms", "dr", "gen", "sen", "rep", "col",
            "lt", "capt", "maj", "sgt", "brig", "gov", "prof", "rev", "st", "adm", "cpl", "pvt", "supt", "insp", "det",
            "spc", "pfc", "cmdr");
    /**
     * Titles that open a phrase at least as often as they name an office held: "Coach of the Year", "Father of the
     * Bride", "Agent of Change" are no title with a body after "of", as "President of the United States" is.
     */
    private static final Set<String> PHRASE_TITLES = Set.of("specialist", "class", "agent", "coach", "father",
            "sister", "brother", "detective", "professor");
    /**
     * Titles that are also words of names ("General Motors", "Major League", "Chief Justice"), and the titles that
     * open phrases ("Agent Orange", "Detective Comics").
     */
    private static final Set<String> AMBIGUOUS_TITLES = Stream.concat(Stream.of("general", "major", "chief",
            "justice", "speaker", "leader", "secretary", "commander", "director", "executive", "officer", "founder",
            "editor", "captain", "adviser", "advisor"), PHRASE_TITLES.stream()).collect(Collectors.toUnmodifiableSet());
    /** Words that end or head an organisation's name. */
    static final Set<String> ORGANISATION_WORDS = Set.of("ministry", "council", "party", "army", "bank",
            "university", "agency", "state", "front", "brigade", "brigades", "corporation", "corp", "inc", "ltd",
            "company", "group", "committee", "commission", "observatory", "organisation", "organization", "union",
            "association", "institute", "court", "parliament", "assembly", "police", "forces", "force", "federation",
            "movement", "network", "news", "times", "post", "press", "reuters", "guard", "office", "department",
            "foundation", "fund", "league", "club", "service", "services", "authority", "bureau", "congress",
            "senate", "government", "administration", "alliance", "coalition", "battalion", "regiment", "militia",
            "church", "hospital", "school", "college", "airlines", "airways", "media", "channel", "television",
            "radio", "society", "board", "centre", "center", "centres", "centers", "nations", "plc", "llc", "gmbh",
            "sa", "ag", "co");
    /** Lower-case words after a name that say it is a place. */
    private static final Set<String> PLACE_AFTER = Set.of("province", "governorate", "city", "region", "district",
            "county", "town", "village", "prefecture", "oblast");
    /** Prepositions before a name that say it is where something is or happens: "in Dax", "from Mosul". */
    private static final Set<String> PLACE_BEFORE = Set.of("in", "from", "near", "at", "outside", "across",
            "towards", "toward", "into", "to", "around", "inside");
    /** Words after "X province" that leave the place word its own: "Anbar province, which", "... province and". */
    private static final Set<String> PHRASE_CONTINUES = Set.of("and", "or", "which", "that", "is", "was", "has",
            "had", "in", "on", "at", "to", "where", "near", "from", "with", "after", "before", "said", "says",
            "but", "as", "since", "during", "last", "this", "are", "were", "have", "will", "would");
    /** Capitalised words that start sentences and are no names. Words also seen in lower case are caught anyway. */
    private static final Set<String> COMMON = Set.of("the", "a", "an", "in", "on", "at", "of", "for", "to", "from",
            "by", "with", "and", "but", "or", "if", "as", "so", "it", "its", "he", "she", "they", "we", "i", "you",
            "his", "her", "their", "our", "this", "that", "these", "those", "there", "here", "when", "where", "while",
            "after", "before", "since", "until", "during", "even", "meanwhile", "however", "also", "some", "many",
            "several", "most", "more", "all", "both", "each", "every", "no", "not", "one", "two", "three", "four",
            "five", "earlier", "later", "overnight", "today", "yesterday", "tomorrow", "now", "then", "what", "who",
            "how", "why", "which", "according", "although", "though", "because", "despite", "about", "officials",
            "police", "witnesses", "residents", "militants", "insurgents", "troops", "soldiers", "security",
            "other", "another", "such", "only", "just", "still", "yet", "last", "next", "new", "former", "local",
            "senior", "provincial", "federal", "national", "without", "within", "against", "among", "under",
            "over", "into", "through", "instead", "once", "again", "further", "already", "perhaps", "indeed",
            "thus", "hence", "sources", "reports", "dozens", "hundreds", "thousands", "scores", "millions", "read", "photo", "image", "credit", "watch", "see", "click",
            "besides", "moreover", "furthermore", "nevertheless", "nonetheless", "likewise", "otherwise",
            "therefore", "anyway", "yes", "well", "unlike", "like", "whether", "whatever", "whoever", "sometimes",
            "often", "never", "always", "finally", "first", "second", "third", "let", "don't", "do", "does",
            "did", "is", "are", "was", "were", "has", "have", "had", "can", "could", "will", "would", "should",
            "may", "might", "must", "my", "your", "me", "them", "him", "nor", "neither", "either", "whose",
            // Letters in capitals that are words, not names: "OK", "TV", "GDP", Roman numerals alone.
            "ok", "tv", "pc", "pcs", "hd", "dvd", "cd", "faq", "gdp", "usb", "diy", "ii", "iii", "iv", "vi", "vii",
            "viii", "ix", "rss", "mp3",
            // Labels pages set before a link or a section ("PHOTOS: ...", "LISTEN: ..."), in the other languages of
            // the news too ("Quelle:", "Fuente:", "Kaynak:", "Źródło:", "Czytaj też").
            "photos", "video", "videos", "listen", "update", "breaking", "exclusive", "opinion", "analysis", "live",
            "gallery", "podcast", "foto", "fotos", "quelle", "fuente", "fonte", "kaynak", "źródło", "czytaj",
            "autor", "lesen", "lire",
            // Groups of people a report opens a sentence with ("Authorities said", "Prosecutors allege"), and
            // adverbs, pronouns and prepositions that open one ("Throughout", "Anyone", "Amid").
            "authorities", "prosecutors", "investigators", "firefighters", "rescuers", "voters", "jurors", "critics",
            "experts", "analysts", "doctors", "protesters", "demonstrators", "lawmakers", "researchers",
            "scientists", "students", "teachers", "workers", "employees", "customers", "users", "fans",
            "supporters", "opponents", "officers", "deputies", "rebels", "survivors", "relatives", "neighbors",
            "neighbours", "paramedics", "detectives", "throughout", "upon", "between", "around", "prior", "anyone",
            "everyone", "everybody", "nobody", "none", "maybe", "altogether", "meantime", "additional", "born",
            "given", "less", "few", "others", "numerous", "various", "someone", "somebody", "nothing", "everything",
            "something", "anything", "unless", "amid", "beyond", "across", "along", "behind", "below", "beneath",
            "beside", "except", "inside", "outside", "near", "toward", "towards", "via", "due");
    /**
     * Adverbs, conjunctions and prepositions that open sentences in the other languages of the news and that their
     * stop lists leave out ("Además", "Según", "Selon", "Według", "Ayrıca"): English has its common words for these.
     */
    private static final Set<String> OPENERS_OF_OTHER_LANGUAGES = Set.of(
            // Spanish
            "además", "según", "después", "mientras", "durante", "aunque", "finalmente", "así", "también", "ahora",
            "hoy", "ayer", "luego", "entonces", "incluso", "actualmente", "asimismo", "tras", "ante", "desde", "hasta",
            "cuando", "donde", "sin embargo", "por eso", "allí", "aquí", "todavía", "recientemente",
            // French
            "selon", "après", "alors", "enfin", "ainsi", "pourtant", "cependant", "aujourd'hui", "hier", "depuis",
            "lors", "toutefois", "désormais", "ensuite", "puis", "aussi", "encore", "déjà", "quand",
            // Italian
            "secondo", "dopo", "mentre", "inoltre", "infatti", "tuttavia", "oggi", "ieri", "quando", "anche",
            "ancora", "intanto", "invece", "quindi", "poi",
            // Portuguese
            "segundo", "após", "além", "ainda", "também", "hoje", "ontem", "porém", "entretanto", "depois",
            // Polish
            "według", "dlatego", "jednak", "także", "również", "dziś", "dzisiaj", "wczoraj", "obecnie", "natomiast",
            "ponadto", "potem", "teraz", "wówczas", "niestety", "oczywiście",
            // Turkish
            "ayrıca", "ancak", "işte", "şimdi", "bugün", "dün", "sonra", "önce", "yine", "hatta", "çünkü", "yani",
            "böylece", "özellikle", "bununla",
            // Dutch
            "volgens", "daarna", "echter", "vandaag", "gisteren", "inmiddels", "intussen", "daarom",
            // German (beyond its stop list; none an English word: "Fast", "Nun" and "Hier" open English names too)
            "wer", "immer", "vermutlich", "seit", "bereits", "jedoch", "dennoch", "trotzdem", "deshalb", "daher",
            "außerdem", "inzwischen", "mittlerweile", "bisher", "bislang", "derzeit", "zuletzt", "zunächst",
            "später", "heute", "gestern", "damals", "jetzt", "laut", "wegen", "trotz", "allerdings", "vielmehr",
            "offenbar", "angeblich", "insgesamt", "nachdem", "obwohl", "warum", "weshalb", "besonders");

    /** Stop words of other languages shorter than this are names too often to drop at a sentence's start. */
    private static final int MIN_OTHER_STOP_WORD = 4;
    /**
     * The stop words of the other languages the news is most often in ("Cette", "Dans", "Diese", "Pero"): a sentence
     * of theirs starts with one as English starts with "The". From Lucene's analyzers, read once.
     */
    private static final Set<String> STOP_WORDS_OF_OTHER_LANGUAGES = stopWordsOf(
            word -> word.length() >= MIN_OTHER_STOP_WORD || !latin(word));
    /**
     * The shorter stop words of the other languages in the Latin alphabet ("con", "por", "nie", "les"), dropped only
     * as a whole name at a sentence's start ({@link #withoutMereOpenings}).
     */
    private static final Set<String> SHORT_OTHER_STOP_WORDS = stopWordsOf(
            word -> word.length() < MIN_OTHER_STOP_WORD && latin(word));
    /** Articles and particles that open names of places and people ("Los Angeles", "La Paz", "De Niro"). */
    private static final Set<String> NAME_PARTICLES = Set.of("de", "del", "della", "da", "di", "du", "des", "van",
            "von", "der", "den", "la", "le", "los", "las", "les", "el", "al", "il", "lo", "dos", "das", "do", "san",
            "santa", "ter", "ten", "het", "zu");
    /** Numbers written out, which start sentences ("Sixty-six percent") and are no names. */
    private static final Set<String> NUMBER_WORDS = Set.of("six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
            "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million",
            "billion", "half", "third", "quarter", "first", "second");
    /**
     * Acronyms of things, units and offences, not of bodies: an acronym the gazetteer does not know is taken for an
     * organisation, and these filled the entity lists of technology, sports and crime stories ("GB", "GPS", "QWERTY",
     * "DUI"). Written with two capitals or more: "Ram" may be a person, "RAM" is memory. "AM" and "PM" after a
     * number are times ("10 AM"), elsewhere they may be a body or a prime minister ("the PM").
     */
    private static final Set<String> THING_ACRONYMS = Set.of("gb", "mb", "kb", "tb", "ghz", "mhz", "km",
            "kg", "mph", "kph", "gps", "gsm", "lte", "usb", "hdmi", "lcd", "led", "dvd", "cd", "pc", "sms", "pdf",
            "qwerty", "sdhc", "wi", "wifi", "tv", "hd", "id", "dui", "dwi", "faq", "diy", "vip", "atm", "suv", "ufo",
            "html", "url", "www", "ip", "os", "ai", "vr", "cpu", "gpu", "ram", "ssd", "mp3");

    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    private static final Set<String> CALENDAR = Stream.concat(WEEKDAYS.stream(), Stream.of("january", "february",
            "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan",
            "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            // Time zones of datelines and update lines ("Updated 0947 GMT", "10:24 AM PDT"): part of a time.
            "utc", "gmt", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "cet", "cest", "bst", "hkt",
            "jst", "aest", "aedt", "ist")).collect(Collectors.toUnmodifiableSet());
    /**
     * German days and months, which German capitalises as nouns ("am Montag", "im Januar"), and a day with its part
     * ("Montagabend", "Dienstagmorgen"); "Mai" is left out, a name too.
     */
    private static final Set<String> GERMAN_CALENDAR = germanCalendar();

    private static Set<String> germanCalendar() {
        List<String> days = List.of("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag",
                "sonnabend", "sonntag");
        Set<String> words = new HashSet<>(days);
        for (String day : days) {
            for (String part : List.of("morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht")) {
                words.add(day + part);
            }
        }
        words.addAll(List.of("januar", "jänner", "februar", "märz", "juni", "juli", "oktober", "dezember"));
        return Set.copyOf(words);
    }

    private static final Set<String> GIVEN_NAMES = readList("/mention/first-names.txt");

    /** Whether a word in lower case is a given name of the list ("francis", "john"). */
    static boolean isGivenName(String lower) {
        return GIVEN_NAMES.contains(lower);
    }

    private final Gazetteer gazetteer;

    public MentionFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public MentionFinder() {
        this(Gazetteer.bundled());
    }

    private record Token(String text, int start, int end, String lower, boolean sentenceStart) {
        boolean capitalised() {
            return Character.isUpperCase(text.codePointAt(0))
                    || text.length() > 3 && text.indexOf('-') > 0 && text.indexOf('-') <= 3
                    && ARTICLE_PREFIXED.matcher(text).matches();
        }

        boolean allCaps() {
            int letters = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isLetter(c)) {
                    if (!Character.isUpperCase(c)) {
                        return false;
                    }
                    letters++;
                }
            }
            return letters >= 2;
        }
    }

    /** The names in {@code text}, in reading order. */
    public List<Mention> find(String text) {
        List<Token> tokens = tokens(text);
        Set<String> lowerCaseWords = new HashSet<>();
        for (Token t : tokens) {
            if (Character.isLowerCase(t.text.codePointAt(0))) {
                lowerCaseWords.add(t.lower);
            }
        }
        Set<String> capitalisedInside = capitalisedInsideSentences(tokens);
        boolean germanNouns = capitalisesNouns(tokens);
        boolean[] titleCase = titleCase(tokens);
        // Most texts have no stretch of title case: their prose's names are then never asked for.
        Set<String> writtenInProse = titleCase == null ? Set.of() : capitalisedInProse(tokens, titleCase);
        List<Mention> mentions = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).capitalised()) {
                continue;
            }
            int last = i;
            int joiners = 0;
            boolean hasInnerJoiner = false;
            for (int j = i + 1; j < tokens.size() && (spaceOnly(text, tokens.get(j - 1), tokens.get(j))
                    || ampersand(text, tokens.get(j - 1), tokens.get(j), germanNouns)); j++) {
                Token t = tokens.get(j);
                boolean regnal = joiners == 0 && ROMAN_NUMERAL.matcher(t.text).matches();
                // "the CNN Center on Tuesday", "the Court in January": a day or month after a small word is when,
                // not more of the name.
                boolean when = joiners > 0 && CALENDAR.contains(t.lower)
                        && (tokens.get(j - 1).lower.equals("on") || tokens.get(j - 1).lower.equals("in"))
                        || weekdayAfterName(text, tokens, i, last, j, joiners);
                int body = joiners == 0 && last == i && t.lower.equals("and") ? bodyAfterAnd(tokens, i, j) : -1;
                if (t.capitalised() && !t.sentenceStart && !when
                        && (regnal || !(t.allCaps() != tokens.get(last).allCaps() && t.text.length() > 1
                        && tokens.get(last).text.length() > 1 && joiners == 0
                        && !t.text.contains(".") && !personsInitials(tokens.get(last), t)))) {
                    last = j;
                    joiners = 0;
                } else if (t.lower.equals("of") && last > i && GIVEN_NAMES.contains(tokens.get(i).lower)
                        && !isTitle(tokens.get(last).lower)) {
                    // A person's name ends before "of": "Thomas Hoenig of the Kansas City Fed" is two names.
                    break;
                } else if (body > j) {
                    // The body's name ends with its organisation word: no "and" after it joins another name.
                    last = body;
                    break;
                } else if (joiners < 2 && joins(t.lower, tokens.get(j - 1), hasInnerJoiner, joiners,
                        t.lower.equals("the") && namesABodyAfter(text, tokens, j))) {
                    joiners++;
                    hasInnerJoiner |= !t.lower.equals("the");
                } else {
                    break;
                }
            }
            if (titleCase != null && inTitleCase(titleCase, i, last)) {
                addConfirmedParts(text, tokens, i, last, writtenInProse, lowerCaseWords, capitalisedInside,
                        mentions);
            } else {
                addCandidate(text, tokens, i, last, lowerCaseWords, capitalisedInside, mentions);
            }
            i = last;
        }
        if (germanNouns) {
            mentions = withoutCommonNouns(text, tokens, mentions);
        }
        if (writesWordsOf(tokens, POLISH_WORDS, POLISH_WORDS_NEEDED)) {
            mentions = withoutMereSentenceOpenings(tokens, withInflectedPlaces(mentions));
        } else if (writesWordsOf(tokens, TURKISH_WORDS, TURKISH_WORDS_NEEDED)
                || writesWordsOf(tokens, SPANISH_WORDS, SPANISH_WORDS_NEEDED)
                || writesWordsOf(tokens, FRENCH_WORDS, FRENCH_WORDS_NEEDED)) {
            mentions = withoutMereSentenceOpenings(tokens, mentions);
        }
        if (mostlyCyrillic(tokens)) {
            mentions = withInflectedPlaces(mentions);
        }
        mentions = withoutMereOpenings(tokens, mentions);
        return markPlacesBesideTheirContainers(text, markListsOfRegions(text, mentions));
    }

    /** The cue of a place found by its case form's lemma, Polish or Russian ({@link Gazetteer#caseFormLemma}). */
    static final String CASE_FORM = "gazetteer, case form";
    /** Words that Polish writes often and other languages of the news hardly ever. */
    private static final Set<String> POLISH_WORDS = Set.of("się", "że", "jest", "oraz", "przez", "został", "została",
            "zostało", "zostały", "który", "która", "które", "którzy", "także", "również", "jednak", "będzie", "było",
            "już", "tylko", "może", "tego", "jego", "jej", "ich", "bardzo", "gdy", "ponieważ", "są", "był", "była");
    /** Different Polish words in a text that make it Polish. */
    private static final int POLISH_WORDS_NEEDED = 2;

    /**
     * The mentions of a Polish or a Cyrillic text with its places in their case forms found: a single word of no
     * known kind whose nominative names a country, region or large city ("w Polsce", "w Warszawie", "z Iranu";
     * "в Ираке", "из России") is that place. Those languages inflect their names, and the gazetteer holds them in
     * the nominative only.
     */
    private List<Mention> withInflectedPlaces(List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            boolean inflectedPlace = m.type() == MentionType.OTHER && m.text().indexOf(' ') < 0
                    && gazetteer.exactly(m.text()).isEmpty() && gazetteer.caseFormLemma(m.text()).isPresent();
            out.add(inflectedPlace ? new Mention(m.text(), m.start(), m.end(), MentionType.PLACE, CASE_FORM) : m);
        }
        return out;
    }

    /** Whether most of the text's words are written in Cyrillic (Russian, Ukrainian, Bulgarian, Serbian ...). */
    private static boolean mostlyCyrillic(List<Token> tokens) {
        int cyrillic = 0;
        for (Token t : tokens) {
            if (Character.UnicodeScript.of(t.text.codePointAt(0)) == Character.UnicodeScript.CYRILLIC) {
                cyrillic++;
            }
        }
        return 2 * cyrillic > tokens.size();
    }

    /** Words that Turkish writes often and other languages of the news hardly ever. */
    private static final Set<String> TURKISH_WORDS = Set.of("için", "olarak", "ile", "bir", "ve", "bu", "olan",
            "gibi", "daha", "kadar", "sonra", "göre", "ancak", "değil");
    /** Turkish words in a text that make it Turkish: "bir", "ve" and "bu" are short and others write them too. */
    private static final int TURKISH_WORDS_NEEDED = 4;

    /** Words that Spanish writes often; five of them make a text Spanish (Portuguese and Italian share a few). */
    private static final Set<String> SPANISH_WORDS = Set.of("que", "los", "las", "del", "por", "para", "una", "como",
            "pero", "sus", "fue", "también", "según", "están");
    private static final int SPANISH_WORDS_NEEDED = 5;
    /** Words that French writes often; five of them make a text French. */
    private static final Set<String> FRENCH_WORDS = Set.of("les", "des", "est", "dans", "pour", "qui", "une", "sur",
            "avec", "pas", "été", "aux", "ont", "cette", "mais", "leur");
    private static final int FRENCH_WORDS_NEEDED = 5;

    /**
     * Whether the text writes at least {@code needed} different words of a language's commonest ({@code words}): a
     * language told from its small words, where the mention layer has no language label to go by.
     */
    private static boolean writesWordsOf(List<Token> tokens, Set<String> words, int needed) {
        Set<String> seen = new HashSet<>();
        for (Token t : tokens) {
            if (words.contains(t.lower) && seen.add(t.lower) && seen.size() >= needed) {
                return true;
            }
        }
        return false;
    }

    /** Letters of a word's stem that its case forms keep ("Duda", "Dudy", "Dudzie"; "Erdoğan", "Erdoğan'ın"). */
    private static final int CASE_STEM = 4;

    /**
     * The mentions of a Polish, Turkish, Spanish or French text less the single words that open sentences only: these
     * languages write their common words small, so a word capitalised only at a sentence's start, in no case form
     * inside a sentence, is no name ("Podejrzewamy", "Zobacz"; "İşte", "Dedi"; "Ambos", "Añadió"; "Certains"). A
     * given name, a place the gazetteer knows and an acronym stay. (English names firms and towns at a sentence's
     * start alone in short reports, so it keeps them.)
     */
    private List<Mention> withoutMereSentenceOpenings(List<Token> tokens, List<Mention> mentions) {
        Set<String> stemsInside = new HashSet<>();
        for (Token t : tokens) {
            if (!t.sentenceStart && t.capitalised()) {
                stemsInside.add(caseStem(t.lower));
            }
        }
        List<Mention> kept = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Token token = tokenAt(tokens, m.start());
            boolean opening = m.type() == MentionType.OTHER && token != null && token.sentenceStart
                    && token.end == m.end() && !token.allCaps() && !GIVEN_NAMES.contains(token.lower)
                    && !stemsInside.contains(caseStem(token.lower))
                    && gazetteer.exactly(token.text).isEmpty() && gazetteer.beforeCaseEnding(token.text).isEmpty();
            if (!opening) {
                kept.add(m);
            }
        }
        return kept;
    }

    private static String caseStem(String lower) {
        return lower.substring(0, Math.min(CASE_STEM, lower.length()));
    }

    /**
     * Without a name's particle alone ("Los", "Las") and a short stop word of another language alone at a sentence's
     * start ("Con", "Por", "Nie", "Jak"), none of them a name by itself. (Every single word that only opens sentences
     * was tried too: on ECB+ it took "Authorities", "Prosecutors", "Born" and also "Microsoft", "Apple", "Reuters"
     * and towns, which short reports name at a sentence's start alone; so only German-like texts lose those.)
     */
    private List<Mention> withoutMereOpenings(List<Token> tokens, List<Mention> mentions) {
        List<Mention> kept = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            // Particles and short stop words are five letters at most: no token to look up for the rest.
            Token token = m.end() - m.start() <= 5 ? tokenAt(tokens, m.start()) : null;
            boolean mere = token != null && token.end == m.end() && !token.allCaps()
                    && (NAME_PARTICLES.contains(token.lower)
                        || token.sentenceStart && SHORT_OTHER_STOP_WORDS.contains(token.lower))
                    // "Ben" is a Turkish "I" and a given name, "Van" a particle and a city of Turkey
                    && !GIVEN_NAMES.contains(token.lower)
                    && gazetteer.exactly(token.text).stream().noneMatch(p -> p.population() >= MentionGroups.SMALL_TOWN);
            if (!mere) {
                kept.add(m);
            }
        }
        return kept;
    }

    /**
     * German articles, determiners, contractions of a preposition with an article and numbers: a capitalised word
     * after one, or after one and a lower-case adjective, is a noun ("der Küste", "im aufgewühlten Meer", "zwei
     * Surfer"), as German capitalises every noun.
     */
    private static final Set<String> GERMAN_DETERMINERS = Set.of("der", "die", "das", "den", "dem", "des", "ein",
            "eine", "einen", "einem", "einer", "eines", "kein", "keine", "keinen", "keinem", "keiner", "keines",
            "dieser", "diese", "dieses", "diesem", "diesen", "jeder", "jede", "jedes", "jedem", "jeden", "alle",
            "allen", "aller", "mehrere", "mehreren", "einige", "einigen", "viele", "vielen", "wenige", "wenigen",
            "andere", "anderen", "beide", "beiden", "sein", "seine", "seinen", "seinem", "seiner", "seines", "ihr",
            "ihre", "ihren", "ihrem", "ihrer", "ihres", "unser", "unsere", "unseren", "unserem", "unserer", "welche",
            "welcher", "welches", "welchen", "solche", "solchen", "im", "am", "zum", "zur", "vom", "beim", "ins",
            "ans", "aufs", "fürs", "ums", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn",
            "zwölf", "zwanzig", "hundert", "tausend",
            // Counts written as nouns stand where a determiner does ("Hunderte Bewaffnete", "Zehntausende
            // Einwohner", "Millionen Iraner"): the noun after them is no name. (A run taken for an organisation keeps
            // the count that opens it: "Zahlreiche Passagiere der Lufthansa Group".)
            "hunderte", "hunderten", "tausende", "tausenden", "zehntausende", "zehntausenden", "hunderttausende",
            "hunderttausenden", "dutzend", "dutzende", "dutzenden", "millionen", "milliarden", "zahlreiche",
            "zahlreichen", "weitere", "weiteren");
    /**
     * German articles alone, to tell a text that capitalises its nouns ({@link #capitalisesNouns}); not "des" nor
     * "den", French's and Dutch's too ("des Rameurs").
     */
    private static final Set<String> GERMAN_ARTICLES = Set.of("der", "die", "das", "dem", "ein", "eine", "einen",
            "einem", "einer", "eines");
    /** Endings of German nouns that are no one's name ("Regierung", "Sicherheit", "Gesellschaft", "Ergebnis"). */
    private static final List<String> GERMAN_NOUN_ENDINGS = List.of("ung", "ungen", "heit", "heiten", "keit",
            "keiten", "schaft", "schaften", "tion", "tionen", "sion", "sionen", "tät", "täten", "nis", "nisse",
            "ismus", "tum", "chen", "ei");
    /** German articles followed by a capitalised word, at least, and their share, that make a text German-like. */
    private static final int NOUN_ARTICLES = 3;
    private static final double NOUN_ARTICLE_SHARE = 0.4;

    /**
     * Whether the text capitalises its nouns, as German does: its articles ("der", "eine") are mostly followed by a
     * capitalised word. There every noun looks like a name ("Küste", "Leben", "Sturm", "Polizei"), and the usual
     * signs of a name (a capital inside a sentence) say nothing.
     */
    private static boolean capitalisesNouns(List<Token> tokens) {
        int articles = 0;
        int beforeCapitals = 0;
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (GERMAN_ARTICLES.contains(tokens.get(i).lower)) {
                articles++;
                Token next = tokens.get(i + 1);
                // "der Fahrer", or with a declined adjective between, "der australische Kardinal": a text dense
                // with adjectives has few articles right before its nouns.
                boolean adjectiveBetween = i + 2 < tokens.size() && Character.isLowerCase(next.text.codePointAt(0))
                        && inflectedAdjective(next.lower) && Character.isUpperCase(tokens.get(i + 2).text.codePointAt(0));
                if (Character.isUpperCase(next.text.codePointAt(0)) || adjectiveBetween) {
                    beforeCapitals++;
                }
            }
        }
        return beforeCapitals >= NOUN_ARTICLES && beforeCapitals >= NOUN_ARTICLE_SHARE * articles;
    }

    /**
     * German titles before a name, as words end in them ("Ministerpräsident Mark Rutte", "Bundeskanzlerin Angela
     * Merkel", "Polizeisprecher Tim Fanning"): the person is the name after.
     */
    private static final List<String> GERMAN_TITLE_ENDINGS = List.of("präsident", "präsidentin", "minister",
            "ministerin", "kanzler", "kanzlerin", "bürgermeister", "bürgermeisterin", "sprecher", "sprecherin",
            "chef", "chefin", "vorsitzender", "vorsitzende", "vorsitzenden", "senator", "senatorin", "general", "botschafter",
            "botschafterin", "trainer", "trainerin", "anwalt", "anwältin", "direktor", "direktorin", "könig",
            "königin", "papst");
    private static final CharArraySet GERMAN_STOP_WORDS = GermanAnalyzer.getDefaultStopSet();
    /**
     * German adverbs and conjunctions that open sentences and that Lucene's stop words lack. Capitalised after a
     * headline run into its text with no full stop ("... in Paris festgenommen Seit 1994 war ...") they are taken
     * for no sentence's first word, and so for names.
     */
    private static final Set<String> GERMAN_OPENING_WORDS = Set.of("seit", "immer", "ab", "deshalb", "daher",
            "darum", "allerdings", "vermutlich", "fast", "erst", "heute", "gestern", "morgen", "warum", "wer",
            "wieso", "weshalb", "zudem", "außerdem", "ausserdem", "bereits", "jedoch", "trotzdem", "dennoch",
            "dabei", "danach", "dafür", "davor", "bisher", "inzwischen", "mittlerweile", "schon", "nun", "jetzt",
            "bald", "hier", "dort", "dann", "wieder", "sogar", "vorher", "nachher", "laut", "wegen", "trotz",
            "gegen", "ohne", "neben", "zwischen", "während", "obwohl", "weil", "wenn", "falls", "sobald", "denn",
            "doch", "nur", "noch", "zunächst", "zuletzt", "anschließend", "schließlich", "letztlich", "eigentlich",
            "offenbar", "möglicherweise", "wahrscheinlich", "insgesamt", "derzeit", "aktuell", "damals", "einst",
            "zuvor", "stattdessen", "ebenfalls", "ebenso", "besonders", "vor", "nach", "mehr", "weniger", "viele",
            "einige", "wie", "wo", "wann", "was");
    /** German's prepositions of place, after which a word is a place's name ("in Essen", "nach Corona" aside). */
    private static final Set<String> GERMAN_PLACE_PREPOSITIONS = Set.of("in", "im", "nach", "aus", "bei");
    private static final Set<String> GERMAN_AND = Set.of("und", "oder", "sowie");
    /**
     * Cities of fewer people than this whose names are German words ("Corona", in California; "Reisende", "Waren",
     * "Lage") are the word where the text never writes them as a place's; larger ones ("München") are the city.
     */
    private static final long WORD_CITY = 1_000_000;

    /**
     * The mentions of a text that capitalises its nouns, less the nouns: a single word of no known kind (not a
     * person, organisation or acronym) that the text writes after an article, determiner, number or a dative
     * adjective ("bei starkem Wind") anywhere, that ends as only German nouns end, that is a German stop word at
     * a sentence's start ("Sie"), or that German's dictionary holds or makes as a compound ({@link GermanWords}:
     * "Aktivisten", "Tränengas"; not a surname the text gives a person too); a small town of a noun's name after an
     * article ("die Lage" is no Lage in Westphalia), and a town named as a German word that the text never writes
     * as a place's ("wegen Corona"); a name of common words only that opens a sentence or follows a number
     * ("Umstrittene Tierversuche", "20 Millionen Euro"). A leading number or article goes ("Zwei Surfer"), and a
     * leading German title makes the rest a person. A name written with an article ("die Lufthansa") is lost with
     * the nouns; a person's name, which takes none, and the countries and cities the gazetteer knows stay.
     */
    private List<Mention> withoutCommonNouns(String text, List<Token> tokens, List<Mention> mentions) {
        Set<String> nouns = new HashSet<>();
        // A town's name the text writes after an article each time it writes it ("die Lage"), not only once ("in
        // der Passau Drilandhalle" beside "in Passau").
        Set<String> undetermined = new HashSet<>();
        Set<String> inside = new HashSet<>();
        // Words the text writes as a place's: after a place's preposition ("in Essen", "aus Mannheim") or joined to
        // a place so written ("in Heidelberg und Mannheim"), or opening the text or a dateline ("Mannheim (dpa) -").
        Set<String> placed = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.sentenceStart && Character.isUpperCase(t.text.codePointAt(0))) {
                inside.add(t.lower);
            }
            boolean joinedToPlace = i >= 2 && GERMAN_AND.contains(tokens.get(i - 1).lower)
                    && placed.contains(tokens.get(i - 2).lower);
            if (i == 0 || GERMAN_PLACE_PREPOSITIONS.contains(tokens.get(i - 1).lower) || joinedToPlace
                    || text.startsWith(" (", t.end)) {
                placed.add(t.lower);
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!Character.isUpperCase(t.text.codePointAt(0))) {
                continue;
            }
            Token before = i > 0 ? tokens.get(i - 1) : null;
            boolean lowerBefore = before != null && Character.isLowerCase(before.text.codePointAt(0));
            // "10 Uhr", "3,5 Prozent", "20 Millionen Euro": a number before (numbers are no tokens here).
            // "10 Uhr", and "25-Jährige", "3-Zimmer-Wohnung": a number joined by a hyphen makes a compound noun.
            boolean determined = t.start >= 2 && (text.charAt(t.start - 1) == ' ' || text.charAt(t.start - 1) == '-')
                    && Character.isDigit(text.charAt(t.start - 2))
                    || before != null && spaceOnly(text, before, t) && (GERMAN_DETERMINERS.contains(before.lower)
                        || lowerBefore && before.lower.length() > 4 && before.lower.endsWith("em")
                        || lowerBefore && i > 1 && GERMAN_DETERMINERS.contains(tokens.get(i - 2).lower)
                            && spaceOnly(text, tokens.get(i - 2), before) && inflectedAdjective(before.lower));
            if (determined) {
                nouns.add(t.lower);
            } else {
                undetermined.add(t.lower);
            }
        }
        // A person's surname the text gives with the given name too ("Thomas Müller ... Müller"), which a
        // dictionary of common words may hold.
        Set<String> surnames = new HashSet<>();
        for (Mention m : mentions) {
            Mention person = m.type() == MentionType.PERSON ? m : afterGermanTitle(m);
            int space = person == null ? -1 : person.text().lastIndexOf(' ');
            if (space > 0) {
                surnames.add(person.text().substring(space + 1).toLowerCase(Locale.ROOT));
            }
        }
        List<Mention> kept = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            m = withoutLeadingDeterminer(m);
            if (m == null) {
                continue;
            }
            Mention titled = afterGermanTitle(m);
            if (titled != null) {
                kept.add(titled);
                continue;
            }
            Mention place = placeAfterNoun(m, nouns);
            if (place != null) {
                kept.add(place);
                continue;
            }
            String word = m.text().toLowerCase(Locale.ROOT);
            boolean oneWord = m.text().codePoints().allMatch(c -> Character.isLetter(c) || c == '-');
            boolean acronym = m.text().equals(m.text().toUpperCase(Locale.ROOT));
            if (!oneWord && m.type() == MentionType.OTHER && nounPhrase(m.text(), nouns)) {
                Mention complement = nameInComplement(m, nouns);
                if (complement != null) {
                    kept.add(complement);
                }
                continue;
            }
            if (!oneWord && m.type() == MentionType.OTHER && openingOrCounted(text, tokens, m)
                    && commonWordsOnly(m.text())) {
                // "Umstrittene Tierversuche" opening a sentence, "20 Millionen Euro": words, not a name; "Deutsche
                // Bahn" inside a sentence, where German writes an adjective small unless it is a name's, stays.
                continue;
            }
            if (!oneWord || acronym) {
                kept.add(m);
                continue;
            }
            Token token = tokenAt(tokens, m.start());
            // A sentence's first word the text never capitalises inside a sentence: "Zudem", "Allerdings", "Heute".
            boolean onlyOpening = token != null && token.sentenceStart && !inside.contains(word);
            boolean functionWord = GERMAN_STOP_WORDS.contains(word) || GERMAN_OPENING_WORDS.contains(word);
            // A function word is no name; nor a place's ("Auch" is a town in France), unless the text puts it so.
            boolean noun = functionWord && (m.type() == MentionType.OTHER
                    || m.type() == MentionType.PLACE && !placed.contains(word))
                    || m.type() == MentionType.OTHER && (nouns.contains(word)
                    || onlyOpening || GERMAN_NOUN_ENDINGS.stream().anyMatch(word::endsWith)
                    || GermanWords.isCommonWord(m.text()) && !surnames.contains(word))
                    || m.type() == MentionType.PLACE && nouns.contains(word) && !undetermined.contains(word)
                    && gazetteer.exactly(m.text()).stream()
                    .allMatch(p -> p.isCitySmallerThan(MentionGroups.SMALL_TOWN))
                    || m.type() == MentionType.PLACE && !placed.contains(word) && GermanWords.inDictionary(m.text())
                    && wordCityOnly(gazetteer.lookup(m.text()));
            if (!noun) {
                kept.add(m);
            }
        }
        return kept;
    }

    /**
     * Whether the places a name finds (exactly, or spelt nearly so: "Reisende" finds Resende, in Brazil) are cities,
     * each smaller than {@link #WORD_CITY}, and there is one at least; a country's name in German ("Palästina") finds
     * the country.
     */
    private static boolean wordCityOnly(List<Place> places) {
        return !places.isEmpty() && places.stream()
                .allMatch(p -> p.isCitySmallerThan(WORD_CITY));
    }

    /**
     * A German adjective between an article and its noun ends as declined ("der niederländischen Küste", "die neue
     * Regierung"); "der in Aarau" is a pronoun and a preposition before a town.
     */
    private static boolean inflectedAdjective(String lower) {
        return lower.length() >= 4 && (lower.endsWith("e") || lower.endsWith("en") || lower.endsWith("er")
                || lower.endsWith("es") || lower.endsWith("em"));
    }

    /**
     * The mention without a leading German number, count or article ("Zwei Surfer" is "Surfer", "Hunderte von
     * Millionen US-Dollar" "US-Dollar"), unless it is a place's name whole ("Den Haag") or of a known kind; null when
     * nothing is left.
     */
    private Mention withoutLeadingDeterminer(Mention m) {
        int space = m.text().indexOf(' ');
        if (space < 0 || m.type() != MentionType.OTHER
                || !GERMAN_DETERMINERS.contains(m.text().substring(0, space).toLowerCase(Locale.ROOT))
                || !gazetteer.exactly(m.text()).isEmpty()) {
            return m;
        }
        String rest = m.text().substring(space + 1).strip();
        if (rest.startsWith("von ")) {
            // "Tausende von Zuschauern"
            rest = rest.substring(4).strip();
        }
        // Again for what is left: "Hunderte von Millionen US-Dollar".
        return rest.isEmpty() ? null
                : withoutLeadingDeterminer(new Mention(rest, m.end() - rest.length(), m.end(), MentionType.OTHER,
                        m.cue()));
    }

    /**
     * A noun of the text run into the place after it ("im Radiosender Den Haag", "im Bundesstaat Borno"): the place
     * the gazetteer knows, alone; else null. A name that opens with an adjective ("der Deutschen Bank") is left whole.
     */
    private Mention placeAfterNoun(Mention m, Set<String> nouns) {
        int space = m.text().indexOf(' ');
        String first = space < 0 ? "" : m.text().substring(0, space).toLowerCase(Locale.ROOT);
        if (space < 0 || !nouns.contains(first) || GERMAN_ADJECTIVE_ENDINGS.stream().anyMatch(first::endsWith)
                || townsAdjective(first)) {
            // "das Brandenburger Tor", "die Berliner Zeitung": a town's adjective opens the name
            return null;
        }
        String rest = m.text().substring(space + 1).strip();
        if (rest.isEmpty() || !Character.isUpperCase(rest.codePointAt(0)) || gazetteer.exactly(rest).isEmpty()) {
            // "Soldaten von Kuwait", "Interessen der USA": a noun's complement, which the groups read as before
            return null;
        }
        return new Mention(rest, m.end() - rest.length(), m.end(), MentionType.PLACE, "gazetteer");
    }

    /** The token that starts at {@code start}, or null (tokens are in reading order). */
    private static Token tokenAt(List<Token> tokens, int start) {
        int low = 0;
        int high = tokens.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int at = tokens.get(mid).start;
            if (at == start) {
                return tokens.get(mid);
            }
            if (at < start) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return null;
    }

    /** Lower-case words that join a German noun to its complement ("Abschaffung von Tierversuchen"). */
    private static final Set<String> GERMAN_JOINERS = Set.of("von", "der", "des", "dem", "den", "zur", "zum",
            "für", "im");

    /**
     * Whether every word of a name of several is one of German's stop words or common words (the first may be a
     * declined adjective, which the dictionary mostly lacks: "Umstrittene Tierversuche"), and none a place the
     * gazetteer knows or a town's adjective ("Polizeipräsidium Aalen", "Hamburger CDU-Fraktion": the dictionary
     * holds eels and burgers).
     */
    private boolean commonWordsOnly(String name) {
        String[] words = name.split(" ");
        for (int k = 0; k < words.length; k++) {
            String word = words[k];
            String lower = word.toLowerCase(Locale.ROOT);
            boolean place = !gazetteer.exactly(word).isEmpty() || townsAdjective(lower);
            boolean common = GERMAN_STOP_WORDS.contains(lower) || GermanWords.isCommonWord(word)
                    || k == 0 && words.length > 1 && inflectedAdjective(lower);
            if (place || !common) {
                return false;
            }
        }
        return true;
    }

    /** A town's adjective, its name and "-er" ("Brandenburger", "Hamburger"). */
    private boolean townsAdjective(String lower) {
        return lower.endsWith("er") && !gazetteer.exactly(lower.substring(0, lower.length() - 2)).isEmpty();
    }

    /** Whether the name opens a sentence, or follows a number ("20 Millionen Euro"; numbers are no tokens). */
    private static boolean openingOrCounted(String text, List<Token> tokens, Mention m) {
        Token token = tokenAt(tokens, m.start());
        return token != null && (token.sentenceStart || afterNumber(text, token));
    }

    /**
     * A German noun with its complement, run together as one name ("Bekämpfung der Corona-Pandemie", "Tag des
     * Versuchstiers", "Abschaffung von Tierversuchen"): a joiner inside, and a first word the text writes as a noun
     * or ending as nouns end.
     */
    private static boolean nounPhrase(String name, Set<String> nouns) {
        String[] words = name.split(" ");
        if (words.length < 3) {
            return false;
        }
        String first = words[0].toLowerCase(Locale.ROOT);
        boolean joined = false;
        for (int k = 1; k < words.length - 1; k++) {
            joined |= GERMAN_JOINERS.contains(words[k]);
        }
        return joined && (nouns.contains(first) || GERMAN_NOUN_ENDINGS.stream().anyMatch(first::endsWith));
    }

    /**
     * The name a noun phrase ends with, after its last joiner, where it holds a sign of a name (an acronym, a given
     * name, a place the gazetteer knows): "Krise der CDU" is the CDU, "Entscheidung der CDU-Vorsitzenden Annegret
     * Kramp-Karrenbauer" the person; else null.
     */
    private Mention nameInComplement(Mention m, Set<String> nouns) {
        String[] words = m.text().split(" ");
        int joiner = -1;
        for (int k = 1; k < words.length - 1; k++) {
            if (GERMAN_JOINERS.contains(words[k])) {
                joiner = k;
            }
        }
        if (joiner < 0) {
            return null;
        }
        String tail = String.join(" ", java.util.Arrays.copyOfRange(words, joiner + 1, words.length));
        if (!Character.isUpperCase(tail.codePointAt(0))) {
            return null;
        }
        List<Place> places = gazetteer.exactly(tail);
        boolean place = !places.isEmpty() && !(nouns.contains(tail.toLowerCase(Locale.ROOT))
                && places.stream().allMatch(p -> p.isCitySmallerThan(MentionGroups.SMALL_TOWN)));
        boolean named = place;
        for (int k = joiner + 1; k < words.length; k++) {
            named |= ACRONYM_IN_WORD.matcher(words[k]).find() || GIVEN_NAMES.contains(words[k].toLowerCase(Locale.ROOT));
        }
        if (!named) {
            return null;
        }
        var rest = new Mention(tail, m.end() - tail.length(), m.end(), place ? MentionType.PLACE : MentionType.OTHER,
                place ? "gazetteer" : m.cue());
        Mention titled = afterGermanTitle(rest);
        return titled != null ? titled : rest;
    }

    /** Two capitals in a row: an acronym, alone or in a compound ("CDU", "EU-Kommission", "US-Botschaft"). */
    private static final Pattern ACRONYM_IN_WORD = Pattern.compile("\\p{Lu}\\p{Lu}");

    /** Endings of German adjectives made of names, which open names ("Europäische Union", "Schweizerische ..."). */
    private static final List<String> GERMAN_ADJECTIVE_ENDINGS = List.of("ische", "ischen", "ischer", "isches",
            "liche", "lichen", "licher", "liches");

    /** A German title and a name after it: the name as a person, with the title as cue; else null. */
    private static Mention afterGermanTitle(Mention m) {
        int space = m.text().indexOf(' ');
        if (space < 0) {
            return null;
        }
        String first = m.text().substring(0, space).toLowerCase(Locale.ROOT);
        if (GERMAN_TITLE_ENDINGS.stream().noneMatch(first::endsWith)) {
            return null;
        }
        String rest = m.text().substring(space + 1).strip();
        if (rest.isEmpty() || !Character.isUpperCase(rest.codePointAt(0))) {
            // "Ministerpräsident der Länder", "Direktor der Foundation ...": no person after the title
            return null;
        }
        return new Mention(rest, m.end() - rest.length(), m.end(), MentionType.PERSON,
                "title " + m.text().substring(0, space));
    }

    /** The cue of a place named in a list of regions: "Arizona, Georgia, Nevada, Utah and Washington". */
    static final String LISTED_WITH_REGIONS = "listed with regions";
    /** Gaps that make names one list: "A, B and C", "A, B, or C". */
    private static final Set<String> LIST_GAPS = Set.of(", ", " and ", ", and ", " or ", ", or ");

    /**
     * Marks each place named in a list of three names or more where at least two of the others, and two thirds, are
     * regions of the gazetteer: there a name that is a region and a town ("Washington") is the region.
     */
    private List<Mention> markListsOfRegions(String text, List<Mention> mentions) {
        List<Mention> marked = new ArrayList<>(mentions);
        int start = 0;
        for (int k = 1; k <= mentions.size(); k++) {
            boolean continues = k < mentions.size()
                    && LIST_GAPS.contains(gap(text, mentions.get(k - 1), mentions.get(k)));
            if (continues) {
                continue;
            }
            if (k - start >= 3) {
                markList(mentions.subList(start, k), marked, start);
            }
            start = k;
        }
        return marked;
    }

    /**
     * The cue of a town or region written before the region or country it lies in ("Atlanta, Georgia", "Paris,
     * Texas", "Punjab, India"), followed by that container's gazetteer id: the town is the one in that container.
     */
    static final String BEFORE_CONTAINER = "before its container ";
    /** The cue of the container in such a pair, followed by its id: the region Georgia, not the country. */
    static final String CONTAINER = "after a place it holds ";

    /**
     * Marks each pair of places written as "town, region" or "region, country" (a comma between them, nothing else)
     * where the gazetteer has a town or region of the first name within a region or country of the second (a
     * country before a region of its name: "Mexico City, México" is in the country). Names of a list are left alone:
     * a list of regions ("Chihuahua, México, Nuevo León") is one already, and a name that is the next of a list of
     * towns ("Boston, Albany, New York") or followed by one more is one more town.
     */
    private List<Mention> markPlacesBesideTheirContainers(String text, List<Mention> mentions) {
        List<Mention> marked = new ArrayList<>(mentions);
        for (int k = 1; k < mentions.size(); k++) {
            Mention inner = mentions.get(k - 1);
            Mention outer = mentions.get(k);
            if (!gap(text, inner, outer).equals(", ") || outer.type() == MentionType.PERSON
                    || inner.type() == MentionType.PERSON || inner.cue().equals(LISTED_WITH_REGIONS)
                    || outer.cue().equals(LISTED_WITH_REGIONS)) {
                continue;
            }
            List<Place> containers = gazetteer.exactly(outer.text()).stream()
                    .filter(p -> p.kind() != Place.Kind.CITY)
                    .sorted(Comparator.comparing(p -> p.kind() != Place.Kind.COUNTRY)).toList();
            if (containers.isEmpty()) {
                continue;
            }
            Place container = null;
            long population = -1;
            for (Place p : gazetteer.exactly(inner.text())) {
                for (Place c : containers) {
                    if (p.within(c) && p.population() > population) {
                        container = c;
                        population = p.population();
                    }
                }
            }
            boolean listed = k >= 2 && gap(text, mentions.get(k - 2), inner).equals(", ")
                    && outsideOf(mentions.get(k - 2), container)
                    || k + 1 < mentions.size() && gap(text, outer, mentions.get(k + 1)).equals(", ")
                    && !gazetteer.exactly(mentions.get(k + 1).text()).isEmpty();
            if (container == null || listed) {
                continue;
            }
            marked.set(k - 1, new Mention(inner.text(), inner.start(), inner.end(), MentionType.PLACE,
                    BEFORE_CONTAINER + container.id()));
            marked.set(k, new Mention(outer.text(), outer.start(), outer.end(), MentionType.PLACE,
                    CONTAINER + container.id()));
        }
        return marked;
    }

    /** Whether the name is a town of the gazetteer none of whose towns lies in the container. */
    private boolean outsideOf(Mention name, Place container) {
        if (container == null) {
            return false;
        }
        List<Place> towns = gazetteer.exactly(name.text()).stream().filter(p -> p.kind() == Place.Kind.CITY).toList();
        return !towns.isEmpty() && towns.stream().noneMatch(p -> p.within(container));
    }

    private static String gap(String text, Mention before, Mention after) {
        return text.substring(before.end(), Math.max(before.end(), after.start()));
    }

    private void markList(List<Mention> list, List<Mention> marked, int offset) {
        boolean[] region = new boolean[list.size()];
        int regions = 0;
        for (int k = 0; k < list.size(); k++) {
            region[k] = gazetteer.exactly(list.get(k).text()).stream().anyMatch(p -> p.kind() == Place.Kind.REGION);
            regions += region[k] ? 1 : 0;
        }
        for (int k = 0; k < list.size(); k++) {
            int otherRegions = regions - (region[k] ? 1 : 0);
            Mention m = list.get(k);
            if (region[k] && m.type() == MentionType.PLACE && otherRegions >= 2
                    && otherRegions * 3 >= 2 * (list.size() - 1)) {
                marked.set(offset + k, new Mention(m.text(), m.start(), m.end(), m.type(), LISTED_WITH_REGIONS));
            }
        }
    }

    /** Organisation words of bodies that stand somewhere: what follows them after "in" is where. */
    private static final Set<String> SITES = Set.of("university", "college", "school", "hospital", "court",
            "club", "office", "police", "church", "centre", "center", "observatory");

    /**
     * "Securities and Exchange Commission", "Food and Drug Administration", "Fish and Wildlife Service": one word,
     * "and", then two capitalised words or more ending with a public body's word are one body's name (the index of
     * that word; -1 when not), where the first word names nothing by itself: no place or given name, and written
     * capitalised nowhere else in the text but before "and" ("Obama and Congress", "Sberbank and Gazprom Bank" stay
     * two names).
     */
    private int bodyAfterAnd(List<Token> tokens, int first, int and) {
        int end = and;
        while (end + 1 < tokens.size() && tokens.get(end + 1).capitalised() && !tokens.get(end + 1).sentenceStart
                && nextTo(tokens, end)) {
            end++;
            if (PUBLIC_BODY_WORDS.contains(tokens.get(end).lower)) {
                break;
            }
        }
        if (end - and < 2 || !PUBLIC_BODY_WORDS.contains(tokens.get(end).lower)) {
            return -1;
        }
        Token word = tokens.get(first);
        if (GIVEN_NAMES.contains(word.lower) || !gazetteer.exactly(word.text).isEmpty() || word.allCaps()) {
            return -1;
        }
        for (int k = 0; k < tokens.size(); k++) {
            Token other = tokens.get(k);
            if (k != first && other.lower.equals(word.lower) && other.capitalised()
                    && (k + 1 >= tokens.size() || !tokens.get(k + 1).lower.equals("and"))) {
                return -1;
            }
        }
        return end;
    }

    /** The words that end a public body's name: those "X and Y" names are ("Fish and Wildlife Service"). */
    private static final Set<String> PUBLIC_BODY_WORDS = Set.of("commission", "administration", "agency", "service",
            "services", "department", "bureau", "organisation", "organization", "council", "committee", "authority",
            "board", "institute", "office", "ministry");

    /**
     * "Attorney General Jeff Sessions Thursday announced", "told the White House Monday": a weekday right after a name
     * of two words or more is when, not more of the name, and after one word that the text writes without it too
     * ("Biden Wednesday said ... Biden"). Otherwise it stays ("Patch Tuesday", "Bloody Sunday"), as it does after a
     * word that names days ("Super Tuesday", "Black Friday"), before another capitalised word and before a closing
     * quotation mark (a programme's title, "“Fox News Sunday”").
     */
    private static boolean weekdayAfterName(String text, List<Token> tokens, int first, int last, int j,
                                            int joiners) {
        // A sentence's first word may be any word ("While Super Tuesday ..."): it does not count.
        int words = last - first + 1 - (tokens.get(first).sentenceStart ? 1 : 0);
        return joiners == 0 && words >= 1 && WEEKDAYS.contains(tokens.get(j).lower)
                && !DAYS_NAMED_BY.contains(tokens.get(j - 1).lower)
                && (j + 1 >= tokens.size() || !tokens.get(j + 1).capitalised())
                && !closesQuotation(text, tokens.get(j).end)
                && (words >= 2 || writtenWithoutWeekday(tokens, j - 1));
    }

    /** Whether a quotation mark closes at {@code end}: a quoted title ends there ("on “Fox News Sunday” that"). */
    private static boolean closesQuotation(String text, int end) {
        return end < text.length() && "\"”’'»".indexOf(text.charAt(end)) >= 0;
    }

    /** Whether the text writes the word at {@code k} capitalised elsewhere without a weekday after it. */
    private static boolean writtenWithoutWeekday(List<Token> tokens, int k) {
        for (int i = 0; i < tokens.size(); i++) {
            if (i != k && tokens.get(i).text.equals(tokens.get(k).text)
                    && (i + 1 >= tokens.size() || !WEEKDAYS.contains(tokens.get(i + 1).lower))) {
                return true;
            }
        }
        return false;
    }

    /** Words after a weekday that make it a paper's or programme's name ("Sunday Times", "Monday Night Football"). */
    private static final Set<String> WEEKDAY_TITLES = Set.of("times", "telegraph", "express", "mirror", "morning",
            "night", "post", "herald", "mail", "people", "independent", "dispatch", "sport", "star", "tribune",
            "observer", "journal", "review", "edition", "school", "football", "today", "world", "mass");
    /** The words that make a weekday a day's name ("Super Tuesday", "Good Friday", "Cyber Monday"). */
    private static final Set<String> DAYS_NAMED_BY = Set.of("super", "black", "cyber", "good", "easter", "ash",
            "palm", "holy", "bloody", "giving", "maundy", "shrove", "whit", "pentecost", "trinity", "election",
            "patch");

    /** Whether a lower-case word continues a name: "of" always, "in"/"for" after an organisation word, ... */
    private static boolean joins(String word, Token previous, boolean hasInnerJoiner, int joinersBefore,
                                 boolean anotherName) {
        return switch (word) {
            case "of", "de", "del", "della", "da", "di", "du", "des", "van", "von", "der", "den", "bin", "ibn",
                 "bint", "al", "el", "la", "le" -> true;
            // "of the", "for the" inside a body's name, and "and the" before one more word ("Islamic State of Iraq
            // and the Levant"); not "and the" before another body's name, which begins the next name ("the Centers
            // for Disease Control and Prevention and the Food and Drug Administration", "... and the UAE").
            case "the" -> joinersBefore > 0
                    && !(anotherName && (previous.lower.equals("and") || previous.lower.equals("&")));
            // Not "in" after a body that is a place of its own: "Kettering University in Flint" is the university
            // and where it is.
            case "in", "for", "on" -> ORGANISATION_WORDS.contains(previous.lower)
                    && !(word.equals("in") && SITES.contains(previous.lower));
            // Spanish "y" is "and": inside a body's name ("Ministerio de Ciencia y Tecnología"), not between two
            // names ("México y Francia", "Pedro Sánchez y Pablo Iglesias"); a compound surname ("Ramón y Cajal")
            // is the rarer case.
            case "and", "&", "y" -> hasInnerJoiner;
            default -> false;
        };
    }

    /**
     * Whether the words after token {@code at} (a "the") name a body of their own: two capitalised words or more,
     * a small joiner between them or not ("the Justice Department", "the Food and Drug Administration"), an acronym
     * ("the UAE") or an organisation's word ("the Senate"). One ordinary capitalised word ("the Levant") may end the
     * name before it. Asked only of a "the", as the name scan meets one.
     */
    private static final Set<String> JOINERS_IN_A_BODY = Set.of("and", "of", "for", "&");

    private static boolean namesABodyAfter(String text, List<Token> tokens, int at) {
        int next = at + 1;
        if (next >= tokens.size() || !tokens.get(next).capitalised()) {
            return false;
        }
        Token first = tokens.get(next);
        // A second capitalised word, right after or after a small joiner ("Food and Drug").
        int second = next + 1;
        if (second + 1 < tokens.size() && JOINERS_IN_A_BODY.contains(tokens.get(second).lower)
                && spaceOnly(text, tokens.get(second - 1), tokens.get(second))) {
            second++;
        }
        boolean moreWords = second < tokens.size() && tokens.get(second).capitalised()
                && !tokens.get(second).sentenceStart && spaceOnly(text, tokens.get(second - 1), tokens.get(second));
        return moreWords || first.allCaps() || ORGANISATION_WORDS.contains(first.lower);
    }

    private void addCandidate(String text, List<Token> tokens, int first, int last, Set<String> lowerCaseWords,
                              Set<String> capitalisedInside, List<Mention> out) {
        // "US$1.4 billion", "HK$20", "A$5": a country's letters glued to a dollar sign name a currency, not the place
        // (taken for one, "US" would make the United States the context that resolves "Paris" to Paris, Texas).
        if (tokens.get(last).end < text.length() && text.charAt(tokens.get(last).end) == '$') {
            last--;
        }
        // A sentence's first word is capitalised whatever it is: drop it when it is a common word or one the text
        // also writes in lower case ("Police said", "Even Al Nusra").
        while (first <= last && tokens.get(first).sentenceStart && !tokens.get(first).allCaps()
                && (COMMON.contains(tokens.get(first).lower) || lowerCaseWords.contains(tokens.get(first).lower)
                    || looksLikeCommonWord(tokens.get(first).lower) || isContractionOrNumber(tokens.get(first).lower)
                    || (STOP_WORDS_OF_OTHER_LANGUAGES.contains(tokens.get(first).lower)
                        || OPENERS_OF_OTHER_LANGUAGES.contains(tokens.get(first).lower))
                        && !NAME_PARTICLES.contains(tokens.get(first).lower)
                    || unconfirmedOtherAlphabetStart(tokens.get(first), capitalisedInside)
                        && !(first < last && ARTICLE_PREFIXED.matcher(tokens.get(first + 1).text).matches())
                    || pluralOpeningBeforeOf(tokens, first))
                && !GIVEN_NAMES.contains(tokens.get(first).lower)) {
            first++;
            while (first <= last && !tokens.get(first).capitalised()) {
                first++;
            }
        }
        // "said Tuesday Google would ...": a weekday before a name is when, unless it names a paper or programme
        // ("Sunday Times", "Monday Night Football").
        if (first < last && WEEKDAYS.contains(tokens.get(first).lower)
                && !WEEKDAY_TITLES.contains(tokens.get(first + 1).lower)) {
            first++;
        }
        if (first > last || isCapitalisedLabel(text, tokens, first, last) || portfolio(tokens, first, last)) {
            return;
        }
        // "Democratic Sen. Harry Reid": the abbreviated title belongs to the name after its full stop, not before.
        if (last > first && ABBREVIATED_TITLES.contains(tokens.get(last).lower) && last + 1 < tokens.size()
                && text.startsWith(". ", tokens.get(last).end) && tokens.get(last + 1).capitalised()) {
            // "Staff Sgt. Robert Bales": the words before it are the title's too, and name no one.
            if (titleAt(tokens, first, last) == last) {
                return;
            }
            last--;
        }
        // Titles: "US President Barack Obama" is the place "US" and the person "Barack Obama".
        for (int k = first; k < last; k++) {
            int titleEnd = titleAt(tokens, k, last);
            // "Martin Luther King Jr.": a title word before a generation is the end of a name, no title.
            if (titleEnd >= 0 && titleEnd < last && NameKey.GENERATIONS.contains(tokens.get(titleEnd + 1).lower)) {
                continue;
            }
            int namesAfter = 0;
            for (int j = titleEnd + 1; titleEnd >= 0 && j <= last && tokens.get(j).capitalised(); j++) {
                namesAfter++;
                if (ORGANISATION_WORDS.contains(tokens.get(j).lower)) {
                    // "General Motors Corporation" is an organisation's name, title word and all.
                    titleEnd = -1;
                }
            }
            // "Defense Secretary Mark Esper": the portfolio before the title names no one ("Apple CEO Tim Cook", "US
            // President Barack Obama" and "House Intelligence Chairman Adam Schiff" name a company, a place and a
            // committee).
            boolean portfolioBefore = k > first && portfolioOnly(tokens, first, k - 1);
            // A word that is a title and a name's part ("General Motors", "Chief Justice") is taken for a title
            // only before two names or more, or after a portfolio ("Defense Secretary Esper").
            if (titleEnd >= 0 && titleEnd < last && (namesAfter >= 2 || namesAfter == 1
                    && (!AMBIGUOUS_TITLES.contains(tokens.get(titleEnd).lower) || portfolioBefore))) {
                if (k > first && !portfolioBefore) {
                    addName(text, tokens, first, trimJoiners(tokens, first, k - 1), null, out);
                }
                String title = text.substring(tokens.get(k).start, tokens.get(titleEnd).end);
                addName(text, tokens, titleEnd + 1, last, "title " + title, out);
                return;
            }
            // "President of the United States", "CEO of GM": what follows the title and "of" is no person.
            if (titleEnd >= 0 && titleEnd < last && namesAfter == 0
                    && !PHRASE_TITLES.contains(tokens.get(titleEnd).lower)) {
                // "Secretary of State Mike Pompeo", "Minister of Foreign Affairs Sergei Lavrov": unless a person
                // follows the office it is of, and maybe another office and its holder after "and" ("Secretary of
                // Commerce Gary Locke and Secretary of the Interior Ken Salazar").
                int holder = holderAfterOffice(tokens, titleEnd + 1, last);
                if (holder > 0) {
                    int end = beforeNextHolder(tokens, holder, last);
                    // The office's body or place is named still ("the United States", "General Motors", "Minister
                    // of Finance of Hesse Thomas Schäfer"), its portfolio not.
                    int office = afterPortfolios(tokens, titleEnd + 2, holder - 1);
                    int officeEnd = holder - 1;
                    // "Chairman of the Joint Chiefs of Staff General Joseph Dunford": the rank is the holder's.
                    while (officeEnd >= office && isTitle(tokens.get(officeEnd).lower)) {
                        officeEnd--;
                    }
                    if (office <= officeEnd) {
                        addName(text, tokens, office, officeEnd, null, out);
                    }
                    String title = text.substring(tokens.get(k).start, tokens.get(holder - 1).end);
                    addName(text, tokens, holder, end, "title " + title, out);
                    int next = end + 2 <= last && tokens.get(end + 2).lower.equals("the") ? end + 3 : end + 2;
                    if (next <= last) {
                        addCandidate(text, tokens, next, last, lowerCaseWords, capitalisedInside, out);
                    }
                    return;
                }
                // "Minister of Finance of Hesse": the place, not the portfolio ("Secretary of State" names none).
                int office = afterPortfolios(tokens, titleEnd + 2, last);
                if (office <= last) {
                    addName(text, tokens, office == titleEnd + 2 ? titleEnd + 1 : office, last, null, out);
                }
                return;
            }
        }
        // A title on its own ("the President said") names no one by itself.
        if (titleAt(tokens, first, last) == last) {
            return;
        }
        String cue = null;
        if (first > 0) {
            Token before = tokens.get(first - 1);
            String gap = text.substring(before.end, tokens.get(first).start);
            // A lower-case title before one capitalised word is too often an adjective of a thing ("deputy
            // Migration minister"); before a full name it is the person's ("governor Atheel al-Nujaifi").
            boolean written = Character.isUpperCase(before.text.codePointAt(0))
                    || last > first && !AMBIGUOUS_TITLES.contains(before.lower);
            // After a comma, an acronym alone is a body that goes on the sentence, not the title's holder ("the post
            // of Surgeon General, CNN officials confirmed").
            boolean acronymAfterComma = gap.equals(", ") && first == last && tokens.get(first).allCaps();
            if (written && isTitle(before.lower) && !acronymAfterComma
                    && (gap.equals(" ") || gap.equals(". ") || gap.equals(", "))) {
                cue = "title " + before.text;
            }
        }
        addName(text, tokens, first, last, cue, out);
    }

    /**
     * "Shares of Apple Inc. rose", "Members of Congress said": a plural that opens a sentence before "of" is a
     * common noun, unless the text capitalises it inside a sentence too ("Friends of the Earth" named again) or it
     * is a body's word or a place.
     */
    private boolean pluralOpeningBeforeOf(List<Token> tokens, int first) {
        Token t = tokens.get(first);
        if (first + 1 >= tokens.size() || !tokens.get(first + 1).lower.equals("of") || t.lower.length() < 4
                || !t.lower.endsWith("s") || t.lower.endsWith("ss") || t.allCaps()
                || ORGANISATION_WORDS.contains(t.lower) || !gazetteer.exactly(t.lower).isEmpty()) {
            return false;
        }
        for (Token other : tokens) {
            if (!other.sentenceStart && other.lower.equals(t.lower) && other.capitalised()) {
                return false;
            }
        }
        return true;
    }

    /**
     * "deputy Migration and Displacement minister", "the Interior ministry": capitalised words right before a
     * minister or ministry written in lower case name the portfolio, not a body or a person (a country's name there,
     * "the Iraq ministry", stays a place).
     */
    private boolean portfolio(List<Token> tokens, int first, int last) {
        // Past the other portfolios the office joins ("Migration and Displacement minister").
        int end = last;
        while (end + 2 < tokens.size() && tokens.get(end + 1).lower.equals("and") && tokens.get(end + 2).capitalised()
                && nextTo(tokens, end)) {
            end += 2;
            while (end + 1 < tokens.size() && tokens.get(end + 1).capitalised() && nextTo(tokens, end)) {
                end++;
            }
        }
        if (end + 1 >= tokens.size() || !PORTFOLIO_HOLDERS.contains(tokens.get(end + 1).text)
                || !nextTo(tokens, end)) {
            return false;
        }
        for (int k = first; k <= end; k++) {
            if (tokens.get(k).capitalised() && !gazetteer.exactly(tokens.get(k).text).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the holder's name starts in "of State Mike Pompeo", "of Foreign Affairs Sergei Lavrov", "of the United
     * States Donald Trump" (from {@code of}, the joiner after a title, to {@code last}): past words that name
     * portfolios ("of State Pompeo", "of Commerce Gary Locke"), else at a given name with a word after it; -1 when
     * the words after "of" name only the office or a body ("President of the United States", "CEO of General
     * Motors").
     */
    private static int holderAfterOffice(List<Token> tokens, int of, int last) {
        if (!tokens.get(of).lower.equals("of") || of + 2 > last) {
            return -1;
        }
        int office = afterPortfolios(tokens, of + 1, last);
        int end = beforeNextHolder(tokens, office, last);
        for (int s = Math.max(of + 2, office); s < end; s++) {
            if (tokens.get(s).capitalised() && GIVEN_NAMES.contains(tokens.get(s).lower)) {
                return s;
            }
        }
        // "of State Pompeo", not "Minister of Finance of Hesse": the name right after the portfolio.
        return office > of + 1 && office <= last && tokens.get(office).capitalised()
                && PORTFOLIO_WORDS.contains(tokens.get(office - 1).lower) ? office : -1;
    }

    /** Past the portfolios' words and their joiners from {@code from} on ("Health and Human Services"). */
    private static int afterPortfolios(List<Token> tokens, int from, int last) {
        int s = from;
        while (s <= last && (PORTFOLIO_WORDS.contains(tokens.get(s).lower)
                || JOINERS_OF_PORTFOLIOS.contains(tokens.get(s).lower))) {
            s++;
        }
        // Joiners alone are no portfolio ("of the United States").
        for (int k = from; k < s; k++) {
            if (PORTFOLIO_WORDS.contains(tokens.get(k).lower)) {
                return s;
            }
        }
        return from;
    }

    /**
     * The last word before an "and" that opens another name after {@code from} ("and Secretary of ...", "and the CEO
     * of ..."; {@code last} when none does).
     */
    private static int beforeNextHolder(List<Token> tokens, int from, int last) {
        for (int k = from + 1; k < last; k++) {
            if (JOINERS_OF_HOLDERS.contains(tokens.get(k).lower) && (tokens.get(k + 1).capitalised()
                    || tokens.get(k + 1).lower.equals("the") && k + 2 <= last && tokens.get(k + 2).capitalised())) {
                return k - 1;
            }
        }
        return last;
    }

    /** Whether the words from first to last are all portfolios' words and their joiners ("Homeland Security"). */
    private static boolean portfolioOnly(List<Token> tokens, int first, int last) {
        for (int k = first; k <= last; k++) {
            String lower = tokens.get(k).lower;
            if (!PORTFOLIO_WORDS.contains(lower) && !JOINERS_OF_PORTFOLIOS.contains(lower)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The words of the offices a secretary or minister holds ("Secretary of Homeland Security", "Defense
     * Secretary", "Minister of Foreign Affairs"): they name the office, not a body or a person. The armed forces'
     * ("Navy Secretary") are left out: those are bodies too.
     */
    private static final Set<String> PORTFOLIO_WORDS = Set.of("state", "defense", "defence", "treasury", "interior",
            "health", "homeland", "security", "justice", "energy", "commerce", "labor", "labour", "education",
            "agriculture", "transportation", "transport", "housing", "veterans", "affairs", "foreign", "finance",
            "home", "trade", "environment", "culture", "human", "services", "urban", "development", "economy",
            "industry", "communications", "immigration", "public", "works", "social", "welfare", "internal",
            "external", "science", "technology", "sport", "sports", "tourism", "information", "war", "planning",
            "staff", "national", "intelligence");
    private static final Set<String> JOINERS_OF_PORTFOLIOS = Set.of("and", "for", "the", "of", "&");
    private static final Set<String> JOINERS_OF_HOLDERS = Set.of("and", "&", "y");

    /** Whether the token after {@code k} follows it at one character's distance, as the words of one name do. */
    private static boolean nextTo(List<Token> tokens, int k) {
        return tokens.get(k + 1).start == tokens.get(k).end + 1;
    }

    /** Lower-case words after a portfolio's name. */
    private static final Set<String> PORTFOLIO_HOLDERS = Set.of("minister", "ministers", "ministry");

    /**
     * "You've", "I'd", "Sixty-six": a pronoun's contraction or a number written out, which only a sentence's start
     * capitalises.
     */
    private static boolean isContractionOrNumber(String lower) {
        int hyphen = lower.indexOf('-');
        return isContraction(lower) || NUMBER_WORDS.contains(hyphen > 0 ? lower.substring(0, hyphen) : lower);
    }

    /** "I'm", "You've": a pronoun's contraction, which "I" capitalises anywhere. */
    private static boolean isContraction(String lower) {
        int apostrophe = Math.max(lower.indexOf('\''), lower.indexOf('’'));
        return apostrophe > 0 && COMMON.contains(lower.substring(0, apostrophe));
    }

    /**
     * "STORY HIGHLIGHTS", "FOLLOW THIS TOPIC": words in capitals that make a line of their own are a page's label,
     * not a name; in running text ("troops entered MOSUL") capitals still mark one.
     */
    private static boolean isCapitalisedLabel(String text, List<Token> tokens, int first, int last) {
        if (last == first) {
            return false;
        }
        for (int k = first; k <= last; k++) {
            if (!tokens.get(k).allCaps()) {
                return false;
            }
        }
        return wholeLine(text, tokens.get(first).start, tokens.get(last).end);
    }

    /** Whether nothing but spaces and punctuation stands between the span and the ends of its line. */
    private static boolean wholeLine(String text, int start, int end) {
        for (int i = start - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return false;
            }
        }
        for (int i = end; i < text.length() && text.charAt(i) != '\n'; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** "Fighting", "Meanwhile", "Reportedly": endings English words have and names seldom do. */
    private boolean looksLikeCommonWord(String lower) {
        return lower.length() > 4 && (lower.endsWith("ing") || lower.endsWith("ly") || lower.endsWith("ed"))
                && gazetteer.exactly(lower).isEmpty();
    }

    /**
     * A title, also as one elected or named and not yet in office or one no longer in it ("President-elect Barack
     * Obama", "Speaker-designate Nancy Pelosi", "ex-Governor Rod Blagojevich"): the hyphen makes them one token,
     * which the list alone would not know.
     */
    static boolean isTitle(String lower) {
        if (TITLES.contains(lower)) {
            return true;
        }
        // A title in initials written with full stops ("C.E.O.", "M.P."), as a newspaper's style may have it.
        if (lower.length() > 3 && lower.charAt(1) == '.' && TITLES.contains(lower.replace(".", ""))) {
            return true;
        }
        if (lower.endsWith("-elect")) {
            return TITLES.contains(lower.substring(0, lower.length() - "-elect".length()));
        }
        if (lower.endsWith("-designate")) {
            return TITLES.contains(lower.substring(0, lower.length() - "-designate".length()));
        }
        return lower.startsWith("ex-") && TITLES.contains(lower.substring("ex-".length()));
    }

    /**
     * A month's name, in any language the date lines are read in, beside a number: a date's word ("10 Mart 2020",
     * "Mart'ta", "14 Sierpnia"), though a capital makes it look like a name (Turkish, German and English capitalise
     * months); alone, "Mart" or "Ekim" may be a name.
     */
    private static boolean monthOfADate(String text, Token token) {
        int apostrophe = Math.max(token.text.indexOf('\''), token.text.indexOf('’'));
        String word = apostrophe > 0 ? token.text.substring(0, apostrophe) : token.text;
        if (news.storyline.ingest.DateNames.month(word) == 0) {
            return false;
        }
        int after = token.end;
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        return afterNumber(text, token) || after < text.length() && Character.isDigit(text.charAt(after));
    }

    private static boolean afterNumber(String text, Token token) {
        int i = token.start - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && Character.isDigit(text.charAt(i));
    }

    private static int capitals(String word) {
        return (int) word.codePoints().filter(Character::isUpperCase).count();
    }

    /** The index of the last token of a title starting at {@code k}, or -1. */
    private static int titleAt(List<Token> tokens, int k, int last) {
        int end = -1;
        // Title words in a row are one title: "Chief Executive Officer", "Prime Minister".
        for (int j = k; j <= last; j++) {
            if (j + 1 <= last && isTitle(tokens.get(j).lower + " " + tokens.get(j + 1).lower)) {
                end = ++j;
            } else if (isTitle(tokens.get(j).lower) && tokens.get(j).capitalised()) {
                end = j;
            } else if (!OFFICE_WORDS.contains(tokens.get(j).lower) || !titleFollows(tokens, j + 1, last)) {
                break;
            }
        }
        return end;
    }

    /**
     * Words that say which office a title is of ("Chief Operating Officer", "Managing Director", "Chief Financial
     * Officer"): part of the title where a title word follows, so that "Operating Officer" is taken for no one.
     */
    private static final Set<String> OFFICE_WORDS = Set.of("operating", "financial", "technology", "technical",
            "information", "marketing", "managing", "legal", "medical", "commercial", "digital", "communications",
            "strategy", "investment", "press", "deputy", "assistant", "associate", "acting", "interim", "senior",
            "principal", "creative", "science", "scientific", "security", "content", "product", "operations",
            "staff", "head", "national");

    /** Whether office words and then a title word follow from {@code from} on, within the name. */
    private static boolean titleFollows(List<Token> tokens, int from, int last) {
        for (int j = from; j <= last; j++) {
            if (isTitle(tokens.get(j).lower) && tokens.get(j).capitalised()) {
                return true;
            }
            if (!OFFICE_WORDS.contains(tokens.get(j).lower)) {
                return false;
            }
        }
        return false;
    }

    /** The articles a title after a name may open with. */
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");

    /**
     * A title set after a full name, between commas ("Fritz Henderson, the Chief Executive Officer of General Motors,"
     * "Jane Doe, a spokeswoman"): the cue "title after ..." when there is one, else null.
     */
    private static String titleAfter(String text, List<Token> tokens, int last) {
        int k = last + 1;
        if (k >= tokens.size() || !text.startsWith(", ", tokens.get(last).end)
                || tokens.get(k).start != tokens.get(last).end + 2) {
            return null;
        }
        if (ARTICLES.contains(tokens.get(k).text) && k + 1 < tokens.size()) {
            k++;
        }
        Token word = tokens.get(k);
        String next = k + 1 < tokens.size() ? tokens.get(k + 1).lower : "";
        // A word that is a title and an adjective ("Los Angeles, a major city", "the chief suspect") counts only
        // before another title word ("the Chief Executive Officer", "its executive director").
        boolean title = isTitle(word.lower + " " + next) || isTitle(word.lower)
                && (!AMBIGUOUS_TITLES.contains(word.lower) || isTitle(next));
        return title ? "title after, " + word.text : null;
    }

    private static int trimJoiners(List<Token> tokens, int first, int last) {
        while (last > first && !tokens.get(last).capitalised()) {
            last--;
        }
        return last;
    }

    /**
     * Words of faiths and peoples that stand capitalised in English without naming anyone ("Islamic militants",
     * "Sunni fighters", "Jewish settlers"): alone they are no name; in one ("Islamic State", "Arab League") they are
     * part of it. (A country's adjective, "Iraqi", is its country's: see {@link Gazetteer#countryOfAdjective}.)
     */
    private static final Set<String> FAITHS_AND_PEOPLES = Set.of("islamic", "muslim", "muslims", "jewish", "jews",
            "catholic", "catholics", "protestant", "protestants", "christians", "sikh", "sikhs", "hindu", "hindus",
            "buddhist", "buddhists", "sunni", "sunnis", "shia", "shiite", "shiites", "arab", "arabs", "kurds");

    private void addName(String text, List<Token> tokens, int first, int last, String titleCue, List<Mention> out) {
        // A name neither starts nor ends with a joiner ("of GM" is "GM"), nor starts with an adjective made of
        // another name ("Chicago-based Boeing" is "Boeing").
        while (first <= last && (!tokens.get(first).capitalised() || first < last
                && DERIVED_ADJECTIVE.matcher(tokens.get(first).lower).find())) {
            first++;
        }
        last = first > last ? last : trimJoiners(tokens, first, last);
        if (first > last || first == last && FAITHS_AND_PEOPLES.contains(tokens.get(first).lower)) {
            return;
        }
        List<String> words = new ArrayList<>();
        for (int k = first; k <= last; k++) {
            words.add(tokens.get(k).lower);
        }
        // Dates and time zones are the date finder's; a job title alone ("Chief Executive Officer") names no one; a two-letter
        // word in mixed case ("No. 1", "Mr") is no name, though an acronym ("UN") is.
        if (words.stream().allMatch(w -> CALENDAR.contains(w) || GERMAN_CALENDAR.contains(w))
                || words.stream().allMatch(TITLES::contains)
                || (words.size() == 1 && (COMMON.contains(words.get(0)) || isContraction(words.get(0))
                    || THING_ACRONYMS.contains(words.get(0)) && capitals(tokens.get(first).text) >= 2
                    || (words.get(0).equals("am") || words.get(0).equals("pm"))
                        && afterNumber(text, tokens.get(first))
                    || monthOfADate(text, tokens.get(first))))
                || (words.size() == 1 && (words.get(0).length() < 2
                    || words.get(0).length() == 2 && !tokens.get(first).allCaps()))) {
            return;
        }
        String name = text.substring(tokens.get(first).start, tokens.get(last).end);
        MentionType type;
        String cue;
        String organisationWord = words.stream().filter(w -> ORGANISATION_WORDS.contains(w)).findFirst().orElse(null);
        String after = placeWordAfter(text, tokens, last);
        if (titleCue == null && words.size() > 1) {
            titleCue = titleAfter(text, tokens, last);
        }
        // After a title, a name with an organisation word is no person ("General Motors Corporation").
        if (titleCue != null && organisationWord == null) {
            type = MentionType.PERSON;
            cue = titleCue;
        } else if (organisationWord != null && !(words.size() == 1 && PLACE_AFTER.contains(after))) {
            type = MentionType.ORGANISATION;
            cue = "organisation word " + organisationWord;
        } else if (GIVEN_NAMES.contains(words.get(0)) && words.size() > 1 && gazetteer.exactly(name).isEmpty()) {
            // A given name opens the name of a person, unless the whole is a place's ("Victoria Falls").
            type = MentionType.PERSON;
            cue = FIRST_NAME_CUE + tokens.get(first).text;
        } else if (first == last && tokens.get(first).allCaps()) {
            boolean country = gazetteer.exactly(name).stream().anyMatch(p -> p.kind() == Place.Kind.COUNTRY);
            type = country ? MentionType.PLACE : MentionType.ORGANISATION;
            cue = country ? "gazetteer" : "acronym";
        } else if (PLACE_AFTER.contains(after) || !gazetteer.lookup(name).isEmpty()
                || !gazetteer.beforeCaseEnding(name).isEmpty()) {
            type = MentionType.PLACE;
            String before = first > 0 ? tokens.get(first - 1).lower : "";
            cue = PLACE_AFTER.contains(after) ? "followed by " + after
                    : PLACE_BEFORE.contains(before) ? "gazetteer after " + before : "gazetteer";
        } else if (words.size() >= 2 && isArabicName(tokens, first, last)) {
            type = MentionType.PERSON;
            cue = "name with al-";
        } else {
            type = MentionType.OTHER;
            cue = "none";
        }
        out.add(new Mention(name, tokens.get(first).start, tokens.get(last).end, type, cue));
    }

    /**
     * "province" in "Ninevah province, which": a place word closing the phrase after a name. Not one that a noun
     * or "of" follows ("the Iraqi city of Mosul", "Islamic state plan"), where the name is an adjective.
     */
    private static String placeWordAfter(String text, List<Token> tokens, int last) {
        if (last + 1 >= tokens.size() || !text.substring(tokens.get(last).end, tokens.get(last + 1).start).equals(" ")
                || !PLACE_AFTER.contains(tokens.get(last + 1).lower)) {
            return "";
        }
        Token word = tokens.get(last + 1);
        if (last + 2 < tokens.size() && text.substring(word.end, tokens.get(last + 2).start).equals(" ")) {
            Token next = tokens.get(last + 2);
            if (next.lower.equals("of") || Character.isLowerCase(next.text.codePointAt(0))
                    && !PHRASE_CONTINUES.contains(next.lower)) {
                return "";
            }
        }
        return word.lower;
    }

    /**
     * Which words stand in a stretch of title case: capitalised, with none of the {@value #TITLE_CASE_REACH} words on
     * either side written small ("Boko Haram Attacks Michika Town In Adamawa", "Pauline Tantot Sizzles In Metallic
     * Pink Mini Dress On Instagram" run into the text's first sentence). Null when the text has fewer than
     * {@value #PROSE_WORDS} words besides: one written all in title case has no prose to read its names by, and is
     * read as before (all in capitals, it has no capitalised small word, so no stretch of title case).
     */
    private static boolean[] titleCase(List<Token> tokens) {
        boolean[] titleCase = new boolean[tokens.size()];
        // Where each word's sentence ends (the next sentence's first word), found once from the back.
        int[] sentenceEnds = new int[tokens.size()];
        for (int k = tokens.size() - 1, end = tokens.size(); k >= 0; k--) {
            sentenceEnds[k] = end;
            end = tokens.get(k).sentenceStart ? k : end;
        }
        int count = 0;
        int sentence = 0;
        for (int k = 0; k < tokens.size(); k++) {
            sentence = tokens.get(k).sentenceStart ? k : sentence;
            if (!Character.isUpperCase(tokens.get(k).text.codePointAt(0))) {
                continue;
            }
            // Within the sentence: a headline's title case does not reach into the text's first sentence.
            int sentenceEnd = sentenceEnds[k];
            int around = 0;
            boolean small = false;
            boolean capitalisedSmallWord = false;
            for (int i = Math.max(sentence, k - TITLE_CASE_REACH); i <= Math.min(sentenceEnd - 1, k + TITLE_CASE_REACH)
                    && !small; i++) {
                // Not "A": an initial, or another language's "and" ("Małopolska (2) A Zachodniopomorskie (1)").
                capitalisedSmallWord |= tokens.get(i).text.length() > 1 && !tokens.get(i).sentenceStart
                        && TITLE_CASE_SMALL_WORDS.contains(tokens.get(i).lower) && !tokens.get(i).allCaps();
                if (i != k) {
                    small = Character.isLowerCase(tokens.get(i).text.codePointAt(0));
                    around++;
                }
            }
            titleCase[k] = !small && capitalisedSmallWord && around >= TITLE_CASE_REACH;
            count += titleCase[k] ? 1 : 0;
        }
        return count == 0 || tokens.size() - count < PROSE_WORDS ? null : titleCase;
    }

    /** Whether any word of the run stands in a stretch of title case. */
    private static boolean inTitleCase(boolean[] titleCase, int first, int last) {
        for (int k = first; k <= last; k++) {
            if (titleCase[k]) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words the text capitalises inside its prose: in runs of capitalised words none of which stands in title
     * case, not at a sentence's start: its names. (A headline's last words beside the text's first sentence are in a
     * run that reaches into the headline, and confirm nothing: "... Brad Pitt Dating Joke The actress".)
     */
    private static Set<String> capitalisedInProse(List<Token> tokens, boolean[] titleCase) {
        Set<String> words = new HashSet<>();
        int k = 0;
        while (k < tokens.size()) {
            if (!Character.isUpperCase(tokens.get(k).text.codePointAt(0))) {
                k++;
                continue;
            }
            int end = k;
            boolean reachesTitleCase = false;
            while (end < tokens.size() && Character.isUpperCase(tokens.get(end).text.codePointAt(0))) {
                reachesTitleCase |= titleCase[end];
                end++;
            }
            for (int i = k; i < end && !reachesTitleCase; i++) {
                if (!tokens.get(i).sentenceStart && !TITLE_CASE_SMALL_WORDS.contains(tokens.get(i).lower)) {
                    words.add(tokens.get(i).lower);
                }
            }
            k = end;
        }
        return words;
    }

    /**
     * A run of capitalised words reaching into a stretch of title case: only what the text confirms is a name, the
     * run whole where the gazetteer knows it as written, else each part of words that the prose capitalises too (or
     * acronyms), small words never, so that the headline "Boko Haram Attacks Michika Town In Adamawa" gives "Boko
     * Haram" and "Adamawa" where the text names them, not the whole headline.
     */
    private void addConfirmedParts(String text, List<Token> tokens, int first, int last, Set<String> writtenInProse,
                                   Set<String> lowerCaseWords, Set<String> capitalisedInside, List<Mention> out) {
        if (!gazetteer.exactly(text.substring(tokens.get(first).start, tokens.get(last).end)).isEmpty()) {
            addCandidate(text, tokens, first, last, lowerCaseWords, capitalisedInside, out);
            return;
        }
        boolean[] confirmed = new boolean[last - first + 1];
        for (int k = first; k <= last; k++) {
            // Not by the gazetteer word by word: "Free" of "Toll Free Call" is a region of South Africa to it, "Of" a
            // town of Turkey.
            confirmed[k - first] = !TITLE_CASE_SMALL_WORDS.contains(tokens.get(k).lower)
                    && (writtenInProse.contains(tokens.get(k).lower) || tokens.get(k).allCaps());
        }
        // A place of two or three words inside it is confirmed as a whole ("Santa Monica"), not word by word.
        for (int k = first; k < last; k++) {
            for (int end = k + 1; end <= Math.min(last, k + 2)
                    && !TITLE_CASE_SMALL_WORDS.contains(tokens.get(k).lower); end++) {
                String phrase = text.substring(tokens.get(k).start, tokens.get(end).end);
                if (gazetteer.exactly(phrase).stream().anyMatch(p -> p.population() >= MentionGroups.SMALL_TOWN)) {
                    java.util.Arrays.fill(confirmed, k - first, end - first + 1, true);
                }
            }
        }
        int from = -1;
        for (int k = first; k <= last + 1; k++) {
            if (k <= last && confirmed[k - first]) {
                from = from < 0 ? k : from;
                continue;
            }
            // A word left unconfirmed between confirmed ones (a small word: "Research In Motion") stays where the text
            // writes the whole so elsewhere too.
            int after = k + 1;
            if (from >= 0 && after <= last && confirmed[after - first]
                    && writtenElsewhere(text, tokens.get(from).start, tokens.get(after).end)) {
                continue;
            }
            if (from >= 0) {
                addCandidate(text, tokens, from, k - 1, lowerCaseWords, capitalisedInside, out);
                from = -1;
            }
        }
    }

    /** Whether the text's span from {@code start} to {@code end} is written again elsewhere in it. */
    private static boolean writtenElsewhere(String text, int start, int end) {
        String phrase = text.substring(start, end);
        int at = text.indexOf(phrase);
        return at != start || text.indexOf(phrase, start + 1) >= 0;
    }

    /** "Atheel al-Nujaifi": a given name and a family name with the article, the commonest shape of Arabic names. */
    private static boolean isArabicName(List<Token> tokens, int first, int last) {
        return first < last && ARTICLE_PREFIXED.matcher(tokens.get(last).text).matches();
    }

    /**
     * "Procter & Gamble", "Standard & Poor's", "AT&T", "Texas A&M": an ampersand between two capitalised words joins
     * them into one name, as "and" between two names does not. Not between two places ("Germany & Austria"), two
     * given names ("Brad & Jen"), two acronyms apart ("EU & IMF"), two German nouns ("Rückfragen & Kontakt"), nor
     * before the "Co" that ends a firm's name as a reader shortens it ("JPMorgan Chase & Co", the German "Facebook &
     * Co": Facebook and its like); and "R&D", "M&A", "Q&A" are things.
     */
    private boolean ampersand(String text, Token a, Token b, boolean germanNouns) {
        if (!a.capitalised() || !b.capitalised() || b.lower.equals("co")) {
            return false;
        }
        String gap = text.substring(a.end, b.start);
        if (!gap.equals(" & ") && !gap.equals("&")) {
            return false;
        }
        if (THINGS_WITH_AMPERSANDS.contains(a.lower + "&" + b.lower)
                || GIVEN_NAMES.contains(a.lower) && GIVEN_NAMES.contains(b.lower)
                || gap.length() > 1 && a.allCaps() && b.allCaps() && a.text.length() > 1 && b.text.length() > 1
                || germanNouns && (GermanWords.isCommonWord(a.text) || GermanWords.isCommonWord(b.text))) {
            return false;
        }
        return a.text.length() == 1 || b.text.length() == 1 || !(placeOrRegion(a) || placeOrRegion(b));
    }

    /** Abbreviations written with an ampersand that name things, not bodies. */
    private static final Set<String> THINGS_WITH_AMPERSANDS = Set.of("r&d", "m&a", "q&a", "b&b", "p&l");

    /** Whether the gazetteer has a country or region of the word's name. */
    private boolean placeOrRegion(Token t) {
        return gazetteer.exactly(t.text).stream().anyMatch(p -> p.kind() != Place.Kind.CITY);
    }

    private static boolean spaceOnly(String text, Token a, Token b) {
        // An initial with its full stop stays in the name: "George W. Bush", "Michael M. Sears".
        // Not the last letter of a name with an ampersand: "AT&T. Texas ..." ends a sentence.
        boolean initial = a.text.length() == 1 && Character.isUpperCase(a.text.charAt(0))
                && b.start - a.end == 2 && text.startsWith(". ", a.end)
                && (a.start == 0 || text.charAt(a.start - 1) != '&');
        return initial || b.start - a.end == 1 && text.charAt(a.end) == ' ';
    }

    /**
     * "P.J. Crowley", "J.K. Rowling": a person's initials written together, before a name in lower case letters,
     * which joins them although capitals and lower case otherwise part two names. Not the abbreviations of places
     * and bodies ("U.S. Senate", "U.N. Security Council").
     */
    private static boolean personsInitials(Token a, Token b) {
        return a.text.endsWith(".") && a.text.length() <= 6 && !PLACE_OR_BODY_INITIALS.contains(a.text)
                && !b.allCaps();
    }

    /** The cue of a person told by a given name, which the name follows: "first name Steve". */
    static final String FIRST_NAME_CUE = "first name ";

    /** Dotted abbreviations that name places, bodies or times, never a person's initials. */
    private static final Set<String> PLACE_OR_BODY_INITIALS = Set.of("U.S.", "U.K.", "U.N.", "E.U.", "U.A.E.",
            "U.S.A.", "U.S.S.R.", "D.C.", "N.Y.", "L.A.", "S.F.", "N.J.", "N.C.", "S.C.", "N.H.", "P.R.", "A.M.",
            "P.M.", "B.C.", "A.D.", "R.I.", "W.Va.", "N.Z.", "S.A.", "N.V.", "A.G.", "P.A.", "E.C.", "I.D.");

    /**
     * Where the token starting at {@code at} ends ({@code at} itself when none starts there): initials with their
     * dots ("U.S.", two or more), or a word of letters, marks and digits beginning with a letter, with its hyphenated
     * or apostrophed parts ("al-Maliki", "O'Neil"): what the expression
     * {@code (?:\p{Lu}\.){2,}|[\p{L}\p{M}][\p{L}\p{M}\p{Nd}]*(?:[-'’‘][\p{L}\p{M}\p{Nd}]+)*} finds, as a
     * loop (the test holds the expression and compares): the tokens are read for every article, and the expression's
     * search was the largest part of finding names.
     */
    static int tokenEnd(String text, int at) {
        int initials = at;
        int pairs = 0;
        while (initials < text.length()) {
            int letter = text.codePointAt(initials);
            int dot = initials + Character.charCount(letter);
            if (dot >= text.length() || text.charAt(dot) != '.'
                    || Character.getType(letter) != Character.UPPERCASE_LETTER) {
                break;
            }
            initials = dot + 1;
            pairs++;
        }
        if (pairs >= 2) {
            return initials;
        }
        int c = text.codePointAt(at);
        if (!Character.isLetter(c) && !isMark(c)) {
            return at;
        }
        int end = wordPart(text, at + Character.charCount(c));
        while (end + 1 < text.length() && "-'’‘".indexOf(text.charAt(end)) >= 0) {
            int next = wordPart(text, end + 1);
            if (next == end + 1) {
                break;
            }
            end = next;
        }
        return end;
    }

    /** The end of a run of letters, marks and digits from {@code at}. */
    private static int wordPart(String text, int at) {
        int i = at;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (!Character.isLetter(c) && !isMark(c) && Character.getType(c) != Character.DECIMAL_DIGIT_NUMBER) {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static List<Token> tokens(String text) {
        Set<String> possessiveNames = possessiveNames(text);
        List<Token> tokens = new ArrayList<>();
        for (int at = 0; at < text.length(); ) {
            int start = at;
            int end = tokenEnd(text, at);
            if (end == at) {
                at += Character.charCount(text.codePointAt(at));
                continue;
            }
            at = end;
            String word = text.substring(start, end);
            // A possessive is the name without its "'s", but for a shop's name that is written with it ("Sam's Club").
            if (word.length() > 2 && (word.endsWith("'s") || word.endsWith("’s"))
                    && !possessiveNames.contains(word.substring(0, word.length() - 2))) {
                word = word.substring(0, word.length() - 2);
                end -= 2;
            }
            // An elided article or preposition before a name, as French and Italian write it ("d'Arnaud", "l'Italia");
            // capitalised, it is part of the name ("D'Alema", "L'Oréal").
            if (word.length() > 3 && (word.charAt(1) == '\'' || word.charAt(1) == '’')
                    && (word.charAt(0) == 'd' || word.charAt(0) == 'l') && Character.isUpperCase(word.charAt(2))) {
                word = word.substring(2);
                start += 2;
            }
            if (word.endsWith(".") && word.indexOf('.') == word.length() - 1) {
                word = word.substring(0, word.length() - 1);
                end--;
            }
            String lower = word.toLowerCase(Locale.ROOT);
            tokens.add(new Token(word, start, end, lower, startsSentence(text, start, tokens)
                    || afterRunInHeadline(text, start, word, lower, tokens)));
        }
        return tokens;
    }

    /**
     * The words a text writes with "'s" before a shop's or company's word ("Sam's Club", "Denny's Restaurant", "Macy's
     * Inc") and never without it: the "'s" is the name's. A person's possessive before such a word ("Trump's
     * Club") is the person where the text names him alone too.
     */
    private static Set<String> possessiveNames(String text) {
        Set<String> names = new HashSet<>();
        Matcher m = POSSESSIVE_BEFORE_SHOP.matcher(text);
        while (m.find()) {
            if (SHOP_WORDS.contains(m.group(2).toLowerCase(Locale.ROOT))) {
                names.add(m.group(1));
            }
        }
        names.removeIf(name -> Pattern.compile("\\b" + Pattern.quote(name) + "(?!['’]s)(?![\\p{L}\\p{M}])")
                .matcher(text).find());
        return names;
    }

    private static final Pattern POSSESSIVE_BEFORE_SHOP = Pattern.compile(
            "\\b(\\p{Lu}[\\p{L}\\p{M}]+)['’]s (\\p{Lu}\\p{L}+)");
    /** Words that end a shop's or company's name after a possessive. */
    private static final Set<String> SHOP_WORDS = Set.of("club", "restaurant", "restaurants", "pizza", "corp",
            "inc", "co", "bar", "grill", "cafe", "café", "diner", "motel", "hotel", "store", "stores", "pub", "tavern",
            "supermarket", "kitchen", "bakery", "pharmacy");

    /** English's small words that stand inside names or before them ("Garden of Eden", "in Mich."). */
    private static final Set<String> ENGLISH_JOINERS = Set.of("of", "the", "and", "in", "on", "at", "to", "from",
            "for", "by", "with", "a", "an", "near", "into", "via", "vs", "versus", "against", "said", "says");
    /**
     * Words of four letters or more that other languages' stop lists hold and that are also English words or nouns
     * of their own language ("Estado", the state, is also a form of Spanish "estar").
     */
    private static final Set<String> ENGLISH_TOO = Set.of("also", "come", "dies", "door", "over", "want", "will",
            "seas", "estado", "estados");

    /**
     * Whether the word opens a sentence that a headline ran into with no full stop ("... in Paris festgenommen Seit
     * 1994 war ...", "... crisis sanitaria Durante la noche ..."): another language's function word of four letters
     * or more, capitalised right after a word in lower case, where that language would not capitalise it.
     */
    private static boolean afterRunInHeadline(String text, int start, String word, String lower, List<Token> before) {
        if (before.isEmpty() || lower.length() < MIN_OTHER_STOP_WORD || !Character.isUpperCase(word.codePointAt(0))
                || word.codePoints().skip(1).anyMatch(Character::isUpperCase) || ENGLISH_TOO.contains(lower)
                || NAME_PARTICLES.contains(lower)
                || !STOP_WORDS_OF_OTHER_LANGUAGES.contains(lower) && !GERMAN_OPENING_WORDS.contains(lower)) {
            return false;
        }
        // The word before, in lower case, with only spaces between; small words join names ("the Garden of Eden",
        // "Corriere della Sera", "Frente de Todos"): after one, the word is a name's.
        Token previous = before.get(before.size() - 1);
        if (previous.end >= start || !text.substring(previous.end, start).chars().allMatch(c -> c == ' ')
                || !Character.isLowerCase(previous.text.codePointAt(0))
                || !Character.isLetter(previous.text.codePointBefore(previous.text.length()))
                || ENGLISH_JOINERS.contains(previous.lower) || NameKey.JOINERS.contains(previous.lower)) {
            return false;
        }
        // The word after is no capitalised one (a name goes on there: "the Notre Dame campus", "Cosa Nostra",
        // "Estes Kefauver").
        int after = start + word.length();
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        return after >= text.length() || !Character.isUpperCase(text.charAt(after));
    }

    /** Whether the word at {@code start} opens a sentence, a line or a quotation. */
    private static boolean startsSentence(String text, int start, List<Token> before) {
        int i = start - 1;
        // Quotation marks, brackets and list bullets ("• If Republicans had ...") open what follows.
        while (i >= 0 && (text.charAt(i) == ' ' || "\"“‘'([«•·‣▪◦*".indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        if (i < 0) {
            return true;
        }
        char c = text.charAt(i);
        if (c == '\n' || c == '\r' || c == '!' || c == '?' || c == ':' || c == '—' || c == '–' || c == '”') {
            return true;
        }
        if (c == '.') {
            // "Gen. Petraeus", "U.S. forces" and "George W. Bush" do not end a sentence there.
            Token previous = before.isEmpty() ? null : before.get(before.size() - 1);
            return previous == null || !(ABBREVIATED_TITLES.contains(previous.lower) || previous.text.contains(".")
                    || previous.text.length() == 1 && Character.isUpperCase(previous.text.charAt(0)));
        }
        return false;
    }

    /**
     * The stop words of the other languages' analyzers that {@code kept} keeps: of four letters or more for a
     * sentence's opening word, as the short ones are too often names in English news as well ("Ben", "Dan", "Li",
     * "Ma", "Han"), and those of other alphabets whatever their length ("По", "Как", "Это").
     */
    private static Set<String> stopWordsOf(java.util.function.Predicate<String> kept) {
        Set<String> words = new HashSet<>();
        for (CharArraySet set : List.of(FrenchAnalyzer.getDefaultStopSet(), GermanAnalyzer.getDefaultStopSet(),
                SpanishAnalyzer.getDefaultStopSet(), ItalianAnalyzer.getDefaultStopSet(),
                PortugueseAnalyzer.getDefaultStopSet(), DutchAnalyzer.getDefaultStopSet(),
                PolishAnalyzer.getDefaultStopSet(), TurkishAnalyzer.getDefaultStopSet(),
                RussianAnalyzer.getDefaultStopSet(), BulgarianAnalyzer.getDefaultStopSet(),
                GreekAnalyzer.getDefaultStopSet())) {
            for (Object word : set) {
                String stopWord = new String((char[]) word);
                if (kept.test(stopWord)) {
                    words.add(stopWord);
                }
            }
        }
        return Set.copyOf(words);
    }

    private static boolean latin(String word) {
        return Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.LATIN;
    }

    /**
     * The capitalised words of a text in an alphabet with capitals but no list of its common words here (Cyrillic,
     * Greek), as they stand inside sentences, with every prefix from a stem's length on ({@link #stem}): a sentence's first word there is a name
     * only when the text capitalises it inside a sentence too, in any case ending ("Путин заявил ..." and "... встреча
     * с Путиным"). English and the other Latin-alphabet languages have their lists of common words instead, which let
     * a name met once at a sentence's start stand.
     */
    private static Set<String> capitalisedInsideSentences(List<Token> tokens) {
        Set<String> prefixes = new HashSet<>();
        for (Token t : tokens) {
            if (!t.sentenceStart && t.capitalised() && !latin(t.text)) {
                // "аль-Малики" confirms "Малики" too: the name after a transliterated Arabic article.
                String word = t.lower.substring(t.lower.lastIndexOf('-') + 1);
                for (String form : word.equals(t.lower) ? List.of(word) : List.of(t.lower, word)) {
                    for (int length = Math.min(STEM_LETTERS, form.length()); length <= form.length(); length++) {
                        prefixes.add(form.substring(0, length));
                    }
                }
            }
        }
        return prefixes;
    }

    /** The fewest letters two forms of a name share ("Путин", "Путина", "Путиным" share "Пути"). */
    private static final int STEM_LETTERS = 4;

    /** A word without the last two letters (a case ending), keeping at least {@value #STEM_LETTERS}. */
    private static String stem(String lower) {
        return lower.substring(0, Math.min(lower.length(), Math.max(STEM_LETTERS, lower.length() - 2)));
    }

    /** Whether the token opens a sentence in an alphabet without a common-word list and is written so nowhere else. */
    private static boolean unconfirmedOtherAlphabetStart(Token token, Set<String> capitalisedInside) {
        return token.sentenceStart && !latin(token.text) && !token.allCaps()
                && !capitalisedInside.contains(stem(token.lower));
    }

    private static Set<String> readList(String resource) {
        return Set.copyOf(ResourceLines.of(resource));
    }
}
