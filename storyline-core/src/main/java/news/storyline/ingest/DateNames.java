package news.storyline.ingest;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words of written dates: month and weekday names (English; French, German, Spanish, Italian, Portuguese, Dutch,
 * Polish, Czech, Russian, Ukrainian, Bulgarian, Turkish, Romanian, Swedish, Danish and Norwegian, with the forms
 * their dates write, "14 sierpnia", "15 августа"; the Greek and Hungarian forms feeds are known to carry) and
 * time-zone names with their offsets. Lookups ignore case, a trailing dot ("Nov.", "Sept.") and accents ("Ιούλ",
 * "július", "août"). Abbreviations that are common words of another language ("out", "set") are left out: a date
 * is read only when every word of it is a date's.
 */
public final class DateNames {
    private static final String[] ENGLISH = {"january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december"};
    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final Set<String> WEEKDAYS = Set.of(
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            // Greek abbreviations, accents stripped
            "κυρ", "δευ", "τρι", "τετ", "πεμ", "παρ", "σαβ",
            // French, German, Spanish, Italian, Portuguese, Dutch, Polish, Russian, Turkish (accents stripped)
            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
            "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
            "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo",
            "lunedi", "martedi", "mercoledi", "giovedi", "venerdi", "sabato", "domenica",
            "segunda-feira", "terca-feira", "quarta-feira", "quinta-feira", "sexta-feira",
            "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
            "poniedziałek", "wtorek", "sroda", "czwartek", "piatek", "sobota", "niedziela",
            "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
            "pazartesi", "salı", "carsamba", "persembe", "cuma", "cumartesi", "pazar",
            // Arabic, the hamza stripped as a mark (الأربعاء, الإثنين, الأحد read as these)
            "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعة", "السبت", "الاحد");
    private static final Map<String, Integer> ZONE_HOURS = new HashMap<>();

