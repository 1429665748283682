package news.storyline.facts;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number as news writes it, read into a value: digits with thousands separators and decimals ("4,800", "3.5"), a
 * scale word ("2.5 million", "$3bn"), number words ("three", "forty-two", "a hundred") and vague counts ("hundreds
 * of" is 200 to 999, "dozens of" 24 to 99), with the qualifier before it ("more than", "nearly", "about").
 *
 * @param qualifier the hedge before the number, lower case; null when none
 * @param value     the number as stated
 * @param upper     the most a vague count may mean; the same as {@code value} otherwise
 * @param currency  "USD", "GBP", "EUR" or "JPY" when a currency sign stands before it; null otherwise
 * @param start     offset of the expression's first character (its qualifier's, where there is one)
 * @param end       offset after its last character
 */
record Amount(String qualifier, double value, double upper, String currency, int start, int end) {

    static final String QUALIFIERS = "more than|over|nearly|almost|about|around|some|at least|up to|fewer than|"
            + "less than|as many as|roughly|approximately|an estimated|estimated|close to|just over|just under|"
            + "well over|at most|upwards of|in excess of|under";
    private static final String WORDS = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
            + "fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
            + "ninety";
    /** Groups: qual, cur, digits, scale, word, wscale, vague. */
    static final Pattern PATTERN = Pattern.compile(
            "(?:\\b(?<qual>" + QUALIFIERS + ")\\s+)?"
                    + "(?:(?<cur>US\\$|\\$|£|€|¥)\\s?(?=\\d)|(?<![\\w$£€¥.,:/-]))"
                    + "(?:(?<digits>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,3}(?:, \\d{3})+(?![\\d,])|"
                    + "\\d+\\. \\d+(?= ?(?:million|billion|trillion|bn|m|miles|km|kilometres|kilometers|feet|metres|"
                    + "meters|percent|per cent|%)\\b)|\\d+(?:\\.\\d+)?)"
                    + "(?:\\s?(?<scale>million|billion|trillion|thousand|bn|m)\\b)?"
                    + "|(?<word>\\b(?:a|one) (?:hundred|thousand|million|billion)|\\ba dozen|\\bhalf a dozen|"
                    + "\\bone(?= (?!of\\b|another\\b|who\\b|that\\b|is\\b|was\\b|day\\b|time\\b|[a-z]+(?:ed|ing)\\b)"
                    + "[a-z])|"
                    + "\\b(?:" + WORDS + ")(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
                    + "(?: (?:hundred|thousand|million|billion))?)\\b"
                    + "|(?<vague>\\b(?:tens of thousands|hundreds of thousands|hundreds|thousands|millions|billions|dozens|"
                    + "scores) of)\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> UNITS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("a", 1));
    private static final Map<String, double[]> VAGUE = Map.of("hundreds", new double[] {200, 999}, "thousands",
            new double[] {2_000, 9_999}, "millions", new double[] {2e6, 9.99e6}, "billions", new double[] {2e9, 9.99e9}, "dozens", new double[] {24, 99},
            "scores", new double[] {40, 99}, "tens of thousands", new double[] {20_000, 99_999},
            "hundreds of thousands", new double[] {200_000, 999_999});
    private static final Map<String, String> CURRENCIES = Map.of("$", "USD", "us$", "USD", "£", "GBP", "€", "EUR",
            "¥", "JPY");

    /** The amount a match of {@link #PATTERN} stands for. */
    static Amount of(Matcher m) {
        String qual = m.group("qual") == null ? null : m.group("qual").toLowerCase(Locale.ROOT);
        String cur = m.group("cur") == null ? null : CURRENCIES.get(m.group("cur").toLowerCase(Locale.ROOT));
        double value;
        double upper;
        if (m.group("digits") != null) {
            value = Double.parseDouble(m.group("digits").replace(",", "").replace(" ", ""));
            value *= scale(m.group("scale"), cur != null);
            upper = value;
        } else if (m.group("word") != null) {
            value = words(m.group("word").toLowerCase(Locale.ROOT));
            upper = value;
        } else {
            String vague = m.group("vague").toLowerCase(Locale.ROOT);
            double[] range = VAGUE.get(vague.substring(0, vague.length() - 3));
            value = range[0];
            upper = range[1];
        }
        return new Amount(qual, value, upper, cur, m.start(), m.end());
    }

    static double scale(String word, boolean money) {
        if (word == null) {
            return 1;
        }
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "thousand" -> 1e3;
            case "million" -> 1e6;
            case "m" -> money ? 1e6 : 1;
            case "billion", "bn" -> 1e9;
            case "trillion" -> 1e12;
            default -> 1;
        };
    }

    private static double words(String words) {
        if (words.endsWith("dozen")) {
            return words.startsWith("half") ? 6 : 12;
        }
        double total = 0;
        double current = 0;
        for (String w : words.split("[ -]")) {
            switch (w) {
                case "hundred" -> current = Math.max(current, 1) * 100;
                case "thousand" -> {
                    total += Math.max(current, 1) * 1e3;
                    current = 0;
                }
                case "million" -> {
                    total += Math.max(current, 1) * 1e6;
                    current = 0;
                }
                case "billion" -> {
                    total += Math.max(current, 1) * 1e9;
                    current = 0;
                }
                default -> current += UNITS.getOrDefault(w, 0);
            }
        }
        return total + current;
    }
}
