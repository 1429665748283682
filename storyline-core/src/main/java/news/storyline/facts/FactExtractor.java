package news.storyline.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import news.storyline.mention.ArticleMentions;
import news.storyline.mention.Entity;
import news.storyline.mention.MentionExtractor;
import news.storyline.mention.Place;
import news.storyline.text.Sentences;

/**
 * The facts of one article's clean text: quantities, distances, dates, attributes, ages, attributions and quotes. Each
 * kind has its own finder; one that fails on an article is reported in {@link ArticleFacts#problems()} and the
 * others' facts are kept. A fact in a sentence that names its speaker carries that speaker. Safe to share between
 * threads.
 */
public final class FactExtractor {
    /** Dates that, inside a quotation, are the speaker's day rather than the article's. */
    private static final java.util.regex.Pattern SPEAKERS_DAY = java.util.regex.Pattern.compile(
            "(?i)(?:late |early )?(?:today|tomorrow|tonight)\\b.*|this (?:morning|afternoon|evening)");
    private final MentionExtractor mentions;
    private final QuantityFinder quantities = new QuantityFinder();
    private final DistanceFinder distances = new DistanceFinder();
    private final DateFactFinder dates = new DateFactFinder();
    private final AttributeFinder attributes = new AttributeFinder();
    private final AgeFinder ages = new AgeFinder();
    private final AttributionFinder attributions = new AttributionFinder();
    private final QuoteFinder quotes = new QuoteFinder();

    private final Finder extra;

    /** A finder of one kind of fact, as the extractor calls it. */
    interface Finder {
        List<Fact> find(String articleId, String text, List<Sentences.Span> sentences);
    }

    public FactExtractor(MentionExtractor mentions) {
        this(mentions, null);
    }

    /** With one more finder, run as the others are (a failure of it is a problem of the article, not the end). */
    FactExtractor(MentionExtractor mentions, Finder extra) {
        this.mentions = mentions;
        this.extra = extra;
    }

    /** With the bundled gazetteer (read once, about half a second). */
    public FactExtractor() {
        this(new MentionExtractor());
    }

    /**
     * The facts of {@code text} (an article's clean text, {@code Article.cleanText()}), relative dates resolved
     * against {@code reference}.
     */
    public ArticleFacts extract(String articleId, String text, ReferenceDay reference) {
        List<String> problems = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return new ArticleFacts(articleId, reference, List.of(), problems);
        }
        ArticleMentions named = attempt("names", problems, null, () -> mentions.extract(articleId, text, null));
        return extract(articleId, text, reference, named, problems);
    }

    /**
     * The same, with the article's names already found ({@code MentionExtractor}: a caller that needs them too finds
     * them once). The names' entities give the main country and city, their mentions the people ages are said of;
     * null when none could be found.
     */
    public ArticleFacts extract(String articleId, String text, ReferenceDay reference, ArticleMentions named) {
        if (text == null || text.isBlank()) {
            return new ArticleFacts(articleId, reference, List.of(), List.of());
        }
        return extract(articleId, text, reference, named, new ArrayList<>());
    }

    private ArticleFacts extract(String articleId, String text, ReferenceDay reference, ArticleMentions named,
                                 List<String> problems) {
        List<Sentences.Span> sentences = Sentences.split(text);
        String country = main(named, Place.Kind.COUNTRY);
        String city = main(named, Place.Kind.CITY);
        List<Fact> facts = new ArrayList<>();
        List<Fact> distance = attempt("distances", problems, List.of(),
                () -> distances.find(articleId, text, sentences));
        facts.addAll(distance);
        for (Fact q : attempt("quantities", problems, List.<Fact>of(),
                () -> quantities.find(articleId, text, sentences))) {
            // A distance's number is not a count as well.
            if (distance.stream().noneMatch(d -> d.start() < q.end() && q.start() < d.end())) {
                facts.add(q);
            }
        }
        List<Fact> dated = attempt("dates", problems, List.of(),
                () -> dates.find(articleId, text, sentences, reference == null ? null : reference.day()));
        facts.addAll(attempt("attributes", problems, List.of(),
                () -> attributes.find(articleId, text, sentences, country, city)));
        if (named != null) {
            facts.addAll(attempt("ages", problems, List.of(),
                    () -> ages.find(articleId, text, sentences, named.mentions())));
        }
        List<Fact> said = attempt("attributions", problems, List.of(),
                () -> attributions.find(articleId, text, sentences));
        facts.addAll(said);
        List<Fact> quoted = attempt("quotes", problems, List.of(), () -> quotes.find(articleId, text, sentences, said));
        facts.addAll(quoted);
        for (Fact d : dated) {
            // "today" and "tomorrow" in a quotation are the speaker's days (or our times), not the article's.
            boolean speakersDay = SPEAKERS_DAY.matcher(d.text()).matches()
                    && quoted.stream().anyMatch(q -> q.start() <= d.start() && d.end() <= q.end());
            if (!speakersDay) {
                facts.add(d);
            }
        }
        if (extra != null) {
            facts.addAll(attempt("extra", problems, List.of(), () -> extra.find(articleId, text, sentences)));
        }
        List<Fact> attributed = new ArrayList<>(facts.size());
        for (Fact f : facts) {
            if (f.speaker() == null && f.type() != FactType.ATTRIBUTION && f.type() != FactType.QUOTE) {
                Fact speaker = said.stream().filter(a -> a.sentenceStart() == f.sentenceStart()).findFirst()
                        .orElse(null);
                attributed.add(speaker == null ? f : f.withSpeaker(speaker.speaker()));
            } else {
                attributed.add(f);
            }
        }
        attributed.sort(Comparator.comparingInt(Fact::start).thenComparing(Fact::type));
        return new ArticleFacts(articleId, reference, attributed, problems);
    }

    /** A finder's result, or {@code fallback} with one line of problem when it fails on this article. */
    private static <T> T attempt(String what, List<String> problems, T fallback, Supplier<T> finder) {
        try {
            return finder.get();
        } catch (RuntimeException | StackOverflowError e) {
            problems.add(what + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("")));
            return fallback;
        }
    }

    /** The most named place of a kind (the article's main country or city); null when none. */
    private static String main(ArticleMentions named, Place.Kind kind) {
        if (named == null) {
            return null;
        }
        for (Entity e : named.entities()) {
            if (e.place() != null && e.place().kind() == kind) {
                return e.name();
            }
        }
        return null;
    }
}
