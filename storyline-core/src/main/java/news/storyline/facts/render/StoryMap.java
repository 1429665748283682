package news.storyline.facts.render;

import static news.storyline.facts.render.Html.esc;
import static news.storyline.facts.render.Svg.f;
import static news.storyline.facts.render.Svg.line;
import static news.storyline.facts.render.Svg.open;
import static news.storyline.facts.render.Svg.text;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import news.storyline.story.Story;
import news.storyline.story.StoryMerge;

/**
 * The story map: a stream's largest stories on one time axis, a row each, so that a reader sees at a glance what the
 * stream was about, when each story broke and how long it ran, which outlets carried it, where wire copies fill it,
 * and where the engine merged two stories or took a quiet one up again. One SVG picture, complete in itself (its own
 * styles), that a browser shows as it is; each mark names its article on hover.
 *
 * <p>Only stories of two articles or more with at least one publication date are drawn: a story of one article is
 * no story to follow, and an undated one has no place on a time axis (the picture says how many it leaves out).
 */
public final class StoryMap {
    /** The stories drawn unless the caller says otherwise: about a screen and a half of rows. */
    public static final int DEFAULT_STORIES = 40;
    static final int WIDTH = 1100;
    private static final int LABEL_WIDTH = 400;
    private static final int RIGHT = 24;
    private static final int ROW = 24;
    private static final double CHAR = 6.6; // mean width of a 12px label character
    /** Marks closer than this many pixels are counted as one stack ("×3"). */
    private static final double STACK_PIXELS = 4;
    /** Outlet colours, told apart in print and by most colour-blind readers; later outlets share the grey. */
    private static final String[] OUTLET_COLOURS = {"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
            "#edc948", "#b07aa1", "#ff9da7"};
    private static final String OTHER_OUTLETS = "#9aa5b1";
    private static final String RESUMED = "#b8433d";
    private static final String MERGED = "#8a6d1f";
    /**
     * The picture's style rules: inside the picture when it stands alone, in the page's stylesheet when a page
     * embeds it (the web UI's policy allows no inline style).
     */
    public static final String CSS = "#storymap-chart{font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,"
            + "Arial,sans-serif;max-width:100%;height:auto}"
            + "#storymap-chart .heading{font-size:15px;font-weight:600;fill:#1d2329}"
            + "#storymap-chart .label{font-size:12px;fill:#1d2329}"
            + "#storymap-chart .count{font-size:11px;fill:#5f6b76}"
            + "#storymap-chart .tick,#storymap-chart .legend,#storymap-chart .note{font-size:11px;fill:#5f6b76}"
            + "#storymap-chart .stack{font-size:9px;fill:#1d2329}\n";

    /**
     * A drawn map.
     *
     * @param svg             the picture
     * @param stories         the stories drawn
     * @param candidates      the stories that could have been drawn (two articles or more, one dated at least)
     * @param undatedStories  stories of two articles or more left out for having no dated article
     */
    public record Picture(String svg, int stories, int candidates, int undatedStories) {
    }

    /** Which of the marks beside the reports' dots the picture holds, so that the legend names only those. */
    private record Marks(boolean otherOutlets, boolean copies, boolean resumptions, boolean merges) {
    }

    /**
     * A story as the map needs it, from the engine ({@link #of}) or from wherever stories are kept.
     *
     * @param reports  its independent reports (copies not counted)
     * @param articles its articles, copies included, in any order
     */
    public record Row(String id, String headline, int reports, List<Story.Member> articles) {
        public Row {
            articles = List.copyOf(articles);
        }

        public static Row of(Story story) {
            return new Row(story.id(), story.headline(), story.independentReports(), story.members());
        }

        int size() {
            return articles.size();
        }

        List<String> outlets() {
            return articles.stream().map(StoryMap::outlet).filter(Objects::nonNull).distinct().toList();
        }
    }

    private final Map<String, List<StoryMerge>> merges;
    private final Map<String, List<StoryMerge>> resumptions;
    /** Null for a picture that stands alone; else each story's link (null for none) in a page that embeds it. */
    private final Function<String, String> storyHref;

    private StoryMap(Map<String, List<StoryMerge>> merges, Map<String, List<StoryMerge>> resumptions,
                     Function<String, String> storyHref) {
        this.merges = merges;
        this.resumptions = resumptions;
        this.storyHref = storyHref;
    }

