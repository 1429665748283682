package news.storyline.clean;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import news.storyline.article.Article;
import news.storyline.article.RemovalReason;
import news.storyline.article.RemovedSpan;
import news.storyline.ingest.SourceIdLine;
import news.storyline.text.TextKey;

/**
 * Cleans an article's body: splits it into paragraphs and keeps each unless it is an id line, the headline again,
 * a dateline, a boilerplate line, a line the outlet prints everywhere, or a repeat of a paragraph already kept.
 * Every paragraph taken out is kept as a {@link RemovedSpan} with its reason. Then the language is identified on the
 * clean text; the input's own language field is the fallback when the text is too short to tell.
 */
public final class ArticleCleaner {
    /** Where a headline, dateline or id line can stand: the top of the body. */
    private static final int HEAD_PARAGRAPHS = 3;

    private final OutletBoilerplate outletBoilerplate;
    private final LanguageIdentifier languages = new LanguageIdentifier();

    public ArticleCleaner(OutletBoilerplate outletBoilerplate) {
        this.outletBoilerplate = outletBoilerplate;
    }

    /** A cleaner that knows no outlet's boilerplate: for a single article. */
    public ArticleCleaner() {
        this(OutletBoilerplate.none());
    }

    public Article clean(Article article) {
        var kept = new ArrayList<String>();
        var removed = new ArrayList<RemovedSpan>();
        var repeats = new RepeatFinder();
        Instant datelineDate = null;
        List<String> paragraphs = ParagraphSplitter.split(article.rawText());
        for (int i = 0; i < paragraphs.size(); i++) {
            String paragraph = paragraphs.get(i);
            boolean head = i < HEAD_PARAGRAPHS;
            Optional<Instant> dateline = head ? Dateline.parse(paragraph) : Optional.empty();
            Optional<RemovedSpan> removal = head ? headRemoval(article, paragraph, i, dateline) : Optional.empty();
            removal = removal.or(() -> BoilerplateLines.match(paragraph))
                    .or(() -> outletRemoval(article.source(), paragraph))
                    .or(() -> repeats.repeatOrKeep(paragraph));
            if (removal.isPresent()) {
                removed.add(removal.get());
                if (datelineDate == null && dateline.isPresent()) {
                    datelineDate = dateline.get();
                }
            } else {
                kept.add(paragraph);
            }
        }
        Article dated = article.published() == null && datelineDate != null ? article.withPublished(datelineDate) : article;
        return dated.cleaned(kept, removed, language(article, kept));
    }

    private static Optional<RemovedSpan> headRemoval(Article article, String paragraph, int index,
                                                     Optional<Instant> dateline) {
        if (index == 0 && SourceIdLine.parse(paragraph).isPresent()) {
            return Optional.of(new RemovedSpan(paragraph, RemovalReason.SOURCE_ID_LINE, "the outlet's id for the article"));
        }
        if (article.title() != null && TextKey.of(paragraph).equals(TextKey.of(article.title()))) {
            return Optional.of(new RemovedSpan(paragraph, RemovalReason.HEADLINE, "the headline, kept as the title"));
        }
        return dateline.map(date -> new RemovedSpan(paragraph, RemovalReason.DATELINE, "date line " + date));
    }

    private Optional<RemovedSpan> outletRemoval(String source, String paragraph) {
        int count = outletBoilerplate.articlesWith(source, paragraph);
        if (count == 0) {
            return Optional.empty();
        }
        return Optional.of(new RemovedSpan(paragraph, RemovalReason.OUTLET_BOILERPLATE,
                "in %d of %d articles from %s".formatted(count, outletBoilerplate.articlesOf(source), source)));
    }

    private String language(Article article, List<String> kept) {
        String identified = languages.identify(String.join("\n", kept));
        if (!identified.equals(LanguageIdentifier.UNDETERMINED)) {
            return identified;
        }
        String declared = article.attributes().getOrDefault("lang", article.attributes().get("htmlLang"));
        if (declared == null || declared.isBlank()) {
            return LanguageIdentifier.UNDETERMINED;
        }
        // A language tag ("en-GB", "pt_BR") names its language first.
        return declared.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
    }
}
