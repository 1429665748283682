package news.storyline.clean;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import news.storyline.article.Article;
import news.storyline.article.PageTitles;
import news.storyline.article.RemovalReason;
import news.storyline.article.RemovedSpan;
import news.storyline.ingest.HeadlineLine;
import news.storyline.ingest.JsonArticles;
import news.storyline.ingest.OutletNames;
import news.storyline.ingest.SourceIdLine;
import news.storyline.ingest.TimesLine;
import news.storyline.ingest.UrlDate;
import news.storyline.text.TextKey;
import news.storyline.text.Whitespace;

/**
 * Cleans an article's body: splits it into paragraphs and keeps each unless it is an id line, the article's address,
 * the headline again, a dateline, a boilerplate line, a line the outlet prints everywhere, or a repeat of a paragraph
 * already kept. An article whose input gave no headline takes its body's first line for one when the line reads as a
 * headline ({@link HeadlineLine}) above more text. An article left with no paragraph (an empty body, or one all removed) is kept and marked
 * {@value Article#HEADLINE_ONLY}. Every paragraph taken out is kept as a {@link RemovedSpan} with its reason. Then the language is identified on the
 * clean text; the input's own language field is the fallback when the text is too short to tell.
 */
public final class ArticleCleaner {
    /** Where a headline, dateline, id or address line can stand: the top of the body. */
    private static final int HEAD_PARAGRAPHS = 3;
    /** Fewer words at the top of a text are a label or a name ("Advertisement", "Mark Di Stefano"), not a headline. */
    private static final int MIN_HEADLINE_WORDS = 3;

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
        // Whether that date is an update's ("UPDATED 05/03/2013 at 11:00 AM EDT" above "Originally published ..."):
        // a posting date in a later line takes its place.
        boolean datelineIsUpdate = false;
        // Where the removed spans stood when the body's first line was kept, when that was in the head.
        int firstLineRemovedBefore = -1;
        String sourceUrl = null;
        List<String> paragraphs = ParagraphSplitter.split(article.rawText());
        // Places at the top of the body; an id or address line takes none, nor does the repeated headline, so
        // the lines after them still count as the head.
        int headPosition = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            // A site's cookie notice goes first, whole or the sentences of it run into the text, so that what is
            // left of the paragraph is judged as the text it is; a notice takes no place of the head.
            Optional<ConsentNotice.Cut> notice = ConsentNotice.cut(paragraphs.get(i));
            notice.ifPresent(cut -> removed.add(cut.removed()));
            if (notice.isPresent() && notice.get().rest().isEmpty()) {
                continue;
            }
            String paragraph = notice.map(ConsentNotice.Cut::rest).orElse(paragraphs.get(i));
            boolean head = headPosition < HEAD_PARAGRAPHS;
            Optional<String> url = head && sourceUrl == null ? SourceUrlLine.parse(paragraph) : Optional.empty();
            if (url.isPresent()) {
                sourceUrl = url.get();
                removed.add(new RemovedSpan(paragraph, RemovalReason.SOURCE_URL, "the article's address, kept as its url"));
                continue;
            }
            if (i == 0 && SourceIdLine.parse(paragraph).isPresent()) {
                removed.add(new RemovedSpan(paragraph, RemovalReason.SOURCE_ID_LINE, "the outlet's id for the article"));
                continue;
            }
            Optional<Instant> dateline = head ? Dateline.parse(paragraph) : Optional.empty();
            Optional<RemovedSpan> removal = head ? headRemoval(article, paragraph, dateline) : Optional.empty();
            // The headline repeated above the body takes no place of the head either: the lines under it are
            // the head a page without it would have.
            if (removal.isEmpty() || removal.get().reason() != RemovalReason.HEADLINE) {
                headPosition++;
            }
            removal = removal.or(() -> separator(paragraph))
                    .or(() -> BoilerplateLines.match(paragraph))
                    .or(() -> outletRemoval(article.source(), paragraph))
                    .or(() -> repeats.repeatOrKeep(paragraph));
            if (removal.isPresent()) {
                if (head && isRoleLine(removal.get()) && !kept.isEmpty()
                        && NAME_LINE.matcher(kept.getLast()).matches()) {
                    // The reporter's name on the line above the role ("Mark Di Stefano" over "BuzzFeed News
                    // Reporter"): alone, a name line is no byline, but with the role under it, it is.
                    removed.add(new RemovedSpan(kept.removeLast(), RemovalReason.BYLINE, "the reporter's name"));
                }
                removed.add(removal.get());
                boolean update = dateline.isPresent() && UPDATE_LABEL.matcher(paragraph).lookingAt();
                if (dateline.isPresent() && (datelineDate == null || isTimeOfDay(datelineDate, dateline.get())
                        || datelineIsUpdate && !update)) {
                    datelineDate = dateline.get();
                    datelineIsUpdate = update;
                } else if (datelineDate == null && head && removal.get().reason() == RemovalReason.BYLINE) {
                    // A byline at the top that gives the date: the article's, when the input gave none.
                    datelineDate = Dateline.inByline(paragraph).orElse(null);
                }
            } else {
                if (kept.isEmpty() && head) {
                    firstLineRemovedBefore = removed.size();
                }
                kept.add(paragraph);
            }
        }
        Article found = article;
        if (found.title() == null && firstLineRemovedBefore >= 0 && kept.size() > 1
                && Whitespace.wordCount(kept.getFirst()) >= MIN_HEADLINE_WORDS && HeadlineLine.looksLikeOne(kept.getFirst())) {
            // A record without a headline whose text opens with one (scraped corpora write the page's address, its
            // date line and its headline above the body): the headline, as a text file's first line is.
            String headline = kept.removeFirst();
            removed.add(firstLineRemovedBefore, new RemovedSpan(headline, RemovalReason.HEADLINE,
                    "the first line, a headline: kept as the title"));
            found = found.withTitle(headline).withAttribute(Article.HEADLINE_FROM_TEXT, "true");
        }
        if (datelineDate != null && (found.published() == null || isTimeOfDay(found.published(), datelineDate))) {
            // The date line's date when the input gave none, or its time of the day the input gave alone.
            found = found.withPublished(datelineDate);
        }
        if (blank(found.url()) && sourceUrl != null) {
            found = found.withUrl(sourceUrl);
        }
        if (blank(found.source()) && sourceUrl != null) {
            // The outlet, where the input named none: the site of the address, as a page's is.
            found = OutletNames.fromUrl(sourceUrl).map(found::withSource).orElse(found);
        }
        if (found.published() == null) {
            found = datedByAddress(found, removed);
        }
        if (kept.isEmpty()) {
            // No text, or nothing of the body was text; the article is not lost: it stands by its headline, and
            // its removed spans say what the body held.
            found = found.withAttribute(Article.HEADLINE_ONLY, "true");
        }
        return found.cleaned(kept, removed, language(article, kept));
    }

    /**
     * An article that gives no date its input or its date lines can read, dated by its address: a date line whose
     * numbers the address's month settles ("11 / 09 / 2010" under ".../2010/09/..."), else the day the address files
     * it under ("/2013/05/03/"), marked {@link Article#PUBLISHED_FROM} "url".
     */
    private static Article datedByAddress(Article article, List<RemovedSpan> removed) {
        LocalDate latest = LocalDate.now(ZoneOffset.UTC).plusDays(1);
        Optional<YearMonth> month = UrlDate.month(article.url(), latest);
        if (month.isEmpty()) {
            return article;
        }
        List<String> lines = new ArrayList<>();
        String titleField = article.attributes().get(JsonArticles.TITLE_FIELD);
        if (titleField != null) {
            lines.add(titleField);
        }
        removed.stream().filter(r -> r.reason() == RemovalReason.DATELINE).map(RemovedSpan::text).forEach(lines::add);
        for (String line : lines) {
            Optional<Instant> settled = TimesLine.postingTime(line, month.get());
            if (settled.isPresent() && YearMonth.from(settled.get().atZone(ZoneOffset.UTC)).equals(month.get())) {
                return article.withPublished(settled.get());
            }
        }
        return UrlDate.dayStart(article.url(), latest)
                .map(day -> article.withPublished(day).withAttribute(Article.PUBLISHED_FROM, "url"))
                .orElse(article);
    }

    /** A date line that gives when the article was updated, not posted. */
    private static final Pattern UPDATE_LABEL = Pattern.compile("(?i)\\s*(?:last\\s+)?(?:updated|modified)\\b");

    /** A line of a person's name alone: two to four capitalised words, particles between ("Mark Di Stefano"). */
    private static final Pattern NAME_LINE = Pattern.compile(
            "\\p{Lu}[\\p{L}'’-]+(\\s+(\\p{Lu}[\\p{L}'’.-]*|de|da|di|du|van|von|der|den|al|bin|el|la|le|y)){1,3}");

    private static boolean isRoleLine(RemovedSpan removal) {
        return removal.reason() == RemovalReason.BYLINE && removal.detail().startsWith(BoilerplateLines.ROLE_LINE);
    }

    /**
     * Whether a later date line gives the time of the day an earlier one gave alone ("INDONESIA, July 2, 2013" over
     * "Updated: July 2, 2013 15:01"): a date alone is read as its midnight.
     */
    private static boolean isTimeOfDay(Instant dayAlone, Instant later) {
        return dayAlone.equals(dayAlone.truncatedTo(java.time.temporal.ChronoUnit.DAYS)) && !later.equals(dayAlone)
                && later.truncatedTo(java.time.temporal.ChronoUnit.DAYS).equals(dayAlone);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static Optional<RemovedSpan> headRemoval(Article article, String paragraph, Optional<Instant> dateline) {
        if (article.title() != null && isHeadline(paragraph, article.title())) {
            return Optional.of(new RemovedSpan(paragraph, RemovalReason.HEADLINE, "the headline, kept as the title"));
        }
        if (dateline.isEmpty() && TimesLine.is(paragraph)) {
            // Times without a full date to read ("8 / 2 / 13 at 1: 30 PM", "8:24am"): no text all the same.
            return Optional.of(new RemovedSpan(paragraph, RemovalReason.DATELINE, "date or time line"));
        }
        return dateline.map(date -> new RemovedSpan(paragraph, RemovalReason.DATELINE, "date line " + date));
    }

    /** "-------------", "* * *": a line of no letter or digit says nothing; it only set parts of the page apart. */
    private static Optional<RemovedSpan> separator(String paragraph) {
        for (int i = 0; i < paragraph.length(); i++) {
            if (Character.isLetterOrDigit(paragraph.charAt(i))) {
                return Optional.empty();
            }
        }
        return Optional.of(new RemovedSpan(paragraph, RemovalReason.PAGE_FURNITURE, "separator without words"));
    }

    /** The paragraph is the title, or the title without the site's name a page title ends with. */
    private static boolean isHeadline(String paragraph, String title) {
        String key = TextKey.of(paragraph);
        return key.equals(TextKey.of(title)) || key.equals(TextKey.of(PageTitles.withoutSiteName(title)));
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
