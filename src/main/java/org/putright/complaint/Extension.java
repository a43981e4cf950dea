package org.putright.complaint;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A stage's response deadline moved on by some working days, told to the resident in time (6.4, 6.15). */
public record Extension(
        int stage,
        Instant notifiedAt,
        int workingDays,
        String reason,
        @Nullable String goodReason) {}