    static {
        String[] hungarian = {"januar", "februar", "marcius", "aprilis", "majus", "junius", "julius", "augusztus",
                "szeptember", "oktober", "november", "december"};
        for (int m = 1; m <= 12; m++) {
            MONTHS.put(ENGLISH[m - 1], m);
            MONTHS.put(ENGLISH[m - 1].substring(0, 3), m);
            MONTHS.put(hungarian[m - 1], m);
        }
        MONTHS.put("sept", 9);
        // Each language's names, January first; a month may have several (a genitive, an abbreviation).
        String[][][] languages = {
                // French
                {{"janvier", "janv"}, {"fevrier", "fevr", "fev"}, {"mars"}, {"avril", "avr"}, {"mai"}, {"juin"},
                        {"juillet", "juil"}, {"aout"}, {"septembre"}, {"octobre"}, {"novembre"},
                        {"decembre", "dec"}},
                // German
                {{"januar", "jänner", "jan"}, {"februar"}, {"marz", "maerz", "mrz"}, {"april"}, {"mai"}, {"juni"},
                        {"juli"}, {"august"}, {"september"}, {"oktober", "okt"}, {"november"},
                        {"dezember", "dez"}},
                // Spanish
                {{"enero", "ene"}, {"febrero"}, {"marzo"}, {"abril", "abr"}, {"mayo"}, {"junio"}, {"julio"},
                        {"agosto", "ago"}, {"septiembre", "setiembre"}, {"octubre"}, {"noviembre"},
                        {"diciembre", "dic"}},
                // Italian
                {{"gennaio", "gen"}, {"febbraio"}, {"marzo"}, {"aprile"}, {"maggio", "mag"}, {"giugno", "giu"},
                        {"luglio", "lug"}, {"agosto"}, {"settembre"}, {"ottobre", "ott"}, {"novembre"},
                        {"dicembre"}},
                // Portuguese
                // (March only as written, "março", below: without its cedilla it is the name Marco)
                {{"janeiro"}, {"fevereiro"}, {}, {"abril"}, {"maio"}, {"junho"}, {"julho"}, {"agosto"},
                        {"setembro"}, {"outubro"}, {"novembro"}, {"dezembro"}},
                // Dutch
                {{"januari"}, {"februari"}, {"maart", "mrt"}, {"april"}, {"mei"}, {"juni"}, {"juli"},
                        {"augustus"}, {"september"}, {"oktober"}, {"november"}, {"december"}},
                // Polish: the nominative, and the genitive dates write ("14 sierpnia 2015")
                {{"styczen", "stycznia"}, {"luty", "lutego"}, {"marzec", "marca"}, {"kwiecien", "kwietnia"},
                        {"maj", "maja"}, {"czerwiec", "czerwca"}, {"lipiec", "lipca"}, {"sierpien", "sierpnia"},
                        {"wrzesien", "wrzesnia"}, {"pazdziernik", "pazdziernika"}, {"listopad", "listopada"},
                        {"grudzien", "grudnia"}},
                // Czech: the genitive dates write
                {{"ledna", "leden"}, {"unora", "unor"}, {"brezna", "brezen"}, {"dubna", "duben"},
                        {"kvetna", "kveten"}, {"cervna", "cerven"}, {"cervence", "cervenec"}, {"srpna", "srpen"},
                        {"zari"}, {"rijna", "rijen"}, {"listopadu"}, {"prosince", "prosinec"}},
                // Russian: the nominative and the genitive
                {{"январь", "января"}, {"февраль", "февраля"}, {"март", "марта"}, {"апрель", "апреля"},
                        {"май", "мая"}, {"июнь", "июня"}, {"июль", "июля"}, {"август", "августа"},
                        {"сентябрь", "сентября"}, {"октябрь", "октября"}, {"ноябрь", "ноября"},
                        {"декабрь", "декабря"}},
                // Ukrainian: the nominative and the genitive
                {{"січень", "січня"}, {"лютий", "лютого"}, {"березень", "березня"}, {"квітень", "квітня"},
                        {"травень", "травня"}, {"червень", "червня"}, {"липень", "липня"}, {"серпень", "серпня"},
                        {"вересень", "вересня"}, {"жовтень", "жовтня"}, {"листопад", "листопада"},
                        {"грудень", "грудня"}},
                // Bulgarian
                {{"януари"}, {"февруари"}, {"март"}, {"април"}, {"май"}, {"юни"}, {"юли"}, {"август"},
                        {"септември"}, {"октомври"}, {"ноември"}, {"декември"}},
                // Turkish
                {{"ocak"}, {"subat"}, {"mart"}, {"nisan"}, {"mayıs", "mayis"}, {"haziran"}, {"temmuz"},
                        {"agustos"}, {"eylul"}, {"ekim"}, {"kasım", "kasim"}, {"aralık", "aralik"}},
                // Romanian
                {{"ianuarie"}, {"februarie"}, {"martie"}, {"aprilie"}, {"mai"}, {"iunie"}, {"iulie"},
                        {"august"}, {"septembrie"}, {"octombrie"}, {"noiembrie"}, {"decembrie"}},
                // Swedish, Danish and Norwegian
                {{"januari", "januar"}, {"februari", "februar"}, {"mars", "marts"}, {"april"}, {"maj", "mai"},
                        {"juni"}, {"juli"}, {"augusti", "august"}, {"september"}, {"oktober"}, {"november"},
                        {"december", "desember"}},
                // Arabic: the names of Egypt and the Gulf, and of the Levant and Iraq where one word (the hamza
                // goes with the accents: "أبريل" and "ابريل" are one key)
                {{"يناير"}, {"فبراير", "شباط"}, {"مارس", "آذار"}, {"أبريل", "نيسان"}, {"مايو", "أيار"},
                        {"يونيو", "يونيه", "حزيران"}, {"يوليو", "يوليه", "تموز"}, {"أغسطس"}, {"سبتمبر", "أيلول"},
                        {"أكتوبر"}, {"نوفمبر"}, {"ديسمبر"}}};
        for (String[][] language : languages) {
            for (int m = 1; m <= 12; m++) {
                for (String name : language[m - 1]) {
                    Integer before = MONTHS.putIfAbsent(key(name), m);
                    if (before != null && before != m) {
                        throw new IllegalStateException(name + " names two months");
                    }
                }
            }
        }
        String[][] greek = {{"ιαν"}, {"φεβ"}, {"μαω", "μαρ"}, {"απρ"}, {"μαι"}, {"ιουν", "ιον"}, {"ιουλ", "ιολ"},
                {"αυγ"}, {"σεπ"}, {"οκτ"}, {"νοε"}, {"δεκ"}};
        for (int m = 1; m <= 12; m++) {
            for (String name : greek[m - 1]) {
                MONTHS.put(name, m);
            }
        }
        // RFC 822 names, the US zones feeds write without the S/D ("ET"), and central European summer and winter
        // time. Military letters follow RFC 822 as written (A = -1 ... M = -12, N = +1 ... Y = +12, Z = UTC).
        for (String utc : new String[] {"ut", "utc", "gmt", "z", "etc/gmt", "etc/utc"}) {
            ZONE_HOURS.put(utc, 0);
        }
        Object[][] named = {{"adt", -3}, {"ast", -4}, {"at", -4}, {"edt", -4}, {"est", -5}, {"et", -5},
                {"cdt", -5}, {"cst", -6}, {"ct", -6}, {"mdt", -6}, {"mst", -7}, {"mt", -7}, {"pdt", -7},
                {"pst", -8}, {"pt", -8}, {"met", 1}, {"mest", 2}, {"cet", 1}, {"cest", 2}, {"bst", 1},
                {"kst", 9}, {"jst", 9}};
        for (Object[] zone : named) {
            ZONE_HOURS.put((String) zone[0], (Integer) zone[1]);
        }
        for (char letter = 'a'; letter <= 'y'; letter++) {
            if (letter == 'j') {
                continue;
            }
            int hours = letter <= 'i' ? -(letter - 'a' + 1)
                    : letter <= 'm' ? -(letter - 'a')
                    : letter - 'n' + 1;
            ZONE_HOURS.put(String.valueOf(letter), hours);
        }
    }

