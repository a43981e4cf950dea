package org.putright.complaint;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.code.CodeRule;
import org.putright.code.RecordRule;
import org.putright.code.RuleBroken;

/**
 * A remedy offered in a response: what will happen and by when (7.3), followed through to
 * completion. A financial remedy above the offering handler's limit waits for approval, but never
 * holds up the response itself.
 */
public record Remedy(
        UUID id,
        int stage,
        RemedyType type,
        String description,
        @Nullable BigDecimal amount,
        @Nullable LocalDate dueBy,
        Status status,
        @Nullable String approvedBy,
        @Nullable Instant approvedAt,
        @Nullable Instant completedAt) {

    /** Where a remedy is in its follow-through. */
    public enum Status {
        AWAITING_APPROVAL,
        AGREED,
        COMPLETED
    }

    /** Refuses approval of a remedy not awaiting it, or by someone whose limit does not cover it (7.4). */
    void requireApprovableBy(Actor actor) {
        if (status != Status.AWAITING_APPROVAL) {
            throw new RuleBroken(RecordRule.NOT_ALLOWED_IN_STATUS, "This remedy is not awaiting approval.");
        }
        if (amount != null && !actor.mayAgree(amount)) {
            throw new RuleBroken(
                    CodeRule.FINANCIAL_REMEDY_NEEDS_APPROVAL,
                    "£" + amount + " is above your compensation limit; someone whose limit covers it must approve it.");
        }
    }

    /** Refuses to carry out a remedy already carried out, or one still awaiting approval (7.3, 7.4). */
    void requireAgreed() {
        if (status != Status.AGREED) {
            throw new RuleBroken(
                    RecordRule.NOT_ALLOWED_IN_STATUS,
                    status == Status.COMPLETED
                            ? "This remedy is already completed."
                            : "This remedy awaits approval before it can be carried out.");
        }
    }

    Remedy approved(String by, Instant at) {
        return new Remedy(id, stage, type, description, amount, dueBy, Status.AGREED, by, at, null);
    }

    Remedy completed(Instant at) {
        return new Remedy(id, stage, type, description, amount, dueBy, Status.COMPLETED, approvedBy, approvedAt, at);
    }

    /** Open and past its due date on {@code today}. */
    public boolean overdueOn(LocalDate today) {
        return status != Status.COMPLETED && dueBy != null && today.isAfter(dueBy);
    }
}
