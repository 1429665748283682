package news.storyline.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.storyline.article.RemovalReason;
import news.storyline.article.RemovedSpan;
import news.storyline.text.Whitespace;

/**
 * Finds the cookie and privacy notices a scraper took along with an article's text, as whole paragraphs or as
 * sentences run into one ("Einigung über erste schwarz-grüne Regierung in Österreich OK Wir verwenden auf unserer
 * Webseite Cookies und pseudonyme Analysetechniken ..."). HTML pages lose the banner with its element ({@link
 * news.storyline.ingest.HtmlClassNames}); text and records keep it, and in a stream it is the one passage that
 * unrelated articles of one site share word for word, enough to put them in one story.
 *
 * <p>A sentence is a notice when it speaks of cookies or of a privacy policy and addresses the reader as the site
 * does ("we use", "our website", "you agree", "Sie stimmen", "Twoje dane", "sitemizde"), or names "this site": a
 * report about cookies or data protection speaks of third parties ("Google will stop using third-party cookies", "Die
 * Datenschutzbeauftragten der Länder") and stays. The sentences after a notice that still speak of consent, settings
 * or privacy ("Weitere Informationen finden Sie in unserer Datenschutzerklärung", "Klikając na przycisk
 * "Zaakceptuj i zamknij" ...") are the same notice.
 */
public final class ConsentNotice {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /**
     * A sentence's end, the wide gap a scraper leaves between the page's parts, or a full stop with no space after it
     * ("siehe Datenschutzerklärung.Details").
     */
    private static final Pattern SENTENCE_END = Pattern.compile(
            "(?<=[.!?…])\\s+|\\s{2,}|(?<=\\p{Ll}[.!?])(?=\\p{Lu})");
    private static final Pattern COOKIES = Pattern.compile("cookie\\p{L}*|çerez\\p{L}*", FLAGS);
    private static final Pattern PRIVACY_POLICY = Pattern.compile("privacy (policy|notice|statement|settings)"
            + "|datenschutz(erklärung|richtlinie|hinweis|bestimmung|einstellung|information)"
            + "|politique de confidentialité|política de privacidad|polityk\\p{L}* (prywatności|cookies)"
            + "|gizlilik (politikası|sözleşmesi)|informativa (sulla )?privacy|privacybeleid"
            + "|política de privacidade|política de cookies|cookiebeleid", FLAGS);
    /**
     * The site speaking to its reader, in the languages the analysis reads best. Case is ignored but for the words
     * that mean other things written otherwise ({@link #SITE_ADDRESSES_READER_AS_WRITTEN}).
     */
    private static final Pattern SITE_ADDRESSES_READER = Pattern.compile("\\b(we|our|you|your)\\b"
            + "|\\b(wir|unser\\p{L}*)\\b|\\b(nous|notre|nos|vous|votre|vos)\\b"
            + "|\\b(usamos|utilizamos|nuestr\\p{L}+|usted|aceptas?)\\b"
            + "|\\b(używamy|korzystamy|nasz\\p{L}*|państw\\p{L}*|twoj\\p{L}*|użytkowniku)\\b"
            + "|\\b(sitemiz\\p{L}*|kullanıyoruz|faydalanıyoruz|vermiş oluyorsunuz)\\b"
            + "|\\b(utilizziamo|usiamo|nostr[oaie]|acconsenti\\p{L}*)\\b|\\b(nosso|nossa|nossos|nossas)\\b"
            + "|\\b(wij|onze|uw)\\b", FLAGS);
    /**
     * "us", not "US"; German's polite "Sie" and "Ihnen" inside a sentence, not "sie" (she, they) nor a sentence's
     * first word.
     */
    private static final Pattern SITE_ADDRESSES_READER_AS_WRITTEN = Pattern.compile(
            "\\bus\\b|(?<=\\S\\s)(Sie|Ihnen|Ihre?[mnrs]?)\\b", Pattern.UNICODE_CASE);
    private static final Pattern THIS_SITE = Pattern.compile("\\b(this|diese[rs]?|ce|cet|este|esta|ta|bu|questo"
            + "|deze)\\s+"
            + "(web ?)?(site|sito|seite|webseite|website|internetseite|strona|sitio|página|pagina)", FLAGS);
    /**
     * What the sentences after a notice say when they are still the notice: its own words, not those news uses too
     * ("agreed", "accepted", Polish "zgoda", Turkish "izin").
     */
    private static final Pattern STILL_THE_NOTICE = Pattern.compile("(cookie|çerez|privacy|datenschutz|einwillig"
            + "|zustimm|einverstanden|akzeptier|consent|settings|einstellungen|confidentialité|privacidad"
            + "|prywatnoś|zaakceptuj|ustawie|gizlilik)\\p{L}*|\\bok\\b", FLAGS);
    /** A link to the site's policy alone on its line: "Datenschutz", "zur Datenschutzerklärung", "Cookie Policy". */
    private static final Pattern POLICY_LINK = Pattern.compile("((zur|to|our|unsere)\\s+)?(datenschutz\\p{L}*"
            + "|privacy( policy| notice| settings)?|cookie[- ]?(policy|settings|einstellungen|richtlinie)"
            + "|politique de confidentialité|política de privacidad|polityka prywatności|çerez politikası"
            + "|gizlilik politikası)[.:]?", FLAGS);
    /** A sentence between two of a notice's, this short, is the notice too ("Sie können auch zu Analysezwecken"). */
    private static final int MAX_WORDS_BETWEEN = 20;
    /**
     * Where a notice's sentence may begin: the words it is told by, or the site speaking of itself ("we", "our"). Not
     * "you" or "your", which headlines use ("Coronavirus and Your Supply Chain").
     */
    private static final Pattern START_CUES = Pattern.compile(COOKIES.pattern() + "|" + PRIVACY_POLICY.pattern()
            + "|" + THIS_SITE.pattern() + "|\\b(we|our|wir|uns|unser\\p{L}*|nous|notre|nos|usamos|utilizamos"
            + "|nuestr\\p{L}+|używamy|korzystamy|nasz\\p{L}*|sitemiz\\p{L}*|kullanıyoruz|faydalanıyoruz|utilizziamo"
            + "|usiamo|nostr[oaie]|nosso|nossa|wij|onze)\\b", FLAGS);
    /** A sentence longer than this is text, whatever it mentions. */
    private static final int MAX_WORDS = 50;
    /**
     * Words a notice's sentence may hold before its first cue and after its last. Scraped text often runs a headline
     * or the article's first sentence into the notice with no full stop between ("Coventry residents urged to stay
     * at home ... See our privacy notice Invalid Email Coventry residents are being urged ..."): such a sentence is
     * left whole, since cutting it would take the text with the notice.
     */
    private static final int MAX_WORDS_AROUND_CUES = 10;

