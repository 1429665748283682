package news.storyline.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.storyline.text.Sentences;

/**
 * Direct quotes of four words or more, in straight or curly double quotes, with their speaker: the attribution of
 * the sentence they stand in, else of the next sentence when it opens with a speaker ("He said."). Shorter quoted
 * phrases are names or scare quotes ("an “Islamic state”"), not quotes.
 */
final class QuoteFinder {
    private static final Pattern QUOTE = Pattern.compile("\u201c([^\u201c\u201d]{8,2000})\u201d|\"([^\"]{8,2000})\"");

    List<Fact> find(String articleId, String text, List<Sentences.Span> sentences, List<Fact> attributions) {
        List<Fact> facts = new ArrayList<>();
        Matcher m = QUOTE.matcher(text);
        while (m.find()) {
            String inside = m.group(1) != null ? m.group(1) : m.group(2);
            if (inside.trim().split("\\s+").length < 4 || inside.contains("\n")) {
                continue;
            }
            Sentences.Span sentence = Sentences.at(sentences, m.start());
            if (sentence == null) {
                continue;
            }
            String speaker = null;
            for (Fact a : attributions) {
                boolean outside = a.end() <= m.start() + 1 || a.start() >= m.end() - 1;
                if (outside && (a.sentenceStart() == sentence.start()
                        || a.sentenceStart() >= m.end() && a.sentenceStart() - m.end() <= 3)) {
                    speaker = a.speaker();
                    break;
                }
            }
            facts.add(new Fact(articleId, FactType.QUOTE, m.group(), m.start(), m.end(), sentence.of(text),
                    sentence.start(), speaker, "quote", null, null, null, null, null, null, null, speaker));
        }
        return facts;
    }
}
