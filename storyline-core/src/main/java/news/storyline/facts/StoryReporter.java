package news.storyline.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import news.storyline.article.Article;
import news.storyline.mention.ArticleMentions;
import news.storyline.mention.Entity;
import news.storyline.mention.Mention;
import news.storyline.mention.MentionExtractor;
import news.storyline.mention.MentionType;
import news.storyline.mention.Place;
import news.storyline.similarity.DuplicateFinder;
import news.storyline.story.StreamOrder;
import news.storyline.text.DocumentFrequencies;

/**
 * Builds a {@link StoryReport} from a story's cleaned articles: finds the wire copies and near duplicates (they count
 * once, under their original), works out each article's reference day (its own, else the story's), extracts every
 * article's facts, groups the names across the reports' spellings, lines the facts up across the independent
 * reports, and writes the attributed summary and the timeline. One article's failure is a line in the report's
 * problems, not the end of the report. Safe to share between threads.
 */
public final class StoryReporter {
    /** Entities listed at most. */
    private static final int ENTITIES = 40;

    private final MentionExtractor mentions;
    private final FactExtractor extractor;
    private final DocumentFrequencies frequencies = DocumentFrequencies.withBackground();

    public StoryReporter(MentionExtractor mentions) {
        this.mentions = mentions;
        this.extractor = new FactExtractor(mentions);
    }

    /** With the bundled gazetteer. */
    public StoryReporter() {
        this(new MentionExtractor());
    }

