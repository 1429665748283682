package news.storyline.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page a site served in place of its article: a bot check ("Nie jestem robotem", "Verify you are human"), a
 * refusal of the reader's address ("Access denied", "unusual traffic from your network"). A scraper that was
 * refused stores it as if it were the article; the SemEval-2022 pairs hold fifteen such Polish pages, and a stream of
 * them is one "story" of identical refusals. Such a record is reported and skipped, as a record without text is.
 *
 * <p>Only a short text can be one (a refusal is a few sentences; a report about bot checks or blocked sites is longer
 * and names them once), and it must say so strongly (the reader is asked to prove it is no robot, or its browser is
 * being checked) or in two ways (its address, its traffic, a refusal, a captcha).
 */
public final class BlockedPage {
    /** The longest text that is read as a refusal: those seen run from 200 to 500 characters. */
    static final int MAX_CHARS = 1_500;
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern SURELY = Pattern.compile("(i'?m|i am) not a robot|are you a robot|nie jestem robotem"
            + "|je ne suis pas un robot|ich bin kein roboter|sind sie ein roboter|no soy un robot|non sono un robot"
            + "|robot değilim|я не робот|verify (that )?you are (a )?human|confirm (that )?you are (a )?human"
            + "|checking your browser before accessing|checking if the site connection is secure"
            + "|(enable|turn on) javascript and cookies to continue|attention required! \\| cloudflare", FLAGS);
    private static final Pattern LIKELY = Pattern.compile("(access denied|403 forbidden|request blocked"
            + "|unusual traffic|too many requests|captcha|your ip address|twój adres ip|votre adresse ip"
            + "|ihre ip-adresse|su dirección ip|ip adresiniz|ваш ip|ogromną (liczbę|ilość) połączeń)", FLAGS);

    private BlockedPage() {
    }

    /** Why a record of this text is no article, in a line, or empty when it reads as one. */
    public static Optional<String> problem(String text) {
        return of(text).map(said -> "not an article: the site served a bot check or refusal (\"" + said + "\")");
    }

    /** What marks the text as a refusal, as it writes it, or empty when it reads as an article (or may be one). */
    public static Optional<String> of(String text) {
        if (text == null || text.length() > MAX_CHARS) {
            return Optional.empty();
        }
        Matcher sure = SURELY.matcher(text);
        if (sure.find()) {
            return Optional.of(sure.group());
        }
        Matcher likely = LIKELY.matcher(text);
        String first = null;
        while (likely.find()) {
            if (first == null) {
                first = likely.group();
            } else if (!likely.group().equalsIgnoreCase(first)) {
                return Optional.of(first + "\", \"" + likely.group());
            }
        }
        return Optional.empty();
    }
}
