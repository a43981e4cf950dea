package org.putright.letter;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The landlord's words for one type of letter: XHTML in which the letter's items are named
 * placeholders. {@code customised} is false while the shipped default is in use.
 */
public record LetterTemplate(
        LetterType type,
        String text,
        boolean customised,
        @Nullable Instant updatedAt,
        @Nullable String updatedBy,
        long version) {}
