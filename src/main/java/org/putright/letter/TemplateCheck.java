package org.putright.letter;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.putright.code.RuleBroken;
import org.putright.letter.LetterContent.Condition;
import org.putright.letter.LetterContent.Text;
import org.putright.letter.LetterType.Requirement;
import org.putright.system.problem.InvalidInput;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * What an administrator's letter template must be before it is saved: well-formed XHTML using a
 * short list of plain elements (headings below the letter's own h1, paragraphs, lists, emphasis),
 * no attributes but the letter dialect's, only names that dialect knows, and every item its letter
 * type requires placed where no condition can hide it. A template that drops a required item is
 * refused naming the item and the provision that requires it, so no letter can be issued without
 * it (6.9, 6.19, 6.5, 6.16, 2.4, 5.11).
 */
public final class TemplateCheck {

    public static final int MAXIMUM_LENGTH = 20_000;

    private static final Set<String> ELEMENTS =
            Set.of("h2", "h3", "p", "ul", "ol", "li", "strong", "em", "br", "div", "span", "section");

    private static final String ITEM = LetterDialect.PREFIX + ":item";
    private static final String TEXT = LetterDialect.PREFIX + ":text";
    private static final String IF = LetterDialect.PREFIX + ":if";

    private TemplateCheck() {}

    /**
     * @throws InvalidInput when the template is not well-formed or uses what letters do not allow
     * @throws RuleBroken when it leaves out an item its letter type requires
     */
    public static void check(LetterType type, String template) {
        if (template.isBlank()) {
            throw new InvalidInput("text", "must not be empty");
        }
        if (template.length() > MAXIMUM_LENGTH) {
            throw new InvalidInput("text", "must be at most " + MAXIMUM_LENGTH + " characters");
        }
        Element root;
        try {
            root = Xhtml.parse("<template>" + template + "</template>").getDocumentElement();
        } catch (SAXException e) {
            String where = e instanceof SAXParseException at
                    ? " (line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ")"
                    : "";
            throw new InvalidInput(
                    "text",
                    "is not well-formed XHTML" + where + ": " + e.getMessage()
                            + ". Close every element, write <br/>, and type characters such as £ or non-breaking"
                            + " spaces themselves rather than as HTML entities.");
        }
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        Set<LetterItem> placed = new HashSet<>();
        for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
            walk(type, child, false, errors, placed);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        for (Requirement requirement : type.requirements()) {
            if (!placed.contains(requirement.item())) {
                throw new RuleBroken(
                        requirement.rule(),
                        "The " + type + " template must place " + requirement.inWords() + ", with pr:item=\""
                                + requirement.item().placeholder()
                                + "\" outside any pr:if, so that no letter can be issued without it.");
            }
        }
    }

    private static void walk(
            LetterType type,
            Node node,
            boolean conditional,
            List<InvalidInput.FieldError> errors,
            Set<LetterItem> placed) {
        if (!(node instanceof Element element)) {
            if (node.getNodeType() == Node.PROCESSING_INSTRUCTION_NODE) {
                errors.add(new InvalidInput.FieldError("text", "must not contain processing instructions"));
            }
            return;
        }
        String name = element.getTagName();
        if (!ELEMENTS.contains(name)) {
            errors.add(new InvalidInput.FieldError(
                    "text",
                    "<" + name + "> is not allowed in a letter template; use "
                            + ELEMENTS.stream().sorted().toList()
                            + (name.equals("h1") ? " (the letter's title is its only h1)" : "")));
        }
        boolean hidden = conditional || element.hasAttribute(IF);
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node attribute = attributes.item(i);
            String value = attribute.getNodeValue().strip();
            switch (attribute.getNodeName()) {
                case ITEM -> {
                    var item = LetterItem.byPlaceholder(value).filter(type.items()::contains);
                    if (item.isEmpty()) {
                        errors.add(new InvalidInput.FieldError(
                                "text",
                                "pr:item=\"" + value + "\" is not an item of a " + type + " letter; use one of "
                                        + type.items().stream()
                                                .map(LetterItem::placeholder)
                                                .toList()));
                    } else if (!hidden) {
                        placed.add(item.get());
                    }
                }
                case TEXT -> {
                    if (Text.byPlaceholder(value).isEmpty()) {
                        errors.add(new InvalidInput.FieldError(
                                "text",
                                "pr:text=\"" + value + "\" is not a text letters have; use one of "
                                        + java.util.Arrays.stream(Text.values())
                                                .map(Text::placeholder)
                                                .toList()));
                    }
                }
                case IF -> {
                    if (Condition.byPlaceholder(value).isEmpty()) {
                        errors.add(new InvalidInput.FieldError(
                                "text",
                                "pr:if=\"" + value + "\" is not a condition letters have; use one of "
                                        + java.util.Arrays.stream(Condition.values())
                                                .map(Condition::placeholder)
                                                .toList()));
                    }
                }
                default ->
                    errors.add(new InvalidInput.FieldError(
                            "text",
                            "the attribute " + attribute.getNodeName() + " on <" + name
                                    + "> is not allowed; letter templates use only pr:item, pr:text and pr:if"));
            }
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            walk(type, child, hidden, errors, placed);
        }
    }
}
