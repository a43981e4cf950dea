package org.putright.servicerequest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A service request as staff record it.
 *
 * @param category free text such as REPAIRS, ASB, RENT, ESTATE or OTHER
 * @param receivedAt when the resident made the request; null means now
 * @param targetOn when the landlord aims to have it done, if it has said
 */
public record NewServiceRequest(
        UUID residentId,
        String category,
        String description,
        @Nullable Instant receivedAt,
        RequestChannel channel,
        @Nullable LocalDate targetOn) {}
