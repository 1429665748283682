package news.storyline.facts;

import java.util.ArrayList;
import java.util.List;
import news.storyline.text.Sentences;

/**
 * Direct quotes with their speaker: text between opening and closing quotes (straight, curly, or the `` '' of
 * tokenised corpora). As news writes it, a quote left open at a paragraph's end runs to that end (and goes on in the
 * next paragraph, which opens with a quote again). The speaker is the attribution of a sentence the quote touches
 * (before it or right after), else none. A quoted phrase of fewer than four words is a name or a scare quote ("an
 * “Islamic state”"), not a quote.
 */
final class QuoteFinder {
    /** Fewer words than this in quotes are a name or a scare quote; fewer shared are no quote two reports share. */
    static final int MIN_WORDS = 4;

    List<Fact> find(String articleId, String text, List<Sentences.Span> sentences, List<Fact> attributions) {
        List<Fact> facts = new ArrayList<>();
        int paragraphStart = 0;
        int[] open = null; // a quote left open at the last paragraph's end: {its start, that paragraph's end}
        String openClose = null;
        while (paragraphStart < text.length()) {
            int paragraphEnd = text.indexOf("\n\n", paragraphStart);
            if (paragraphEnd < 0) {
                paragraphEnd = text.length();
            }
            int from = paragraphStart;
            if (open != null) {
                // The quote goes on into this paragraph when this paragraph closes it before opening another.
                int close = continuation(text, paragraphStart, paragraphEnd, openClose);
                int end = close >= 0 ? close + openClose.length() : open[1];
                add(articleId, text, open[0], end, sentences, attributions, facts);
                if (close >= 0) {
                    from = end;
                }
                open = null;
            }
            String[] leftOpen = new String[1];
            int openAt = quotes(articleId, text, from, paragraphEnd, sentences, attributions, facts, leftOpen);
            if (openAt >= 0) {
                open = new int[] {openAt, paragraphEnd};
                openClose = leftOpen[0];
            }
            paragraphStart = paragraphEnd + 2;
        }
        if (open != null) {
            add(articleId, text, open[0], open[1], sentences, attributions, facts);
        }
        return facts;
    }

    /** Where this paragraph closes a quote opened before it, or -1 when it does not go on with it. */
    private static int continuation(String text, int from, int to, String close) {
        String paragraph = text.substring(from, to);
        if (close.equals("\"")) {
            long count = paragraph.chars().filter(c -> c == '"').count();
            return count % 2 == 1 ? from + paragraph.indexOf('"') : -1;
        }
        String opener = close.equals("''") ? "``" : "\u201c";
        int closeAt = paragraph.indexOf(close);
        int openAt = paragraph.indexOf(opener);
        return closeAt >= 0 && (openAt < 0 || closeAt < openAt) ? from + closeAt : -1;
    }

    /**
     * The quotes of one paragraph from {@code from}; returns the start of a quote it leaves open (its closing mark
     * in {@code leftOpen[0]}), or -1.
     */
    private static int quotes(String articleId, String text, int from, int to, List<Sentences.Span> sentences,
                              List<Fact> attributions, List<Fact> facts, String[] leftOpen) {
        int i = from;
        while (i < to) {
            int open = -1;
            String close = null;
            for (int j = i; j < to; j++) {
                char c = text.charAt(j);
                if (c == '\u201c') {
                    open = j;
                    close = "\u201d";
                } else if (c == '"') {
                    open = j;
                    close = "\"";
                } else if (c == '`' && j + 1 < to && text.charAt(j + 1) == '`') {
                    open = j;
                    close = "''";
                }
                if (open >= 0) {
                    break;
                }
            }
            if (open < 0) {
                return -1;
            }
            int closeAt = text.indexOf(close, open + (close.equals("''") ? 2 : 1));
            if (closeAt < 0 || closeAt >= to) {
                leftOpen[0] = close;
                return open; // left open: it may go on in the next paragraph
            }
            int end = closeAt + close.length();
            add(articleId, text, open, end, sentences, attributions, facts);
            i = end;
        }
        return -1;
    }

    private static void add(String articleId, String text, int open, int end, List<Sentences.Span> sentences,
                            List<Fact> attributions, List<Fact> facts) {
        while (end > open && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        String inside = text.substring(open, end);
        long words = java.util.Arrays.stream(inside.split("\\s+")).filter(w -> w.chars().anyMatch(Character::isLetter))
                .count();
        Sentences.Span sentence = Sentences.at(sentences, open);
        if (words < MIN_WORDS || sentence == null) {
            return;
        }
        String speaker = speaker(attributions, open, end, sentence, sentences);
        facts.add(new Fact(articleId, FactType.QUOTE, inside, open, end, sentence.of(text), sentence.start(),
                speaker, "quote", null, null, null, null, null, null, null, speaker));
    }

    /** The speaker of an attribution outside the quote, in a sentence the quote touches or the one after it. */
    private static String speaker(List<Fact> attributions, int start, int end, Sentences.Span first,
                                  List<Sentences.Span> sentences) {
        Sentences.Span last = Sentences.at(sentences, Math.max(start, end - 1));
        int after = last == null ? -1 : sentences.indexOf(last) + 1;
        int nextStart = after > 0 && after < sentences.size() ? sentences.get(after).start() : -1;
        for (Fact a : attributions) {
            boolean outside = a.end() <= start + 1 || a.start() >= end - 1;
            boolean near = a.sentenceStart() >= first.start() && a.sentenceStart() <= (last == null ? first.start()
                    : last.start()) || a.sentenceStart() == nextStart && a.start() - end <= 3;
            if (outside && near) {
                return a.speaker();
            }
        }
        return null;
    }
}
