package news.storyline.fuzz;

import java.util.List;

/** A real-shaped article the templates render into every input format. */
record Story(String id, String title, String date, String url, String source, List<String> paragraphs) {
    Story {
        paragraphs = List.copyOf(paragraphs);
    }

    String body() {
        return String.join("\n\n", paragraphs);
    }
}
