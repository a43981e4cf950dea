package org.putright.letter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.putright.system.problem.StaleVersion;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The letter templates in force: the landlord's own where an administrator has written one,
 * otherwise the plain-English default shipped with Putright. A template is checked before it is
 * saved ({@link TemplateCheck}), so one that drops a required item is never in force.
 */
@Service
public class LetterTemplates {

    private static final Map<LetterType, String> DEFAULTS = defaults();

    private final LetterTemplateStore store;
    private final Clock clock;

    LetterTemplates(LetterTemplateStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public LetterTemplate current(LetterType type) {
        return store.find(type).orElseGet(() -> new LetterTemplate(type, defaultText(type), false, null, null, 0));
    }

    /** Replaces a type's template after checking it; {@code expectedVersion} as in {@code If-Match}. */
    @Transactional
    public LetterTemplate change(LetterType type, String text, @Nullable Long expectedVersion, String by) {
        TemplateCheck.check(type, text);
        LetterTemplate current = current(type);
        long version = expectedVersion == null ? current.version() : expectedVersion;
        if (version != current.version() || !store.save(type, text, version, clock.instant(), by)) {
            throw new StaleVersion(version, current(type).version());
        }
        return current(type);
    }

    /** Goes back to the shipped default for a type. */
    @Transactional
    public LetterTemplate reset(LetterType type, @Nullable Long expectedVersion) {
        LetterTemplate current = current(type);
        if (!current.customised()) {
            return current;
        }
        long version = expectedVersion == null ? current.version() : expectedVersion;
        if (version != current.version() || !store.delete(type, version)) {
            throw new StaleVersion(version, current(type).version());
        }
        return current(type);
    }

    /**
     * The reading age of the template's own words, without the record's: what the landlord can
     * change to make its letters plainer.
     */
    public static ReadingAge readingAge(LetterTemplate template) {
        try {
            return ReadingAge.of(Xhtml.prose(
                    Xhtml.parse("<template>" + template.text() + "</template>").getDocumentElement()));
        } catch (org.xml.sax.SAXException e) {
            throw new IllegalStateException("A template in force is always well-formed", e);
        }
    }

    public static String defaultText(LetterType type) {
        return java.util.Objects.requireNonNull(DEFAULTS.get(type));
    }

    private static Map<LetterType, String> defaults() {
        Map<LetterType, String> texts = new EnumMap<>(LetterType.class);
        for (LetterType type : LetterType.values()) {
            String path = "/letter/templates/" + type.name() + ".html";
            try (InputStream in = LetterTemplates.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("The default " + type + " template is missing: " + path);
                }
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
                TemplateCheck.check(type, text);
                texts.put(type, text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return texts;
    }
}