    /**
     * The paragraph without its notice: the removal, and what is left of the paragraph (blank when it was all
     * notice); empty when it holds none.
     */
    public record Cut(RemovedSpan removed, String rest) {
    }

    private ConsentNotice() {
    }

    public static Optional<Cut> cut(String paragraph) {
        if (!holdsClue(paragraph)) {
            return Optional.empty();
        }
        if (POLICY_LINK.matcher(paragraph.strip()).matches()) {
            return Optional.of(new Cut(new RemovedSpan(paragraph.strip(), RemovalReason.CONSENT_NOTICE,
                    "a link to the site's privacy or cookie policy"), ""));
        }
        List<int[]> sentences = sentences(paragraph);
        List<String> texts = sentences.stream().map(s -> paragraph.substring(s[0], s[1])).toList();
        boolean[] inNotice = new boolean[sentences.size()];
        for (int i = 0; i < inNotice.length; i++) {
            String sentence = texts.get(i);
            boolean short_ = Whitespace.wordCount(sentence) <= MAX_WORDS;
            boolean starts = short_ && isNotice(sentence) && startsNear(sentence, START_CUES)
                    && endsNear(sentence, COOKIES, PRIVACY_POLICY, SITE_ADDRESSES_READER,
                    SITE_ADDRESSES_READER_AS_WRITTEN, THIS_SITE, STILL_THE_NOTICE);
            inNotice[i] = starts || (i > 0 && inNotice[i - 1] && short_ && startsNear(sentence, STILL_THE_NOTICE)
                    && endsNear(sentence, STILL_THE_NOTICE));
        }
        var notice = new ArrayList<int[]>();
        for (int i = 0; i < inNotice.length; i++) {
            boolean between = i > 0 && i + 1 < inNotice.length && inNotice[i - 1] && inNotice[i + 1]
                    && Whitespace.wordCount(texts.get(i)) <= MAX_WORDS_BETWEEN;
            if (inNotice[i] || between) {
                notice.add(sentences.get(i));
            }
        }
        if (notice.isEmpty()) {
            return Optional.empty();
        }
        var removed = new StringBuilder();
        var rest = new StringBuilder();
        int from = 0;
        for (int[] s : notice) {
            rest.append(paragraph, from, s[0]);
            removed.append(removed.isEmpty() ? "" : " ").append(paragraph, s[0], s[1]);
            from = s[1];
        }
        rest.append(paragraph.substring(from));
        String what = removed.toString();
        Matcher cue = COOKIES.matcher(what);
        String detail = "cookie or privacy notice" + (cue.find() ? "" : " (privacy policy)");
        return Optional.of(new Cut(new RemovedSpan(what, RemovalReason.CONSENT_NOTICE, detail),
                rest.toString().replaceAll("\\s{2,}", " ").strip()));
    }

