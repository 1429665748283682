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

    /** An agency, a word any credit of it contains (a cheap test before the pattern), and its credit pattern. */
    private record Agency(String name, String[] clues, Pattern credit) {
    }

    private static final List<Agency> AGENCIES = List.of(
            agency("AP", new String[] {"AP", "Associated Press"}, "\\((?:AP|The Associated Press)\\)|\\bAssociated Press\\b|^AP\\b|\\bAP Photo\\b"),
            agency("Reuters", new String[] {"Reuters", "Reporting by"}, "\\(Reuters\\)|\\bReporting by\\b.*\\bEditing by\\b|\\bThomson Reuters\\b|^Reuters\\b|[-\u2013\u2014] Reuters$"),
            agency("AFP", new String[] {"AFP", "Agence France"}, "\\(AFP\\)|\\bAgence France[- ]Presse\\b|[-\u2013\u2014(] ?AFP\\b|^AFP\\b"),
            agency("dpa", new String[] {"dpa", "Deutsche Presse"}, "\\(dpa\\)|\\bDeutsche Presse-Agentur\\b"),
            agency("UPI", new String[] {"UPI", "United Press"}, "\\(UPI\\)|\\bUnited Press International\\b"),
            agency("Xinhua", new String[] {"Xinhua"}, "\\(Xinhua\\)|\\bXinhua News Agency\\b"),
            agency("PA", new String[] {"(PA)", "Press Association", "PA Media"}, "\\(PA\\)|\\bPress Association\\b|\\bPA Media\\b"),
            agency("Bloomberg", new String[] {"Bloomberg"}, "\\(Bloomberg\\)|\\bBloomberg News\\b"),
            agency("ANSA", new String[] {"ANSA"}, "\\(ANSA\\)"),
            agency("EFE", new String[] {"EFE"}, "\\(EFE\\)"));

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
            if (matches(agency, head) || matches(agency, tail)) {
                return Optional.of(agency.name());
            }
        }
        return Optional.empty();
    }

    /** The pattern runs only on a text holding one of the agency's clues: most texts hold none. */
    private static boolean matches(Agency agency, String text) {
        for (String clue : agency.clues()) {
            if (text.contains(clue)) {
                Matcher m = agency.credit().matcher(text);
                return m.find();
            }
        }
        return false;
    }

    private static Agency agency(String name, String[] clues, String credit) {
        return new Agency(name, clues, Pattern.compile(credit, Pattern.MULTILINE));
    }
}
