package news.storyline.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import news.storyline.article.Article;
import news.storyline.mention.Entity;
import news.storyline.mention.MentionExtractor;
import news.storyline.mention.MentionType;
import news.storyline.story.Story;
import news.storyline.story.StoryMerge;
import news.storyline.text.ShownStopWords;
import news.storyline.text.SurfaceForms;

/** How the commands that cluster show stories: one JSON object a story, or a few lines a person reads. */
final class StoryListing {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final int TOP = 8;
    /** Reports read for the names a listing shows: enough to see who and where, bounded for a story of hundreds. */
    private static final int MENTIONED_REPORTS = 20;
    /**
     * Terms taken beyond those shown, for the pronouns and auxiliaries among them that are not shown ("her", "she":
     * the analysis's English stop list is short); one written capitalised is kept, as part of a name ("Doctor Who").
     */
    private static final int SPARE_TERMS = 4;
    /** Reports read for the words of a story's top terms. */
    private static final int WORDED_REPORTS = 3;

    private StoryListing() {
    }

    /** Most independent reports first, then the earliest; the order people scan a news digest in. */
    static final Comparator<Story> BIGGEST_FIRST = Comparator.comparingInt(Story::independentReports).reversed()
            .thenComparing(Story::size, Comparator.reverseOrder())
            .thenComparing(Story::firstSeen, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Story::id);

