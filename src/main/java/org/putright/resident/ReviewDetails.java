package org.putright.resident;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What staff record at a review.
 *
 * @param reviewedAt when the review took place; null means now
 * @param nextReviewOn when the record is next due for review; needed when it continues, except
 *     for a vulnerability flag
 */
public record ReviewDetails(
        @Nullable Instant reviewedAt,
        ReviewOutcome outcome,
        String note,
        @Nullable LocalDate nextReviewOn) {}
