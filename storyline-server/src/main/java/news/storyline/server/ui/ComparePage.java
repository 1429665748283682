package news.storyline.server.ui;

import static news.storyline.server.ui.Html.esc;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import news.storyline.article.Article;
import news.storyline.similarity.Dimension;
import news.storyline.similarity.PairEvidence;
import news.storyline.similarity.PairScores;

/**
 * Two articles compared: a form for their ids; the seven dimensions as a bar chart in SVG on the scale 1 (very
 * similar) to 4 (very dissimilar); and each dimension's evidence.
 */
public final class ComparePage {
    private static final int ROW = 30;
    private static final int LEFT = 110;
    private static final int PLOT = 400;
    private static final int WIDTH = LEFT + PLOT + 70;

    private ComparePage() {
    }

    /**
     * @param a       the first id as typed (null: none yet)
     * @param b       the second id as typed
     * @param first   the first article; null when not found (or no ids given)
     * @param second  the second article; null likewise
     * @param scores  how alike they are; null shows the form alone
     * @param problem one line saying what is wrong with the ids ("No article x1."); null when nothing is
     */
    public static String render(String a, String b, Article first, Article second, PairScores scores,
                                String problem) {
        StringBuilder out = new StringBuilder(8192);
        out.append("<h1>Compare two articles</h1>\n<form class=\"compare-form\" method=\"get\" action=\"/compare\">")
                .append("<label>First article id <input type=\"text\" name=\"a\" required value=\"").append(esc(a))
                .append("\"></label><label>Second article id <input type=\"text\" name=\"b\" required value=\"")
                .append(esc(b)).append("\"></label><button type=\"submit\">Compare</button></form>\n");
        if (problem != null && !problem.isBlank()) {
            out.append("<p class=\"problem\">").append(esc(problem)).append("</p>\n");
        }
        if (scores != null && first != null && second != null) {
            out.append("<div class=\"pair\">").append(card("A", first)).append(card("B", second)).append("</div>\n");
            out.append("<section id=\"scores\"><h2>How alike they are</h2>\n<div class=\"figure\">")
                    .append(chart(scores)).append("</div>\n</section>\n");
            evidence(out, scores);
        } else if (problem == null) {
            out.append("<p class=\"muted\">Give two article ids (from an article's page or a story's articles) to see how "
                    + "alike they are on seven dimensions: overall, geography, entities, time, narrative, style and "
                    + "tone, each with its evidence.</p>\n");
        }
        String title = first != null && second != null ? "Compare " + a + " and " + b : "Compare";
        return Layout.page(title, Layout.Section.COMPARE, null, out.toString(), false);
    }

    private static String card(String which, Article x) {
        String title = x.title() == null || x.title().isBlank() ? "(no title)" : x.title();
        return "<div class=\"card\"><p class=\"outlet\">" + which + " \u00b7 "
                + esc(x.source() == null || x.source().isBlank() ? "unknown outlet" : x.source()) + "</p><h3><a href=\""
                + esc(Links.article(x.id())) + "\">" + esc(title) + "</a></h3><p class=\"meta\">"
                + Layout.time(x.published()) + " \u00b7 id <code>" + esc(x.id()) + "</code></p></div>";
    }

