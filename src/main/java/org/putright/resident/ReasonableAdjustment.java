package org.putright.resident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.code.CodeRule;
import org.putright.code.RecordRule;
import org.putright.code.RuleBroken;
import org.putright.system.problem.InvalidInput;

/**
 * A reasonable adjustment agreed with a resident under the Equality Act 2010, such as letters in
 * large print or calls only in the afternoon (5.10). It is agreed with a review date, because
 * agreed adjustments must be kept under active review; it is never edited: a review continues it to
 * a new date or ends it, and a changed adjustment is a new record, so the history of what was agreed
 * and when stays readable.
 */
public record ReasonableAdjustment(
        UUID id,
        String description,
        Instant agreedAt,
        LocalDate reviewOn,
        Instant recordedAt,
        String recordedBy,
        List<Review> reviews)
        implements KeptUnderReview {

    public static final int MAX_DESCRIPTION = 2000;

    public ReasonableAdjustment {
        reviews = List.copyOf(reviews);
    }

    /** Records an adjustment agreed with the resident, refusing one without a review date (5.10). */
    public static ReasonableAdjustment agree(UUID id, NewAdjustment adjustment, Instant now, String by) {
        String description = Fields.tidy(adjustment.description());
        if (description == null) {
            throw new InvalidInput("description", "must say what the adjustment is");
        }
        Instant agreedAt = RecordedTime.happened(adjustment.agreedAt(), now, "agreedAt");
        LocalDate reviewOn = RecordedTime.plausible(adjustment.reviewOn(), "reviewOn");
        if (reviewOn == null) {
            throw new RuleBroken(
                    CodeRule.ADJUSTMENT_WITHOUT_REVIEW,
                    "Give the date this adjustment will be reviewed, so that it is kept under active review.");
        }
        if (!reviewOn.isAfter(RecordedTime.dayOf(agreedAt))) {
            throw new RuleBroken(
                    RecordRule.TIME_ORDER,
                    "The review date, " + reviewOn + ", must come after the adjustment was agreed, on "
                            + RecordedTime.dayOf(agreedAt) + ".");
        }
        return new ReasonableAdjustment(id, description, agreedAt, reviewOn, now, by, List.of());
    }

    @Override
    public ReviewSubject subject() {
        return ReviewSubject.ADJUSTMENT;
    }

    @Override
    public String summary() {
        return description;
    }

    @Override
    public Instant since() {
        return agreedAt;
    }

    @Override
    public @Nullable LocalDate firstReviewOn() {
        return reviewOn;
    }
}