    /**
     * Draws the {@code limit} stories with the most independent reports (then the most articles, then the earliest).
     *
     * @param merges      the merges (those into the stories drawn are marked)
     * @param resumptions the times stories, gone quiet, were taken up again
     */
    public static Picture draw(List<Story> stories, List<StoryMerge> merges, List<StoryMerge> resumptions,
                               int limit) {
        return draw(stories.stream().map(Row::of).toList(), merges, resumptions, limit, null);
    }

    /**
     * Draws the rows as {@link #draw(List, List, List, int)} draws stories, for a page to embed: the style rules
     * ({@link #CSS}) are left to the page, and each row's headline links to {@code storyHref} of its id (none where
     * it gives null).
     */
    public static Picture embedded(List<Row> stories, List<StoryMerge> merges, List<StoryMerge> resumptions,
                                   int limit,
                                   Function<String, String> storyHref) {
        return draw(stories, merges, resumptions, limit, storyHref == null ? id -> null : storyHref);
    }

    /** {@code storyHref} null: a picture that stands alone, with its styles and no links. */
    private static Picture draw(List<Row> stories, List<StoryMerge> merges, List<StoryMerge> resumptions,
                                int limit,
                                Function<String, String> storyHref) {
        if (limit < 1) {
            throw new IllegalArgumentException("a map of " + limit + " stories");
        }
        List<Row> candidates = new ArrayList<>();
        int undated = 0;
        for (Row story : stories) {
            if (story.size() < 2) {
                continue;
            }
            if (firstDated(story) == null) {
                undated++;
            } else {
                candidates.add(story);
            }
        }
        List<Row> drawn = candidates.stream()
                .sorted(Comparator.comparingInt(Row::reports).reversed()
                        .thenComparing(Comparator.comparingInt(Row::size).reversed())
                        .thenComparing(StoryMap::firstDated).thenComparing(Row::id))
                .limit(limit)
                .sorted(Comparator.comparing(StoryMap::firstDated).thenComparing(Row::id))
                .toList();
        var map = new StoryMap(StoryMerge.byStory(merges == null ? List.of() : merges),
                StoryMerge.byStory(resumptions == null ? List.of() : resumptions), storyHref);
        String svg = drawn.isEmpty() ? map.empty(undated) : map.svg(drawn, candidates.size(), undated);
        return new Picture(svg, drawn.size(), candidates.size(), undated);
    }

    private String svg(List<Row> drawn, int candidates, int undatedStories) {
        Map<String, String> colours = outletColours(drawn);
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        for (Row story : drawn) {
            for (Story.Member member : story.articles()) {
                if (member.published() != null) {
                    lo = Math.min(lo, days(member.published()));
                    hi = Math.max(hi, days(member.published()));
                }
            }
        }
        double pad = Math.max(0.5, (hi - lo) * 0.03);
        lo -= pad;
        hi += pad;
        double plotLeft = LABEL_WIDTH + 12;
        double plot = WIDTH - RIGHT - plotLeft;
        final double from = lo;
        final double span = hi - lo;
        ToDoubleFunction<Instant> x = t -> plotLeft + (days(t) - from) / span * plot;

        StringBuilder legend = new StringBuilder();
        Marks marks = new Marks(
                drawn.stream().anyMatch(st -> st.articles().stream().anyMatch(m -> !colours.containsKey(outlet(m)))),
                drawn.stream().anyMatch(st -> st.articles().stream().anyMatch(m -> m.copyOf() != null)),
                drawn.stream().anyMatch(st -> !resumptions.getOrDefault(st.id(), List.of()).isEmpty()),
                drawn.stream().anyMatch(st -> !merges.getOrDefault(st.id(), List.of()).isEmpty()));
        int legendLines = legend(legend, colours, marks, 44);
        int top = 44 + legendLines * 18 + 10;
        int axis = top + drawn.size() * ROW + 6;
        boolean note = candidates > drawn.size() || undatedStories > 0;
        int height = axis + 30 + (note ? 18 : 0);

        StringBuilder svg = new StringBuilder(32_768);
        String title = "Story map: " + count(drawn.size(), "story", "stories")
                + (candidates > drawn.size() ? " of " + candidates + " (those with the most independent reports)" : "")
                + ", " + ReportView.range(ReportView.day(Instant.ofEpochSecond((long) ((lo + pad) * 86_400))),
                ReportView.day(Instant.ofEpochSecond((long) ((hi - pad) * 86_400))));
        open(svg, "storymap", WIDTH, height, title, "One row per story, in the order they began. Each dot is an "
                + "article at its publication time, coloured by outlet; a hollow dot is a copy of an earlier "
                + "article; a ring marks the article that took a quiet story up again (a dashed line spans the "
                + "quiet time); a diamond marks a merge of two stories.");
        style(svg);
        svg.append(text(8, 22, title, "start", "heading"));
        svg.append(legend);
        // ticks and their guides, under everything else
        svg.append("<g class=\"axis\">").append(line(plotLeft, axis, WIDTH - RIGHT, axis, "#8a96a3", 1));
        for (ReportPictures.Tick tick : ReportPictures.ticks(lo, hi)) {
            double tx = plotLeft + (tick.day().toEpochDay() - lo) / span * plot;
            if (tx < plotLeft - 0.5 || tx > WIDTH - RIGHT + 0.5) {
                continue;
            }
            svg.append(line(tx, top - 4, tx, axis, "#eef1f4", 1)).append(line(tx, axis, tx, axis + 5, "#8a96a3", 1));
            svg.append(text(tx, axis + 18, tick.label(), "middle", "tick"));
        }
        svg.append("</g>");
        for (int r = 0; r < drawn.size(); r++) {
            row(svg, drawn.get(r), top + r * ROW + ROW / 2.0, r, x, colours);
        }
        if (note) {
            List<String> left = new ArrayList<>();
            if (candidates > drawn.size()) {
                left.add((candidates - drawn.size()) + " smaller " + (candidates - drawn.size() == 1 ? "story" : "stories"));
            }
            if (undatedStories > 0) {
                left.add(count(undatedStories, "story", "stories") + " with no dated article");
            }
            svg.append(text(8, height - 8, "Not drawn: " + String.join("; ", left) + ".", "start", "note"));
        }
        return svg.append("</svg>").toString();
    }