    private DateNames() {
    }

    /** The month (1-12) a word names, in any of the languages above; 0 when it names none. */
    public static int month(String word) {
        if (word.equalsIgnoreCase("março")) {
            return 3;
        }
        return MONTHS.getOrDefault(key(word), 0);
    }

    /**
     * As {@link #month}, and also an English month name of six letters or more written with one letter wrong, left
     * out or added ("Novemer 27, 2005" in an ECB+ dateline, "Septmber", "Janurary"). The short names are left exact:
     * one letter from "March" or "June" is a name or a word ("Marco", "Juno").
     */
    static int monthOrMisspelt(String word) {
        int exact = month(word);
        if (exact > 0) {
            return exact;
        }
        String key = key(word);
        if (key.length() < 5) {
            return 0;
        }
        for (int m = 0; m < ENGLISH.length; m++) {
            if (ENGLISH[m].length() >= 6 && withinOneEdit(key, ENGLISH[m])) {
                return m + 1;
            }
        }
        return 0;
    }

    /** Whether one substitution, deletion or insertion (or none) makes a into b. */
    static boolean withinOneEdit(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        // The rest after the first difference: the same with one letter changed, dropped from a, or dropped from b.
        return a.length() == b.length() ? a.regionMatches(i + 1, b, i + 1, a.length() - i - 1)
                : a.length() > b.length() ? a.regionMatches(i + 1, b, i, b.length() - i)
                : b.regionMatches(i + 1, a, i, a.length() - i);
    }

    static boolean isWeekday(String word) {
        return WEEKDAYS.contains(key(word));
    }

    /** The offset in hours of a zone name ("EST" is -5); null when the word is no zone name. */
    static Integer zoneHours(String word) {
        return ZONE_HOURS.get(word.toLowerCase(Locale.ROOT));
    }

    private static String key(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".")) {
            lower = lower.substring(0, lower.length() - 1);
        }
        for (int i = 0; i < lower.length(); i++) {
            if (lower.charAt(i) > 0x7F) {
                return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            }
        }
        return lower;
    }
}
