package org.putright.servicerequest;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A note of progress on a service request: what was done or said, when and by whom.
 *
 * @param status the status the update moved the request to, if it moved it
 */
public record ProgressUpdate(
        UUID id,
        Instant at,
        String by,
        String note,
        @Nullable ServiceRequestStatus status,
        Instant recordedAt) {}
