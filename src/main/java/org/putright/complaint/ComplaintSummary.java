package org.putright.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A complaint as lists and reports see it: its current state and the deadline now due. */
public record ComplaintSummary(
        ComplaintReference reference,
        int version,
        Status status,
        int stage,
        Instant receivedAt,
        Channel channel,
        UUID residentId,
        @Nullable String category,
        @Nullable String handler,
        @Nullable LocalDate nextDeadline,
        @Nullable LocalDate acknowledgeBy,
        @Nullable LocalDate respondBy,
        @Nullable LocalDate nextUpdateBy) {}
