package org.putright.letter;

import java.io.StringReader;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.putright.system.pdf.XhtmlText;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Writing and reading the XHTML letters are made of. Every piece of record data goes through
 * {@link #escape}, so nothing a resident or member of staff typed can become markup.
 */
final class Xhtml {

    private Xhtml() {}

    /** Text made safe for XHTML content and attribute values; characters XML cannot hold are dropped. */
    static String escape(String text) {
        return XhtmlText.escape(text);
    }

    /** A section's blocks as XHTML, inside an element naming the item it satisfies. */
    static String section(LetterItem item, List<Block> blocks) {
        StringBuilder out = new StringBuilder();
        out.append("<div class=\"item\" data-item=\"")
                .append(item.placeholder())
                .append("\">");
        for (Block block : blocks) {
            if (block.isEmpty()) {
                continue;
            }
            switch (block) {
                case Block.Paragraph paragraph ->
                    out.append("<p>").append(escape(paragraph.text())).append("</p>");
                case Block.Items items -> {
                    String tag = items.numbered() ? "ol" : "ul";
                    out.append('<').append(tag).append('>');
                    items.items().stream().filter(text -> !text.isBlank()).forEach(text -> out.append("<li>")
                            .append(escape(text))
                            .append("</li>"));
                    out.append("</").append(tag).append('>');
                }
                case Block.Lines lines -> lines(out, lines.lines(), "lines");
            }
        }
        return out.append("</div>").toString();
    }

    /** Lines kept as given, one after another, in a paragraph the reading-age measure skips. */
    static void lines(StringBuilder out, List<String> lines, String className) {
        out.append("<p class=\"").append(className).append("\">");
        boolean first = true;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            if (!first) {
                out.append("<br/>");
            }
            out.append(escape(line.strip()));
            first = false;
        }
        out.append("</p>");
    }

    /** Parses well-formed XML (a letter body, or a template wrapped in one element); no DOCTYPE, no entities. */
    static Document parse(String xml) throws SAXException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (java.io.IOException | ParserConfigurationException e) {
            throw new IllegalStateException("Could not parse XHTML", e);
        }
    }

    /**
     * The prose of a rendered letter body, one sentence or more per paragraph, list item and
     * heading, for the reading-age measure: a block without a full stop still ends a sentence.
     * Contact details and addresses (class {@code lines}) are not prose and are left out.
     */
    static String prose(Element root) {
        StringBuilder out = new StringBuilder();
        collect(root, out);
        return out.toString();
    }

    private static final java.util.Set<String> BLOCKS = java.util.Set.of("p", "li", "h1", "h2", "h3");

    private static void collect(Node node, StringBuilder out) {
        if (node instanceof Element element) {
            if (element.getAttribute("class").equals("lines")) {
                return;
            }
            if (BLOCKS.contains(element.getTagName())) {
                String text = element.getTextContent().replaceAll("\\s+", " ").strip();
                if (!text.isEmpty()) {
                    out.append(LetterWriter.sentence(text)).append('\n');
                }
                return;
            }
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            collect(child, out);
        }
    }
}
