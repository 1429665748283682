package news.storyline.facts.render;

import static news.storyline.facts.render.Html.esc;
import static news.storyline.facts.render.Svg.f;
import static news.storyline.facts.render.Svg.line;
import static news.storyline.facts.render.Svg.open;
import static news.storyline.facts.render.Svg.text;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import news.storyline.facts.ReportArticle;
import news.storyline.facts.StoryReport;
import news.storyline.facts.TimelineEvent;

/**
 * The report's two pictures as inline SVG: the timeline on a date axis, and which outlet reported which event (and
 * published when). Sizes are in CSS pixels; the page scales them down to its width.
 */
final class ReportPictures {
    static final int WIDTH = 960;
    private static final double CHAR = 7.0; // mean width of a 12px label character, a little generous
    private static final String[] SOURCE_COLOURS = {"#9fb3c8", "#3d7ab8", "#1d4f80"};
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private final ReportView view;
    private final StoryReport report;

    ReportPictures(ReportView view) {
        this.view = view;
        this.report = view.report();
    }

    /** The colour of an event's marker: darker the more independent sources give it. */
    static String colour(int sources) {
        return SOURCE_COLOURS[Math.max(0, Math.min(SOURCE_COLOURS.length, sources) - 1)];
    }

    /** The events with a date, earliest first (their order in the report where dates tie). */
    List<TimelineEvent> datedEvents() {
        return report.timeline().stream().filter(e -> e.from() != null).toList();
    }

    int sourceCount(TimelineEvent e) {
        return Math.max(1, Math.max(new LinkedHashSet<>(e.articleIds()).size(), view.sources(e).size()));
    }

    // ---------------------------------------------------------------------------------------------- timeline

    /** The timeline picture, or null when no event has a date. */
    String timeline() {
        List<TimelineEvent> events = datedEvents();
        if (events.isEmpty()) {
            return null;
        }
        // a day is a point on the axis, at its tick; a range of days runs from its first day's tick to its last's
        long first = events.stream().mapToLong(e -> e.from().toEpochDay()).min().orElseThrow();
        long last = events.stream().mapToLong(e -> end(e).toEpochDay()).max().orElseThrow();
        long span = last - first;
        double pad = span == 0 ? 2 : Math.max(0.6, span * 0.06);
        double lo = first - pad;
        double hi = last + pad;
        int left = 24;
        int right = 24;
        double plot = WIDTH - left - right;
        java.util.function.DoubleUnaryOperator x = d -> left + (d - lo) / (hi - lo) * plot;

        // Markers and labels, each label in the first lane where it overlaps nothing.
        List<List<double[]>> lanes = new ArrayList<>();
        List<String> marks = new ArrayList<>();
        List<double[]> placed = new ArrayList<>(); // {lane, markerStart, markerEnd, labelX, anchorEnd(0/1)}
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            TimelineEvent e = events.get(i);
            double x1 = x.applyAsDouble(e.from().toEpochDay());
            double x2 = x.applyAsDouble(end(e).toEpochDay());
            boolean oneDay = !end(e).isAfter(e.from()) || x2 - x1 < 10;
            double ms = oneDay ? (x1 + x2) / 2 - 6 : x1;
            double me = oneDay ? (x1 + x2) / 2 + 6 : x2;
            int number = number(e);
            String label = number + ". " + ReportView.shorten(view.stepText(e), 44);
            double roomRight = WIDTH - right - (me + 6);
            double roomLeft = ms - 6 - left;
            boolean toLeft = width(label) > roomRight && roomLeft > roomRight;
            double room = toLeft ? roomLeft : roomRight;
            if (width(label) > room) {
                label = number + ". " + ReportView.shorten(view.stepText(e), Math.max(1, (int) (room / CHAR) - 4));
            }
            double w = width(label);
            double from = toLeft ? ms - 6 - w : ms;
            double to = toLeft ? me : me + 6 + w;
            int lane = 0;
            while (lane < lanes.size() && overlaps(lanes.get(lane), from, to)) {
                lane++;
            }
            if (lane == lanes.size()) {
                lanes.add(new ArrayList<>());
            }
            lanes.get(lane).add(new double[] {from, to});
            placed.add(new double[] {lane, ms, me, toLeft ? ms - 6 : me + 6, toLeft ? 1 : 0, oneDay ? 1 : 0});
            labels.add(label);
        }
        int laneHeight = 28;
        int top = 44;
        int axis = top + lanes.size() * laneHeight + 6;
        int height = axis + 40;

