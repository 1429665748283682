package news.storyline.embed;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a text into pieces short enough for an embedding model, at sentence ends where it can: a piece is one or
 * more whole sentences, and a sentence longer than a piece is cut at a space.
 */
final class TextPieces {
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?。！？؟]+[\"'”’»)]*\\s+|\\n\\s*");

    private TextPieces() {
    }

    /** At most {@code maxPieces} pieces of at most {@code maxChars} characters each; none for a blank text. */
    static List<String> of(String text, int maxChars, int maxPieces) {
        var pieces = new ArrayList<String>();
        var current = new StringBuilder();
        Matcher end = SENTENCE_END.matcher(text);
        int start = 0;
        while (start < text.length() && pieces.size() < maxPieces) {
            int stop = end.find() ? end.end() : text.length();
            String sentence = text.substring(start, stop);
            start = stop;
            if (current.length() + sentence.length() > maxChars && !current.isEmpty()) {
                add(pieces, current);
            }
            while (sentence.length() > maxChars && pieces.size() < maxPieces) {
                int cut = sentence.lastIndexOf(' ', maxChars);
                cut = cut <= 0 ? maxChars : cut;
                current.append(sentence, 0, cut);
                add(pieces, current);
                sentence = sentence.substring(cut);
            }
            current.append(sentence);
        }
        if (pieces.size() < maxPieces) {
            add(pieces, current);
        }
        return pieces;
    }

    private static void add(List<String> pieces, StringBuilder piece) {
        String text = piece.toString().strip();
        if (!text.isEmpty()) {
            pieces.add(text);
        }
        piece.setLength(0);
    }
}
