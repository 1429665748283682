package news.storyline.mention;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.storyline.ingest.PublishedTimeParser;

/**
 * The dates news in other European languages and in Arabic names, beside the English ones {@link DateFinder} reads: a day and a
 * month with or without the year ("15 août 2015", "14. August", "14 de agosto de 2015", "3 sierpnia 2015 r.", "15
 * августа 2015 года", Hungarian "2015. augusztus 20."), a weekday as those languages write one ("mardi", "am
 * Dienstag", "el martes", "w środę", "в среду"), resolved as English ones are (the latest such day on or before
 * publication), and the words for yesterday and today ("gestern", "ayer", "ieri", "вчера", "dün"). Only words that
 * are no English words or names are read: a month's English name only after a day written with a dot ("14.
 * August"), weekdays in lower case where the language writes them so, or after a preposition where it capitalises
 * them (German), and not French "hier", which is German for "here".
 */
final class OtherLanguageDates {
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?<![\\p{L}\\p{N}.])(\\d{1,2})(\\.?)\\s+(?:de\\s+)?(\\p{L}{3,12})(\\.?)"
                    + "(?:,?\\s+(?:de\\s+)?((?:19|20)\\d\\d)(?:\\s*(?:г\\.|года|r\\.|roku|yılı))?)?(?![\\p{L}\\p{N}])");
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile(
            "(?<![\\p{L}\\p{N}])((?:19|20)\\d\\d)\\.\\s+(\\p{L}{3,12})\\s+(\\d{1,2})\\.(?![\\p{N}])");
    private static final Pattern ENGLISH_MONTH = Pattern.compile("(?i)" + DateFinder.MONTH);
    /** Yesterday, the day before and today in French, German, Spanish, Italian, Polish, Russian, Turkish ... */
    private static final Map<String, Integer> RELATIVE_DAYS = relativeDays();
    /** Weekdays, Monday first, in languages that write them in lower case. */
    private static final String[][] LOWER_CASE_WEEKDAYS = {
            {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"},
            {"lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"},
            {"lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"},
            {"segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"},
            {"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"},
            // Polish and Russian in the accusative a date takes after "w", "в": "w środę", "в среду"
            {"poniedziałek", "wtorek", "środę", "czwartek", "piątek", "sobotę", "niedzielę"},
            {"понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье"},
            // Arabic (no case): Friday, Saturday and Sunday also name the prayers, the sabbath and "the One", so
            // those three only after "يوم" (day); see ARABIC_AFTER_DAY
            {"الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"},
            // and as often written, the hamza left out or put on
            {"الإثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعة", "السبت", "الاحد"}};
    /** The Arabic weekdays read only after the word for day ("يوم الجمعة"), as other words besides. */
    private static final Set<String> ARABIC_AFTER_DAY = Set.of("الجمعة", "السبت", "الأحد", "الاحد");
    private static final String[] GERMAN_WEEKDAYS = {"Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag",
            "Samstag", "Sonntag"};
    private static final Map<String, DayOfWeek> WEEKDAYS = weekdays();
    /** Periods around publication, to the English phrase {@link DateFinder#period} resolves. */
    private static final Map<String, String> PERIODS = periods();
    /** The phrases of {@link #PERIODS} by their last word, at which the walk looks back for the rest. */
    private static final Map<String, List<String>> PERIODS_BY_LAST_WORD = byLastWord();
    /** The longest word of the tables ("przedwczoraj", "segunda-feira"). */
    private static final int LONGEST_WORD = 13;
    /** The words before a weekday that make it a day of the story: "le", "el", "w", "в" ... */
    private static final Set<String> PREPOSITIONS = Set.of("le", "ce", "dès", "depuis", "el",
            "este", "desde", "na", "no", "w", "we", "в", "во", "op", "sinds", "يوم");
    private static final Set<String> GERMAN_PREPOSITIONS = Set.of("am", "seit", "vom", "bis",
            "letzten", "diesen");

    private OtherLanguageDates() {
    }

    /**
     * The dates in {@code text}, relative ones unresolved where {@code day} (of publication) is null. The text is
     * walked once, word by word: the patterns are tried only at a number (a day or a year) and the words looked up
     * in tables, since every article's text passes here.
     */
    static List<DateMention> find(String text, LocalDate day) {
        List<DateMention> dates = new ArrayList<>();
        Matcher dayMonth = DAY_MONTH.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        Matcher hungarian = YEAR_MONTH_DAY.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        // Words that may be dates, {start, end, previous word's start, its end}: read after the numbers, so that
        // a weekday before a date ("mardi 5 mai") finds the date there.
        List<int[]> words = new ArrayList<>();
        int previousStart = -1;
        int previousEnd = -1;
        int n = text.length();
        for (int i = 0; i < n; ) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                int end = i;
                while (end < n && Character.isDigit(text.charAt(end))) {
                    end++;
                }
                if (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)) && text.charAt(i - 1) != '.') {
                    if (end - i <= 2) {
                        dayMonth(text, dayMonth.region(i, Math.min(n, i + 48)), day, dates);
                    } else if (end - i == 4) {
                        yearMonthDay(hungarian.region(i, Math.min(n, i + 32)), day, dates);
                    }
                }
                previousStart = -1;
                i = end;
            } else if (Character.isLetter(c)) {
                int end = i + 1;
                while (end < n && (Character.isLetter(text.charAt(end)) || Character.getType(text.charAt(end))
                        == Character.NON_SPACING_MARK || text.charAt(end) == '\'' || text.charAt(end) == '’'
                        || text.charAt(end) == '-' && end + 1 < n && Character.isLetter(text.charAt(end + 1)))) {
                    end++;
                }
                if (mayBeADate(text, i, end)) {
                    words.add(new int[] {i, end, previousStart, previousEnd});
                }
                previousStart = i;
                previousEnd = end;
                i = end;
            } else {
                i++;
            }
        }
        for (int[] w : words) {
            word(text, w[0], w[1], w[2], w[3], day, dates);
        }
        dates.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return dates;
    }

    /** Whether the word is one of the tables' (a word of two to {@value #LONGEST_WORD} letters is looked up). */
    private static boolean mayBeADate(String text, int start, int end) {
        int length = end - start;
        if (length < 2 || length > LONGEST_WORD) {
            return false;
        }
        String word = text.substring(start, end);
        String lower = word.toLowerCase(Locale.ROOT);
        return RELATIVE_DAYS.containsKey(lower) || WEEKDAYS.containsKey(word) || indexOf(word) >= 0
                || PERIODS_BY_LAST_WORD.containsKey(lower);
    }

    private static void dayMonth(String text, Matcher m, LocalDate day, List<DateMention> dates) {
        if (!m.lookingAt()) {
            return;
        }
        String word = m.group(3);
        int month = PublishedTimeParser.monthOf(word);
        boolean dotted = !m.group(2).isEmpty();
        if (month == 0 || !dotted && ENGLISH_MONTH.matcher(word).matches()) {
            return;
        }
        LocalDate[] range = DateFinder.dayOfMonth(Integer.parseInt(m.group(1)), month,
                m.group(5) == null ? null : Integer.valueOf(m.group(5)), day);
        // The full stop after a month with no year is the sentence's ("... le 5 mai."), not the date's.
        int end = m.group(5) == null && !m.group(4).isEmpty() ? m.end() - 1 : m.end();
        add(dates, text.substring(m.start(), end), m.start(), end, range);
    }

    private static void yearMonthDay(Matcher m, LocalDate day, List<DateMention> dates) {
        if (!m.lookingAt()) {
            return;
        }
        int month = PublishedTimeParser.monthOf(m.group(2));
        if (month > 0) {
            add(dates, m.group(), m.start(), m.end(),
                    DateFinder.dayOfMonth(Integer.parseInt(m.group(3)), month, Integer.valueOf(m.group(1)), day));
        }
    }

    /** A word: yesterday or today, or a weekday (with the preposition before it, where there is one). */
    private static void word(String text, int start, int end, int previousStart, int previousEnd, LocalDate day,
                             List<DateMention> dates) {
        String word = text.substring(start, end);
        String lower = word.toLowerCase(Locale.ROOT);
        for (String phrase : PERIODS_BY_LAST_WORD.getOrDefault(lower, List.of())) {
            int from = end - phrase.length();
            if (from >= 0 && text.regionMatches(true, from, phrase, 0, phrase.length())
                    && (from == 0 || !Character.isLetter(text.charAt(from - 1)))) {
                add(dates, text.substring(from, end), from, end,
                        day == null ? null : DateFinder.period(PERIODS.get(phrase), day));
                return;
            }
        }
        Integer offset = RELATIVE_DAYS.get(lower);
        if (offset != null) {
            // Capitalised, the word is a name ("Chris Hoy", "A. J. Ayer") unless a sentence starts with it.
            if (!Character.isUpperCase(word.charAt(0)) || sentenceStart(text, start)) {
                add(dates, word, start, end, day == null ? null : DateFinder.one(day.plusDays(offset)));
            }
            return;
        }
        DayOfWeek weekday = WEEKDAYS.get(word);
        boolean german = false;
        if (weekday == null) {
            int index = indexOf(word);
            german = index >= 0;
            weekday = german ? DayOfWeek.of(index + 1) : null;
        }
        if (weekday == null || beforeADate(text, end, dates)) {
            return; // "mardi 5 mai": the date says which Tuesday
        }
        String before = previousStart >= 0 && previousEnd == start - 1 && text.charAt(previousEnd) == ' '
                ? text.substring(previousStart, previousEnd) : null;
        boolean withPreposition = before != null && (german ? GERMAN_PREPOSITIONS : PREPOSITIONS).contains(before);
        if ((german || ARABIC_AFTER_DAY.contains(word)) && !withPreposition) {
            return; // German capitalises every noun: "Montag" alone may be anything; so, in Arabic, "الجمعة"
        }
        int from = withPreposition ? previousStart : start;
        add(dates, text.substring(from, end), from, end,
                day == null ? null : DateFinder.one(day.with(TemporalAdjusters.previousOrSame(weekday))));
    }

    /** Whether a date found already starts right after {@code end}, a space or comma between. */
    private static boolean beforeADate(String text, int end, List<DateMention> dates) {
        int i = end;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == ',')) {
            i++;
        }
        for (DateMention d : dates) {
            if (d.start() == i) {
                return true;
            }
        }
        return false;
    }

    private static boolean sentenceStart(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '"' || text.charAt(i) == '«')) {
            i--;
        }
        if (i < 0 || "!?\n\r:".indexOf(text.charAt(i)) >= 0) {
            return true;
        }
        // A full stop after an initial ("A. J. Ayer") ends no sentence.
        return text.charAt(i) == '.' && !(i >= 1 && Character.isUpperCase(text.charAt(i - 1))
                && (i < 2 || !Character.isLetter(text.charAt(i - 2))));
    }

    /**
     * Adds the date unless it overlaps one found before (a day and month holds no second date, a weekday inside a
     * longer date is no date of its own); {@link EastAsianDates} adds its dates so too.
     */
    static void add(List<DateMention> dates, String text, int start, int end, LocalDate[] range) {
        for (DateMention d : dates) {
            if (d.start() < end && start < d.end()) {
                return;
            }
        }
        dates.add(new DateMention(text, start, end, range == null ? null : range[0], range == null ? null : range[1]));
    }

    /** The German weekday's place in the week from 0 (Monday), or -1. */
    private static int indexOf(String word) {
        for (int i = 0; i < GERMAN_WEEKDAYS.length; i++) {
            if (GERMAN_WEEKDAYS[i].equals(word)) {
                return i;
            }
        }
        return -1;
    }

    private static Map<String, DayOfWeek> weekdays() {
        Map<String, DayOfWeek> map = new HashMap<>();
        for (String[] language : LOWER_CASE_WEEKDAYS) {
            for (int i = 0; i < 7; i++) {
                map.put(language[i], DayOfWeek.of(i + 1));
            }
        }
        return Map.copyOf(map);
    }

    private static Map<String, String> periods() {
        Map<String, String> map = new HashMap<>();
        String[][] phrases = {
                // French
                {"last week", "la semaine dernière", "la semaine passée"}, {"last month", "le mois dernier"},
                {"last year", "l'an dernier", "l’an dernier", "l'année dernière", "l’année dernière"},
                {"last weekend", "le week-end dernier"}, {"this week", "cette semaine"},
                {"this month", "ce mois-ci"}, {"this year", "cette année"},
                // German
                {"last week", "letzte woche", "letzter woche", "vergangene woche", "vergangener woche",
                        "vorige woche", "voriger woche"},
                {"last month", "letzten monat", "vergangenen monat", "vorigen monat", "letzten monats"},
                {"last year", "letztes jahr", "letzten jahr", "vergangenes jahr", "vergangenen jahr",
                        "voriges jahr", "vorigen jahr", "vergangenen jahres", "letzten jahres"},
                {"this week", "diese woche", "dieser woche"}, {"this month", "diesen monat", "diesem monat"},
                {"this year", "dieses jahr", "diesem jahr", "dieses jahres"},
                // Spanish and Portuguese
                {"last week", "la semana pasada", "a semana passada"}, {"last month", "el mes pasado",
                        "o mês passado"}, {"last year", "el año pasado", "o ano passado"},
                {"last weekend", "el fin de semana pasado"}, {"this week", "esta semana"},
                {"this month", "este mes", "este mês"}, {"this year", "este año", "este ano"},
                // Italian
                {"last week", "la settimana scorsa", "la scorsa settimana"}, {"last month", "il mese scorso",
                        "lo scorso mese"}, {"last year", "l'anno scorso", "l’anno scorso", "lo scorso anno"},
                {"this week", "questa settimana"}, {"this month", "questo mese"},
                {"this year", "quest'anno", "quest’anno", "questo anno"},
                // Dutch
                {"last week", "vorige week", "afgelopen week"}, {"last month", "vorige maand", "afgelopen maand"},
                {"last year", "vorig jaar", "afgelopen jaar"}, {"this week", "deze week"},
                {"this month", "deze maand"}, {"this year", "dit jaar"},
                // Polish
                {"last week", "w zeszłym tygodniu", "w ubiegłym tygodniu", "w poprzednim tygodniu"},
                {"last month", "w zeszłym miesiącu", "w ubiegłym miesiącu"},
                {"last year", "w zeszłym roku", "w ubiegłym roku"}, {"this week", "w tym tygodniu"},
                {"this month", "w tym miesiącu"}, {"this year", "w tym roku"},
                // Russian
                {"last week", "на прошлой неделе"}, {"last month", "в прошлом месяце"},
                {"last year", "в прошлом году"}, {"this week", "на этой неделе"}, {"this month", "в этом месяце"},
                {"this year", "в этом году"},
                // Turkish
                {"last week", "geçen hafta"}, {"last month", "geçen ay"}, {"last year", "geçen yıl", "geçen sene"},
                {"this week", "bu hafta"}, {"this month", "bu ay"}, {"this year", "bu yıl", "bu sene"}};
        for (String[] entry : phrases) {
            for (int i = 1; i < entry.length; i++) {
                map.put(entry[i], entry[0]);
            }
        }
        return Map.copyOf(map);
    }

    private static Map<String, List<String>> byLastWord() {
        Map<String, List<String>> map = new HashMap<>();
        for (String phrase : PERIODS.keySet()) {
            // The walk's words hold apostrophes and hyphens ("quest'anno", "mois-ci"): split at spaces only.
            String last = phrase.substring(phrase.lastIndexOf(' ') + 1);
            map.computeIfAbsent(last, k -> new ArrayList<>()).add(phrase);
        }
        // The longest first: "el fin de semana pasado" before "la semana pasada"'s kin.
        map.values().forEach(list -> list.sort((a, b) -> b.length() - a.length()));
        return Map.copyOf(map);
    }

    private static Map<String, Integer> relativeDays() {
        return Map.ofEntries(Map.entry("aujourd'hui", 0), Map.entry("aujourd’hui", 0), Map.entry("avant-hier", -2),
                Map.entry("heute", 0), Map.entry("gestern", -1), Map.entry("vorgestern", -2),
                Map.entry("hoy", 0), Map.entry("ayer", -1), Map.entry("anteayer", -2),
                Map.entry("oggi", 0), Map.entry("ieri", -1),
                Map.entry("hoje", 0), Map.entry("ontem", -1), Map.entry("anteontem", -2),
                Map.entry("vandaag", 0), Map.entry("gisteren", -1), Map.entry("eergisteren", -2),
                Map.entry("dzisiaj", 0), Map.entry("dziś", 0), Map.entry("wczoraj", -1),
                Map.entry("przedwczoraj", -2), Map.entry("сегодня", 0), Map.entry("вчера", -1),
                Map.entry("позавчера", -2), Map.entry("bugün", 0), Map.entry("dün", -1), Map.entry("أمس", -1),
                Map.entry("الأمس", -1));
    }
}