    /**
     * @param absorbed the merges into this story
     * @param resumed  when the story, gone quiet, was taken up again and by which article
     */
    static ObjectNode json(Story story, Named named, List<StoryMerge> absorbed, List<StoryMerge> resumed) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", story.id());
        node.put("headline", story.headline());
        node.put("firstSeen", text(story.firstSeen()));
        node.put("lastSeen", text(story.lastSeen()));
        node.put("reports", story.independentReports());
        node.put("articleCount", story.size());
        var outlets = node.putArray("outlets");
        story.outlets().forEach(outlets::add);
        var articles = node.putArray("articles");
        for (Story.Member member : story.members()) {
            ObjectNode a = articles.addObject();
            a.put("id", member.id());
            a.put("outlet", member.outlet());
            a.put("title", member.title());
            a.put("published", text(member.published()));
            if (member.copyOf() != null) {
                a.put("copyOf", member.copyOf());
            }
        }
        var terms = node.putArray("topTerms");
        named.terms().forEach(terms::add);
        var names = node.putArray("entities");
        named.who().forEach(names::add);
        var places = node.putArray("places");
        named.where().forEach(places::add);
        var merged = node.putArray("merged");
        for (StoryMerge merge : absorbed) {
            ObjectNode m = merged.addObject();
            m.put("absorbed", merge.absorbed());
            m.put("at", text(merge.at()));
            m.put("byArticle", merge.byArticle());
        }
        var resumptions = node.putArray("resumed");
        for (StoryMerge resumption : resumed) {
            ObjectNode r = resumptions.addObject();
            r.put("at", text(resumption.at()));
            r.put("byArticle", resumption.byArticle());
            r.put("why", resumption.why());
        }
        return node;
    }

    static String jsonLine(Story story, Named named, List<StoryMerge> absorbed, List<StoryMerge> resumed) throws
            com.fasterxml.jackson.core.JsonProcessingException {
        return JSON.writeValueAsString(json(story, named, absorbed, resumed));
    }

    /**
     * What a story is shown by: its people and organisations, its places and its top terms, as its reports write
     * them.
     */
    record Named(List<String> who, List<String> where, List<String> terms) {
    }

    /**
     * The names of a story as the mention layer finds them in its first {@value #MENTIONED_REPORTS} independent
     * reports (spellings grouped, places in the gazetteer, those named by most reports first), and its top terms as
     * those reports write them ("militants", not the index's stem "milit"). Where a report is not at hand, the
     * story's own words stand in: its name and place words and its terms as stems.
     *
     * @param articles the articles by id
     */
    /** The articles by id, as the listing looks a story's articles up (a later one of an id wins). */
    static Map<String, Article> byId(List<Article> articles) {
        var byId = new java.util.HashMap<String, Article>(articles.size() * 2);
        articles.forEach(article -> byId.put(article.id(), article));
        return byId;
    }

    static Named named(Story story, Map<String, Article> articles, MentionExtractor mentions, int who, int where) {
        List<Article> reports = reports(story, articles);
        if (reports == null) {
            return new Named(story.topNames(who), story.topPlaces(where), story.topTerms(TOP));
        }
        Named names = whoAndWhere(reports, mentions, who, where);
        String language = reports.isEmpty() ? null : reports.get(0).language();
        List<String> terms = writtenTerms(story.topTerms(TOP + SPARE_TERMS), reports).stream()
                .filter(term -> Character.isUpperCase(term.codePointAt(0)) || !ShownStopWords.contains(language, term))
                .limit(TOP).toList();
        return new Named(names.who(), names.where(), terms);
    }

    /** The story's first {@value #MENTIONED_REPORTS} independent reports; null when one of its articles is missing. */
    private static List<Article> reports(Story story, Map<String, Article> articles) {
        var reports = new java.util.ArrayList<Article>();
        for (Story.Member member : story.members()) {
            Article article = articles.get(member.id());
            if (article == null) {
                return null;
            }
            if (member.copyOf() == null && reports.size() < MENTIONED_REPORTS) {
                reports.add(article);
            }
        }
        return reports;
    }

    /** Who and where the reports name, those named by most reports first (no terms). */
    private static Named whoAndWhere(List<Article> reports, MentionExtractor mentions, int who, int where) {
        var extracted = new java.util.ArrayList<news.storyline.mention.ArticleMentions>();
        reports.forEach(article -> extracted.add(mentions.names(article)));
        Comparator<Entity> mostNamed = Comparator.comparingInt((Entity e) -> e.articles().size()).reversed()
                .thenComparing(Comparator.comparingInt(Entity::count).reversed());
        List<Entity> entities = mentions.across(extracted).stream().sorted(mostNamed).toList();
        return new Named(
                entities.stream().filter(e -> e.type() == MentionType.PERSON || e.type() == MentionType.ORGANISATION)
                        .limit(who).map(Entity::name).toList(),
                entities.stream().filter(e -> e.type() == MentionType.PLACE).limit(where).map(Entity::shownName)
                        .toList(),
                List.of());
    }

    /**
     * The terms as the first {@value #WORDED_REPORTS} reports write them, read in the first report's language (the
     * terms are its stems): a story's top terms are in most of its reports, and reading all twenty for them cost as
     * much as finding their names. The terms those reports do not write (names of later reports) are looked for in
     * all of them; one none writes stays as it is.
     */
    private static List<String> writtenTerms(List<String> terms, List<Article> reports) {
        if (reports.isEmpty()) {
            return terms;
        }
        String language = reports.get(0).language();
        List<String> forms = new java.util.ArrayList<>(SurfaceForms.found(terms,
                text(reports.subList(0, Math.min(reports.size(), WORDED_REPORTS))), language));
        var unwritten = new java.util.ArrayList<Integer>();
        for (int i = 0; i < forms.size(); i++) {
            if (forms.get(i) == null) {
                unwritten.add(i);
            }
        }
        if (!unwritten.isEmpty() && reports.size() > WORDED_REPORTS) {
            List<String> again = SurfaceForms.found(unwritten.stream().map(terms::get).toList(), text(reports),
                    language);
            for (int k = 0; k < unwritten.size(); k++) {
                forms.set(unwritten.get(k), again.get(k));
            }
        }
        for (int i = 0; i < forms.size(); i++) {
            if (forms.get(i) == null) {
                forms.set(i, terms.get(i));
            }
        }
        // Two stems may come from one word ("iraq" and "iraqi" of a stemmer that keeps both): shown once.
        return forms.stream().distinct().toList();
    }

    private static String text(List<Article> reports) {
        var text = new StringBuilder();
        for (Article report : reports) {
            if (report.title() != null) {
                text.append(report.title()).append("\n\n");
            }
            String body = report.cleanTextOrRaw();
            text.append(body == null ? "" : body).append("\n\n");
        }
        return text.toString();
    }

    /**
     * A few lines: headline, dates, reports and outlets, and who and where: the people and organisations and the
     * places its reports name, found by the mention layer (spellings grouped, places in the gazetteer), those named
     * by most reports first.
     *
     * @param articles the articles by id, for naming entities; where one is missing, the story's name words stand in
     */
    static void print(PrintWriter out, Story story, Map<String, Article> articles, MentionExtractor mentions) {
        header(out, story);
        List<Article> reports = reports(story, articles);
        Named named = reports == null ? new Named(story.topNames(5), story.topPlaces(4), List.of())
                : whoAndWhere(reports, mentions, 5, 4);
        names(out, named.who(), named.where());
    }

    private static void header(PrintWriter out, Story story) {
        out.printf("%s  %s%n", story.id(), story.headline() == null ? "(no headline)" : "\"" + story.headline() + "\"");
        int copies = story.size() - story.independentReports();
        out.printf("    %s  %d report%s%s%s%n", dates(story), story.independentReports(),
                story.independentReports() == 1 ? "" : "s", copies == 0 ? "" : " + " + copies + " cop"
                        + (copies == 1 ? "y" : "ies"),
                story.outlets().isEmpty() ? "" : "  from " + String.join(", ", story.outlets().stream().limit(TOP).toList()));
    }

    private static void names(PrintWriter out, List<String> names, List<String> places) {
        if (!names.isEmpty() || !places.isEmpty()) {
            out.printf("    %s%s%n", names.isEmpty() ? "" : "names: " + String.join(", ", names),
                    places.isEmpty() ? "" : (names.isEmpty() ? "" : "  ") + "places: " + String.join(", ", places));
        }
    }

    private static String dates(Story story) {
        if (story.firstSeen() == null) {
            return "undated";
        }
        String first = story.firstSeen().toString().substring(0, 10);
        String last = story.lastSeen().toString().substring(0, 10);
        return first.equals(last) ? first : first + " .. " + last;
    }

    private static String text(Instant time) {
        return time == null ? null : time.toString();
    }
}
