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

/** How the commands that cluster show stories: one JSON object a story, or a few lines a person reads. */
final class StoryListing {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int TOP = 8;
    /** Reports read for the names a listing shows: enough to see who and where, bounded for a story of hundreds. */
    private static final int MENTIONED_REPORTS = 20;

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
    static ObjectNode json(Story story, List<StoryMerge> absorbed, List<StoryMerge> resumed) {
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
        story.topTerms(TOP).forEach(terms::add);
        var names = node.putArray("entities");
        story.topNames(TOP).forEach(names::add);
        var places = node.putArray("places");
        story.topPlaces(TOP).forEach(places::add);
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
        }
        return node;
    }

    static String jsonLine(Story story, List<StoryMerge> absorbed, List<StoryMerge> resumed) throws
            com.fasterxml.jackson.core.JsonProcessingException {
        return JSON.writeValueAsString(json(story, absorbed, resumed));
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
        var extracted = new java.util.ArrayList<news.storyline.mention.ArticleMentions>();
        for (Story.Member member : story.members()) {
            Article article = articles.get(member.id());
            if (article == null) {
                print(out, story);
                return;
            }
            if (member.copyOf() == null && extracted.size() < MENTIONED_REPORTS) {
                extracted.add(mentions.extract(article));
            }
        }
        Comparator<Entity> mostNamed = Comparator.comparingInt((Entity e) -> e.articles().size()).reversed()
                .thenComparing(Comparator.comparingInt(Entity::count).reversed());
        List<Entity> entities = mentions.across(extracted).stream().sorted(mostNamed).toList();
        List<String> who = entities.stream().filter(e -> e.type() == MentionType.PERSON
                || e.type() == MentionType.ORGANISATION).limit(5).map(Entity::name).toList();
        List<String> where = entities.stream().filter(e -> e.type() == MentionType.PLACE).limit(4)
                .map(Entity::name).toList();
        names(out, who, where);
    }

    /** As {@link #print(PrintWriter, Story, Map, MentionExtractor)}, with the story's own name and place words. */
    static void print(PrintWriter out, Story story) {
        header(out, story);
        names(out, story.topNames(5), story.topPlaces(3));
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
