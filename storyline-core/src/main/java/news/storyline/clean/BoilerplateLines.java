package news.storyline.clean;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.storyline.article.RemovalReason;
import news.storyline.article.RemovedSpan;
import news.storyline.text.Whitespace;

/**
 * Recognises the lines scrapers carry along with an article's text: bylines and reporting credits, links to other
 * articles, photo captions and credits, share and subscribe prompts. Each rule is bounded by length, since a long paragraph that happens to
 * start with "Read more" or mention a photo agency is text, not furniture. Patterns are searched for, not matched
 * whole, and anchor themselves where they must stand at the start or end of the line.
 */
public final class BoilerplateLines {
    /**
     * One kind of line: its pattern, and a cheap test on the lower-cased line that any match needs (a word it must
     * hold), so that most paragraphs are passed over without running the pattern at every position.
     */
    private record Rule(RemovalReason reason, Pattern pattern, int maxWords, String description,
                        Predicate<String> worthTrying) {
        Rule(RemovalReason reason, Pattern pattern, int maxWords, String description) {
            this(reason, pattern, maxWords, description, line -> true);
        }
    }

    /** A test that the line holds one of these lower-case words or fragments. */
    private static Predicate<String> holdsAnyOf(String... clues) {
        return line -> {
            for (String clue : clues) {
                if (line.contains(clue)) {
                    return true;
                }
            }
            return false;
        };
    }