    private void row(StringBuilder svg, Row story, double cy, int index,
                     ToDoubleFunction<Instant> x, Map<String, String> colours) {
        if (index % 2 == 1) {
            svg.append("<rect x=\"0\" y=\"").append(f(cy - ROW / 2.0)).append("\" width=\"").append(WIDTH)
                    .append("\" height=\"").append(ROW).append("\" fill=\"#f7f9fb\"/>");
        }
        List<Story.Member> dated = story.articles().stream().filter(m -> m.published() != null)
                .sorted(Comparator.comparing(Story.Member::published)).toList();
        long undated = story.size() - dated.size();
        String count = story.reports() + (story.reports() == 1 ? " report" : " reports")
                + (undated > 0 ? ", " + undated + " undated" : "");
        int room = (int) ((LABEL_WIDTH - 8 - count.length() * CHAR) / CHAR);
        String href = storyHref == null ? null : link(storyHref.apply(story.id()));
        svg.append(href == null ? "" : "<a href=\"" + esc(href) + "\">")
                .append("<g class=\"story\"><title>").append(esc(tooltip(story))).append("</title>");
        if (href != null) {
            // the whole label, not only its letters, takes the click
            svg.append("<rect x=\"0\" y=\"").append(f(cy - ROW / 2.0)).append("\" width=\"").append(LABEL_WIDTH + 4)
                    .append("\" height=\"").append(ROW).append("\" fill=\"transparent\"/>");
        }
        svg
                .append(text(8, cy + 4, ReportView.shorten(headline(story), Math.max(12, room)), "start", "label"))
                .append(text(LABEL_WIDTH, cy + 4, count, "end", "count")).append("</g>")
                .append(href == null ? "" : "</a>");
        double first = x.applyAsDouble(dated.getFirst().published());
        double last = x.applyAsDouble(dated.getLast().published());
        svg.append(line(first, cy, last, cy, "#c4ccd4", 2));
        Map<String, Story.Member> byId = new HashMap<>();
        story.articles().forEach(m -> byId.put(m.id(), m));
        for (StoryMerge resumed : resumptions.getOrDefault(story.id(), List.of())) {
            // the quiet time: from the last report before the resumption to the article that ended it
            Instant before = dated.stream().map(Story.Member::published).filter(t -> t.isBefore(resumed.at()))
                    .max(Comparator.naturalOrder()).orElse(null);
            if (before != null) {
                double a = x.applyAsDouble(before);
                double b = x.applyAsDouble(resumed.at());
                svg.append(line(a, cy, b, cy, "#ffffff", 3)).append("<line x1=\"").append(f(a)).append("\" y1=\"")
                        .append(f(cy)).append("\" x2=\"").append(f(b)).append("\" y2=\"").append(f(cy))
                        .append("\" stroke=\"#c4ccd4\" stroke-width=\"2\" stroke-dasharray=\"3 3\"/>");
            }
        }
        for (StoryMerge merge : merges.getOrDefault(story.id(), List.of())) {
            if (merge.at() == null) {
                continue;
            }
            double mx = x.applyAsDouble(merge.at());
            svg.append("<g><title>").append(esc("merged with story " + merge.absorbed() + " on "
                            + ReportView.published(merge.at()) + " (by article " + merge.byArticle() + ")"))
                    .append("</title><rect x=\"").append(f(mx - 4)).append("\" y=\"").append(f(cy - 4))
                    .append("\" width=\"8\" height=\"8\" fill=\"").append(MERGED).append("\" transform=\"rotate(45 ")
                    .append(f(mx)).append(' ').append(f(cy)).append(")\"/></g>");
        }
        // copies first, so that a report at the same time is drawn over its copy
        List<Story.Member> drawOrder = new ArrayList<>(dated);
        drawOrder.sort(Comparator.comparing((Story.Member m) -> m.copyOf() == null));
        Map<Long, Integer> atPixel = new TreeMap<>();
        for (Story.Member member : dated) {
            atPixel.merge(Math.round(x.applyAsDouble(member.published()) / STACK_PIXELS), 1, Integer::sum);
        }
        for (Story.Member member : drawOrder) {
            double mx = x.applyAsDouble(member.published());
            String colour = colours.getOrDefault(outlet(member), OTHER_OUTLETS);
            svg.append("<g><title>").append(esc(memberTip(member))).append("</title>");
            if (member.copyOf() == null) {
                svg.append("<circle cx=\"").append(f(mx)).append("\" cy=\"").append(f(cy)).append("\" r=\"4.5\" fill=\"")
                        .append(colour).append("\" stroke=\"#ffffff\" stroke-width=\"1\"/>");
            } else {
                svg.append("<circle cx=\"").append(f(mx)).append("\" cy=\"").append(f(cy))
                        .append("\" r=\"3.5\" fill=\"#ffffff\" stroke=\"").append(colour)
                        .append("\" stroke-width=\"1.5\"/>");
            }
            svg.append("</g>");
        }
        // articles too close in time to tell apart: how many lie under the mark
        atPixel.forEach((pixel, n) -> {
            if (n > 1) {
                svg.append(text(pixel * STACK_PIXELS + 6, cy - 5, "\u00d7" + n, "start", "stack"));
            }
        });
        for (StoryMerge resumed : resumptions.getOrDefault(story.id(), List.of())) {
            Story.Member by = byId.get(resumed.byArticle());
            Instant at = by != null && by.published() != null ? by.published() : resumed.at();
            if (at != null) {
                svg.append("<circle cx=\"").append(f(x.applyAsDouble(at))).append("\" cy=\"").append(f(cy))
                        .append("\" r=\"8\" fill=\"none\" stroke=\"").append(RESUMED)
                        .append("\" stroke-width=\"1.5\"><title>")
                        .append(esc("taken up again on " + ReportView.published(at) + " by article "
                                + resumed.byArticle() + resumed.whyClause()))
                        .append("</title></circle>");
            }
        }
    }

