package org.putright.resident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.calendar.WorkingCalendar;
import org.putright.code.CodeRule;
import org.putright.code.RuleBroken;
import org.putright.system.problem.InvalidInput;

/**
 * A restriction on how a resident may contact the landlord, put in place because of unacceptable
 * behaviour (5.14). It exists only with its evidenced reason and a date on which it will be
 * reviewed, and it must be proportionate, with regard to the Equality Act 2010 (5.15).
 *
 * <p>A restriction changes how the landlord and the resident communicate; it never stops the
 * resident making or escalating a complaint ({@link CodeRule#RESTRICTION_NEVER_BLOCKS_COMPLAINT}).
 * This module therefore offers nothing that refuses a complaint: the complaint module only shows
 * the restrictions in force to the handler.
 */
public record ContactRestriction(
        UUID id,
        String reason,
        String evidence,
        String scope,
        @Nullable String equalityConsiderations,
        LocalDate startsOn,
        LocalDate reviewOn,
        Instant recordedAt,
        String recordedBy,
        List<Review> reviews)
        implements KeptUnderReview {

    public static final int MAX_TEXT = 2000;

    public ContactRestriction {
        reviews = List.copyOf(reviews);
    }

    /**
     * Records a restriction, refusing one without an evidenced reason or a review date after its
     * start (5.14).
     */
    public static ContactRestriction impose(UUID id, NewRestriction restriction, Instant now, String by) {
        String reason = Fields.tidy(restriction.reason());
        String evidence = Fields.tidy(restriction.evidence());
        if (reason == null || evidence == null) {
            throw new RuleBroken(
                    CodeRule.RESTRICTION_WITHOUT_REASON_OR_REVIEW,
                    "Give the reason for the restriction and where the evidence for it is.");
        }
        String scope = Fields.tidy(restriction.scope());
        if (scope == null) {
            throw new InvalidInput(
                    "scope", "must say what contact is restricted and how the resident can still reach us");
        }
        LocalDate startsOn = RecordedTime.plausible(restriction.startsOn(), "startsOn");
        LocalDate start = startsOn == null ? RecordedTime.dayOf(now) : startsOn;
        LocalDate reviewOn = RecordedTime.plausible(restriction.reviewOn(), "reviewOn");
        if (reviewOn == null) {
            throw new RuleBroken(
                    CodeRule.RESTRICTION_WITHOUT_REASON_OR_REVIEW,
                    "Give the date the restriction will be reviewed, so that it is kept under regular review.");
        }
        if (!reviewOn.isAfter(start)) {
            throw new RuleBroken(
                    CodeRule.RESTRICTION_WITHOUT_REASON_OR_REVIEW,
                    "The review date, " + reviewOn + ", must come after the restriction starts, on " + start + ".");
        }
        return new ContactRestriction(
                id,
                reason,
                evidence,
                scope,
                Fields.tidy(restriction.equalityConsiderations()),
                start,
                reviewOn,
                now,
                by,
                List.of());
    }

    /** Whether the restriction applies on {@code day}: it has started and no review has ended it. */
    public boolean inForceOn(LocalDate day) {
        Review ending = endingReview();
        return !day.isBefore(startsOn) && (ending == null || day.isBefore(RecordedTime.dayOf(ending.reviewedAt())));
    }

    @Override
    public ReviewSubject subject() {
        return ReviewSubject.RESTRICTION;
    }

    @Override
    public String summary() {
        return scope;
    }

    @Override
    public Instant since() {
        return startsOn.atStartOfDay(WorkingCalendar.LONDON).toInstant();
    }

    @Override
    public @Nullable LocalDate firstReviewOn() {
        return reviewOn;
    }
}
