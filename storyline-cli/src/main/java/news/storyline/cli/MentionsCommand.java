package news.storyline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import news.storyline.article.Article;
import news.storyline.clean.CorpusCleaner;
import news.storyline.ingest.Ingestor;
import news.storyline.mention.ArticleMentions;
import news.storyline.mention.DateMention;
import news.storyline.mention.Entity;
import news.storyline.mention.MentionExtractor;
import news.storyline.mention.MentionType;
import news.storyline.mention.Place;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code storyline mentions FILE...}: the people, organisations, places and dates each article names, spellings
 * grouped, places with where they lie; then, for two articles or more, the entities they share.
 */
@Command(name = "mentions", mixinStandardHelpOptions = true,
        header = "Print the people, organisations, places and dates each article names.",
        description = "Reads and cleans the articles, then prints for each its names grouped across spellings "
                + "(with each form and its count), places resolved in the GeoNames gazetteer (region, country, "
                + "coordinates), and its dates resolved against the publication time; for two articles or more, "
                + "the entities named by more than one.")
final class MentionsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files or folders to read; folders are read whole.")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Article> articles = new ArrayList<>();
        CleanedStream.Result result = CleanedStream.run(paths, new Ingestor(), CorpusCleaner.DEFAULT_WINDOW_CHARS,
                article -> article, articles::add, ProgressDisplay.disabled(), err);
        var extractor = new MentionExtractor();
        List<ArticleMentions> all = new ArrayList<>();
        for (Article article : articles) {
            ArticleMentions mentions = extractor.extract(article);
            all.add(mentions);
            out.println("== " + ArticleHeading.of(article.id(), article.source(), article.published(),
                    article.title()));
            printEntities(out, mentions.entities(), false);
            out.println("-- dates");
            for (DateMention date : mentions.dates()) {
                out.printf("  %-28s %s%n", "\"" + date.text() + "\"", describe(date));
            }
            out.println();
        }
        if (all.size() > 1) {
            List<Entity> shared = extractor.across(all).stream().filter(e -> e.articles().size() > 1).toList();
            out.println("== named by more than one article (" + shared.size() + ")");
            printEntities(out, shared, true);
        }
        out.flush();
        err.println("mentions: " + articles.size() + " article" + (articles.size() == 1 ? "" : "s") + "; "
                + result.report().summary());
        err.flush();
        return result.clean() ? 0 : StorylineCommand.SOME_INPUT_FAILED;
    }

    private static void printEntities(PrintWriter out, List<Entity> entities, boolean withArticles) {
        for (MentionType type : MentionType.values()) {
            List<Entity> ofType = entities.stream().filter(e -> e.type() == type).toList();
            if (ofType.isEmpty()) {
                continue;
            }
            out.println("-- " + type.name().toLowerCase(Locale.ROOT) + (type == MentionType.OTHER ? "" : "s"));
            for (Entity e : ofType) {
                String forms = e.forms().entrySet().stream().map(f -> f.getKey() + " " + f.getValue())
                        .collect(Collectors.joining(", "));
                out.printf("  %-36s %2d  [%s]%s%n", e.name(), e.count(), forms,
                        e.place() == null ? "" : "  " + describe(e.place(), e.containers()));
                if (withArticles) {
                    out.println("      in " + e.articles().entrySet().stream().map(Map.Entry::getKey)
                            .collect(Collectors.joining(", ")));
                }
            }
        }
    }

    private static String describe(Place place, List<Place> containers) {
        String within = containers.stream().map(Place::name).collect(Collectors.joining(", "));
        return "-> " + place.name() + " (" + place.kind().name().toLowerCase(Locale.ROOT)
                + (within.isEmpty() ? "" : " in " + within)
                + String.format(Locale.ROOT, "; %.3f, %.3f; geonames %s)", place.latitude(), place.longitude(),
                place.id());
    }

    private static String describe(DateMention date) {
        if (!date.resolved()) {
            return "(no publication time to resolve it against)";
        }
        return date.singleDay() ? date.from().toString() : date.from() + " .. " + date.to();
    }
}
