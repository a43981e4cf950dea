package org.putright.servicerequest;

import java.time.Instant;
import java.util.UUID;

/** A review of a service request: someone looked at where it stands and what should happen (1.4). */
public record RequestReview(UUID id, Instant at, String by, String note, Instant recordedAt) {}
