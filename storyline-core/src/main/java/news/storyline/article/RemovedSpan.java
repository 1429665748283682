package news.storyline.article;

import java.util.Objects;

/**
 * A piece of an article's body that was taken out, and why.
 *
 * @param text   the removed text, as it stood
 * @param reason the kind of removal
 * @param detail what exactly matched, for a person reading it ("repeats paragraph 3", "matched 'Image Credit:'")
 */
public record RemovedSpan(String text, RemovalReason reason, String detail) {
    public RemovedSpan {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(reason, "reason");
        detail = detail == null ? "" : detail;
    }
}
