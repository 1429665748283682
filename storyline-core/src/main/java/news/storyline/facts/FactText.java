package news.storyline.facts;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;

/**
 * Numbers and amounts as a reader reads them: "4,800", "2.5", "$6 billion", "45%", "350 km". Large numbers are
 * given with a scale word from a million on, money with its sign.
 */
public final class FactText {
    private static final Map<String, String> CURRENCY_SIGNS = Map.of("USD", "$", "EUR", "€", "GBP", "£", "JPY", "¥");

    private FactText() {
    }

    /** A number with thousands separators and no trailing zeros; "6 billion", "1.2 million" from a million on. */
    public static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.isNaN(value) ? "?" : "∞";
        }
        DecimalFormat format = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        double magnitude = Math.abs(value);
        if (magnitude >= 1e6 && value == Math.rint(value)) {
            String[] words = {"trillion", "billion", "million"};
            double[] scales = {1e12, 1e9, 1e6};
            for (int i = 0; i < scales.length; i++) {
                if (magnitude >= scales[i]) {
                    return format.format(BigDecimal.valueOf(value / scales[i])) + " " + words[i];
                }
            }
        }
        return format.format(BigDecimal.valueOf(value));
    }

    /**
     * A range in its unit, written as a reader writes one: "$140–150 million", "40–45%", "6–7 loads", "24–99
     * militants"; the currency sign once, before the range, and a scale word both ends share once, after it.
     */
    public static String range(double low, double high, String unit) {
        String lowText = number(low);
        String highText = amount(high, unit);
        String sign = unit == null ? null : CURRENCY_SIGNS.get(unit);
        if (sign != null) {
            highText = highText.substring(sign.length());
        }
        int space = lowText.indexOf(' ');
        if (space > 0 && highText.endsWith(lowText.substring(space))) {
            lowText = lowText.substring(0, space); // "140 million" and "150 million": "140–150 million"
        }
        return (sign == null ? "" : sign) + lowText + "–" + highText;
    }

    /** A number in its unit: "$6 billion", "45%", "350 km", "4,800 families"; the number alone without a unit. */
    public static String amount(double value, String unit) {
        if (unit == null || unit.isBlank()) {
            return number(value);
        }
        String sign = CURRENCY_SIGNS.get(unit);
        if (sign != null) {
            return sign + number(value);
        }
        return unit.equals("%") ? number(value) + "%" : number(value) + " " + unit;
    }
}
