package news.storyline.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import news.storyline.article.Article;
import news.storyline.article.RemovedSpan;

/**
 * An article as one JSON object, for JSON Lines output. The fields {@code id, title, text, date, url, source}
 * are those the JSON Lines reader takes, so an output file can be read back in; the clean paragraphs, what was
 * removed and why, the raw text and the input's further fields follow.
 */
public final class ArticleJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ArticleJson() {
    }

    /**
     * The article as one line of JSON. It holds no unpaired surrogate, which UTF-8 output could not encode: the
     * article model repairs them, and {@link ArticleJsonlWriter}'s encoder replaces anything left.
     */
    public static String line(Article article) {
        try {
            return JSON.writeValueAsString(node(article));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode node(Article article) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", article.id());
        node.put("source", article.source());
        node.put("url", article.url());
        node.put("title", article.title());
        node.put("date", article.published() == null ? null : article.published().toString());
        node.put("language", article.language());
        node.put("text", article.cleanText());
        ArrayNode paragraphs = node.putArray("paragraphs");
        article.paragraphs().forEach(paragraphs::add);
        ArrayNode removed = node.putArray("removed");
        for (RemovedSpan span : article.removed()) {
            removed.addObject().put("reason", span.reason().name()).put("detail", span.detail()).put("text", span.text());
        }
        node.put("rawText", article.rawText());
        ObjectNode attributes = node.putObject("attributes");
        article.attributes().forEach(attributes::put);
        node.put("origin", article.origin());
        return node;
    }
}
