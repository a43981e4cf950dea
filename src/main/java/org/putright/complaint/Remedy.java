package org.putright.complaint;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

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
