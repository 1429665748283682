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
    /** The share of a headline's longer words that must be capitalised for it to be in title case. */
    private static final double TITLE_CASE_SHARE = 0.8;

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
        return extract(articleId, text, published, 0, true);
    }

    /**
     * The same, taking names only from {@code namesFrom} on (dates from the whole text).
     *
     * @param withDates whether to find the text's dates: a third of the work, and a listing of names needs none
     */
    private ArticleMentions extract(String articleId, String text, Instant published, int namesFrom,
                                    boolean withDates) {
        if (text == null) {
            // An article without a body (a headline-only record) names nothing here.
            return new ArticleMentions(articleId, List.of(), List.of(), List.of());
        }
        List<Mention> mentions = finder.find(text);
        if (namesFrom > 0) {
            mentions = mentions.stream().filter(mention -> mention.start() >= namesFrom).toList();
        }
        return new ArticleMentions(articleId, mentions, groups.group(articleId, mentions),
                withDates ? dates.find(text, published) : List.of());
    }

    /** An article's names and dates, from its title and clean text (its raw text before cleaning). */
    public ArticleMentions extract(Article article) {
        return extract(article, true);
    }

    /** An article's names alone, as {@link #extract(Article)} finds them, with no dates. */
    public ArticleMentions names(Article article) {
        return extract(article, false);
    }

    private ArticleMentions extract(Article article, boolean withDates) {
        String body = article.cleanTextOrRaw();
        String title = article.title();
        if (title == null || title.isBlank()) {
            return extract(article.id(), body, article.published(), 0, withDates);
        }
        String text = title + "\n\n" + body;
        // A headline in title case ("Oil from Spill Could Still Pose Major Threat") capitalises every word, so its
        // capitals say nothing of names; the body, which names the same people and places, is read for them alone.
        boolean titleCase = body != null && !body.isBlank() && isTitleCase(title);
        return extract(article.id(), text, article.published(), titleCase ? title.length() + 2 : 0, withDates);
    }

    /** Four words or more of four letters or more, nearly all capitalised. */
    static boolean isTitleCase(String title) {
        int words = 0;
        int capitalised = 0;
        for (String word : title.split("[^\\p{L}]+")) {
            if (word.length() >= 4) {
                words++;
                capitalised += Character.isUpperCase(word.codePointAt(0)) ? 1 : 0;
            }
        }
        return words >= 4 && capitalised >= TITLE_CASE_SHARE * words;
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
