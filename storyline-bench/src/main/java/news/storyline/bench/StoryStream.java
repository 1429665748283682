package news.storyline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import news.storyline.article.Article;

/**
 * A news feed of any length with story structure, made from real articles, the same for the same seed. Its
 * material is the sentences of real events: each article of the bundled Wikinews sample (with a few sentences of
 * its topic's other articles) and each event of the ECB+ train and dev splits when {@code ../shared/data} (or the
 * folder in the system property {@code storyline.data}) holds it. A story takes one such event and gives it names,
 * a place and numbers of its own (every capitalised word but a sentence's first, and every number, of the event's
 * sentences is replaced by the story's own), so that the many stories made from one event are told apart as real
 * stories of one kind are (two earthquakes, two arrests: the same words, other names); its reports, spread over
 * hours and days, each mix sentences of the event in their own order with its invented facts. Articles come at a steady rate through simulated days (100,000
 * a day by default, a large real feed), from {@value #OUTLETS} outlets, each with its footer line for cleaning to
 * remove, and one in {@value #WIRE_EVERY} is a wire copy of a report of its story run by another outlet minutes
 * later: exact, with an intro, or its ending cut.
 */
public final class StoryStream {
    static final int OUTLETS = 200;
    static final int WIRE_EVERY = 20;
    /** Reports of a story: 1 plus a geometric count of this mean, so that most stories are short and a few long. */
    static final double MEAN_EXTRA_REPORTS = 5;
    static final int MAX_REPORTS = 60;
    /** Mean time between two reports of a story. */
    static final Duration MEAN_GAP = Duration.ofHours(2);
    /** Words this long or longer may be replaced by the story's own, one in {@value #OWN_WORD_EVERY}. */
    static final int OWN_WORD_LENGTH = 6;
    static final int OWN_WORD_EVERY = 3;
    private static final Instant START = Instant.parse("2026-01-05T00:00:00Z");
    private static final String[] SYLLABLES = {"ka", "lo", "mir", "ten", "vu", "sa", "dor", "bel", "ri", "an", "mo",
            "zen", "tar", "qui", "hal", "nu", "pe", "ros", "vik", "la", "gun", "shi", "ber", "to", "mel", "dra", "fen",
            "or", "wa", "lin", "kes", "ju"};
    private static final String[] PLACE_ENDINGS = {"ville", "burg", "ton", "abad", "grad", "port", "field", "stad"};
    private static final String[] BODIES = {"Council", "Group", "Bank", "Union", "Authority", "Institute"};
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A real event's sentences. */
    private record Event(String title, List<String> sentences) {
    }

    /** A story under way: its event, its invented facts, and when its next report is due. */
    private static final class Story {
        final int number;
        final Event event;
        final String person;
        final String place;
        final String body;
        final int count;
        final int total;
        /** Mixed into every name and number of the event's sentences to make them the story's own. */
        final long salt;
        int reported;
        Instant due;
        /** A wire copy waiting to run: its text, else null. */
        List<String> wireCopy;
        String wireTitle;

        Story(int number, Event event, SplittableRandom random, Instant now) {
            this.number = number;
            this.event = event;
            this.person = capitalised(word(random, 2)) + " " + capitalised(word(random, 3));
            this.place = capitalised(word(random, 2)) + PLACE_ENDINGS[random.nextInt(PLACE_ENDINGS.length)];
            this.body = capitalised(word(random, 2)) + " " + BODIES[random.nextInt(BODIES.length)];
            this.count = 2 + random.nextInt(998);
            this.total = Math.min(MAX_REPORTS, 1 + geometric(random, MEAN_EXTRA_REPORTS));
            this.salt = random.nextLong();
            this.due = now;
        }
    }

