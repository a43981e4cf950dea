package org.putright.resident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One review of a record kept under review: when it happened, who held it, what it decided and
 * when the record is next due for review. Reviews are only ever added, so the history of an
 * adjustment or restriction can be read back in full (5.10, 5.14).
 *
 * @param nextReviewOn null when the record ended, or for a vulnerability flag with no further
 *     review planned
 */
public record Review(
        UUID id,
        Instant reviewedAt,
        String reviewedBy,
        ReviewOutcome outcome,
        String note,
        @Nullable LocalDate nextReviewOn,
        Instant recordedAt) {}
