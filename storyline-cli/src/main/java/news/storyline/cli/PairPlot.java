package news.storyline.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import news.storyline.similarity.Correlation;
import news.storyline.similarity.Dimension;
import news.storyline.similarity.PairEvaluation;

/**
 * The picture of {@code evaluate-pairs}: each pair's held-out overall score against its rating, one colour per
 * language combination, the diagonal where the two agree, and each combination's Pearson in the legend. A table's
 * one number hides where a model errs (the pairs it calls alike that the raters did not, a language scored off to
 * one side); the scatter shows it.
 */
final class PairPlot {
    private static final int SIZE = 460;
    private static final int MARGIN = 56;
    private static final int LEGEND = 190;
    private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b",
        "#e377c2", "#17becf", "#7f7f7f", "#bcbd22"};

    private PairPlot() {
    }

    /**
     * @param pairs       the evaluated pairs, with their ratings
     * @param predictions each pair's held-out scores (by pair id, in {@link Dimension} order)
     * @param title       what was evaluated, for the picture's heading
     */
    static String svg(List<PairEvaluation.Pair> pairs, Map<String, double[]> predictions, String title) {
        Map<String, List<double[]>> byLanguages = new LinkedHashMap<>();
        List<double[]> all = new ArrayList<>();
        for (PairEvaluation.Pair pair : pairs) {
            double[] predicted = predictions.get(pair.pairId());
            Double rated = pair.gold().get(Dimension.OVERALL);
            if (predicted == null || rated == null) {
                continue;
            }
            double[] point = {rated, predicted[Dimension.OVERALL.ordinal()], jitter(pair.pairId())};
            byLanguages.computeIfAbsent(pair.languages(), k -> new ArrayList<>()).add(point);
            all.add(point);
        }
        int width = SIZE + LEGEND;
        int height = SIZE + 30;
        var svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" font-family=\"sans-serif\" font-size=\"12\">\n");
        svg.append("<title>").append(escape(title)).append("</title>\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append(text(MARGIN, 18, "Overall, held out: the model's score against the raters' (" + all.size()
                + " pairs, Pearson " + pearson(all) + ")", "start", 13));
        // Axes from 1 (very similar) to 4 (very dissimilar), a grid line at each whole score.
        for (int score = 1; score <= 4; score++) {
            double x = x(score);
            double y = y(score);
            svg.append(line(x, y(1), x, y(4), "#e5e5e5")).append(line(x(1), y, x(4), y, "#e5e5e5"));
            svg.append(text(x, y(1) + 16, Integer.toString(score), "middle", 11));
            svg.append(text(x(1) - 8, y + 4, Integer.toString(score), "end", 11));
        }
        svg.append(line(x(1), y(1), x(4), y(4), "#999999"));
        svg.append(text((x(1) + x(4)) / 2, y(1) + 34, "rated overall (1 very similar ... 4 very dissimilar; dots "
                + "spread a little sideways)",
                "middle", 11));
        svg.append("<text x=\"14\" y=\"").append(f((y(1) + y(4)) / 2))
                .append("\" text-anchor=\"middle\" font-size=\"11\" transform=\"rotate(-90 14 ")
                .append(f((y(1) + y(4)) / 2)).append(")\">scored overall, held out</text>\n");
        int colour = 0;
        double legendY = y(4) + 10;
        for (Map.Entry<String, List<double[]>> group : byLanguages.entrySet()) {
            String fill = COLOURS[colour++ % COLOURS.length];
            svg.append("<g fill=\"").append(fill).append("\" fill-opacity=\"0.45\"><title>")
                    .append(escape(group.getKey())).append("</title>\n");
            for (double[] point : group.getValue()) {
                svg.append("<circle cx=\"").append(f(x(point[0] + point[2]))).append("\" cy=\"")
                        .append(f(y(point[1])))
                        .append("\" r=\"2.6\"/>");
            }
            svg.append("\n</g>\n");
            svg.append("<circle cx=\"").append(f(SIZE + 14)).append("\" cy=\"").append(f(legendY - 4))
                    .append("\" r=\"5\" fill=\"").append(fill).append("\"/>\n");
            svg.append(text(SIZE + 26, legendY, group.getKey() + "  " + group.getValue().size() + " pairs, r "
                    + pearson(group.getValue()), "start", 11));
            legendY += 18;
        }
        return svg.append("</svg>\n").toString();
    }

    /**
     * A small sideways shift of a pair's dot, the same for the same pair in every run: ratings are averages of a few
     * raters and stand at a few values, so that undrawn, the dots of each would hide one another in one column.
     */
    private static double jitter(String pairId) {
        return (Math.floorMod(pairId.hashCode() * 0x9E3779B1, 1000) / 1000.0 - 0.5) * 0.14;
    }

    private static String pearson(List<double[]> points) {
        if (points.size() < 3) {
            return "n/a";
        }
        double[] rated = points.stream().mapToDouble(p -> p[0]).toArray();
        double[] scored = points.stream().mapToDouble(p -> p[1]).toArray();
        double r = Correlation.pearson(scored, rated);
        return Double.isNaN(r) ? "n/a" : String.format(Locale.ROOT, "%.3f", r);
    }

    private static double x(double score) {
        return MARGIN + (score - 1) / 3 * (SIZE - 2 * MARGIN);
    }

    private static double y(double score) {
        return SIZE - MARGIN + 30 - (score - 1) / 3 * (SIZE - 2 * MARGIN);
    }

    private static String line(double x1, double y1, double x2, double y2, String colour) {
        return "<line x1=\"" + f(x1) + "\" y1=\"" + f(y1) + "\" x2=\"" + f(x2) + "\" y2=\"" + f(y2)
                + "\" stroke=\"" + colour + "\"/>\n";
    }

    private static String text(double x, double y, String text, String anchor, int size) {
        return "<text x=\"" + f(x) + "\" y=\"" + f(y) + "\" text-anchor=\"" + anchor + "\" font-size=\"" + size
                + "\">" + escape(text) + "</text>\n";
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