    /** One article of the feed, and the story it was made for (the truth, for checks). */
    public record Report(String id, String outlet, String title, Instant published, List<String> paragraphs,
                         int story, boolean wireCopy) {
        /** The article as the engine gets it after cleaning: its paragraphs, in English. */
        public Article cleaned() {
            Article read = Article.read(id, outlet, null, title, published, String.join("\n\n", paragraphs),
                    List.of(), Map.of(), "stream");
            return read.cleaned(paragraphs, List.of(), "en");
        }

        /** One JSON Lines record, as a user's file would give it, the outlet's footer line still in the text. */
        public String jsonLine() {
            try {
                return JSON.writeValueAsString(JSON.createObjectNode().put("id", id).put("source", outlet)
                        .put("title", title).put("date", published.toString())
                        .put("text", String.join("\n", paragraphs) + "\n" + BenchCorpus.footer(outlet)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final List<Event> events;
    private final SplittableRandom random;
    private final double secondsApart;
    private final PriorityQueue<Story> due = new PriorityQueue<>((a, b) -> a.due.compareTo(b.due));
    private int produced;
    private int stories;

    /**
     * @param articlesPerDay the feed's rate: article {@code i} is published {@code i / articlesPerDay} days in
     */
    public StoryStream(long seed, int articlesPerDay) {
        this.events = events(dataFolder());
        this.random = new SplittableRandom(seed);
        this.secondsApart = 86_400.0 / articlesPerDay;
    }

    /** Real events the stories are made from: the number tells whether ECB+ was found beside the Wikinews sample. */
    public int events() {
        return events.size();
    }

    /** Stories started so far. */
    public int stories() {
        return stories;
    }

    /** The next article of the feed. */
    public Report next() {
        int i = produced++;
        Instant now = START.plusMillis(Math.round(i * secondsApart * 1000));
        Story story = due.peek();
        if (story != null && !story.due.isAfter(now)) {
            due.poll();
        } else {
            story = new Story(stories++, events.get(random.nextInt(events.size())), random, now);
        }
        Report report = story.wireCopy != null ? wireCopy(i, story, now) : report(i, story, now);
        if (story.wireCopy == null && !report.wireCopy() && random.nextInt(WIRE_EVERY) == 0) {
            story.wireCopy = wired(report.paragraphs());
            story.wireTitle = report.title();
            story.due = now.plusSeconds(60 + random.nextInt(3600));
            due.add(story);
        } else if (story.reported < story.total) {
            story.due = now.plusSeconds((long) (-Math.log(1 - random.nextDouble()) * MEAN_GAP.toSeconds()));
            due.add(story);
        }
        return report;
    }

    /**
     * Writes the next {@code articles} articles as one JSON Lines file.
     *
     * @return each article's true story, in the order written (the truth the file leaves out)
     */
    public int[] writeJsonl(Path file, int articles) throws IOException {
        int[] stories = new int[articles];
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < articles; i++) {
                Report report = next();
                stories[i] = report.story();
                out.write(report.jsonLine());
                out.write('\n');
            }
        }
        return stories;
    }

    private Report report(int i, Story story, Instant now) {
        story.reported++;
        List<String> pool = story.event.sentences();
        int length = Math.min(pool.size(), 6 + random.nextInt(7));
        // A partial shuffle: the report's own choice and order of the event's sentences.
        var chosen = new ArrayList<>(pool);
        for (int k = 0; k < length; k++) {
            int pick = k + random.nextInt(chosen.size() - k);
            chosen.set(pick, chosen.set(k, chosen.get(pick)));
        }
        var paragraphs = new ArrayList<String>();
        for (int k = 0; k < length; k += 2) {
            paragraphs.add(ownNames(story.salt, chosen.get(k))
                    + (k + 1 < length ? " " + ownNames(story.salt, chosen.get(k + 1)) : ""));
        }
        paragraphs.set(0, fact(story, 0) + " " + paragraphs.get(0));
        paragraphs.add(Math.min(2, paragraphs.size()), fact(story, 1 + random.nextInt(3)));
        String title = ownNames(story.salt, story.event.title()) + " in " + story.place;
        return new Report(id(i), outlet(), title, now, paragraphs, story.number, false);
    }

    private Report wireCopy(int i, Story story, Instant now) {
        List<String> text = story.wireCopy;
        story.wireCopy = null;
        return new Report(id(i), outlet(), story.wireTitle, now, text, story.number, true);
    }

    /** A wire report as another outlet runs it: whole, under its own intro, or with its ending cut. */
    private List<String> wired(List<String> original) {
        var copy = new ArrayList<>(original);
        switch (random.nextInt(3)) {
            case 0 -> { }
            case 1 -> copy.addFirst("This report was first carried by a news agency and is published here in full.");
            default -> copy.subList(Math.max(2, copy.size() * 3 / 4), copy.size()).clear();
        }
        return copy;
    }

    /** A sentence of the story's own invented facts. */
    private static String fact(Story story, int which) {
        return switch (which) {
            case 0 -> "Officials in " + story.place + " said " + story.person + " was at the centre of events.";
            case 1 -> story.person + " of the " + story.body + " said " + story.count + " people were affected.";
            case 2 -> "The " + story.body + " in " + story.place + " gave the figure of " + story.count + ".";
            default -> "Speaking in " + story.place + ", " + story.person + " declined to comment further.";
        };
    }

    /**
     * The sentence with the story's own names, numbers and words: each capitalised word but the first, each number
     * and some longer words replaced by one made from it and the salt, the same way throughout the story.
     */
    static String ownNames(long salt, String sentence) {
        // Names alone leave hundreds of stories made from one event nearly the same text; real stories of one kind
        // share less, so a third of the longer words become the story's own too (the same way throughout it).
        String[] tokens = sentence.split(" ");
        for (int t = 0; t < tokens.length; t++) {
            String token = tokens[t];
            int end = 0;
            while (end < token.length() && Character.isLetterOrDigit(token.charAt(end))) {
                end++;
            }
            if (end == 0) {
                continue;
            }
            String core = token.substring(0, end);
            var random = new SplittableRandom(salt ^ core.hashCode());
            if (Character.isDigit(core.charAt(0))) {
                tokens[t] = (1 + random.nextInt(999)) + token.substring(end);
            } else if (t > 0 && Character.isUpperCase(core.charAt(0))) {
                tokens[t] = capitalised(word(random, 2 + random.nextInt(2))) + token.substring(end);
            } else if (core.length() >= OWN_WORD_LENGTH && random.nextInt(OWN_WORD_EVERY) == 0) {
                tokens[t] = word(random, 2 + random.nextInt(2)) + token.substring(end);
            }
        }
        return String.join(" ", tokens);
    }

    private static String id(int i) {
        return "r%08d".formatted(i);
    }

    private String outlet() {
        return "Outlet " + random.nextInt(OUTLETS);
    }

    private static String word(SplittableRandom random, int syllables) {
        var word = new StringBuilder();
        for (int s = 0; s < syllables; s++) {
            word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return word.toString();
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static int geometric(SplittableRandom random, double mean) {
        return (int) Math.floor(Math.log(1 - random.nextDouble()) / Math.log(mean / (mean + 1)));
    }

    static Path dataFolder() {
        return Path.of(System.getProperty("storyline.data", "../shared/data"));
    }

    /**
     * Each Wikinews article with three sentences of its topic's others, then each ECB+ train or dev event (never
     * the test split, kept for evaluation) when the file is there.
     */
    private static List<Event> events(Path data) {
        var corpus = new BenchCorpus();
        var events = new ArrayList<Event>();
        Map<String, List<List<String>>> byTopic = new LinkedHashMap<>();
        List<JsonNode> sample = corpus.sample();
        for (JsonNode article : sample) {
            byTopic.computeIfAbsent(article.path("cluster").asText(), t -> new ArrayList<>())
                    .add(BenchCorpus.sentences(article.get("text").asText()));
        }
        var random = new SplittableRandom(2015);
        for (JsonNode article : sample) {
            var sentences = new ArrayList<>(BenchCorpus.sentences(article.get("text").asText()));
            List<List<String>> topic = byTopic.get(article.path("cluster").asText());
            for (int k = 0; k < 3; k++) {
                List<String> other = topic.get(random.nextInt(topic.size()));
                if (!other.isEmpty()) {
                    sentences.add(other.get(random.nextInt(other.size())));
                }
            }
            events.add(new Event(article.get("title").asText(), sentences));
        }
        Path ecb = data.resolve("ecbplus_event_clusters.jsonl");
        if (Files.isReadable(ecb)) {
            var byEvent = new LinkedHashMap<String, Event>();
            try (BufferedReader in = Files.newBufferedReader(ecb, StandardCharsets.UTF_8)) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    JsonNode record = JSON.readTree(line);
                    if (record.path("split").asText().equals("test")) {
                        continue;
                    }
                    Event event = byEvent.computeIfAbsent(record.get("cluster").asText(),
                            c -> new Event(null, new ArrayList<>()));
                    List<String> sentences = BenchCorpus.sentences(record.get("text").asText());
                    String title = record.path("title").isTextual() ? record.get("title").asText()
                            : sentences.isEmpty() ? null : sentences.getFirst();
                    if (event.title() == null && title != null) {
                        byEvent.put(record.get("cluster").asText(), event = new Event(title, event.sentences()));
                    }
                    event.sentences().addAll(sentences);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(ecb + ": " + e.getMessage(), e);
            }
            byEvent.values().stream().filter(e -> e.title() != null && e.sentences().size() >= 6).forEach(events::add);
        }
        return events;
    }
}