    /**
     * The report on {@code articles} (cleaned), as one story.
     *
     * @param storyId  the story's id, or null for an ad-hoc set
     * @param headline the story's headline, or null to take the first report's
     */
    public StoryReport report(String storyId, String headline, List<Article> articles) {
        List<Article> ordered = StreamOrder.of(articles);
        List<String> problems = new ArrayList<>();
        Map<String, String> copyOf = copies(ordered, problems);
        Map<String, String> outlets = new LinkedHashMap<>();
        for (Article a : ordered) {
            outlets.put(a.id(), a.source() == null || a.source().isBlank() ? a.id() : a.source());
        }
        // Reference days: each article's own, then the story's for those that give none.
        List<ReferenceDay> own = ordered.stream().map(ReferenceDays::of).toList();
        List<ReferenceDay> reference = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            List<ReferenceDay> others = new ArrayList<>(own);
            List<String> ids = new ArrayList<>(ordered.stream().map(Article::id).toList());
            others.remove(i);
            ids.remove(i);
            reference.add(ReferenceDays.fromStory(own.get(i), others, ids));
        }
        List<ReportArticle> reportArticles = new ArrayList<>();
        List<ArticleFacts> facts = new ArrayList<>();
        List<ArticleMentions> named = new ArrayList<>();
        Map<String, SentenceVectors> vectors = new LinkedHashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            Article a = ordered.get(i);
            reportArticles.add(new ReportArticle(a.id(), a.source(), a.title(), a.url(), a.published(),
                    reference.get(i), copyOf.get(a.id())));
            String text = a.cleanText();
            // The names are found once: the story's entities and the fact finders' main country and city.
            ArticleMentions articleNames = null;
            try {
                articleNames = mentions.extract(a.id(), text, a.published());
                named.add(articleNames);
                if (!copyOf.containsKey(a.id())) {
                    vectors.put(a.id(), SentenceVectors.of(a.id(), text, a.language(), frequencies));
                }
            } catch (RuntimeException | StackOverflowError e) {
                problems.add(a.id() + ": names or sentences: " + e);
            }
            try {
                ArticleFacts af = extractor.extract(a.id(), text, reference.get(i), articleNames);
                facts.add(af);
                af.problems().forEach(p -> problems.add(a.id() + ": " + p));
            } catch (RuntimeException | StackOverflowError e) {
                facts.add(new ArticleFacts(a.id(), reference.get(i), List.of(), List.of(e.toString())));
                problems.add(a.id() + ": facts: " + e);
            }
        }
        List<Entity> entities = named.isEmpty() ? List.of() : mentions.across(named);
        Map<String, String> canonical = new HashMap<>();
        for (Entity e : entities) {
            for (String form : e.forms().keySet()) {
                canonical.putIfAbsent(form.toLowerCase(Locale.ROOT), e.name());
            }
        }
        List<ArticleFacts> independent = facts.stream().filter(f -> !copyOf.containsKey(f.articleId())).toList();
        FactAligner aligner = new FactAligner(name -> canonical.getOrDefault(name.toLowerCase(Locale.ROOT), name),
                name -> canonical.containsKey(name.toLowerCase(Locale.ROOT)), vectors, frequencies);
        List<FactComparison> comparisons = aligner.align(independent);
        List<SummarySentence> summary = new StorySummarizer().summarize(new ArrayList<>(vectors.values()), outlets,
                Math.min(8, Math.max(3, vectors.size() + 2)));
        // Reports in another language than English: their dates are found, their event words are not (the finders
        // read English verbs), so their dated sentences join the timeline unaligned.
        java.util.Set<String> otherLanguage = ordered.stream().filter(a -> otherLanguage(a.language()))
                .map(Article::id).collect(java.util.stream.Collectors.toSet());
        List<Fact> otherLanguageDates = independent.stream()
                .filter(f -> otherLanguage.contains(f.articleId()))
                .flatMap(f -> f.facts().stream())
                .filter(f -> f.type() == FactType.DATE && f.subject() == null)
                .toList();
        List<TimelineEvent> timeline = new TimelineBuilder().build(comparisons, outlets, otherLanguageDates, vectors);
        String title = headline != null ? headline : ordered.stream().map(Article::title)
                .filter(t -> t != null && !t.isBlank()).findFirst()
                .orElse(summary.isEmpty() ? null : shorten(summary.get(0).text()));
        return new StoryReport(storyId, title, reportArticles, summary, timeline, comparisons,
                spellings(entities, named), facts, problems);
    }

    /** Whether a report's language is known and not English (the language of the fact finders' event words). */
    private static boolean otherLanguage(String language) {
        return language != null && !language.isBlank() && !language.equals("und") && !language.equals("en");
    }

    /** Each copy's original (the root of a chain of copies), by the copy's id. */
    private static Map<String, String> copies(List<Article> ordered, List<String> problems) {
        DuplicateFinder finder = new DuplicateFinder();
        Map<String, String> copyOf = new HashMap<>();
        for (Article a : ordered) {
            try {
                finder.add(a);
                finder.lastCopy().ifPresent(c -> copyOf.put(a.id(), copyOf.getOrDefault(c.originalId(),
                        c.originalId())));
            } catch (RuntimeException e) {
                problems.add(a.id() + ": copy detection: " + e);
            }
        }
        return copyOf;
    }

    /** The story's named entities with each article's spellings; those named once in one report left out. */
    private static List<EntitySpellings> spellings(List<Entity> entities, List<ArticleMentions> named) {
        List<EntitySpellings> out = new ArrayList<>();
        for (Entity e : entities) {
            if (e.type() == MentionType.OTHER || e.count() < 2 && e.articles().size() < 2) {
                continue;
            }
            Map<String, List<String>> byArticle = new LinkedHashMap<>();
            for (ArticleMentions am : named) {
                Map<String, Long> counts = am.mentions().stream().map(Mention::text)
                        .filter(e.forms()::containsKey)
                        .collect(Collectors.groupingBy(t -> t, LinkedHashMap::new, Collectors.counting()));
                if (!counts.isEmpty()) {
                    byArticle.put(am.articleId(), counts.entrySet().stream()
                            .sorted((x, y) -> Long.compare(y.getValue(), x.getValue()))
                            .map(Map.Entry::getKey).toList());
                }
            }
            if (byArticle.isEmpty()) {
                continue;
            }
            String where = e.place() == null ? null : where(e.place(), e.containers());
            out.add(new EntitySpellings(e.name(), e.type(), where, byArticle));
            if (out.size() >= ENTITIES) {
                break;
            }
        }
        return out;
    }

    private static String where(Place place, List<Place> containers) {
        String within = containers.stream().map(Place::name).collect(Collectors.joining(", "));
        return place.name() + (within.isEmpty() ? "" : ", " + within);
    }

    private static String shorten(String s) {
        return s.length() <= 100 ? s : s.substring(0, s.lastIndexOf(' ', 97)) + "...";
    }
}
