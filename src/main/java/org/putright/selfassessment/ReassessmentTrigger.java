package org.putright.selfassessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Something that happened which calls for a new self-assessment (8.3, 8.4), as recorded.
 *
 * @param metBy the assessment started after it was recorded, which answers it; null while a new
 *     assessment is still due
 */
public record ReassessmentTrigger(
        UUID id,
        ReassessmentReason reason,
        LocalDate occurredOn,
        String note,
        Instant recordedAt,
        String recordedBy,
        @Nullable UUID metBy) {

    public static final int MAX_NOTE = 4000;
}