    private static boolean holdsDigit(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (Character.isDigit(line.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** A capitalised name of up to four words: "Jane Arraf", "Ahmed al-Rasheed", "J. R. Smith". */
    private static final String NAME = "\\p{Lu}[\\p{L}.'’-]*(\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}";

    /** What a byline may say of the reporter after the name: "Envoyés spéciaux", "Staff Writer". */
    private static final String ROLE = "envoyée?s? spécia(le?s?|ux)|special correspondents?|correspondents?"
            + "|correspondante?s?|staff writers?|staff reporters?|senior (writer|reporter|correspondent)s?";
    /** A time of day as bylines write it: "08:08 pm", "9:15 a.m. EDT". */
    private static final String CLOCK = "\\d{1,2}[:.]\\d{2}(:\\d{2})?(\\s*[AaPp]\\.?[Mm]\\.?)?(\\s+[A-Z]{2,4})?";
    /** A date as bylines write it: "June 10, 2014", "10 June 2014". */
    private static final String WRITTEN_DATE = "(\\p{Lu}\\p{L}+\\.? \\d{1,2},? \\d{4}|\\d{1,2} \\p{Lu}\\p{L}+ \\d{4})";

    /**
     * What a removal of the reporter's role alone on its line says it is; the cleaner takes the name on the line
     * above such a line for the byline too.
     */
    static final String ROLE_LINE = "the reporter's role or a reviewer";
    /** A month's name or its abbreviation, with or without a full stop. */
    static final String MONTH = "(january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?";
    private static final String WEEKDAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday"
            + "|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\.?";
    /** One piece of a date or update line: "Published", "30", "April", "9:15", "PM", "UTC", "2 hours ago", "|". */
    private static final String DATE_PART = "(" + MONTH + "|" + WEEKDAY + "|\\d{1,4}([:./-]\\d{1,4}){0,2}(st|nd|rd|th)?"
            + "|[ap]\\.?m\\.?|utc|gmt|bst|cet|cest|est|edt|cst|cdt|pst|pdt|et|pt|ist|ast"
            + "|(first |last |originally )?(published|updated|posted|modified)|on|at|ago|just now|today|yesterday"
            + "|(a|an|\\d+) (seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?) ago|[|·•—–-])";
    /** A toolbar of article actions printed as text: "Share Reuse this content", "Save", "Purchase Licensing Rights". */
    private static final String ACTION = "(share|save|print|email|e-mail|copy link|gift( this)? article|listen"
            + "|reuse this content|purchase licensing rights|licensing( rights)?|reprints?( (and|&) permissions)?"
            + "|comments?|bookmark|font size|follow"
            // The same buttons in other languages, and the networks a row of share buttons names: a line of nothing
            // else is the row ("Teilen Teilen Weiterleiten Weiterleiten Tweeten Tweeten Drucken", the icon's label
            // and the link's).
            + "|teilen|weiterleiten|tweeten|twittern|drucken|mailen|versenden|merken|kommentieren|partager|tweeter"
            + "|imprimer|envoyer|commenter|enregistrer|compartir|imprimir|enviar|tuitear|comentar|guardar|condividi"
            + "|stampa|invia|commenta|salva|udostępnij|drukuj|wyślij|skomentuj|zapisz|paylaş|yazdır|gönder"
            + "|tweetle|kaydet|поделиться|печать|отправить|комментировать|tweet|facebook|twitter|whatsapp"
            + "|linkedin|telegram|pinterest|reddit|xing|messenger|flipboard|e-mail)";

    private static final List<Rule> RULES = List.of(
            new Rule(RemovalReason.DATELINE, Pattern.compile(
                    // Only date parts, one of them a number or an update word and one a month, a clock time, a numeric
                    // date or an update word, so that neither a table cell holding a number nor a month's name goes.
                    "^(?=.*(\\d|\\b(ago|published|updated|posted|modified)\\b))(?=.*(\\b" + MONTH + "(\\s|,|$)|\\d{1,2}:\\d{2}|\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}|\\bago\\b"
                            + "|\\b(published|updated|posted|modified)\\b))"
                            + "(" + DATE_PART + ")(,?\\s*" + DATE_PART + ")*$", FLAGS),
                    14, "date or update line",
                    line -> holdsDigit(line) || holdsAnyOf("ago", "published", "updated", "posted", "modified").test(line)),
            new Rule(RemovalReason.BYLINE, Pattern.compile(
                    // A name and where the reporter filed from, without "By": "Hannah Ellis-Petersen in Delhi".
                    "^(\\p{Lu}[\\p{L}.'’-]+(\\s+\\p{Lu}[\\p{L}.'’-]+){1,3}\\s+in\\s+\\p{Lu}[\\p{L}'’-]+"
                            + "(\\s+\\p{Lu}[\\p{L}'’-]+)?)$"),
                    8, "byline without \"By\"", holdsAnyOf(" in ")),
            new Rule(RemovalReason.BYLINE, Pattern.compile(
                    // Case matters for the names, so only the keywords ignore it.
                    "^((?i:by:?|written by|par|von|por|door)\\s+" + NAME + ")(\\s*(,|and|&|et|und|y|en|\\||/)\\s*" + NAME + ")*"
                            + "(\\s*,?\\s*(?i:" + ROLE + "))?(\\s+(?i:in|à|au|en)\\s+" + NAME + ")?"
                            + "(\\s*[,|–-]?\\s*((?i:on)\\s+)?(" + WRITTEN_DATE + "|\\d{4}-\\d{2}-\\d{2})(,?\\s+((?i:at)\\s+)?" + CLOCK + ")?)?"
                            + "(\\s+@\\w+)?$"
                            + "|^\\(?((?i:(?:additional )?(?:reporting|writing|editing|compiled) by))\\b"),
                    30, "byline or reporting credit", holdsAnyOf("by", "par ", "von ", "por ", "door ")),
            new Rule(RemovalReason.BYLINE, Pattern.compile(
                    // A name, the outlet and the time, without "By": "Doug Stanglin, USA TODAY 8:42 a.m. EDT October 3".
                    "^(" + NAME + "\\s*,\\s*" + NAME + ")\\s+(?i:(?=.*(" + MONTH + "|\\d{1,2}:\\d{2}))"
                            + DATE_PART + "(,?\\s*" + DATE_PART + ")*)$"),
                    16, "byline with the outlet and time", BoilerplateLines::holdsDigit),
            new Rule(RemovalReason.READ_ALSO, Pattern.compile(
                    "^(also read|read also|read more|more on this|related( stories| articles| news| coverage| content)?"
                            + "|see also|recommended( for you| stories)?|you (may|might) also like|don'?t miss"
                            + "|must read|trending( now| stories)?|more from|more stories|further reading"
                            + "|explore more( on these topics)?|more on this (story|topic)|related topics|read next"
                            + "|top stories|most (read|viewed|popular)|topics:|tags:|filed under)\\b", FLAGS),
                    25, "link to other articles"),
            new Rule(RemovalReason.READ_ALSO, Pattern.compile(
                    // A link to another article set in brackets between paragraphs: "(MORE: 13 Best Tweets ...)".
                    "^(\\((more|read more|related|see also|also read|watch|read|listen): .{3,200}\\))$", FLAGS),
                    40, "link to other articles", holdsAnyOf("(")),
            new Rule(RemovalReason.READ_ALSO, Pattern.compile(
                    // The same in other languages. Bounded in characters too, since Chinese and Japanese write no
                    // spaces to count words by; no \\b, which is ASCII-only, after a Cyrillic or Arabic word.
                    "^(?=.{0,160}$)(lire aussi|à lire aussi|a lire aussi|voir aussi|lesen sie auch|mehr zum thema"
                            + "|auch interessant|das könnte sie auch interessieren|leer más|lea también|lee también"
                            + "|te puede interesar|leggi anche|vedi anche|zobacz też|zobacz także|czytaj też"
                            + "|czytaj także|przeczytaj też|читайте также|смотрите также|ilgili haberler"
                            + "|schlagworte:|schlagwörter:|mots-clés|mots clés|etiquetas:|tagi:|теги:|метки:|етикети:"
                            + "|etiketler:|címkék:|trefwoorden:"
                            + "|اقرأ أيضا|اقرأ أيضاً|相关新闻|相关阅读|延伸阅读)(?![\\p{L}\\p{N}])", FLAGS),
                    25, "link to other articles"),
            new Rule(RemovalReason.SHARE_SUBSCRIBE, Pattern.compile(
                    // "Follow us on ..." in other languages ("Devenez fan sur , suivez-nous sur").
                    "^(suivez-nous|devenez fan|folgen sie uns|síguenos|siguenos|seguici|obserwuj nas"
                            + "|подписывайтесь|bizi takip edin|تابعونا)(?![\\p{L}\\p{N}])", FLAGS),
                    15, "follow line"),
            new Rule(RemovalReason.BYLINE, Pattern.compile(
                    // The reporter's role alone on its line, under the name: "BuzzFeed News Reporter", "eHow
                    // Contributor", "Staff Writer"; a medical or legal reviewer: "Reviewed by Hansa D. Bhargava, MD".
                    "^(((?!(?i:the|a|an|our|your|his|her|their|my)\\s)\\p{L}*\\p{Lu}[\\p{L}.'’&-]*\\s+){0,3}(?i:" + ROLE + "|reporter|contributor|columnist"
                            + "|(staff|senior|contributing|freelance|guest) writer"
                            + "|(senior|deputy|managing|political|news|associate|contributing|features?|foreign|business"
                            + "|sports|science|health|technology|economics) editor)"
                            + "|(?i:(medically |fact[- ])?(reviewed|checked) by)\\s+" + NAME + "(,\\s*\\p{Lu}[\\p{L}.]*)*)$"),
                    8, ROLE_LINE, holdsAnyOf("reporter", "contributor", "editor",
                    "columnist", "writer", "correspondent", "envoy", "reviewed by", "checked by")),
            new Rule(RemovalReason.BYLINE, Pattern.compile(
                    // A short line that ends with the reporter's address: "최윤호 기자 uknow@donga.com".
                    "^(.{0,60}?)\\s*[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+$"),
                    6, "byline with an e-mail address", line -> line.indexOf('@') > 0),
            new Rule(RemovalReason.SHARE_SUBSCRIBE, Pattern.compile(
                    // An advertisement's label or a button (share, print, comment, text size), alone on its line, in
                    // other languages.
                    "^(anzeige|werbung|publicidad|publicidade|publicité|pubblicità|reklama|реклама|reklam"
                            + "|advertentie|annonce|hirdetés|mainos|διαφήμιση|إعلان|广告|teilen|partager|compartir"
                            + "|condividi|udostępnij|поделиться|paylaş|drucken|imprimer|imprimir|stampa|drukuj"
                            + "|печать|распечатать|принтирай|yazdır|afdrukken|nyomtatás|kinyomtatom|kommentieren"
                            + "|commenter|comentar|commenta|skomentuj|комментировать|коментирай|yorum yap"
                            + "|schriftgröße|taille du texte|tamaño de letra|dimensione testo|rozmiar czcionki"
                            + "|размер шрифта|размер на шрифта|betűméret|text size|font size|ampliar foto|ampliar"
                            + "|enlarge( (photo|image|this image))?|agrandir( la photo)?|bild vergrößern|vergrößern"
                            + "|ingrandisci|video transcript|automatically generated transcript.*)\\s*:?$", FLAGS),
                    8, "advertising label or button"),
            new Rule(RemovalReason.PAGE_FURNITURE, Pattern.compile(
                    // Where the page sits in the site: "Home › News › World", "Начало » България", "Бизнес // Финансы".
                    "^(?=.{0,120}$)(\\p{L}[^.!?»›>/]{0,40}(\\s+(»|›|>|//)\\s+\\p{L}[^.!?»›>/]{0,40})+)$"),
                    12, "the page's place in the site", holdsAnyOf("»", "›", ">", "//")),
            new Rule(RemovalReason.PAGE_FURNITURE, Pattern.compile(
                    // A label over the story, alone on its line: "EXCLUSIVE", "BREAKING NEWS", "Opinion".
                    "^(exclusive|breaking( news)?|developing( story)?|update[ds]?|live|opinion|analysis|watch"
                            + "|video|photos|exklusiv|exclusif|exclusiva|esclusiva|eksklüzif|эксклюзив)$", FLAGS),
                    2, "label over the story"),
            new Rule(RemovalReason.PAGE_FURNITURE, Pattern.compile(
                    // A template's variable left in the text: "hirdetes_kapcsolo: 1", "ad_slot_top = 3".
                    "^(\\p{Ll}+(_\\p{Ll}+)+\\s*[:=]\\s*\\w{1,20})$"),
                    3, "a template's variable", line -> line.indexOf('_') > 0),
            new Rule(RemovalReason.READ_ALSO, Pattern.compile(
                    // An item of a related-stories list: a headline and when it was published, no sentence.
                    "^(\\S.{2,150}?)\\s+Published\\s+(\\d{1,2}\\s+\\p{L}+(\\s+\\d{4})?|\\p{L}+\\s+\\d{1,2},?\\s+\\d{4}"
                            + "|\\d+\\s+(minutes?|hours?|days?)\\s+ago)$"),
                    25, "link to another article with its date", holdsAnyOf("published")),
            new Rule(RemovalReason.IMAGE_CAPTION, Pattern.compile(
                    "(\\bimage credits?:|\\bphoto credits?:|\\bpicture credits?:|\\bAFP PHOTO\\b|\\bAP Photo/"
                            + "|^(image|video|media|photo) (source|caption|credit),|\\bREUTERS/|/ ?Getty Images|\\bGetty Images$|\\bphoto: ?(AFP|AP|Reuters|EPA|Getty|file)\\b"
                            + "|^\\(?(photo|image|picture|file photo|photograph)( by)?:)", FLAGS),
                    100, "photo caption or credit",
                    // Every alternative holds one of these: the pattern, unanchored and up to 100 words long, runs only
                    // then (a clue such as "image" or "media" alone let it search most paragraphs).
                    holdsAnyOf("credit", "afp photo", "ap photo/", "reuters/", "getty images", "photo:", "image:",
                            "picture:", "photograph:", " by:", "source,", "caption,")),
            new Rule(RemovalReason.IMAGE_CAPTION, Pattern.compile(
                    // A short credit line of its own: "(Credit: Marguerite Reardon/CNET)", "Courtesy G4".
                    "^\\(?((photo|image|picture) )?(credit|courtesy)( of)?\\b", FLAGS),
                    8, "photo credit", holdsAnyOf("credit", "courtesy")),
            new Rule(RemovalReason.IMAGE_CAPTION, Pattern.compile(
                    // Who made the picture, alone on its line: "Illustration by Mike Nudelman", "Portrait by ...".
                    "^((?i:illustrations?|portrait|graphics?|artwork|cartoon|drawing|animation|photos?|photographs?"
                            + "|photography|images?|video|map|design) (?i:by) " + NAME + ")$"),
                    8, "picture credit", holdsAnyOf(" by ")),
            new Rule(RemovalReason.IMAGE_CAPTION, Pattern.compile(
                    // The same in other languages, and a stock library's name alone: "Fot. alphaspirit/iStockphoto",
                    // "Foto: dpa", "Фото: РИА Новости", "Shutterstock".
                    "^\\(?(fot\\.|foto:|fotó:|фото:|снимка:|bild:|imagen:|immagine:|zdjęcie:|photo ?:|crédit photo ?:)"
                            + "|^(shutterstock|istock(photo)?|alamy|depositphotos|dreamstime|123rf)(\\.com)?$", FLAGS),
                    8, "photo credit"),
            new Rule(RemovalReason.SHARE_SUBSCRIBE, Pattern.compile(
                    "^(share (this|on|via|article|story)\\b.*|share|tweet|email|print|whatsapp|facebook|twitter"
                            + "|follow us\\b.*|subscribe (to|now|for)\\b.*|sign up (for|to|now)\\b.*"
                            + "|click here to (subscribe|sign up|follow|read|join)\\b.*|join (our|us on)\\b.*"
                            + "|download (our|the) .*app\\b.*|get (the latest|our) .*(newsletter|inbox|app)\\b.*"
                            + "|get .*(alerts|newsletters?) (to|in|by|via) (your )?(inbox|e-?mail)\\b.*"
                            + "|continue reading( the main story| below| this (article|story))?|stay connected\\b.*"
                            + "|(right[- ])?click here to (download|listen|watch)\\b.*|podcast: play in new window\\b.*"
                            + "|advertisement|advertising|sponsored( content)?|story continues below.*"
                            + "|skip (to|ad)\\b.*|\\d* ?comments?( \\(\\d+\\))?|copyright\\b.*|©.*|all rights reserved\\b.*)$", FLAGS),
                    30, "share, subscribe or advertising line"),
            new Rule(RemovalReason.SHARE_SUBSCRIBE, Pattern.compile(
                    "^(" + ACTION + ")(\\s*[|·]?\\s*" + ACTION + ")*$", FLAGS),
                    16, "article actions"),
            new Rule(RemovalReason.SHARE_SUBSCRIBE, Pattern.compile(
                    // Appeals for money come as a whole paragraph, so they are recognised by how they open.
                    "^(support (us|our journalism|independent journalism)\\b|donate( now| today)?\\b"
                            + "|become a (member|supporter|subscriber|patron)\\b|make a (contribution|donation)\\b"
                            + "|(we have a|a) small favou?r to ask|before you (go|move on)\\W*$"
                            + "|if you (value|like|enjoy(ed)?) (our|this) (journalism|reporting|work|article|content|site)"
                            + "|please consider (supporting|donating|"
                            + "making a|becoming)|your (support|contribution|donation) (helps|makes|keeps)"
                            + "|(readers|people) like you (make|keep|fund|support))", FLAGS),
                    80, "appeal for money or membership"));

    private BoilerplateLines() {
    }

    /** The removal to make when the paragraph is boilerplate. */
    public static Optional<RemovedSpan> match(String paragraph) {
        String line = paragraph.strip();
        int words = Whitespace.wordCount(line);
        String lower = null;
        for (Rule rule : RULES) {
            if (words > rule.maxWords()) {
                continue;
            }
            if (lower == null) {
                lower = line.toLowerCase(Locale.ROOT);
            }
            if (!rule.worthTrying().test(lower)) {
                continue;
            }
            Matcher matcher = rule.pattern().matcher(line);
            if (matcher.find()) {
                return Optional.of(new RemovedSpan(paragraph, rule.reason(),
                        rule.description() + ": \"" + abbreviate(firstGroup(matcher).strip()) + "\""));
            }
        }
        return Optional.empty();
    }

    /** The first group that took part in the match: what the rule recognised. */
    private static String firstGroup(Matcher matcher) {
        for (int group = 1; group <= matcher.groupCount(); group++) {
            if (matcher.group(group) != null) {
                return matcher.group(group);
            }
        }
        return matcher.group();
    }

    private static String abbreviate(String marker) {
        return marker.length() <= 40 ? marker : marker.substring(0, 39) + "…";
    }
}
