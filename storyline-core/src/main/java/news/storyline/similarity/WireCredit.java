package news.storyline.similarity;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The news agency an article credits, when it is a wire story: "(AP)", "(Reuters)", "-- AFP", "Reporting by ...
 * Editing by ..." (Reuters' sign-off), "Copyright 2014 The Associated Press". Read from the head and the tail of
 * the article, where credits stand, so that a story merely quoting "Reuters reported" is not taken for a wire copy.
 */
public final class WireCredit {
    /** Characters looked at from each end of the text. */
    private static final int EDGE = 400;

    private record Agency(String name, Pattern credit) {
    }

    private static final List<Agency> AGENCIES = List.of(
            agency("AP", "\\((?:AP|The Associated Press)\\)|\\bAssociated Press\\b|^AP\\b|\\bAP Photo\\b"),
            agency("Reuters", "\\(Reuters\\)|\\bReporting by\\b.*\\bEditing by\\b|\\bThomson Reuters\\b|^Reuters\\b|[-\u2013\u2014] Reuters$"),
            agency("AFP", "\\(AFP\\)|\\bAgence France[- ]Presse\\b|[-\u2013\u2014(] ?AFP\\b|^AFP\\b"),
            agency("dpa", "\\(dpa\\)|\\bDeutsche Presse-Agentur\\b"),
            agency("UPI", "\\(UPI\\)|\\bUnited Press International\\b"),
            agency("Xinhua", "\\(Xinhua\\)|\\bXinhua News Agency\\b"),
            agency("PA", "\\(PA\\)|\\bPress Association\\b|\\bPA Media\\b"),
            agency("Bloomberg", "\\(Bloomberg\\)|\\bBloomberg News\\b"),
            agency("ANSA", "\\(ANSA\\)"),
            agency("EFE", "\\(EFE\\)"));

    private WireCredit() {
    }

    /** The agency credited at the head or the tail of the text. */
    public static Optional<String> of(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        String head = text.substring(0, Math.min(text.length(), EDGE));
        String tail = text.substring(Math.max(0, text.length() - EDGE));
        for (Agency agency : AGENCIES) {
            if (matches(agency.credit(), head) || matches(agency.credit(), tail)) {
                return Optional.of(agency.name());
            }
        }
        return Optional.empty();
    }

    private static boolean matches(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find();
    }

    private static Agency agency(String name, String credit) {
        return new Agency(name, Pattern.compile(credit, Pattern.MULTILINE));
    }
}
