package news.storyline.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import news.storyline.facts.ArticleFacts;
import news.storyline.facts.Fact;
import news.storyline.facts.FactType;
import news.storyline.facts.ReferenceDay;

/** An article's facts as JSON, and back: every field of every fact, its reference day and its problems. */
public final class FactsJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private FactsJson() {
    }

    public static String write(ArticleFacts facts) {
        try {
            return JSON.writeValueAsString(node(facts));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ObjectNode node(ArticleFacts facts) {
        ObjectNode root = JSON.createObjectNode();
        root.put("articleId", facts.articleId());
        ReferenceDay r = facts.reference() == null ? ReferenceDay.NONE : facts.reference();
        ObjectNode reference = root.putObject("reference");
        reference.put("day", r.day() == null ? null : r.day().toString());
        reference.put("how", r.how().name());
        reference.put("clue", r.clue());
        ArrayNode list = root.putArray("facts");
        for (Fact f : facts.facts()) {
            ObjectNode n = list.addObject();
            n.put("articleId", f.articleId());
            n.put("type", f.type().name());
            n.put("text", f.text());
            n.put("start", f.start());
            n.put("end", f.end());
            n.put("sentence", f.sentence());
            n.put("sentenceStart", f.sentenceStart());
            n.put("subject", f.subject());
            n.put("measure", f.measure());
            n.put("value", f.value());
            n.put("upper", f.upper());
            n.put("unit", f.unit());
            n.put("qualifier", f.qualifier());
            n.put("direction", f.direction());
            n.put("from", f.from() == null ? null : f.from().toString());
            n.put("to", f.to() == null ? null : f.to().toString());
            n.put("speaker", f.speaker());
        }
        ArrayNode problems = root.putArray("problems");
        facts.problems().forEach(problems::add);
        return root;
    }

    public static ArticleFacts read(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("malformed facts JSON: " + e.getOriginalMessage(), e);
        }
        JsonNode r = root.path("reference");
        ReferenceDay reference = new ReferenceDay(date(r.get("day")), ReferenceDay.How.valueOf(r.path("how")
                .asText("NONE")), text(r.get("clue")));
        List<Fact> facts = new ArrayList<>();
        for (JsonNode n : root.path("facts")) {
            facts.add(new Fact(n.path("articleId").asText(), FactType.valueOf(n.path("type").asText()),
                    n.path("text").asText(), n.path("start").asInt(), n.path("end").asInt(),
                    n.path("sentence").asText(), n.path("sentenceStart").asInt(), text(n.get("subject")),
                    text(n.get("measure")), number(n.get("value")), number(n.get("upper")), text(n.get("unit")),
                    text(n.get("qualifier")), text(n.get("direction")), date(n.get("from")), date(n.get("to")),
                    text(n.get("speaker"))));
        }
        List<String> problems = new ArrayList<>();
        root.path("problems").forEach(p -> problems.add(p.asText()));
        return new ArticleFacts(root.path("articleId").asText(), reference, facts, problems);
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    private static Double number(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        // Jackson writes an unbounded upper value as the string "Infinity".
        return n.isNumber() ? n.doubleValue() : Double.valueOf(n.asText());
    }

    private static LocalDate date(JsonNode n) {
        return n == null || n.isNull() ? null : LocalDate.parse(n.asText());
    }
}
