package org.putright.resident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.code.RecordRule;
import org.putright.code.RuleBroken;
import org.putright.system.problem.InvalidInput;

/**
 * A disability or condition a resident has disclosed (5.10), in the resident's words where they
 * gave them. It carries a review date, so that the landlord checks with the resident that what it
 * holds is still right and still needed.
 */
public record DisclosedDisability(
        UUID id,
        String description,
        Instant disclosedAt,
        LocalDate reviewOn,
        Instant recordedAt,
        String recordedBy,
        List<Review> reviews)
        implements KeptUnderReview {

    public static final int MAX_DESCRIPTION = 2000;

    public DisclosedDisability {
        reviews = List.copyOf(reviews);
    }

    public static DisclosedDisability record(UUID id, NewDisability disability, Instant now, String by) {
        String description = Fields.tidy(disability.description());
        if (description == null) {
            throw new InvalidInput("description", "must say what the resident disclosed");
        }
        Instant disclosedAt = RecordedTime.happened(disability.disclosedAt(), now, "disclosedAt");
        LocalDate reviewOn = RecordedTime.plausible(disability.reviewOn(), "reviewOn");
        if (reviewOn == null) {
            throw new InvalidInput("reviewOn", "must not be null");
        }
        if (!reviewOn.isAfter(RecordedTime.dayOf(disclosedAt))) {
            throw new RuleBroken(
                    RecordRule.TIME_ORDER,
                    "The review date, " + reviewOn + ", must come after the disclosure, on "
                            + RecordedTime.dayOf(disclosedAt) + ".");
        }
        return new DisclosedDisability(id, description, disclosedAt, reviewOn, now, by, List.of());
    }

    @Override
    public ReviewSubject subject() {
        return ReviewSubject.DISABILITY;
    }

    @Override
    public String summary() {
        return description;
    }

    @Override
    public Instant since() {
        return disclosedAt;
    }

    @Override
    public @Nullable LocalDate firstReviewOn() {
        return reviewOn;
    }
}
