package news.storyline.cli;

import java.io.PrintWriter;
import news.storyline.article.Article;
import news.storyline.article.RemovedSpan;

/** A cleaned article as a person reads it in a terminal: what it is, its clean text, then what was removed and why. */
final class CleanedArticleText {
    private CleanedArticleText() {
    }

    static void print(Article article, PrintWriter out) {
        out.println("== " + article.id() + "  (" + article.origin() + ")");
        out.println("title: " + orNone(article.title()) + " | source: " + orNone(article.source())
                + " | published: " + orNone(article.published()) + " | language: " + article.language());
        if (article.url() != null) {
            out.println("url: " + article.url());
        }
        out.println();
        out.println("-- clean text (" + article.paragraphs().size() + " paragraphs)");
        article.paragraphs().forEach(paragraph -> {
            out.println(paragraph);
            out.println();
        });
        out.println("-- removed (" + article.removed().size() + ")");
        for (RemovedSpan span : article.removed()) {
            out.println("[" + span.reason() + "] " + span.detail());
            out.println("    " + span.text());
        }
        out.println();
    }

    private static String orNone(Object value) {
        return value == null ? "(none)" : value.toString();
    }
}
