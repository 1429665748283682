package news.storyline.mention;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import news.storyline.article.Article;

/**
 * Names and dates of articles, one at a time ({@link #extract}) or grouped across many ({@link #across}). Holds the
 * gazetteer; safe to share between threads.
 */
public final class MentionExtractor {
    private final MentionFinder finder;
    private final MentionGroups groups;
    private final DateFinder dates = new DateFinder();

    public MentionExtractor(Gazetteer gazetteer) {
        this.finder = new MentionFinder(gazetteer);
        this.groups = new MentionGroups(gazetteer);
    }

    public MentionExtractor() {
        this(Gazetteer.bundled());
    }

    /** The names and dates of a text published at {@code published} (null when unknown). */
    public ArticleMentions extract(String articleId, String text, Instant published) {
        if (text == null) {
            // An article without a body (a headline-only record) names nothing here.
            return new ArticleMentions(articleId, List.of(), List.of(), List.of());
        }
        List<Mention> mentions = finder.find(text);
        return new ArticleMentions(articleId, mentions, groups.group(articleId, mentions),
                dates.find(text, published));
    }

    /** An article's names and dates, from its title and clean text (its raw text before cleaning). */
    public ArticleMentions extract(Article article) {
        String body = article.paragraphs().isEmpty() ? article.rawText() : String.join("\n\n", article.paragraphs());
        String text = article.title() == null || article.title().isBlank() ? body : article.title() + "\n\n" + body;
        return extract(article.id(), text, article.published());
    }

    /** Entities across these articles: one entity however each article spells it, with its count in each. */
    public List<Entity> across(List<ArticleMentions> articles) {
        List<MentionGroups.ArticleNames> names = new ArrayList<>();
        for (ArticleMentions a : articles) {
            names.add(new MentionGroups.ArticleNames(a.articleId(), a.mentions()));
        }
        return groups.group(names);
    }
}
