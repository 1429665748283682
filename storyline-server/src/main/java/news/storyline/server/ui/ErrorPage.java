package news.storyline.server.ui;

import static news.storyline.server.ui.Html.esc;

/** A page for a request that has no answer: 404 (no such story or article), 400 (a bad parameter), 500. */
public final class ErrorPage {
    private ErrorPage() {
    }

    /** The page for {@code status}, with a one-line {@code reason} ("No story 42."). */
    public static String render(int status, String reason) {
        String title = switch (status) {
            case 400 -> "Bad request";
            case 404 -> "Not found";
            case 500 -> "Something went wrong";
            default -> "Error " + status;
        };
        String body = "<div class=\"error\"><h1>" + esc(title) + " <span class=\"muted\">(" + status + ")</span></h1>\n"
                + "<p class=\"reason\">" + esc(reason == null || reason.isBlank() ? title + "." : reason) + "</p>\n"
                + "<p><a href=\"/\">Back to the stories</a></p></div>\n";
        return Layout.page(title, Layout.Section.NONE, null, body, false);
    }
}