        StringBuilder svg = new StringBuilder();
        String title = "Timeline of " + events.size() + (events.size() == 1 ? " dated event" : " dated events")
                + ", " + ReportView.range(events.getFirst().from(), latest(events));
        open(svg, "timeline", WIDTH, height, title,
                "Each event is placed at its date (a bar when the reports give a range of days), labelled with its "
                        + "number in the list below and coloured by how many sources date it.");
        legend(svg, left, 16);
        // axis and ticks
        svg.append("<g class=\"axis\">");
        svg.append(line(left, axis, WIDTH - right, axis, "#8a96a3", 1));
        for (Tick tick : ticks(lo, hi)) {
            double tx = x.applyAsDouble(tick.day().toEpochDay());
            if (tx < left - 0.5 || tx > WIDTH - right + 0.5) {
                continue;
            }
            svg.append(line(tx, axis, tx, axis + 5, "#8a96a3", 1));
            svg.append(line(tx, top - 8, tx, axis, "#eef1f4", 1));
            double half = width(tick.label()) * 11 / 12 / 2; // tick labels are 11px
            String anchor = tx - half < 0 ? "start" : tx + half > WIDTH ? "end" : "middle";
            svg.append(text(anchor.equals("start") ? Math.max(0, tx - 4) : anchor.equals("end")
                    ? Math.min(WIDTH, tx + 4) : tx, axis + 19, tick.label(), anchor, "tick"));
        }
        svg.append("</g>");
        // guides from each marker down to the axis, then markers and labels
        for (int i = 0; i < events.size(); i++) {
            double[] p = placed.get(i);
            double cy = top + p[0] * laneHeight + 10;
            double cx = (p[1] + p[2]) / 2;
            svg.append("<line x1=\"").append(f(cx)).append("\" y1=\"").append(f(cy)).append("\" x2=\"")
                    .append(f(cx)).append("\" y2=\"").append(axis).append(
                            "\" stroke=\"#c4ccd4\" stroke-width=\"1\" stroke-dasharray=\"2 3\"/>");
        }
        for (int i = 0; i < events.size(); i++) {
            TimelineEvent e = events.get(i);
            double[] p = placed.get(i);
            double cy = top + p[0] * laneHeight + 10;
            String fill = colour(sourceCount(e));
            svg.append("<g class=\"event\"><title>")
                    .append(esc(number(e) + ". " + ReportView.range(e.from(), e.to()) + ": "
                            + view.stepText(e) + " (" + String.join(", ", view.sources(e)) + ")"))
                    .append("</title>");
            if (p[5] == 1) {
                svg.append("<circle cx=\"").append(f((p[1] + p[2]) / 2)).append("\" cy=\"").append(f(cy))
                        .append("\" r=\"6\" fill=\"").append(fill).append("\" stroke=\"#fff\" stroke-width=\"1.5\"/>");
            } else {
                svg.append("<rect x=\"").append(f(p[1])).append("\" y=\"").append(f(cy - 5)).append("\" width=\"")
                        .append(f(p[2] - p[1])).append("\" height=\"10\" rx=\"5\" fill=\"").append(fill)
                        .append("\"/>");
            }
            svg.append(text(p[3], cy + 4, labels.get(i), p[4] == 1 ? "end" : "start", "label"));
            svg.append("</g>");
        }
        svg.append("</svg>");
        return svg.toString();
    }

    /** An event's number in the report's timeline list, from 1. */
    private int number(TimelineEvent e) {
        List<TimelineEvent> all = report.timeline();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i) == e) {
                return i + 1;
            }
        }
        return all.indexOf(e) + 1;
    }

    private static LocalDate end(TimelineEvent e) {
        return e.to() == null || e.to().isBefore(e.from()) ? e.from() : e.to();
    }

    private static LocalDate latest(List<TimelineEvent> events) {
        return events.stream().map(ReportPictures::end).max(Comparator.naturalOrder()).orElseThrow();
    }

    private static boolean overlaps(List<double[]> lane, double from, double to) {
        for (double[] taken : lane) {
            if (from < taken[1] + 10 && to > taken[0] - 10) {
                return true;
            }
        }
        return false;
    }

    private static double width(String label) {
        return label.length() * CHAR;
    }

    private void legend(StringBuilder svg, double x, double y) {
        String[] names = {"1 source", "2 sources", "3 or more"};
        double at = x;
        for (int i = 0; i < names.length; i++) {
            svg.append("<circle cx=\"").append(f(at + 6)).append("\" cy=\"").append(f(y - 4))
                    .append("\" r=\"5\" fill=\"").append(SOURCE_COLOURS[i]).append("\"/>");
            svg.append(text(at + 16, y, names[i], "start", "legend"));
            at += 16 + width(names[i]) + 18;
        }
    }

    record Tick(LocalDate day, String label) {
    }

    /** Tick marks for the days from {@code lo} to {@code hi} (epoch days): at most about eight, on round dates. */
    static List<Tick> ticks(double lo, double hi) {
        LocalDate start = LocalDate.ofEpochDay((long) Math.ceil(lo));
        LocalDate stop = LocalDate.ofEpochDay((long) Math.floor(hi));
        double days = hi - lo;
        List<Tick> ticks = new ArrayList<>();
        int[] daySteps = {1, 2, 7, 14};
        for (int step : daySteps) {
            if (days / step <= 9) {
                LocalDate d = start;
                if (step == 7 || step == 14) {
                    while (d.getDayOfWeek() != DayOfWeek.MONDAY) {
                        d = d.plusDays(1);
                    }
                }
                Integer year = null;
                for (; !d.isAfter(stop); d = d.plusDays(step)) {
                    boolean showYear = year == null || year != d.getYear();
                    year = d.getYear();
                    ticks.add(new Tick(d, showYear ? ReportView.day(d) : ReportView.SHORT_DAY.format(d)));
                }
                return ticks;
            }
        }
        int[] monthSteps = {1, 2, 3, 6, 12, 24, 60, 120, 240, 600, 1200, 6000};
        for (int step : monthSteps) {
            if (days / (30.44 * step) <= 9 || step == 6000) {
                LocalDate d = start.withDayOfMonth(1);
                if (d.isBefore(start)) {
                    d = d.plusMonths(1);
                }
                while ((d.getYear() * 12 + d.getMonthValue() - 1) % step != 0) {
                    d = d.plusMonths(1);
                }
                for (; !d.isAfter(stop); d = d.plusMonths(step)) {
                    ticks.add(new Tick(d, step >= 12 ? String.valueOf(d.getYear()) : MONTH.format(d)));
                }
                return ticks;
            }
        }
        return ticks;
    }

    // ------------------------------------------------------------------------------------ who reported what

    /** A column of the who-reported-what picture: an event, or a day when reports were published. */
    private record Column(LocalDate day, TimelineEvent event, int number) {
        boolean published() {
            return event == null;
        }
    }

    /** Who reported what when, or null when there is no event and no publication date to place. */
    String whoReportedWhat() {
        List<TimelineEvent> events = report.timeline();
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            columns.add(new Column(events.get(i).from(), events.get(i), i + 1));
        }
        Set<LocalDate> days = new TreeSet<>();
        report.articles().stream().map(ReportArticle::published).filter(java.util.Objects::nonNull)
                .forEach(p -> days.add(ReportView.day(p)));
        days.forEach(d -> columns.add(new Column(d, null, 0)));
        // in time order; an event before the reports published the same day; undated events last
        columns.sort(Comparator.comparing(Column::day, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Column::published).thenComparingInt(Column::number));
        Set<String> rowSet = new LinkedHashSet<>(view.outlets());
        events.forEach(e -> rowSet.addAll(view.sources(e)));
        List<String> rows = List.copyOf(rowSet);
        if (columns.isEmpty() || rows.isEmpty()) {
            return null;
        }
        List<String> rowLabels = rows.stream().map(r -> ReportView.shorten(r, 24)).toList();
        double labelWidth = Math.min(24 * CHAR, rowLabels.stream().mapToDouble(ReportPictures::width).max()
                .orElse(60)) + 20;
        int right = 16;
        double col = Math.max(40, Math.min(84, (WIDTH - labelWidth - right) / columns.size()));
        String dotLegend = "reports the event (darker: more sources)";
        String diamondLegend = "publishes a report that day";
        double legendEnd = labelWidth + 18 + width(dotLegend) + 24 + 16 + width(diamondLegend);
        int width = (int) Math.ceil(Math.max(legendEnd, labelWidth + col * columns.size()) + right);
        int top = 52;
        int rowHeight = 30;
        int height = top + rows.size() * rowHeight + 40;

        StringBuilder svg = new StringBuilder();
        open(svg, "who", width, height, "Which outlet reported what, and when: " + rows.size()
                        + (rows.size() == 1 ? " outlet, " : " outlets, ") + events.size()
                        + (events.size() == 1 ? " event" : " events"),
                "One row per outlet. Numbered columns are the timeline's events in date order, with a dot where "
                        + "the outlet reports the event; shaded columns are the days the reports were published, "
                        + "with a diamond where the outlet published one.");
        // column backgrounds and headers
        Integer year = null;
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            double cx = labelWidth + col * c + col / 2;
            if (column.published()) {
                svg.append("<rect x=\"").append(f(labelWidth + col * c + 2)).append("\" y=\"").append(top - 46)
                        .append("\" width=\"").append(f(col - 4)).append("\" height=\"")
                        .append(rows.size() * rowHeight + 46).append("\" rx=\"4\" fill=\"#f3f1ea\"/>");
            }
            String head = column.published() ? "published" : "#" + column.number();
            svg.append(text(cx, top - 28, head, "middle", column.published() ? "colhead pub" : "colhead"));
            String date = "undated";
            if (column.day() != null) {
                boolean showYear = year == null || year != column.day().getYear();
                year = column.day().getYear();
                date = ReportView.SHORT_DAY.format(column.day());
                if (showYear) {
                    svg.append(text(cx, top - 40, String.valueOf(year), "middle", "year"));
                }
            }
            svg.append(text(cx, top - 12, date, "middle", "tick"));
        }
        // rows
        for (int r = 0; r < rows.size(); r++) {
            double cy = top + r * rowHeight + rowHeight / 2.0;
            svg.append(line(labelWidth - 6, cy, labelWidth + col * columns.size(), cy, "#e3e7eb", 1));
            svg.append(text(labelWidth - 12, cy + 4, rowLabels.get(r), "end", "outlet"));
        }
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            double cx = labelWidth + col * c + col / 2;
            for (int r = 0; r < rows.size(); r++) {
                double cy = top + r * rowHeight + rowHeight / 2.0;
                String outlet = rows.get(r);
                if (column.published()) {
                    List<ReportArticle> published = report.articles().stream()
                            .filter(a -> a.published() != null && ReportView.day(a.published()).equals(column.day())
                                    && ReportView.plain(a.label()).equals(outlet)).toList();
                    if (!published.isEmpty()) {
                        StringBuilder tip = new StringBuilder(outlet + " published");
                        for (ReportArticle a : published) {
                            tip.append(" \u201c").append(ReportView.shorten(a.title(), 80)).append("\u201d at ")
                                    .append(ReportView.published(a.published()));
                        }
                        svg.append("<g><title>").append(esc(tip.toString())).append("</title>")
                                .append("<rect x=\"").append(f(cx - 6)).append("\" y=\"").append(f(cy - 6))
                                .append("\" width=\"12\" height=\"12\" fill=\"#8a6d1f\" transform=\"rotate(45 ")
                                .append(f(cx)).append(' ').append(f(cy)).append(")\"/></g>");
                    }
                } else if (reports(column.event(), outlet)) {
                    svg.append("<g><title>").append(esc(outlet + " reports #" + column.number() + ", "
                                    + ReportView.range(column.event().from(), column.event().to()) + ": "
                                    + ReportView.shorten(column.event().text(), 120))).append("</title>")
                            .append("<circle cx=\"").append(f(cx)).append("\" cy=\"").append(f(cy))
                            .append("\" r=\"7\" fill=\"").append(colour(sourceCount(column.event())))
                            .append("\"/></g>");
                } else {
                    svg.append("<circle cx=\"").append(f(cx)).append("\" cy=\"").append(f(cy))
                            .append("\" r=\"2\" fill=\"#c4ccd4\"/>");
                }
            }
        }
        // legend
        double ly = top + rows.size() * rowHeight + 26;
        svg.append("<circle cx=\"").append(f(labelWidth + 6)).append("\" cy=\"").append(f(ly - 4))
                .append("\" r=\"6\" fill=\"").append(colour(2)).append("\"/>");
        svg.append(text(labelWidth + 18, ly, dotLegend, "start", "legend"));
        double lx = labelWidth + 18 + width(dotLegend) + 24;
        svg.append("<rect x=\"").append(f(lx)).append("\" y=\"").append(f(ly - 9)).append(
                "\" width=\"10\" height=\"10\" fill=\"#8a6d1f\" transform=\"rotate(45 ").append(f(lx + 5))
                .append(' ').append(f(ly - 4)).append(")\"/>");
        svg.append(text(lx + 16, ly, diamondLegend, "start", "legend"));
        svg.append("</svg>");
        return svg.toString();
    }

    private boolean reports(TimelineEvent event, String outlet) {
        return view.sources(event).contains(outlet) || view.labels(event.articleIds()).contains(outlet);
    }
}
