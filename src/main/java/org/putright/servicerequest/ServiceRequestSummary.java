package org.putright.servicerequest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A service request as lists show it. */
public record ServiceRequestSummary(
        UUID id,
        ServiceRequestReference reference,
        UUID residentId,
        String category,
        ServiceRequestStatus status,
        Instant receivedAt,
        @Nullable LocalDate targetOn,
        @Nullable Instant lastReviewedAt,
        long version) {}
