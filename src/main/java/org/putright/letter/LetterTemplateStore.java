package org.putright.letter;

import java.time.Instant;
import java.util.Optional;

/** Where the landlord's own templates are kept; a type without one uses the default. */
public interface LetterTemplateStore {

    Optional<LetterTemplate> find(LetterType type);

    /**
     * Saves the text as the next version after {@code expectedVersion} (0 for the default).
     *
     * @return false when {@code expectedVersion} is no longer current
     */
    boolean save(LetterType type, String text, long expectedVersion, Instant at, String by);

    /** Goes back to the default; false when {@code expectedVersion} is no longer current. */
    boolean delete(LetterType type, long expectedVersion);
}