    /**
     * Letters every notice holds one of, whatever its case but capitals throughout: most paragraphs are passed over
     * with a few substring searches, neither copied in lower case nor split into sentences.
     */
    private static final String[] CLUES = {"ookie", "OOKIE", "rivacy", "RIVACY", "atenschutz", "ATENSCHUTZ", "erez",
            "EREZ", "rywatno", "onfidentialit", "rivacidad", "izlilik"};

    private static boolean holdsClue(String paragraph) {
        for (String clue : CLUES) {
            if (paragraph.contains(clue)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNotice(String sentence) {
        boolean cookies = COOKIES.matcher(sentence).find();
        boolean policy = PRIVACY_POLICY.matcher(sentence).find();
        if (!cookies && !policy) {
            return false;
        }
        return SITE_ADDRESSES_READER.matcher(sentence).find()
                || SITE_ADDRESSES_READER_AS_WRITTEN.matcher(sentence).find() || THIS_SITE.matcher(sentence).find();
    }

    /** Whether the sentence's first cue comes within {@link #MAX_WORDS_AROUND_CUES} words of its start. */
    private static boolean startsNear(String sentence, Pattern cues) {
        Matcher cue = cues.matcher(sentence);
        return cue.find() && Whitespace.wordCount(sentence.substring(0, cue.start())) <= MAX_WORDS_AROUND_CUES;
    }

    /** Whether the last of any of these cues comes within {@link #MAX_WORDS_AROUND_CUES} words of its end. */
    private static boolean endsNear(String sentence, Pattern... cues) {
        int last = -1;
        for (Pattern pattern : cues) {
            Matcher cue = pattern.matcher(sentence);
            while (cue.find()) {
                last = Math.max(last, cue.end());
            }
        }
        return last >= 0 && Whitespace.wordCount(sentence.substring(last)) <= MAX_WORDS_AROUND_CUES;
    }

    /**
     * Sentence bounds {start, end}, each without the space around it. Not {@link news.storyline.text.Sentences}: a
     * notice is cut where scraped text runs its parts together, at a wide gap or a full stop with no space after it,
     * and after an abbreviation too, which that splitter rightly keeps whole.
     */
    private static List<int[]> sentences(String paragraph) {
        var bounds = new ArrayList<int[]>();
        Matcher end = SENTENCE_END.matcher(paragraph);
        int start = 0;
        while (end.find()) {
            add(bounds, paragraph, start, end.start());
            start = end.end();
        }
        add(bounds, paragraph, start, paragraph.length());
        return bounds;
    }

    private static void add(List<int[]> bounds, String paragraph, int start, int end) {
        while (start < end && Character.isWhitespace(paragraph.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(paragraph.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            bounds.add(new int[] {start, end});
        }
    }
}
