package news.storyline.facts.render;

import static news.storyline.facts.render.Html.esc;

/**
 * The pieces every picture here is drawn with: the opening of an accessible {@code <svg>} (a title and a
 * description a screen reader announces), lines, text and coordinates written short.
 */
final class Svg {
    private Svg() {
    }

    static void open(StringBuilder svg, String id, int width, int height, String title, String description) {
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"").append(id)
                .append("-chart\" role=\"img\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\">")
                .append("<title id=\"").append(id).append("-title\">").append(esc(title)).append("</title>")
                .append("<desc id=\"").append(id).append("-desc\">").append(esc(description)).append("</desc>");
    }

    static String line(double x1, double y1, double x2, double y2, String colour, double width) {
        return "<line x1=\"" + f(x1) + "\" y1=\"" + f(y1) + "\" x2=\"" + f(x2) + "\" y2=\"" + f(y2)
                + "\" stroke=\"" + colour + "\" stroke-width=\"" + f(width) + "\"/>";
    }

    static String text(double x, double y, String text, String anchor, String cls) {
        return "<text x=\"" + f(x) + "\" y=\"" + f(y) + "\" text-anchor=\"" + anchor + "\" class=\"" + cls + "\">"
                + esc(text) + "</text>";
    }

    /** A coordinate with one decimal at most. */
    static String f(double v) {
        long tenths = Math.round(v * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : Double.toString(tenths / 10.0);
    }
}
