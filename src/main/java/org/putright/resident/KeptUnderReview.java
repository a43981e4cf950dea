package org.putright.resident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.code.CodeRule;
import org.putright.code.RecordRule;
import org.putright.code.RuleBroken;
import org.putright.system.problem.InvalidInput;

/**
 * A record about a resident that is kept under review rather than edited: a reasonable adjustment
 * or a disclosed disability (5.10), a vulnerability flag, or a contact restriction (5.14). Each
 * starts with a first review date; every review says whether it continues, and until when, or ends
 * it. Its current review date is the one set by its latest review.
 */
public sealed interface KeptUnderReview
        permits ReasonableAdjustment, DisclosedDisability, VulnerabilityFlag, ContactRestriction {

    UUID id();

    ReviewSubject subject();

    /** A line saying what the record is, for lists of what is due. */
    String summary();

    /** When the record began to apply; nothing about it can be reviewed before then. */
    Instant since();

    /** The review date set when the record was made. */
    @Nullable
    LocalDate firstReviewOn();

    /** Reviews in the order they took place. */
    List<Review> reviews();

    default @Nullable Review latestReview() {
        return reviews().stream()
                .max(Comparator.comparing(Review::reviewedAt).thenComparing(Review::recordedAt))
                .orElse(null);
    }

    default @Nullable Review endingReview() {
        return reviews().stream()
                .filter(review -> review.outcome() == ReviewOutcome.ENDED)
                .findFirst()
                .orElse(null);
    }

    default RecordStatus status() {
        return endingReview() == null ? RecordStatus.ACTIVE : RecordStatus.ENDED;
    }

    /** When the record is next to be reviewed: null once it has ended or when none is planned. */
    default @Nullable LocalDate nextReviewOn() {
        if (status() == RecordStatus.ENDED) {
            return null;
        }
        Review latest = latestReview();
        return latest == null ? firstReviewOn() : latest.nextReviewOn();
    }

    /** Whether the review date has come: it falls on or before {@code today}. */
    default boolean dueForReviewOn(LocalDate today) {
        LocalDate next = nextReviewOn();
        return next != null && !next.isAfter(today);
    }

    /**
     * Records a review of this record, after checking it can be: an ended record is not reviewed
     * again, a review cannot come before the record did, and a record that continues needs its next
     * review date (for an adjustment 5.10 requires it; for a restriction 5.14 does).
     */
    default Review review(UUID reviewId, ReviewDetails details, Instant now, String by) {
        if (status() == RecordStatus.ENDED) {
            throw new RecordEnded(subject(), id());
        }
        Instant reviewedAt = RecordedTime.happened(details.reviewedAt(), now, "reviewedAt");
        if (reviewedAt.isBefore(since())) {
            throw new RuleBroken(
                    RecordRule.TIME_ORDER,
                    "The review at " + reviewedAt + " is dated before the record began, at " + since() + ".");
        }
        String note = Fields.tidy(details.note());
        if (note == null) {
            throw new InvalidInput("note", "must say what the review considered and decided");
        }
        LocalDate next = RecordedTime.plausible(details.nextReviewOn(), "nextReviewOn");
        if (details.outcome() == ReviewOutcome.ENDED) {
            if (next != null) {
                throw new InvalidInput("nextReviewOn", "must be left out when the review ends the record");
            }
        } else if (next == null) {
            requireNextReview(this);
        } else if (!next.isAfter(RecordedTime.dayOf(reviewedAt))) {
            throw new RuleBroken(
                    RecordRule.TIME_ORDER,
                    "The next review, on " + next + ", must come after the review itself, on "
                            + RecordedTime.dayOf(reviewedAt) + ".");
        }
        return new Review(reviewId, reviewedAt, by, details.outcome(), note, next, now);
    }

    private static void requireNextReview(KeptUnderReview record) {
        switch (record) {
            case ReasonableAdjustment adjustment ->
                throw new RuleBroken(
                        CodeRule.ADJUSTMENT_WITHOUT_REVIEW,
                        "An adjustment that continues needs the date of its next review.");
            case ContactRestriction restriction ->
                throw new RuleBroken(
                        CodeRule.RESTRICTION_WITHOUT_REASON_OR_REVIEW,
                        "A restriction that continues needs the date of its next review.");
            case DisclosedDisability disability ->
                throw new InvalidInput("nextReviewOn", "a disability record that continues needs its next review date");
            case VulnerabilityFlag flag -> {
                // A flag may stand without a planned review, as it could when first recorded.
            }
        }
    }
}
