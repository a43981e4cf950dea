package org.putright.letter;

import java.util.Set;
import org.putright.letter.LetterContent.Condition;
import org.putright.letter.LetterContent.Text;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IModel;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * The only dialect letter templates run under. It evaluates no expressions at all: an attribute's
 * value is a name looked up in a fixed list, so an administrator's template can place the letter's
 * items ({@code pr:item}), a few short texts ({@code pr:text}) and show a paragraph on a fixed
 * condition ({@code pr:if}), and nothing else. Thymeleaf's standard dialect is not registered, so
 * {@code th:*} attributes and {@code [[...]]} do nothing; {@link TemplateCheck} refuses them anyway.
 * Everything placed comes from {@link LetterContent} and is escaped.
 */
final class LetterDialect extends AbstractProcessorDialect {

    static final String PREFIX = "pr";
    static final String CONTENT = "letter";
    static final String RENDERED = "rendered";

    LetterDialect() {
        super("Putright letters", PREFIX, 1000);
    }

    @Override
    public Set<IProcessor> getProcessors(String dialectPrefix) {
        return Set.of(
                new IfProcessor(dialectPrefix), new ItemProcessor(dialectPrefix), new TextProcessor(dialectPrefix));
    }

    private static LetterContent content(ITemplateContext context) {
        return (LetterContent) java.util.Objects.requireNonNull(context.getVariable(CONTENT));
    }

    /** {@code pr:if="stage1"}: keeps the element only when the letter meets the condition. */
    private static final class IfProcessor extends AbstractAttributeTagProcessor {
        IfProcessor(String prefix) {
            super(TemplateMode.XML, prefix, null, false, "if", true, 100, true);
        }

        @Override
        protected void doProcess(
                ITemplateContext context,
                IProcessableElementTag tag,
                AttributeName attributeName,
                String attributeValue,
                IElementTagStructureHandler structureHandler) {
            boolean holds = Condition.byPlaceholder(attributeValue.strip())
                    .map(content(context).conditions()::contains)
                    .orElse(false);
            if (!holds) {
                structureHandler.removeElement();
            }
        }
    }

    /** {@code pr:item="remedy"}: the section of the letter for that item, in place of the element. */
    private static final class ItemProcessor extends AbstractAttributeTagProcessor {
        ItemProcessor(String prefix) {
            super(TemplateMode.XML, prefix, null, false, "item", true, 200, true);
        }

        @Override
        protected void doProcess(
                ITemplateContext context,
                IProcessableElementTag tag,
                AttributeName attributeName,
                String attributeValue,
                IElementTagStructureHandler structureHandler) {
            LetterContent letter = content(context);
            LetterItem item = LetterItem.byPlaceholder(attributeValue.strip())
                    .filter(letter.type().items()::contains)
                    .orElse(null);
            if (item == null || !letter.has(item)) {
                structureHandler.removeElement();
                return;
            }
            @SuppressWarnings("unchecked")
            Set<LetterItem> rendered =
                    (Set<LetterItem>) java.util.Objects.requireNonNull(context.getVariable(RENDERED));
            rendered.add(item);
            IModel section = context.getModelFactory()
                    .parse(context.getTemplateData(), Xhtml.section(item, letter.section(item)));
            structureHandler.replaceWith(section, false);
        }
    }

    /** {@code pr:text="reference"}: a short text of the letter, escaped, in place of the element. */
    private static final class TextProcessor extends AbstractAttributeTagProcessor {
        TextProcessor(String prefix) {
            super(TemplateMode.XML, prefix, null, false, "text", true, 300, true);
        }

        @Override
        protected void doProcess(
                ITemplateContext context,
                IProcessableElementTag tag,
                AttributeName attributeName,
                String attributeValue,
                IElementTagStructureHandler structureHandler) {
            LetterContent letter = content(context);
            String text =
                    Text.byPlaceholder(attributeValue.strip()).map(letter::text).orElse(null);
            structureHandler.replaceWith(text == null ? "" : Xhtml.escape(text), false);
        }
    }
}
