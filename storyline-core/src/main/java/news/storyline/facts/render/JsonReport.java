package news.storyline.facts.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import news.storyline.facts.ArticleFacts;
import news.storyline.facts.EntitySpellings;
import news.storyline.facts.Fact;
import news.storyline.facts.FactComparison;
import news.storyline.facts.ReferenceDay;
import news.storyline.facts.ReportArticle;
import news.storyline.facts.StoryReport;
import news.storyline.facts.SummarySentence;
import news.storyline.facts.TimelineEvent;

/**
 * A story report as one compact JSON object and a line break. Keys come in a fixed order; dates are ISO strings
 * ("2014-06-10", "2014-06-10T09:30:00Z"); a field that is null is left out of a fact, kept as null elsewhere. An
 * unbounded upper value ("more than 4,800") is written as the string "Infinity". {@code <}, {@code >}, {@code &}
 * and the line separators are written as \\u escapes, so the JSON can sit inside an HTML page as it is.
 */
final class JsonReport {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonReport() {
    }

    static void write(StoryReport report, Appendable out) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = JSON.getFactory().createGenerator(text)) {
            generator.setCharacterEscapes(HtmlSafeEscapes.INSTANCE);
            JSON.writeTree(generator, node(report));
        }
        out.append(text.toString()).append('\n');
    }

    static ObjectNode node(StoryReport report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("storyId", report.storyId());
        root.put("headline", report.headline());
        ArrayNode articles = root.putArray("articles");
        for (ReportArticle a : report.articles()) {
            ObjectNode node = articles.addObject();
            node.put("id", a.id());
            node.put("outlet", a.outlet());
            node.put("title", a.title());
            node.put("url", a.url());
            node.put("published", iso(a.published()));
            node.set("reference", reference(a.reference()));
            node.put("copyOf", a.copyOf());
        }
        ArrayNode summary = root.putArray("summary");
        for (SummarySentence s : report.summary()) {
            ObjectNode node = summary.addObject();
            node.put("text", s.text());
            node.put("articleId", s.articleId());
            node.put("start", s.start());
            node.put("end", s.end());
            strings(node.putArray("articleIds"), s.articleIds());
            strings(node.putArray("outlets"), s.outlets());
        }
        ArrayNode timeline = root.putArray("timeline");
        for (TimelineEvent e : report.timeline()) {
            ObjectNode node = timeline.addObject();
            node.put("from", iso(e.from()));
            node.put("to", iso(e.to()));
            node.put("text", e.text());
            strings(node.putArray("articleIds"), e.articleIds());
            strings(node.putArray("outlets"), e.outlets());
            facts(node.putArray("dates"), e.dates());
        }
        ArrayNode comparisons = root.putArray("comparisons");
        for (FactComparison c : report.comparisons()) {
            ObjectNode node = comparisons.addObject();
            node.put("key", c.key());
            node.put("description", c.description());
            node.put("type", c.type() == null ? null : c.type().name());
            node.put("agreement", c.agreement() == null ? null : c.agreement().name());
            strings(node.putArray("articleIds"), c.articleIds());
            node.put("note", c.note());
            facts(node.putArray("facts"), c.facts());
        }
        ArrayNode entities = root.putArray("entities");
        for (EntitySpellings e : report.entities()) {
            ObjectNode node = entities.addObject();
            node.put("name", e.name());
            node.put("type", e.type() == null ? null : e.type().name());
            node.put("where", e.where());
            node.put("variantSpellings", e.variantSpellings());
            ObjectNode forms = node.putObject("formsByArticle");
            for (Map.Entry<String, List<String>> entry : e.formsByArticle().entrySet()) {
                strings(forms.putArray(entry.getKey()), entry.getValue());
            }
        }
        ArrayNode facts = root.putArray("facts");
        for (ArticleFacts af : report.facts()) {
            ObjectNode node = facts.addObject();
            node.put("articleId", af.articleId());
            node.set("reference", reference(af.reference()));
            facts(node.putArray("facts"), af.facts());
            strings(node.putArray("problems"), af.problems());
        }
        strings(root.putArray("problems"), report.problems());
        return root;
    }

    private static ObjectNode reference(ReferenceDay reference) {
        ObjectNode node = JSON.createObjectNode();
        ReferenceDay r = reference == null ? ReferenceDay.NONE : reference;
        node.put("day", iso(r.day()));
        node.put("how", r.how() == null ? null : r.how().name());
        node.put("clue", r.clue());
        return node;
    }

    private static void facts(ArrayNode array, List<Fact> facts) {
        for (Fact f : facts) {
            ObjectNode node = array.addObject();
            node.put("articleId", f.articleId());
            node.put("type", f.type().name());
            node.put("text", f.text());
            node.put("start", f.start());
            node.put("end", f.end());
            node.put("sentence", f.sentence());
            node.put("sentenceStart", f.sentenceStart());
            putIfSet(node, "subject", f.subject());
            putIfSet(node, "measure", f.measure());
            if (f.value() != null) {
                node.put("value", f.value());
            }
            if (f.upper() != null) {
                node.put("upper", f.upper());
            }
            putIfSet(node, "unit", f.unit());
            putIfSet(node, "qualifier", f.qualifier());
            putIfSet(node, "direction", f.direction());
            putIfSet(node, "from", iso(f.from()));
            putIfSet(node, "to", iso(f.to()));
            putIfSet(node, "speaker", f.speaker());
        }
    }

    private static void putIfSet(ObjectNode node, String key, String value) {
        if (value != null) {
            node.put(key, value);
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static String iso(LocalDate day) {
        return day == null ? null : day.toString();
    }

    private static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    /** Jackson's standard escapes, plus {@code < > &} and U+2028/U+2029 as \\u escapes. */
    private static final class HtmlSafeEscapes extends CharacterEscapes {
        static final HtmlSafeEscapes INSTANCE = new HtmlSafeEscapes();
        private final int[] escapes;

        private HtmlSafeEscapes() {
            escapes = standardAsciiEscapesForJSON();
            escapes['<'] = ESCAPE_STANDARD;
            escapes['>'] = ESCAPE_STANDARD;
            escapes['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch == 0x2028) {
                return new SerializedString("\\u2028");
            }
            if (ch == 0x2029) {
                return new SerializedString("\\u2029");
            }
            return null;
        }
    }
}
