package news.storyline.ingest.feed;

import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.XmlReader;
import com.rometools.rome.io.impl.XmlFixerReader;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UnsupportedEncodingException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import news.storyline.ingest.InputRejectedException;
import news.storyline.ingest.TextDecoder;
import news.storyline.text.C1Controls;
import org.jdom2.Content;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.Text;
import org.jdom2.filter.Filters;
import org.jdom2.input.JDOMParseException;

/**
 * The XML of a feed file as a tree, decoded, parsed and repaired so that the feed library can read it.
 *
 * <p>Decoding: a byte-order mark or an encoding in the XML prolog is followed, as XML says. Without either, XML
 * would be UTF-8, but legacy feeds without a declaration are often Windows-1252: such bytes that are not valid UTF-8
 * go through {@link TextDecoder}, as a page's would, instead of becoming U+FFFD.
 *
 * <p>Repairs: C1 controls from "&amp;#146;"-style references become the Windows-1252 characters they mean; Atom 0.3
 * content in base64 is decoded here (the feed library fails on line-wrapped base64); an {@code <rss>} whose items
 * are not wrapped in a {@code <channel>} gets one (the feed library fails on it with a NullPointerException).
 */
public final class FeedDocument {
    private static final int PROLOG_LENGTH = 200;

    private FeedDocument() {
    }

    /** The repaired tree; rejected with the parser's own reason when the bytes are not well-formed XML. */
    public static Document parse(byte[] bytes) throws InputRejectedException, IOException {
        Document document;
        try (Reader text = new XmlFixerReader(decode(bytes))) {
            // The feed library's own parser settings: no DOCTYPE, so no entity (XXE) can be declared.
            document = new SecureBuilder().saxBuilder().build(text);
        } catch (UnsupportedEncodingException e) {
            throw new InputRejectedException("malformed feed: unknown encoding " + firstLine(e.getMessage()), e);
        } catch (JDOMParseException e) {
            throw new InputRejectedException("malformed feed: XML not well-formed at line " + e.getLineNumber()
                    + ": " + firstLine(e.getCause() != null ? e.getCause().getMessage() : e.getMessage()), e);
        } catch (JDOMException e) {
            throw new InputRejectedException("malformed feed: XML not readable: " + firstLine(e.getMessage()), e);
        }
        wrapItemsInChannel(document.getRootElement());
        repair(document.getRootElement());
        return document;
    }

    /** A name without its namespace or prefix, lower-cased: feeds of every version are matched by it. */
    public static String name(Element element) {
        return element.getName().toLowerCase(Locale.ROOT);
    }

    /** Base64 content decoded and C1 controls mapped, in an element and all it holds. */
    static void repair(Element element) {
        decodeBase64Content(element);
        mapC1Controls(element);
    }

    /**
     * The text of a feed file, decoded as described above, without holding the file when it need not: only bytes
     * that are not valid UTF-8 and declare no encoding are read whole, for {@link TextDecoder}.
     */
    static Reader open(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(PROLOG_LENGTH);
        }
        if (head.length == 0 || !startsLikeAscii(head) || declaresEncoding(head)) {
            return new XmlReader(new BufferedInputStream(Files.newInputStream(file)));
        }
        if (isUtf8(file)) {
            return new InputStreamReader(new BufferedInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8);
        }
        return new StringReader(TextDecoder.decode(Files.readAllBytes(file)));
    }

    private static boolean isUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), decoder)) {
            char[] buffer = new char[64 * 1024];
            while (reader.read(buffer) >= 0) {
                // only checking that every byte decodes
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The feed's text, decoded as described above. */
    static Reader decode(byte[] bytes) throws IOException {
        if (bytes.length > 0 && (startsLikeAscii(bytes) && !declaresEncoding(bytes))) {
            return new StringReader(TextDecoder.decode(bytes));
        }
        // A byte-order mark, a declared encoding, or UTF-16/32 told by its zero bytes: XML's own rules.
        return new XmlReader(new ByteArrayInputStream(bytes));
    }

    private static boolean startsLikeAscii(byte[] bytes) {
        int first = bytes[0] & 0xFF;
        return first == '<' || first == ' ' || first == '\t' || first == '\r' || first == '\n';
    }

    private static boolean declaresEncoding(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PROLOG_LENGTH), StandardCharsets.ISO_8859_1);
        int end = head.indexOf("?>");
        return head.stripLeading().startsWith("<?xml") && end > 0 && head.substring(0, end).contains("encoding");
    }

    private static void decodeBase64Content(Element root) {
        List<Element> encoded = new ArrayList<>();
        if ("base64".equalsIgnoreCase(root.getAttributeValue("mode"))) {
            encoded.add(root);
        }
        for (Element element : root.getDescendants(Filters.element())) {
            if ("base64".equalsIgnoreCase(element.getAttributeValue("mode"))) {
                encoded.add(element);
            }
        }
        for (Element element : encoded) {
            try {
                byte[] bytes = Base64.getMimeDecoder().decode(element.getText().strip());
                element.setText(TextDecoder.decode(bytes));
                element.setAttribute("mode", "escaped");
            } catch (IllegalArgumentException e) {
                // Not base64 after all: left as it is, the content is then read as the text it is.
                element.setAttribute("mode", "xml");
            }
        }
    }

    private static void wrapItemsInChannel(Element root) {
        if (!name(root).equals("rss") || root.getChild("channel", root.getNamespace()) != null) {
            return;
        }
        var channel = new Element("channel", root.getNamespace());
        List<Content> children = new ArrayList<>(root.removeContent());
        channel.addContent(children);
        root.addContent(channel);
    }

    private static void mapC1Controls(Element root) {
        for (Text text : root.getDescendants(Filters.text())) {
            String value = text.getText();
            String mapped = C1Controls.toWindows1252(value);
            if (!mapped.equals(value)) {
                text.setText(mapped);
            }
        }
    }

    static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "unreadable XML";
        }
        return message.strip().lines().findFirst().orElseThrow();
    }

    /** Gives access to the feed library's hardened XML parser settings. */
    private static final class SecureBuilder extends WireFeedInput {
        SecureBuilder() {
            setAllowDoctypes(false);
        }

        org.jdom2.input.SAXBuilder saxBuilder() {
            return createSAXBuilder();
        }
    }
}