    /** The legend's marks, wrapped onto as many lines as they take; returns the number of lines. */
    private static int legend(StringBuilder svg, Map<String, String> colours, Marks marks, double baseline) {
        List<String[]> entries = new ArrayList<>(); // {kind, colour, label}
        colours.forEach((outlet, colour) -> entries.add(new String[] {"dot", colour, ReportView.shorten(outlet, 22)}));
        if (marks.otherOutlets()) {
            entries.add(new String[] {"dot", OTHER_OUTLETS, colours.isEmpty() ? "report" : "other or no outlet"});
        }
        if (marks.copies()) {
            entries.add(new String[] {"copy", OTHER_OUTLETS, "copy"});
        }
        if (marks.resumptions()) {
            entries.add(new String[] {"ring", RESUMED, "taken up again"});
        }
        if (marks.merges()) {
            entries.add(new String[] {"diamond", MERGED, "merge"});
        }
        double at = 8;
        int lines = 1;
        double y = baseline;
        for (String[] e : entries) {
            double w = 14 + e[2].length() * CHAR * 11 / 12 + 16;
            if (at + w > WIDTH - RIGHT && at > 8) {
                at = 8;
                y += 18;
                lines++;
            }
            double cx = at + 5;
            double cy = y - 4;
            switch (e[0]) {
                case "dot" -> svg.append("<circle cx=\"").append(f(cx)).append("\" cy=\"").append(f(cy))
                        .append("\" r=\"4.5\" fill=\"").append(e[1]).append("\"/>");
                case "copy" -> svg.append("<circle cx=\"").append(f(cx)).append("\" cy=\"").append(f(cy))
                        .append("\" r=\"3.5\" fill=\"#ffffff\" stroke=\"").append(e[1])
                        .append("\" stroke-width=\"1.5\"/>");
                case "ring" -> svg.append("<circle cx=\"").append(f(cx)).append("\" cy=\"").append(f(cy))
                        .append("\" r=\"5.5\" fill=\"none\" stroke=\"").append(e[1]).append("\" stroke-width=\"1.5\"/>");
                default -> svg.append("<rect x=\"").append(f(cx - 4)).append("\" y=\"").append(f(cy - 4))
                        .append("\" width=\"8\" height=\"8\" fill=\"").append(e[1]).append("\" transform=\"rotate(45 ")
                        .append(f(cx)).append(' ').append(f(cy)).append(")\"/>");
            }
            svg.append(text(at + 14, y, e[2], "start", "legend"));
            at += w;
        }
        return lines;
    }