    /** The seven scores as horizontal bars from 1 to the score on a 1..4 axis. */
    static String chart(PairScores scores) {
        Dimension[] dims = Dimension.values();
        int top = 46;
        int height = top + dims.length * ROW + 8;
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart bars\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" width=\"").append(WIDTH).append("\" height=\"")
                .append(height).append("\" aria-labelledby=\"scores-title\"><title id=\"scores-title\">")
                .append("Similarity on seven dimensions, 1 very similar to 4 very dissimilar</title>");
        String[] words = {"very similar", "somewhat similar", "somewhat dissimilar", "very dissimilar"};
        for (int i = 1; i <= 4; i++) {
            double x = x(i);
            svg.append("<line x1=\"").append(fmt(x)).append("\" y1=\"").append(top - 6).append("\" x2=\"")
                    .append(fmt(x)).append("\" y2=\"").append(height - 8)
                    .append("\" stroke=\"#e3e7eb\" stroke-width=\"1\"/>")
                    .append("<text x=\"").append(fmt(x)).append("\" y=\"12\" text-anchor=\"")
                    .append(i == 1 ? "start" : i == 4 ? "end" : "middle").append("\" class=\"tick\">").append(i)
                    // the words on two staggered lines: side by side, "somewhat dissimilar" ran into the next
                    .append("</text><text x=\"").append(fmt(x)).append("\" y=\"").append(i % 2 == 1 ? 24 : 37)
                    .append("\" text-anchor=\"")
                    .append(i == 1 ? "start" : i == 4 ? "end" : "middle").append("\" class=\"legend\">")
                    .append(words[i - 1]).append("</text>");
        }
        for (int r = 0; r < dims.length; r++) {
            Dimension d = dims[r];
            double s = Math.max(1, Math.min(4, scores.score(d)));
            int y = top + r * ROW;
            double w = Math.max(3, x(s) - x(1));
            svg.append("<g class=\"dim\"><title>").append(esc(name(d))).append(": ")
                    .append(String.format(Locale.ROOT, "%.2f", s)).append(", ").append(esc(PairScores.label(s)))
                    .append("</title><text x=\"").append(LEFT - 10).append("\" y=\"").append(y + 18)
                    .append("\" text-anchor=\"end\" class=\"label\">").append(esc(name(d))).append("</text>")
                    .append("<rect x=\"").append(fmt(x(1))).append("\" y=\"").append(y + 6).append("\" width=\"")
                    .append(fmt(w)).append("\" height=\"16\" rx=\"3\" fill=\"").append(colour(s)).append("\"/>")
                    .append("<text x=\"").append(fmt(x(1) + w + 6)).append("\" y=\"").append(y + 18)
                    .append("\" class=\"value\">").append(String.format(Locale.ROOT, "%.2f", s))
                    .append("</text></g>");
        }
        return svg.append("</svg>").toString();
    }

    private static double x(double score) {
        return LEFT + (score - 1) / 3 * (PLOT - 10) + 2;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String colour(double s) {
        return s < 1.75 ? "#1d4f80" : s < 2.5 ? "#3d7ab8" : s < 3.25 ? "#9fb3c8" : "#c4ccd4";
    }

    static String name(Dimension d) {
        String k = d.key();
        return Character.toUpperCase(k.charAt(0)) + k.substring(1);
    }

    private static void evidence(StringBuilder out, PairScores scores) {
        PairEvidence e = scores.evidence();
        out.append("<section id=\"evidence\"><h2>Evidence, by dimension</h2>\n<div class=\"evidence\">\n");
        for (Dimension d : Dimension.values()) {
            double s = scores.score(d);
            out.append("<div class=\"dimension\" id=\"dim-").append(d.key()).append("\"><h3>").append(esc(name(d)))
                    .append(" <span class=\"score\">").append(String.format(Locale.ROOT, "%.2f", s)).append(" \u00b7 ")
                    .append(esc(PairScores.label(s))).append("</span></h3>\n");
            switch (d) {
                case OVERALL -> {
                    out.append("<table class=\"features\"><tbody>");
                    e.features().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(f -> out
                            .append("<tr><td>").append(esc(f.getKey())).append("</td><td class=\"n\">")
                            .append(String.format(Locale.ROOT, "%.3f", f.getValue())).append("</td></tr>"));
                    out.append("</tbody></table>\n");
                }
                case GEOGRAPHY -> overlap(out, "places", e.places());
                case ENTITIES -> overlap(out, "names", e.names());
                case TIME -> {
                    out.append("<p>A published ").append(e.date1() == null ? "(unknown)" : Layout.day(e.date1()))
                            .append(", B published ").append(e.date2() == null ? "(unknown)" : Layout.day(e.date2()));
                    if (e.daysApart() != null) {
                        out.append(" \u00b7 ").append(e.daysApart()).append(e.daysApart() == 1 ? " day" : " days")
                                .append(" apart");
                    }
                    out.append("</p>\n");
                    overlap(out, "years", e.years());
                }
                case NARRATIVE -> {
                    out.append("<p><b>Terms weighing most in both:</b> ");
                    list(out, e.sharedTerms());
                    out.append("</p>\n");
                    overlap(out, "numbers", e.numbers());
                    if (!e.passages().isEmpty()) {
                        out.append("<p><b>Passages that tell alike</b></p>\n");
                    }
                    for (PairEvidence.PassagePair pair : e.passages()) {
                        out.append("<p class=\"muted\">similarity ")
                                .append(String.format(Locale.ROOT, "%.2f", pair.similarity()))
                                .append("</p>\n<div class=\"passages\"><blockquote><span class=\"src\">A</span> ")
                                .append(esc(pair.text1())).append("</blockquote><blockquote><span class=\"src\">B</span> ")
                                .append(esc(pair.text2())).append("</blockquote></div>\n");
                    }
                }
                case STYLE -> out.append("<p>Languages ").append(esc(e.language1())).append(" and ")
                        .append(esc(e.language2())).append(" \u00b7 length ratio ")
                        .append(feature(e, "lengthRatio")).append(" \u00b7 headline similarity ")
                        .append(feature(e, "headlineCosine")).append("</p>\n<p><span class=\"src\">A</span> ")
                        .append(esc(e.style1().styleLine())).append("<br><span class=\"src\">B</span> ")
                        .append(esc(e.style2().styleLine())).append("</p>\n");
                case TONE -> out.append("<p><span class=\"src\">A</span> ").append(esc(e.style1().toneLine()))
                        .append("<br><span class=\"src\">B</span> ").append(esc(e.style2().toneLine()))
                        .append("</p>\n<p class=\"muted\">").append(esc(capitalised(PairEvidence.TONE_BASIS)))
                        .append(".</p>\n");
            }
            out.append("</div>\n");
        }
        out.append("</div>\n</section>\n");
    }

    private static String feature(PairEvidence e, String name) {
        Double v = e.features().get(name);
        return v == null ? "\u2013" : String.format(Locale.ROOT, "%.2f", v);
    }

    private static void overlap(StringBuilder out, String what, PairEvidence.Overlap o) {
        if (o == null) {
            return;
        }
        out.append("<dl class=\"overlap\"><dt>Shared ").append(esc(what)).append("</dt><dd>");
        list(out, o.shared());
        out.append("</dd><dt>Only in A</dt><dd>");
        list(out, o.only1());
        out.append("</dd><dt>Only in B</dt><dd>");
        list(out, o.only2());
        out.append("</dd></dl>\n");
    }

    private static void list(StringBuilder out, List<String> items) {
        if (items == null || items.isEmpty()) {
            out.append("<span class=\"muted\">none</span>");
            return;
        }
        for (String s : items) {
            out.append("<span class=\"chip\">").append(esc(s)).append("</span> ");
        }
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
