package org.putright.servicerequest;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Which service requests to list. Null criteria match everything.
 *
 * @param notReviewedForDays only open requests whose last review (or receipt, if never reviewed)
 *     is more than this many days ago
 */
public record ServiceRequestQuery(
        @Nullable ServiceRequestStatus status,
        @Nullable UUID residentId,
        @Nullable Integer notReviewedForDays,
        int page,
        int size) {}