    /** The outlets with the most independent reports among the drawn stories, each with its colour. */
    private static Map<String, String> outletColours(List<Row> drawn) {
        Map<String, Integer> reports = new HashMap<>();
        for (Row story : drawn) {
            for (Story.Member member : story.articles()) {
                String outlet = outlet(member);
                if (outlet != null) {
                    reports.merge(outlet, member.copyOf() == null ? 1 : 0, Integer::sum);
                }
            }
        }
        var colours = new LinkedHashMap<String, String>();
        reports.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(OUTLET_COLOURS.length)
                .forEach(e -> colours.put(e.getKey(), OUTLET_COLOURS[colours.size()]));
        return colours;
    }

    private static String outlet(Story.Member member) {
        String outlet = member.outlet() == null ? null : ReportView.plain(member.outlet());
        return outlet == null || outlet.isEmpty() ? null : outlet;
    }

    private static String tooltip(Row story) {
        List<String> outlets = story.outlets();
        return headline(story) + " (story " + story.id() + "): "
                + count(story.reports(), "independent report", "independent reports") + ", "
                + count(story.size(), "article", "articles")
                + (outlets.isEmpty() ? "" : " from " + String.join(", ", outlets.subList(0, Math.min(8, outlets.size())))
                + (outlets.size() > 8 ? " and " + (outlets.size() - 8) + " more" : ""));
    }

    /** The story's headline, else its first article's title that has one, else "Untitled story". */
    private static String headline(Row story) {
        String headline = ReportView.plain(story.headline());
        if (!headline.isEmpty()) {
            return headline;
        }
        return story.articles().stream().map(m -> ReportView.plain(m.title())).filter(t -> !t.isEmpty()).findFirst()
                .orElse("Untitled story");
    }

    private static String memberTip(Story.Member member) {
        String outlet = outlet(member);
        return (outlet == null ? member.id() : outlet + " (" + member.id() + ")") + ", "
                + ReportView.published(member.published()) + ": " + ReportView.shorten(member.title(), 120)
                + (member.copyOf() == null ? "" : " (copy of " + member.copyOf() + ")");
    }

    private static Instant firstDated(Row story) {
        return story.articles().stream().map(Story.Member::published).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
    }

    private static double days(Instant t) {
        return t.getEpochSecond() / 86_400.0;
    }

    /** A link within the site ("/stories/..."), or an http(s) one; null for anything else (javascript:, ...). */
    private static String link(String href) {
        if (href != null && href.startsWith("/") && !href.startsWith("//")
                && href.chars().noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            return href;
        }
        return Html.safeUrl(href);
    }

    private void style(StringBuilder svg) {
        if (storyHref == null) {
            svg.append("<style>").append(CSS).append("</style>");
        }
    }

    private String empty(int undatedStories) {
        StringBuilder svg = new StringBuilder();
        String message = undatedStories > 0
                ? "No story to place in time: " + count(undatedStories, "story", "stories")
                        + " of two articles or more, none with a dated article."
                : "No story of two articles or more to draw.";
        open(svg, "storymap", WIDTH, 60, "Story map", message);
        style(svg);
        svg.append(text(8, 22, "Story map", "start", "heading"))
                .append(text(8, 46, message, "start", "note"));
        return svg.append("</svg>").toString();
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
