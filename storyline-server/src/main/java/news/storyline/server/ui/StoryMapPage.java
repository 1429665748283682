package news.storyline.server.ui;

import static news.storyline.server.ui.Html.esc;

import news.storyline.facts.render.StoryMap;

/**
 * The story map: the largest of the latest stories on one time axis (see {@link StoryMap}), each row a link to its
 * story, with a line on what it shows. The picture's styles come with the report's sheet.
 */
public final class StoryMapPage {
    private StoryMapPage() {
    }

    /**
     * @param picture  the map, drawn for embedding ({@link StoryMap#embedded})
     * @param lookedAt how many of the latest changed stories the map was drawn from
     */
    public static String render(StoryMap.Picture picture, int lookedAt) {
        StringBuilder out = new StringBuilder(picture.svg().length() + 1024);
        out.append("<div class=\"titlebar\"><h1>Story map</h1></div>\n");
        String drawn = picture.stories() == 0 ? "No story is drawn"
                : "The " + (picture.stories() == 1 ? "story" : picture.stories() + " stories")
                + " with the most independent reports";
        out.append("<p class=\"muted\">").append(esc(drawn + " among the " + lookedAt
                + " latest to change, each a row from its first report to its last; a dot is an article at its "
                + "publication time, coloured by outlet. Hover over a mark for its article; open a story from its "
                + "headline.")).append("</p>\n");
        out.append("<div class=\"storymap\">").append(picture.svg()).append("</div>\n");
        return Layout.page("Story map", Layout.Section.MAP, null, out.toString(), false);
    }
}
