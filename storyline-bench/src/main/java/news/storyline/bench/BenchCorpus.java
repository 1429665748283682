package news.storyline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A corpus of any size for benchmarks, made from the bundled Wikinews sample the way scrapes come: each article
 * gets an outlet, an id line, an "Also Read" link after its third paragraph, its outlet's footer, and every fifth
 * one has its second half pasted twice. Written as one JSON Lines file or as one text file an article in a folder
 * an outlet.
 */
public final class BenchCorpus {
    static final int OUTLETS = 40;
    private static final String SAMPLE = "/samples/wikinews-semeval2015.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<JsonNode> sample;

    public BenchCorpus() {
        this.sample = readSample();
    }

    /** The messy body of article {@code i}. */
    String body(int i) {
        JsonNode base = sample.get(i % sample.size());
        List<String> lines = new ArrayList<>(base.get("text").asText().lines().toList());
        lines.add(Math.min(3, lines.size()), "Also Read: " + sample.get((i + 1) % sample.size()).get("title").asText());
        if (i % 5 == 0) {
            lines.addAll(lines.subList(lines.size() / 2, lines.size()));
        }
        lines.add(footer(outlet(i)));
        return String.join("\n", lines);
    }

    /** Every sentence of the sample's texts: material for articles that differ as independent reports do. */
    public List<String> sentences() {
        var sentences = new ArrayList<String>();
        for (JsonNode article : sample) {
            sentences.addAll(sentences(article.get("text").asText()));
        }
        return sentences;
    }

    /** The sentences of a text of six words or more (shorter ones are datelines and fragments). */
    static List<String> sentences(String text) {
        var sentences = new ArrayList<String>();
        for (String line : text.split("\n")) {
            for (String sentence : line.split("(?<=[.!?])\\s+(?=[A-Z])")) {
                if (sentence.split(" ").length >= 6) {
                    sentences.add(sentence.strip());
                }
            }
        }
        return sentences;
    }

    /** The bundled sample's records: id, cluster (its topic), title, date and text. */
    List<JsonNode> sample() {
        return sample;
    }

    /** The line an outlet prints under every article: outlet boilerplate for cleaning to find and remove. */
    static String footer(String outlet) {
        return "Content from " + outlet + " may not be republished without permission.";
    }

    static String outlet(int i) {
        return "Outlet " + (i % OUTLETS);
    }

    static String id(int i) {
        return "%d.%07d-%010d".formatted(1 + i % 3, i, 3_993_115_206L + i);
    }

    public Path writeJsonl(Path dir, int articles) throws IOException {
        Path file = dir.resolve("corpus.jsonl");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < articles; i++) {
                JsonNode base = sample.get(i % sample.size());
                ObjectNode record = JSON.createObjectNode().put("id", id(i)).put("source", outlet(i))
                        .put("title", base.get("title").asText()).put("date", base.get("date").asText())
                        .put("text", body(i));
                out.write(JSON.writeValueAsString(record));
                out.write('\n');
            }
        }
        return file;
    }

    /** A JSON Lines file of at least {@code bytes} bytes, the articles numbered on past the sample's size. */
    public Path writeJsonlOfSize(Path dir, long bytes) throws IOException {
        Path file = dir.resolve("corpus-large.jsonl");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            long written = 0;
            for (int i = 0; written < bytes; i++) {
                JsonNode base = sample.get(i % sample.size());
                ObjectNode record = JSON.createObjectNode().put("id", id(i)).put("source", outlet(i))
                        .put("title", base.get("title").asText()).put("date", base.get("date").asText())
                        .put("text", body(i));
                String line = JSON.writeValueAsString(record);
                out.write(line);
                out.write('\n');
                written += line.getBytes(StandardCharsets.UTF_8).length + 1;
            }
        }
        return file;
    }

    public Path writeTextFiles(Path dir, int articles) throws IOException {
        Path root = Files.createDirectories(dir.resolve("texts"));
        for (int i = 0; i < articles; i++) {
            Path outletDir = Files.createDirectories(root.resolve("outlet-" + (i % OUTLETS)));
            Files.writeString(outletDir.resolve("%06d.txt".formatted(i)), id(i) + "\n" + body(i));
        }
        return root;
    }

    /** The bundled Wikinews sample's records (id, title, date, text ...), in file order. */
    static List<JsonNode> readSample() {
        try (var in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(BenchCorpus.class.getResourceAsStream(SAMPLE), SAMPLE), StandardCharsets.UTF_8))) {
            var rows = new ArrayList<JsonNode>();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                rows.add(JSON.readTree(line));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
