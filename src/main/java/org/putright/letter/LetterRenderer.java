package org.putright.letter;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * Renders a letter's body from the landlord's template and the letter's content with Thymeleaf,
 * under {@link LetterDialect} alone, and says which items the template placed.
 */
final class LetterRenderer {

    private final TemplateEngine engine;

    LetterRenderer() {
        StringTemplateResolver resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCacheable(false);
        engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setDialect(new LetterDialect());
    }

    /** The body as XHTML (one {@code div}), and the items it holds. */
    Body render(String template, LetterContent content) {
        Set<LetterItem> rendered = EnumSet.noneOf(LetterItem.class);
        Context context =
                new Context(Locale.UK, Map.of(LetterDialect.CONTENT, content, LetterDialect.RENDERED, rendered));
        String xhtml = engine.process("<div class=\"letter-body\">" + template + "</div>", context);
        return new Body(xhtml, Set.copyOf(rendered));
    }

    /** A rendered body and the items it placed. */
    record Body(String xhtml, Set<LetterItem> items) {}
}
