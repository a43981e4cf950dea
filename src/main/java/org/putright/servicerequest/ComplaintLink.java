package org.putright.servicerequest;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A complaint raised about a service request (1.5).
 *
 * @param linkedAt when the complaint was raised about the request
 * @param linkedBy who linked it, when known; the complaint's own record says who logged it
 */
public record ComplaintLink(
        String complaintReference,
        Instant linkedAt,
        @Nullable String linkedBy,
        Instant recordedAt) {}
