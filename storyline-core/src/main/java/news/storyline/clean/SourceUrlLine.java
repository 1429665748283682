package news.storyline.clean;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A line at the top of a body that is only the article's address: "https://example.com/2013/05/03/story", or the
 * same as a tokeniser left it, with spaces around its punctuation ("http: / / articles. latimes. com / 2013 / may /
 * 03 / local / la - me - 0504 - lohan - rehab - 20130504", as in every ECB+ record).
 */
final class SourceUrlLine {
    private static final Pattern SCHEME = Pattern.compile("^https?\\s?:", Pattern.CASE_INSENSITIVE);
    /** Characters a tokeniser puts spaces around in an address; a space between two other characters ends it. */
    private static final String URL_PUNCTUATION = "/.-:_?=&#%+~,;@!'’";

    private SourceUrlLine() {
    }

    /** The address the line gives, spaces taken out, when the line is only an address. */
    static Optional<String> parse(String paragraph) {
        String line = paragraph.strip();
        if (!SCHEME.matcher(line).find()) {
            return Optional.empty();
        }
        var url = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!Character.isWhitespace(c)) {
                url.append(c);
            } else if (!nextToPunctuation(line, i)) {
                // "http://example.com is where ...": words after the address make the line text.
                return Optional.empty();
            }
        }
        return valid(url.toString());
    }

    /** Whether a run of spaces at i has URL punctuation on at least one side. */
    private static boolean nextToPunctuation(String line, int i) {
        int start = i;
        while (start > 0 && Character.isWhitespace(line.charAt(start - 1))) {
            start--;
        }
        int end = i;
        while (end < line.length() && Character.isWhitespace(line.charAt(end))) {
            end++;
        }
        return isPunctuation(line.charAt(start - 1)) || end < line.length() && isPunctuation(line.charAt(end));
    }

    private static boolean isPunctuation(char c) {
        return URL_PUNCTUATION.indexOf(c) >= 0;
    }

    private static Optional<String> valid(String url) {
        try {
            URI uri = new URI(url);
            String host = uri.getHost();
            return host != null && host.contains(".") ? Optional.of(url) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
