package news.storyline.clean;

import news.storyline.text.Letters;

/**
 * The language a text's script tells by itself: Korean in Hangul, Japanese in kana with Chinese characters, Chinese in
 * Chinese characters alone, Greek, Thai, Hebrew, Georgian, Armenian. Asked before the statistical model, which
 * weighs character trigrams and is unsure of short texts in these scripts: one Chinese character carries what a
 * word does, so a Chinese headline of a dozen characters is plainly Chinese, yet below the letters the model needs,
 * and between Mandarin and Japanese the model's margin on a short Chinese sentence was 1.4 where it asks 1.5. Scripts
 * that several languages of the news share (Latin, Arabic, Cyrillic, Devanagari) are left to the model.
 */
final class ScriptLanguage {
    /** Letters enough to tell a script: a short headline. */
    static final int MIN_LETTERS = 4;
    /** The share of a text's letters a script needs to tell its language (names in Latin letters may stand among them). */
    private static final double MAJORITY = 0.5;
    /** Kana among Chinese characters make Japanese: Japanese prose writes a third or more of its letters in kana. */
    private static final double KANA_SHARE = 0.1;
    /**
     * Letters after which a text nine in ten of whose letters lie below U+0370 (the Latin alphabet and its accented
     * forms) is let go, unread further: most of a stream is such, and every article's language is identified.
     */
    private static final int EARLY_LETTERS = 100;

    private ScriptLanguage() {
    }

    /**
     * The ISO 639-1 code its script tells, reading up to {@code sample} code points; null when the script tells none
     * (most letters Latin, Arabic, Cyrillic ..., or too few letters).
     */
    static String of(String text, int sample) {
        var counts = new Counts();
        Letters.forEach(text, sample, counts);
        if (counts.latinEarly) {
            return null;
        }
        int letters = counts.letters;
        if (letters < MIN_LETTERS) {
            return null;
        }
        if (counts.hangul >= MAJORITY * letters) {
            return "ko";
        }
        int chinese = counts.han + counts.kana;
        if (chinese >= MAJORITY * letters) {
            return counts.kana >= KANA_SHARE * chinese ? "ja" : "zh";
        }
        for (var entry : counts.other.entrySet()) {
            if (entry.getValue() >= MAJORITY * letters) {
                return switch (entry.getKey()) {
                    case GREEK -> "el";
                    case THAI -> "th";
                    case HEBREW -> "he";
                    case GEORGIAN -> "ka";
                    default -> "hy";
                };
            }
        }
        return null;
    }

    /**
     * For a text the statistical model leaves undetermined (a headline, a brief) in a script several languages share,
     * the likeliest language by the letters only some of them write: in Cyrillic, Serbian (ђ ћ џ љ њ ј), Macedonian
     * (ѓ ќ ѕ), Belarusian (ў), Ukrainian (і ї є ґ), Russian (ы э ё), Bulgarian (ъ with none of those), else Russian,
     * by far the most of the news in Cyrillic; in the Arabic script, Urdu (ٹ ڈ ڑ ں ے ہ), Persian (پ چ ژ گ ی ک), else
     * Arabic. Null when neither script holds half the text's letters, or it has fewer than {@value #MIN_LETTERS}.
     */
    static String bySharedScriptLetters(String text, int sample) {
        var counts = new SharedCounts();
        Letters.forEach(text, sample, counts);
        if (counts.letters < MIN_LETTERS) {
            return null;
        }
        if (counts.cyrillic >= MAJORITY * counts.letters) {
            return firstMarked(counts.marks, new String[][] {{"ѓќѕ", "mk"}, {"ђћџљњј", "sr"}, {"ў", "be"}, {"іїєґ", "uk"},
                    {"ыэё", "ru"}, {"ъ", "bg"}}, "ru");
        }
        if (counts.arabic >= MAJORITY * counts.letters) {
            return firstMarked(counts.marks, new String[][] {{"ٹڈڑںےہ", "ur"}, {"پچژگیک", "fa"}}, "ar");
        }
        return null;
    }

    /** The letters of each script {@link #of} tells by. */
    private static final class Counts implements Letters.Taker {
        int letters;
        int han;
        int kana;
        int hangul;
        final java.util.EnumMap<Character.UnicodeScript, Integer> other =
                new java.util.EnumMap<>(Character.UnicodeScript.class);
        int told; // letters of the scripts above, all together
        /** Whether the text was let go early as Latin ({@link #EARLY_LETTERS}). */
        boolean latinEarly;

        @Override
        public boolean take(int codePoint) {
            letters++;
            if (codePoint < 0x0370) {
                // Latin letters (and the few others below Greek): no script of this class.
                latinEarly = letters == EARLY_LETTERS && told < letters / 10;
                return !latinEarly;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
            switch (script) {
                case HAN -> han++;
                case HIRAGANA, KATAKANA -> kana++;
                case HANGUL -> hangul++;
                case GREEK, THAI, HEBREW, GEORGIAN, ARMENIAN -> other.merge(script, 1, Integer::sum);
                default -> {
                    return true;
                }
            }
            told++;
            return true;
        }
    }

    /** The Cyrillic and Arabic letters {@link #bySharedScriptLetters} tells by, and the marking ones among them. */
    private static final class SharedCounts implements Letters.Taker {
        int letters;
        int cyrillic;
        int arabic;
        final StringBuilder marks = new StringBuilder();

        @Override
        public boolean take(int codePoint) {
            letters++;
            Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
            if (script == Character.UnicodeScript.CYRILLIC) {
                cyrillic++;
            } else if (script == Character.UnicodeScript.ARABIC) {
                arabic++;
            } else {
                return true;
            }
            int lower = Character.toLowerCase(codePoint);
            if (MARKERS.indexOf(lower) >= 0) {
                marks.appendCodePoint(lower);
            }
            return true;
        }
    }

    /** The letters {@link #bySharedScriptLetters} looks for. */
    private static final String MARKERS = "ѓќѕђћџљњјўіїєґыэёъٹڈڑںےہپچژگیک";

    private static String firstMarked(CharSequence marks, String[][] languages, String otherwise) {
        for (String[] language : languages) {
            for (int i = 0; i < marks.length(); i++) {
                if (language[0].indexOf(marks.charAt(i)) >= 0) {
                    return language[1];
                }
            }
        }
        return otherwise;
    }
}
