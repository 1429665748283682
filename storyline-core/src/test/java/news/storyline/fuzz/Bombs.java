package news.storyline.fuzz;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Inputs built to exhaust a reader rather than to look damaged: markup and JSON nested far deeper than any page,
 * floods of character references, references to lone UTF-16 surrogates, and thousands of near-identical paragraphs.
 */
final class Bombs {
    /** The deepest a nest gets: 100,000 levels, as found in the wild by the issue that asked for this harness. */
    static final int MAX_DEPTH = 100_000;

    private Bombs() {
    }

    /** A depth spread evenly over orders of magnitude, 10 to 100,000, so a failure's threshold shows. */
    static int depth(RandomGenerator random) {
        return (int) Math.round(Math.pow(10, 1 + random.nextDouble() * 4));
    }

    /** Markup opened {@code depth} times around a paragraph, then closed again (or, now and then, never closed). */
    static String nest(String open, String close, int depth, String inner, boolean closeAll) {
        var out = new StringBuilder((open.length() + close.length()) * depth + inner.length());
        out.append(open.repeat(depth)).append(inner);
        if (closeAll) {
            out.append(close.repeat(depth));
        }
        return out.toString();
    }

    static String[] markupNest(RandomGenerator random) {
        List<String[]> nests = List.of(
                new String[] {"<div>", "</div>"}, new String[] {"<span>", "</span>"},
                new String[] {"<ul><li>", "</li></ul>"}, new String[] {"<article>", "</article>"},
                new String[] {"<article><p>", "</p></article>"}, new String[] {"<blockquote>", "</blockquote>"},
                new String[] {"<table><tr><td>", "</td></tr></table>"}, new String[] {"<b><i>", "</i></b>"});
        return nests.get(random.nextInt(nests.size()));
    }

    /** Deeply nested JSON: an array or object chain, as a whole document or in a field of an article record. */
    static String jsonNest(int depth, RandomGenerator random) {
        return switch (random.nextInt(3)) {
            case 0 -> nest("[", "]", depth, "1", random.nextInt(5) != 0);
            case 1 -> nest("{\"a\":", "}", depth, "1", random.nextInt(5) != 0);
            default -> nest("[{\"x\":", "}]", depth / 2, "\"text\"", random.nextInt(5) != 0);
        };
    }

    /** A run of character references: the common named ones, numeric ones, and ones no table knows. */
    static String entityFlood(RandomGenerator random, int count) {
        String[] references = {"&amp;", "&lt;", "&gt;", "&quot;", "&nbsp;", "&eacute;", "&#8217;", "&#x2014;",
                "&#0;", "&#x110000;", "&#99999999999;", "&bogus;", "&amp;amp;", "&#150;", "&#x92;", "&", "&#",
                "&amp"};
        var out = new StringBuilder(count * 6);
        for (int i = 0; i < count; i++) {
            out.append(random.nextInt(4) == 0 ? references[random.nextInt(references.length)] : "&amp;");
            if (random.nextInt(10) == 0) {
                out.append(' ');
            }
        }
        return out.toString();
    }

    /** References to code points that are half a UTF-16 pair, and nothing on their own. */
    static String loneSurrogateReference(RandomGenerator random) {
        String[] references = {"&#xD800;", "&#xDC00;", "&#55296;", "&#56320;", "&#xDBFF;", "&#xdfff;"};
        return references[random.nextInt(references.length)];
    }

    static String loneSurrogateJsonEscape(RandomGenerator random) {
        String[] escapes = {"\\udc00", "\\ud800", "\\uDBFF", "\\ud83d", "\\ude00\\ud83d"};
        return escapes[random.nextInt(escapes.length)];
    }

    /**
     * Short paragraphs alike but for a number and a few words, as minutes, live blogs, sports results and scraped
     * lists are written: close enough that a repeat finder must look at each pair, far enough apart that it keeps
     * them all.
     */
    static List<String> similarParagraphs(int count, RandomGenerator random) {
        String[] places = {"Mosul", "Najaf", "Baghdad", "Erbil", "Kirkuk", "Basra", "Tikrit", "Samarra"};
        String[] days = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
        String[] verbs = {"remained calm", "was tense", "improved slowly", "worsened overnight", "was unclear"};
        String[] sources = {"officials said", "residents reported", "police told reporters", "the army said"};
        var paragraphs = new java.util.ArrayList<String>(count);
        for (int i = 0; i < count; i++) {
            paragraphs.add("Update %d: in %s the situation %s on %s, %s.".formatted(i,
                    places[random.nextInt(places.length)], verbs[random.nextInt(verbs.length)],
                    days[random.nextInt(days.length)], sources[random.nextInt(sources.length)]));
        }
        return paragraphs;
    }
}
