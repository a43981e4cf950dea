package org.putright.ombudsman;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Evidence that the landlord did what it was ordered or recommended to do, as it was sent to the Ombudsman. */
public record Compliance(
        LocalDate compliedOn, String evidence, @Nullable UUID documentId, Instant recordedAt, String recordedBy) {

    public static final int MAX_EVIDENCE = 4000;
}
