package org.putright.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What is known when a complaint is received. */
public record NewComplaint(
        Instant receivedAt,
        Channel channel,
        UUID residentId,
        @Nullable UUID representativeId,
        String description,
        @Nullable LocalDate issueFirstKnownOn,
        @Nullable String category,
        @Nullable UUID serviceRequestId,
        @Nullable ComplaintReference raisedFrom) {}
